"""Two more people lived with the bot for weeks (a scratch driver, not a test): Priya, 34,
in Sydney, growing her glutes without bigger legs at a gym in kilograms, Mon/Wed/Sat at
6 am across the end of summer time, who logs by buttons, sometimes the whole session in one
message, sometimes a day late, misses a sick week and moves home with dumbbells in week 6;
Dave, 45, a masters bodybuilder in Toronto at a gym in pounds, Tue/Thu/Sun at 8:30 pm,
terse ("k", "👍", "225 8 8 7"), who logs after midnight, asks /today and /week often, undoes
a wrong log and asks to delete his data. What they met that was wrong is kept here."""

from datetime import datetime
from zoneinfo import ZoneInfo

from tests.e2e.flows import load_user
from tests.e2e.harness import Chat, Env, texts

SYDNEY = ZoneInfo("Australia/Sydney")
TORONTO = ZoneInfo("America/Toronto")


async def _priya(env: Env, user_id: int) -> Chat:
    """Priya's setup as she typed it, on Sunday 14 March 2027 in the evening in Sydney."""
    env.clock.set(datetime(2027, 3, 14, 19, 0, tzinfo=SYDNEY))
    chat = env.chat(user_id)
    await chat.say("/start")
    for answer in ("grow the glutes without bigger legs", "about a year, on and off", "gym"):
        await chat.say(answer)
    for answer in ("monday wednesday saturday", "6am", "sydney", "kg"):
        await chat.say(answer)
    return chat


async def _priya_trained(env: Env, user_id: int) -> Chat:
    """Priya set up, her first hip thrusts logged on Monday 15 March: week 1 starts there,
    so Saturday 20 March is session C (hip thrust, barbell glute bridge, back extension...)."""
    chat = await _priya(env, user_id)
    env.clock.set(datetime(2027, 3, 15, 7, 20, tzinfo=SYDNEY))
    await chat.say("hip thrust 60kg 12 12 10 10")
    await chat.say("yes")
    return chat


async def _dave(env: Env, user_id: int) -> Chat:
    """Dave's setup as he typed it, on Sunday 7 March 2027 in the afternoon in Toronto."""
    env.clock.set(datetime(2027, 3, 7, 14, 0, tzinfo=TORONTO))
    chat = env.chat(user_id)
    await chat.say("/start")
    for answer in ("compete. masters bodybuilding", "20 yrs", "gym", "tue thu sun"):
        await chat.say(answer)
    for answer in ("830pm", "toronto", "lbs"):
        await chat.say(answer)
    return chat


async def test_sets_typed_after_midnight_keep_last_nights_workout(env):
    """Dave, set up on Sunday, did Sunday's 8:30 pm workout and typed "225 8 8 7 6" at
    00:40. "Which exercise was that?" came with a Start logging button; a tap on it (or on
    /today's, which had just shown "Last night's workout (Sunday)") got "Sunday was a rest
    day in your plan. Log your next planned workout, Tuesday's (session A), as done on
    Sunday?": the example in that reply was planned for Monday, a rest day in a later week,
    which moved his program's start to Tuesday. "how do I log" after midnight did the same."""
    for user_id, typed in ((13101, "225 8 8 7 6"), (13102, "how do i log my sets")):
        chat = await _dave(env, user_id)
        env.clock.set(datetime(2027, 3, 8, 0, 40, tzinfo=TORONTO))
        said = texts(await chat.say(typed))
        assert '"hip thrust 135lb 8 8 8 3"' in said, said  # Sunday's first move, session A
        assert (await load_user(env, user_id)).started_on.isoformat() == "2027-03-07"
        shown = texts(await chat.say("/today"))
        assert shown.startswith("<b>Last night's workout (Sunday)</b> · session A, week 1"), shown
        said = texts(await chat.tap("Start logging"))
        assert "rest day" not in said, said
        assert said.startswith("<b>1/5 · Hip thrust</b> for yesterday, Sun 7 Mar"), said


async def test_a_day_logged_late_with_forgot_to_log_first_is_read(env):
    """Priya, on Sunday evening, her Saturday workout not logged: "forgot to log saturday:
    hip thrust 67.5kg 8 8 7 6, glute bridge 60kg 15 15 12, ..." got "I couldn't read that
    (at "forgot")"; "forgot to log saturday: hip thrust 67.5kg 8 8 7 6" alone got the hip
    thrust's exercise card, nothing saved. "saturday: ..." was read: the words saying the
    log is late are no exercise."""
    for user_id, typed in (
        (13103, "forgot to log saturday: hip thrust 67.5kg 8 8 7 6"),
        (13104, "I never logged my workout on saturday - hip thrust 67.5kg 8 8 7 6"),
        (13105, "saturday's workout: hip thrust 67.5kg 8 8 7 6"),
        (13106, "oops forgot to log this on saturday, hip thrust 67.5kg 8 8 7 6"),
    ):
        chat = await _priya(env, user_id)
        env.clock.set(datetime(2027, 3, 21, 19, 30, tzinfo=SYDNEY))
        said = texts(await chat.say(typed))
        assert said.startswith(
            "<b>Hip thrust</b> for yesterday, Sat 20 Mar: 67.5 kg × 8, 8, 7, 6 (4 sets). Save it?"
        ), (typed, said)
    said = texts(await chat.say("forgot to log saturday"))  # no sets: how to log a day late
    assert "Save it?" not in said and "couldn't read" not in said, said


async def test_the_whole_day_typed_late_saves_every_move_of_it(env):
    """Priya, the same Sunday evening, typed Saturday's whole session in one message, as the
    bot's Next time had put it ("back extension holding a weight plate to the chest"):
    "... glute bridge 60kg 15 15 12, back extension with a 10kg plate 10 10 10, ..." got "I
    couldn't read that (at "back")". The plate after its load is no word more; and "glute
    bridge 60kg" on the day of the barbell glute bridge is that move (it was the bodyweight
    glute bridge, an extra move holding 60 kg, and Saturday's bridge left undone)."""
    chat = await _priya_trained(env, 13107)
    env.clock.set(datetime(2027, 3, 21, 19, 30, tzinfo=SYDNEY))
    said = texts(
        await chat.say(
            "forgot to log saturday: hip thrust 67.5kg 8 8 7 6, glute bridge 60kg 15 15 12, "
            "back extension with a 10kg plate 10 10 10, lunges 8kg 12 12, sumo walk 20 20"
        )
    )
    assert "Then Barbell glute bridge, Back extension, Lunge, Sumo walk from the same" in said
    for _ in range(5):
        said = texts(await chat.tap("Save"))
    assert "Barbell glute bridge for yesterday, Sat 20 Mar: 60 kg × 15, 15, 12 ✓" in texts(
        chat.standin.messages(chat.chat_id)
    )
    assert "Workout logged for yesterday, Sat 20 Mar: 5 of 5 exercises done." in said, said
    other = await _priya_trained(env, 13108)
    env.clock.set(datetime(2027, 3, 20, 9, 0, tzinfo=SYDNEY))  # Saturday itself
    said = texts(await other.say("back extension holding a 10kg plate 10 10 10, lunges 8kg 12 12"))
    assert said.startswith("<b>Back extension</b>: 10 kg × 10, 10, 10 (3 sets). Save it?"), said
    said = texts(await other.say("hip thrust 2 plates 8 8 8"))  # plates as the load: as before
    assert "Hip thrust" in said and "2, 8, 8, 8" not in said, said


async def _dave_trained(env: Env, user_id: int) -> Chat:
    """Dave set up, Sunday 7 March's hip thrusts logged that night: Thursday 11 March is
    session C (American deadlift, Bulgarian split squat, good morning...)."""
    chat = await _dave(env, user_id)
    env.clock.set(datetime(2027, 3, 7, 21, 30, tzinfo=TORONTO))
    await chat.say("hip thrust 225 8 8 7")
    await chat.say("k")
    return chat


async def test_a_load_first_at_a_move_held_with_dumbbells_is_its_load(env):
    """Dave, at his first Bulgarian split squats (3 × 8–12, at a gym), typed "40 10 10 10"
    (40 lb dumbbells, as he types every move) and got "Bulgarian split squat: 40, 10, 10, 10
    reps (4 sets). Save it?": a set of 40 reps. The card names dumbbells and his gym has
    them, so a number four times the reps after it is the load held, as it is for a move
    with weights; reps alone ("12 12 10") are still reps."""
    chat = await _dave_trained(env, 13109)
    env.clock.set(datetime(2027, 3, 11, 22, 10, tzinfo=TORONTO))
    await chat.say("/today")
    said = texts(await chat.tap("Start logging"))
    assert said.startswith("<b>1/5 · American deadlift</b>"), said
    await chat.say("185 15 15 15 12")
    said = texts(await chat.say("k"))
    assert "<b>2/5 · Bulgarian split squat</b>" in said, said
    said = texts(await chat.say("40 10 10 10"))
    assert said.startswith("<b>Bulgarian split squat</b>: 40 lb × 10, 10, 10 (3 sets)."), said
    await chat.tap("Fix")
    said = texts(await chat.say("12 12 10"))
    assert said.startswith("<b>Bulgarian split squat</b>: 12, 12, 10 reps (3 sets)."), said


async def test_why_a_load_went_down_to_a_number_is_answered(env):
    """Priya, her Monday push showing "Hip thrust: 4 × 8–12 @ 60 kg" after 67.5 kg on
    Saturday: "why did my hip thrust go down to 60? i did 67.5 on saturday" got "I couldn't
    read that (at "why")", read as sets for Saturday; "why did my hip thrust go down to
    60?" alone got the hip thrust's card. "why did my hip thrust weight go down?" was
    answered from her log (a lighter load for more reps); so are these."""
    chat = await _priya_trained(env, 13110)
    env.clock.set(datetime(2027, 3, 20, 9, 0, tzinfo=SYDNEY))  # Saturday: session C
    await chat.say("hip thrust 67.5kg 8 8 7 6")
    await chat.say("yes")
    env.clock.set(datetime(2027, 3, 22, 6, 5, tzinfo=SYDNEY))
    expected = texts(await chat.say("why did my hip thrust weight go down?"))
    assert "60 kg" in expected and "67.5 kg × 8, 8, 7, 6" in expected, expected
    for asked in (
        "why did my hip thrust go down to 60? i did 67.5 on saturday",
        "why did my hip thrust go down to 60?",
        "why did hip thrusts drop to 60kg, i did 67.5 last time",
    ):
        said = texts(await chat.say(asked))
        assert said == expected, (asked, said)
    said = texts(await chat.say("hip thrust 60kg 12 12 10 10"))  # her sets: still sets
    assert said.startswith("<b>Hip thrust</b>: 60 kg × 12, 12, 10, 10 (4 sets). Save it?"), said


async def test_am_i_making_progress_is_answered_from_her_log(env):
    """Priya, two weeks in: "am I making progress?" got the article's "Picking your weight"
    (how to choose a load), not an answer about her; "am I getting stronger?" opened
    /progress with a plain answer from the loads she logged. So do these now."""
    for user_id, asked in (
        (13111, "am I getting stronger?"),
        (13112, "am I making progress?"),
        (13113, "am i making any progress"),
        (13114, "have I made any gains?"),
    ):
        chat = await _priya_trained(env, user_id)
        env.clock.set(datetime(2027, 3, 22, 7, 30, tzinfo=SYDNEY))
        await chat.say("hip thrust 62.5kg 12 12 12 12")
        await chat.say("yes")
        said = texts(await chat.say(asked))
        assert said.startswith("<b>Your progress</b>\nYes: your load went up since"), (asked, said)
    said = texts(await chat.say("how do I make progress on hip thrusts?"))  # the coach's
    assert "Your progress" not in said, said


async def test_a_walk_with_its_band_named_is_read(env):
    """Priya, week 3, her Wednesday session typed in one message: "american deadlift 52.5kg
    10 10 10, single leg hip thrust 15 15 15, walking lunges 10kg 14 14, monster walk green
    band 20 20" got "I couldn't read that (at "single")": the "w" of "walk" before a band
    was read as "w" for "with" ("monster with alk green band"), so "with a band" ("sumo
    walks with a red band 20 20") broke too."""
    chat = await _priya_trained(env, 13115)
    env.clock.set(datetime(2027, 3, 17, 7, 0, tzinfo=SYDNEY))  # Wednesday: session B
    said = texts(
        await chat.say(
            "american deadlift 52.5kg 10 10 10, single leg hip thrust 15 15 15, "
            "walking lunges 10kg 14 14, monster walk green band 20 20"
        )
    )
    assert said.startswith("<b>American deadlift</b>: 52.5 kg × 10, 10, 10 (3 sets)."), said
    assert "Then Single-leg hip thrust, Walking lunge, Monster walk from the same" in said, said
    for _ in range(4):
        said = texts(await chat.tap("Save"))
    assert "Workout logged: 4 of 4 exercises done." in said, said
    assert "Monster walk: 20, 20 reps ✓" in texts(chat.standin.messages(chat.chat_id))
    env.clock.set(datetime(2027, 3, 20, 7, 0, tzinfo=SYDNEY))  # Saturday: session C
    said = texts(await chat.say("sumo walks with a red band 20 20"))
    assert said.startswith("<b>Sumo walk</b>: 20, 20 reps (2 sets). Save it?"), said
    said = texts(await chat.say("hip thrust 3x8 w 70kg"))  # "w" alone is still "with"
    assert "<b>Hip thrust</b>: 70 kg × 8, 8, 8 (3 sets)." in said, said


async def test_a_move_home_said_with_its_why_and_kit_changes_the_place(env):
    """Priya, in week 6: "cancelled my gym membership, I'll be training at home from now on.
    I have adjustable dumbbells up to 24kg and a bench" got "I don't know that one yet"
    (noted as a question to learn) and her gym plan kept coming; "I'll be training at home
    from now on" alone was understood. The gym given up and the kit owned, said beside the
    change, are no more than it: the place is home with her dumbbells."""
    for user_id, said_so in (
        (
            13116,
            "cancelled my gym membership, I'll be training at home from now on. "
            "I have adjustable dumbbells up to 24kg and a bench",
        ),
        (13117, "cancelled my gym membership, I'll be training at home from now on"),
        (13118, "I'll be training at home from now on. I've got a pair of dumbbells and a bench"),
    ):
        chat = await _priya_trained(env, user_id)
        env.clock.set(datetime(2027, 4, 18, 18, 0, tzinfo=SYDNEY))
        said = texts(await chat.say(said_so))
        assert said.startswith("Where you train: <b>Home"), (said_so, said)
        assert (await load_user(env, user_id)).place != "gym", said
        if "dumbbells" in said_so:
            assert said.startswith("Where you train: <b>Home: dumbbells</b> ✓"), said


async def test_done_then_a_move_skipped_leaves_that_move_out(env):
    """Dave, after his Sunday session C: "done. skipped good mornings" got "Saved as planned:
    ... Good morning: 115 lb × 20, 20, 20" and "Noted: "skipped good mornings", kept with
    today's workout", so his next good mornings went up to 160 lb for sets never done. "did
    it all but skipped the good mornings" left them out; said apart, the same now."""
    for user_id, told in (
        (13119, "done. skipped good mornings"),
        (13120, "did it all, didn't do the good mornings"),
        (13121, "done - skipped good mornings and sumo walks"),
    ):
        chat = await _dave_trained(env, user_id)
        env.clock.set(datetime(2027, 3, 11, 22, 10, tzinfo=TORONTO))  # Thursday: session C
        said = texts(await chat.say(told))
        assert "• Good morning: skipped" in said, (told, said)
        assert "Noted" not in said, said
    assert "• Sumo walk: skipped" in said, said
    chat = await _dave_trained(env, 13122)
    env.clock.set(datetime(2027, 3, 11, 22, 10, tzinfo=TORONTO))
    said = texts(await chat.say("done, skipped breakfast"))  # no move of the day: as before
    assert "Good morning: skipped" not in said and "Saved as planned" in said, said


async def test_dumbbells_said_after_the_move_home_are_kept(env):
    """Priya, told "Where you train: Home: bands or a ball ✓" after "I'll be training at
    home from now on", put it right: "I don't have bands or a ball, just adjustable
    dumbbells up to 24kg and a bench" got "I don't know that one yet" (noted as a question
    to learn), and "I have dumbbells too" got "New kit on its own (dumbbells, say) doesn't
    change your plan": her plan kept bands and a ball she does not have. Said at home, the
    kit is the place answer again, as "at home, I have dumbbells" was."""
    for user_id, told in (
        (13123, "I don't have bands or a ball, just adjustable dumbbells up to 24kg and a bench"),
        (13124, "I only have dumbbells and a bench"),
        (13125, "no bands, just dumbbells"),
        (13126, "I have dumbbells too"),
    ):
        chat = await _priya_trained(env, user_id)
        env.clock.set(datetime(2027, 4, 18, 18, 0, tzinfo=SYDNEY))
        said = texts(await chat.say("I'll be training at home from now on"))
        assert said.startswith("Where you train: <b>Home: bands or a ball</b> ✓"), said
        said = texts(await chat.say(told))
        assert said.startswith("Where you train: <b>Home"), (told, said)
        assert "dumbbells" in said.split("\n")[0], (told, said)
        assert (await load_user(env, user_id)).dumbbells, told
    said = texts(await chat.say("can I use dumbbells for hip thrusts?"))  # a question still
    assert not said.startswith("Where you train"), said


async def test_same_as_last_time_says_what_was_skipped_last_time(env):
    """Dave skipped the monster walks of his first session A. At the next session A: "same as
    last time" got "Saved as last time (Monster walk: new today, so as planned): ...
    Monster walk: 30, 30 reps": he had seen them, and skipped them; "new today" was untrue,
    and he could not tell the walks were saved as planned for that reason."""
    chat = await _dave(env, 13127)
    env.clock.set(datetime(2027, 3, 7, 21, 30, tzinfo=TORONTO))
    await chat.say("/today")
    await chat.tap("Start logging")
    for typed in ("225 8 8 7", "k", "275 10 10 9", "k", "5 4 4", "k", "90 15 15 12", "k"):
        await chat.say(typed)
    said = texts(await chat.say("skip"))
    assert "Monster walk: skipped." in said, said
    env.clock.set(datetime(2027, 3, 16, 22, 30, tzinfo=TORONTO))  # Tuesday: session A again
    said = texts(await chat.say("same as last time"))
    assert said.startswith(
        "Saved as last time (Monster walk: skipped last time, so as planned):\n"
        "• Hip thrust: 225 lb × 8, 8, 7"
    ), said
    assert "new today" not in said, said


async def test_last_nights_workout_skipped_after_midnight(env):
    """Dave, at 00:30 after his Thursday 8:30 pm workout he did not do: "skip" told him to
    send /today and tap Skip today there (before midnight it gave the buttons); /today
    showed "Last night's workout (Thursday)" with Skip today, and a tap on it got "That
    workout was for another day. /today shows the current one.", nothing skipped: the
    button /today had just given was refused as old.
    Skip and Move on last night's workout now act on it, as its Start logging does."""
    chat = await _dave_trained(env, 13128)
    env.clock.set(datetime(2027, 3, 12, 0, 30, tzinfo=TORONTO))  # after Thursday's 20:30
    said = texts(await chat.say("skip"))  # the buttons a tap away, as before midnight
    assert said.startswith("No problem. Tap Skip today or Move to tomorrow below"), said
    shown = texts(await chat.say("/today"))
    assert shown.startswith("<b>Last night's workout (Thursday)</b>"), shown
    said = texts(await chat.tap("Skip today"))
    # it is last night's workout that is skipped, not today's (was "Skipped today. ...")
    assert "\n---\nLast night's workout is skipped. Rest well. Next workout: Sunday at 20:30." in (
        said
    ), said
    week = texts(await chat.say("/week"))
    assert "<b>Thursday</b> · session C · skipped" in week, week
    other = await _dave_trained(env, 13129)
    env.clock.set(datetime(2027, 3, 12, 0, 30, tzinfo=TORONTO))
    await other.say("/today")
    said = texts(await other.tap("Move to tomorrow"))
    assert "Friday at 20:30" in said, said
    env.clock.set(datetime(2027, 3, 13, 0, 30, tzinfo=TORONTO))  # a day later: too old now
    said = texts(await chat.press(chat.last_keyboard().message_id, "1:push:skip:20270311"))
    assert "Skipped today" not in said, said


async def test_why_a_load_went_up_is_answered(env):
    """Priya, at home with her dumbbells, her walking lunges planned at 14 kg after 12 kg:
    "why did the walking lunges go up to 14kg?" got the walking lunge's exercise card. Why
    a load went down was answered from her log; why it went up is too: the top of the range
    reached, or fewer reps asked."""
    chat = await _priya_trained(env, 13130)
    env.clock.set(datetime(2027, 3, 17, 7, 0, tzinfo=SYDNEY))  # Wednesday: session B
    await chat.say("walking lunges 12kg 20 20")
    await chat.say("yes")
    env.clock.set(datetime(2027, 3, 24, 5, 0, tzinfo=SYDNEY))  # next Wednesday, before 6
    for asked in (
        "why did the walking lunges go up to 14kg?",
        "why are my walking lunges heavier this week",
    ):
        said = texts(await chat.say(asked))
        assert said.startswith("<b>Walking lunge</b>: 2 × 12–20 @ "), (asked, said)
        assert "last time, on Wednesday 17 March, 12 kg × 20, 20" in said, said
        assert "It's heavier because last time you reached the top of the range, 20 reps" in said
    said = texts(await chat.say("why did my walking lunge weight go down?"))
    assert "It hasn't gone down" in said, said
