"""Past days logged in words (found by h-logfix6, fixed here). Each test says what the
person typed, what they got, and why it was wrong. The default person (tests/e2e/flows.py
onboard) trains Mon + Thu at 18:30 in Berlin, new to lifting at a gym, the clock starting on
Monday 16 November 2026; Kofi (tests/e2e/test_logs_said_loosely5.py) trains Mon, Tue, Thu
and Fri, his first Monday logged at his loads."""

from datetime import UTC, datetime, timedelta

from tests.e2e.flows import onboard, pushes
from tests.e2e.harness import bot_env, texts
from tests.e2e.test_logging_loose_ends2 import FAST, push_at
from tests.e2e.test_logs_said_loosely5 import _kofi_a_week_on


async def test_the_whole_day_in_a_reply_to_an_old_push_is_that_days(tmp_path):
    """On Wednesday, Monday's workout not logged, "did it all" sent as a Telegram reply to
    Monday's push got "Next workout: Thursday" and "Log Thursday's workout today": the push
    replied to said which day, as it does for sets typed with numbers. Now "did it all",
    "done", "all done", "finished it" as that reply log Monday's workout as planned, said
    with the day; a load not known yet is asked, for Monday's."""
    async with bot_env(tmp_path, extra_env=FAST) as env:
        for user_id, typed in (
            (15001, "did it all"),
            (15002, "done"),
            (15003, "all done"),
            (15004, "finished it"),
        ):
            env.clock.set(datetime(2026, 11, 16, 9, 0, tzinfo=UTC))
            chat = env.chat(user_id)
            await onboard(chat)
            await push_at(env, chat, datetime(2026, 11, 16, 17, 31, tzinfo=UTC))
            monday = pushes(env.standin, user_id)[-1]
            env.clock.set(datetime(2026, 11, 18, 9, 0, tzinfo=UTC))  # Wednesday
            said = texts(await chat.say(typed, reply_to=monday.message_id))
            assert "Thursday" not in said, (typed, said)
            assert said.startswith("Let's log it for Mon 16 Nov."), (typed, said)
            assert "What load did you use for Monday's Squat?" in said, (typed, said)
        said = texts(await chat.say("40"))
        assert "<b>Squat</b> for Mon 16 Nov: 40 kg × 12, 12, 12 (3 sets). Save it?" in said, said
        # A reply to a message of Monday's that is no workout (an answer) is no day's workout.
        env.clock.set(datetime(2026, 11, 16, 9, 0, tzinfo=UTC))
        other = env.chat(15005)
        await onboard(other)
        [answer, *_] = await other.say("what is rpe?")
        env.clock.set(datetime(2026, 11, 18, 9, 0, tzinfo=UTC))
        said = texts(await other.say("did it all", reply_to=answer.message_id))
        assert "Mon 16 Nov" not in said and "Next workout: Thursday" in said, said


async def test_the_whole_day_said_for_an_earlier_day_logs_that_day(env):
    """Kofi on Wednesday, Monday's workout not logged: "on monday i did it all" (also "did
    monday's workout", "monday: did everything", "i did all of monday's session on monday",
    "finished monday's workout", "monday's workout done") got the toning article and nothing
    was saved. Now Monday's workout is saved as planned, said with its day, and /week shows
    it done; a remark after it is kept with Monday's."""
    for user_id, typed in (
        (15011, "on monday i did it all"),
        (15012, "did monday's workout"),
        (15013, "monday: did everything"),
        (15014, "i did all of monday's session on monday"),
        (15015, "did it all 2 days ago, legs still sore"),
        (15016, "finished monday's workout"),
        (15017, "monday's workout done"),
        (15018, "done with monday's session"),
    ):
        chat = await _kofi_a_week_on(env, user_id)  # Monday 23 November
        env.clock.set(env.clock.now() + timedelta(days=2))  # Wednesday
        said = texts(await chat.say(typed))
        assert said.startswith("Saved as planned for Mon 23 Nov:\n• Hip thrust: "), (typed, said)
        assert "Workout logged for Mon 23 Nov: 5 of 5 exercises done." in said, (typed, said)
        assert "Toning" not in said, (typed, said)
        assert ("Noted" in said) == ("legs" in typed), (typed, said)
        if "legs" in typed:
            assert 'Noted: "legs still sore", kept with the workout of Mon 23 Nov.' in said
        week = texts(await chat.say("/week"))
        assert "<b>Monday</b> · session A · done ✓" in week, (typed, week)
        env.clock.set(env.clock.now() - timedelta(days=9))


async def test_a_day_in_the_remark_leaves_the_whole_day_todays(env):
    """A day said in what follows the whole day is a remark, not the day of the workout:
    "did it all, legs still sore from monday" on Kofi's Monday is today's, as before."""
    chat = await _kofi_a_week_on(env, 15021)
    env.clock.set(env.clock.now() + timedelta(days=1))  # Tuesday: session B
    said = texts(await chat.say("did it all, legs still sore from monday"))
    assert said.startswith("Saved as planned:\n• Back extension: "), said
    assert "What load did you use for Squat?" in said, said
    assert 'Noted: "legs still sore from monday", kept with today\'s workout.' in said, said


async def test_sets_waiting_for_their_load_are_not_dropped_by_the_next_log(env):
    """On Wednesday "monday: squat 3x10" asked "What load did you use for Squat?"; the next
    message, on Thursday (or still on Wednesday), was another log, "hip thrust 50kg 3x10":
    the question was dropped without a word and Monday stayed unlogged. A squat goes
    without a load (the body's weight), so Monday's squat is now saved without one, said
    so before the hip thrust, as a push saves sets left waiting for their load. A machine's
    move (the lying leg curl's stack is always a load) is said not saved, with what to send;
    that sends it into Monday's."""
    for user_id, later in ((15031, 1), (15032, 0)):
        env.clock.set(datetime(2026, 11, 16, 9, 0, tzinfo=UTC))
        chat = env.chat(user_id)
        await onboard(chat)
        env.clock.set(datetime(2026, 11, 18, 9, 0, tzinfo=UTC))  # Wednesday
        said = texts(await chat.say("monday: squat 3x10"))
        assert "What load did you use for Monday's Squat?" in said, said
        env.clock.set(env.clock.now() + timedelta(days=later))
        said = texts(await chat.say("hip thrust 50kg 3x10"))
        assert said.startswith(
            "Squat for Mon 16 Nov: 10, 10, 10 reps ✓, saved without a load (it was waiting"
        ), said
        assert "<b>Hip thrust</b>: 50 kg × 10, 10, 10 (3 sets). Save it?" in said, said
        await chat.tap("Save")
        said = texts(await chat.say("/week"))
        assert "<b>Monday</b> · session A · started" in said, said
    # A machine's move: not saved, said so, and what to send saves it into Monday's.
    env.clock.set(datetime(2026, 11, 16, 9, 0, tzinfo=UTC))
    chat = env.chat(15033)
    await onboard(chat)
    env.clock.set(datetime(2026, 11, 19, 9, 0, tzinfo=UTC))  # Thursday
    said = texts(await chat.say("monday: lying leg curl 3x10"))
    assert "What load did you use for Monday's Lying leg curl?" in said, said
    said = texts(await chat.say("hip thrust 50kg 3x10"))
    assert said.startswith(
        "Lying leg curl for Mon 16 Nov: 10, 10, 10 reps, not saved: it was waiting for its load."
        ' To save it, send it with the load, like "lying leg curl 40kg 10 10 10 3 days ago".'
    ), said
    assert "<b>Hip thrust</b>: 50 kg × 10, 10, 10 (3 sets). Save it?" in said, said
    await chat.tap("Save")
    said = texts(await chat.say("lying leg curl 40kg 10 10 10 3 days ago"))
    assert "<b>Lying leg curl</b> for Mon 16 Nov: 40 kg × 10, 10, 10 (3 sets)" in said, said


async def test_todays_sets_waiting_for_their_load_are_not_dropped_either(env):
    """The same on the day: "squat 3x10" at the first workout asked the squat's load, and
    "hip thrust 50kg 3x10" typed next dropped the squat's reps unsaid (/log: "Squat: not
    yet"). They are saved without a load now, said so."""
    chat = env.chat(15041)
    await onboard(chat)  # Monday: session A
    said = texts(await chat.say("squat 3x10"))
    assert "What load did you use for Squat?" in said, said
    said = texts(await chat.say("hip thrust 50kg 3x10"))
    assert said.startswith("Squat: 10, 10, 10 reps ✓, saved without a load"), said
    said = texts(await chat.say("/log"))
    assert "• Squat: 10, 10, 10 reps" in said, said


async def test_the_whole_day_said_for_a_day_it_cant_go_into_says_why(env):
    """Kofi (Mon, Tue, Thu, Fri) on Thursday: "on wednesday i did it all" got the toning
    article, "did it all yesterday" "I don't know that one yet": Wednesday was a rest day,
    so which workout she meant is not clear, and nothing was said of it. Now the reply says
    so, offers the workout still open before it by its day, and sets with the day; the
    offer, sent, logs that workout. A day logged already, or too far back, is said so too."""
    start = env.clock.now()
    for user_id, typed in ((15051, "on wednesday i did it all"), (15052, "did it all yesterday")):
        env.clock.set(start)
        chat = await _kofi_a_week_on(env, user_id)  # Monday 23 November
        env.clock.set(env.clock.now() + timedelta(days=3))  # Thursday
        said = texts(await chat.say(typed))
        assert said.startswith(
            "Yesterday, Wed 25 Nov was a rest day in your plan, so I can't tell which workout"
            " to save as planned. Nothing is saved yet."
        ), (typed, said)
        assert "Was it Tuesday's workout? Send \"did tuesday's workout\"." in said, said
        assert 'like "wednesday: squat 60kg 12 12 10"' in said, said
        said = texts(await chat.say("did tuesday's workout"))
        assert said.startswith("Saved as planned for Tue 24 Nov:\n• Back extension: "), said
        assert "What load did you use for Tuesday's Squat?" in said, said
        said = texts(await chat.say("100"))
        assert "<b>Squat</b> for Tue 24 Nov: 100 kg × 20, 20, 20, 20 (4 sets)" in said, said
        said = texts(await chat.tap("Save"))
        assert "<b>4/5 · Seated leg curl</b> for Tue 24 Nov" in said, said
        await chat.say("40kg 20 20 20")
        said = texts(await chat.tap("Save"))
        assert "Workout logged for Tue 24 Nov: 5 of 5 exercises done." in said, said
    said = texts(await chat.say("did tuesday's workout"))
    assert said.startswith("Your workout of Tue 24 Nov is logged already, so nothing more"), said
    said = texts(await chat.say("did it all last week"))
    assert said.startswith("Thu 19 Nov is more than 6 days back, so I can't log it"), said
    assert "Nothing is saved." in said, said
