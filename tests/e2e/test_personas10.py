"""Two more people lived with the bot for weeks (a scratch driver, not a test): Marcus, 34,
in Sydney, growing his glutes without bigger legs at a gym in pounds, Mon/Tue/Thu/Fri at
6:15 pm, terse and lowercase, gym slang, logging in the middle of the night after a late
session; Rosa, 45, in Madrid, a figure competitor at a gym in kilograms, Mon/Wed/Fri at
7:30, writing English with Spanish words and typos, missing a week and tapping old buttons.
What they met that was wrong is kept here."""

from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from bot.store.models import ExerciseLog, SetLog, WorkoutSession
from tests.e2e.flows import load_user, pushes
from tests.e2e.harness import Chat, Env, bot_env, texts

FAST = {"PUSH_TICK_SECONDS": "0.05"}
# Sunday 21 March 2027, 21:00 in Sydney (UTC+11 until 4 April).
SYDNEY_SUNDAY = datetime(2027, 3, 21, 10, 0, tzinfo=UTC)


async def marcus(chat: Chat) -> None:
    """Set up as Marcus typed it: glutes not legs, 8 years, gym, Mon/Tue/Thu/Fri 6:15 pm."""
    for said in ("/start", "grow glutes dont want bigger legs", "8 yrs", "gym"):
        await chat.say(said)
    for said in ("mon tue thu fri", "6:15pm", "sydney", "lbs"):
        await chat.say(said)


async def rosa(chat: Chat) -> None:
    """Set up as Rosa typed it: figure, 5 years, gym, Mon/Wed/Fri at 7:30 in Madrid, kilos."""
    for said in ("/start", "compete figure", "i train 5 years", "in the gym"):
        await chat.say(said)
    for said in ("monday wensday friday", "7:30 in the morning", "madrid spain", "kilos"):
        await chat.say(said)


async def logged_days(env: Env, user_id: int) -> list[tuple[str, str]]:
    """(day, exercise) of every set saved."""

    def rows(s):  # type: ignore[no-untyped-def]
        stmt = (
            select(WorkoutSession.day, ExerciseLog.exercise_id)
            .join(ExerciseLog, ExerciseLog.session_id == WorkoutSession.id)
            .join(SetLog, SetLog.exercise_log_id == ExerciseLog.id)
            .where(WorkoutSession.user_id == user_id)
            .distinct()
        )
        return sorted((d.isoformat(), x) for d, x in s.execute(stmt))

    return await env.svc.db.run(rows)


async def test_sets_typed_at_1240_after_a_615_pm_push_are_last_nights(tmp_path):
    """Marcus, pushed Monday at 18:15, trained late and typed at 00:40 "hit 225 for 5 on
    thrusts": it was saved as Tuesday's hip thrust and the bot went on to Tuesday's American
    deadlift; Monday's workout, the one he had done, stayed unlogged. Last night lasted six
    hours after the push (till 00:15): an evening push's night now lasts till 4 in the
    morning."""
    async with bot_env(tmp_path, now=SYDNEY_SUNDAY, extra_env=FAST) as env:
        chat = env.chat(9601)
        await marcus(chat)
        env.clock.set(datetime(2027, 3, 22, 7, 15, tzinfo=UTC))  # Monday 18:15 in Sydney
        await env.standin.until(lambda: pushes(env.standin, 9601) or None, timeout=10)
        env.clock.set(datetime(2027, 3, 22, 13, 40, tzinfo=UTC))  # Tuesday 00:40
        said = texts(await chat.say("hit 225 for 5 on thrusts"))
        assert "<b>Hip thrust</b>" in said and "225 lb × 5" in said, said
        said = texts(await chat.tap("Save"))
        assert "American deadlift" not in said, said
        assert await logged_days(env, 9601) == [("2027-03-22", "hip_thrust")]
        shown = (await chat.say("/today"))[-1].text
        assert "Last night's workout (Monday)" in shown, shown
        env.clock.set(datetime(2027, 3, 22, 17, 5, tzinfo=UTC))  # Tuesday 04:05: morning
        shown = (await chat.say("/today"))[-1].text
        assert "Last night's" not in shown and "American deadlift" in shown, shown


async def test_series_for_sets_and_a_move_misspelt_are_read(env):
    """Rosa, after Monday's workout: "i make the hip trust with 50 kilos 4 series of 10" got
    "I don't know that one yet" (noted as a question to learn), and at Start logging "50
    kilos 4 series of 10" got "I couldn't read that (at "series")". On Wednesday one slip in
    a message of five moves ("... banded hip trust 2x25") lost all five. "Series" is what
    Spanish speakers call sets, and a name a slip away from a move of the day's workout is
    that move."""
    chat = env.chat(9602)
    await rosa(chat)  # Monday 16 Nov 10:00 in Madrid: A
    said = texts(await chat.say("i make the hip trust with 50 kilos 4 series of 10"))
    assert "<b>Hip thrust</b>: 50 kg × 10, 10, 10, 10 (4 sets). Save it?" in said, said
    await chat.tap("Save")
    said = texts(await chat.say("deadlift 60 kilos 3 serie of 10"))
    assert "<b>Deadlift</b>: 60 kg × 10, 10, 10 (3 sets). Save it?" in said, said
    other = env.chat(9603)
    await rosa(other)
    await other.say("/today")
    await other.tap("Start logging")
    said = texts(await other.say("hip trust 50kg 4x10"))
    assert "<b>Hip thrust</b>: 50 kg × 10, 10, 10, 10 (4 sets). Save it?" in said, said
    await other.tap("Save")
    said = texts(await other.say("i make 60 kilos 3 series of 10"))  # was: exercise "make"
    assert "<b>Deadlift</b>: 60 kg × 10, 10, 10 (3 sets). Save it?" in said, said
    env.clock.set(env.clock.now() + timedelta(days=2))  # Wednesday: B
    typed = (
        "squat 40 kilos 4x10, back extension 3x15, glute ham raise 3x4, "
        "seated leg curl 30 kilos 3x15, banded hip trust 2x25"
    )
    said = texts(await chat.say(typed))
    assert "<b>Squat</b>: 40 kg × 10, 10, 10, 10 (4 sets). Save it?" in said, said
    assert "Glute-ham raise, Seated leg curl, Banded hip thrust from the same message" in said
    env.clock.set(env.clock.now() + timedelta(days=2))  # Friday: C, no hip thrust in it
    said = texts(await other.say("hip trust 55 kilos 4 series of 10, squat 45 kilos 4x10"))
    assert "<b>Hip thrust</b>: 55 kg × 10, 10, 10, 10 (4 sets). Save it?" in said, said


async def test_today_said_impossible_offers_skip_and_move(env):
    """Rosa, on Friday morning: "today not possible, my son is sick" got "I don't know that
    one yet" (noted as a question to learn), and "i can't today", "not possible today",
    "my son is sick" the same; "can't train today" was understood, but only pointed to
    /today to find the buttons. Now a day said impossible, or someone at home said ill, is
    not training today, with Skip today and Move to tomorrow on the reply; said of another
    day, it still points to that day's workout."""
    chat = env.chat(9604)
    await rosa(chat)  # Monday 16 Nov, 10:00 in Madrid: A still to do
    for said in (
        "today not possible, my son is sick",
        "i can't today",
        "not possible today",
        "my daughter is ill",
        "can't train today",
    ):
        reply = (await chat.say(said))[-1]
        assert reply.text.startswith("No problem. Tap Skip today or Move to tomorrow"), said
        assert [t for row in reply.buttons for t, _ in row] == ["Skip today", "Move to tomorrow"]
    said = texts(await chat.tap("Skip today"))
    assert "Skipped today" in said, said
    reply = (await chat.say("i cant make it tomorrow"))[-1]
    assert reply.text.startswith("No problem. Send /today") and not reply.buttons, reply.text


async def test_a_move_put_off_mid_logging_is_asked_last(env):
    """Rosa, at "2/5 · Deadlift" with the rack taken: "can I do this one later?" got "I don't
    know that one yet" (noted as a question to learn), and the Deadlift stayed asked; Skip
    would have logged it as not done. Now it goes to the end of the day's order, the next
    move is asked, and once the others are logged the Deadlift is asked again."""
    chat = env.chat(9605)
    await rosa(chat)  # Monday: hip thrust, deadlift, Nordic ham curl, leg curl, monster walk
    await chat.say("/today")
    await chat.tap("Start logging")
    await chat.say("50 kilos 4x8")
    said = texts(await chat.tap("Save"))
    assert "<b>2/5 · Deadlift</b>" in said, said
    said = texts(await chat.say("can I do this one later?"))
    assert said.startswith("Sure: Deadlift moved to the end"), said
    assert "<b>2/5 · Nordic ham curl</b>" in said and "I don't know" not in said, said
    await chat.tap("Done as planned")
    await chat.say("25 kilos 3x15")
    await chat.tap("Save")
    said = texts(await chat.say("leave it for the end"))  # the monster walk
    assert said.startswith("Sure: Monster walk moved to the end"), said
    assert "<b>4/5 · Deadlift</b>" in said, said
    said = texts(await chat.say("later"))  # the Deadlift put off again
    assert "<b>4/5 · Monster walk</b>" in said, said
    await chat.tap("Done as planned")
    said = texts(await chat.say("can i do it later"))  # the last one left
    assert said.startswith("It's the last one left"), said
    assert "<b>5/5 · Deadlift</b>" in said, said
    await chat.say("60 kilos 3x10")
    said = texts(await chat.tap("Save"))
    assert "Workout logged: 5 of 5 exercises done." in said, said


async def test_groups_of_sets_each_at_its_load_are_read(tmp_path):
    """Marcus, at "3/4 · Squat": "did 3x8 @ 185 then 2x10 @ 135" got "I couldn't read
    that": his squats were left unlogged. "2x10 then 1x8" (reps) and "10 with 95 then 8 with
    100" (a load a set) were read; groups of sets each at its own load were not."""
    async with bot_env(tmp_path, now=SYDNEY_SUNDAY, extra_env=FAST) as env:
        chat = env.chat(9606)
        await marcus(chat)
        env.clock.set(datetime(2027, 3, 22, 10, 0, tzinfo=UTC))  # Monday 21:00 in Sydney
        await env.standin.until(lambda: pushes(env.standin, 9606) or None, timeout=10)
        await chat.tap("Start logging")
        await chat.say("225 4x8")
        await chat.tap("Save")
        await chat.tap("Done as planned")  # back extension, bodyweight
        said = texts(await chat.say("did 3x8 @ 185 then 2x10 @ 135"))
        squats = "<b>Squat</b>: 185 lb × 8, 185 lb × 8, 185 lb × 8, 135 lb × 10, 135 lb × 10"
        assert f"{squats} (5 sets). Save it?" in said, said
        said = texts(await chat.say("hip thrust 2 sets of 10 at 185 and 1 set of 8 at 225"))
        assert "Squat: 185 lb × 8" in said and "185 lb × 10, 185 lb × 10, 225 lb × 8" in said


async def test_sets_times_reps_then_a_bare_load_is_that_load(tmp_path):
    """Marcus, at "4/4 · Seated hip abduction": "abductions 2x20 90" got "2 lb × 20, 90
    (2 sets). Save it?", a 2 lb set of 20 and one of 90 reps; "squat 3x10 135" read the same
    way was 3 lb. A set count before "x" was taken for a load when a bare number followed;
    it is 2 sets of 20 at 90 now (and for a move with no load, "2x10 8" is 10, 10, 8)."""
    async with bot_env(tmp_path, now=SYDNEY_SUNDAY, extra_env=FAST) as env:
        chat = env.chat(9607)
        await marcus(chat)
        env.clock.set(datetime(2027, 3, 22, 10, 0, tzinfo=UTC))  # Monday 21:00 in Sydney
        await env.standin.until(lambda: pushes(env.standin, 9607) or None, timeout=10)
        said = texts(await chat.say("squat 3x10 135"))
        assert "<b>Squat</b>: 135 lb × 10, 10, 10 (3 sets). Save it?" in said, said
        said = texts(await chat.tap("Save"))
        assert "<b>1/4 · Hip thrust</b>" in said, said
        said = texts(await chat.say("4x10 225"))
        assert "<b>Hip thrust</b>: 225 lb × 10, 10, 10, 10 (4 sets). Save it?" in said, said
        await chat.tap("Save")
        said = texts(await chat.say("2x10 8"))  # back extension, bodyweight
        assert "<b>Back extension</b>: 10, 10, 8 reps (3 sets). Save it?" in said, said
        await chat.tap("Save")
        said = texts(await chat.say("abductions 2x20 90"))
        assert "<b>Seated hip abduction</b>: 90 lb × 20, 20 (2 sets). Save it?" in said, said


async def test_a_record_said_before_the_move_is_logged(tmp_path):
    """Marcus, at the monster walk: "pr on hip thrust today 245x6" got "I don't know the
    exercise "pr on hip thrust today"": his record was lost. Words saying it was a record
    before the move's name ("pr on", "new pb on", "hit a pr on") are now read past."""
    async with bot_env(tmp_path, now=SYDNEY_SUNDAY, extra_env=FAST) as env:
        chat = env.chat(9608)
        await marcus(chat)
        env.clock.set(datetime(2027, 3, 22, 10, 0, tzinfo=UTC))  # Monday 21:00 in Sydney
        await env.standin.until(lambda: pushes(env.standin, 9608) or None, timeout=10)
        said = texts(await chat.say("pr on hip thrust today 245x6"))
        assert "<b>Hip thrust</b>: 245 lb × 6 (1 set). Save it?" in said, said
        await chat.tap("Save")
        said = texts(await chat.say("new pb on squats 185 for 8"))
        assert "<b>Squat</b>: 185 lb × 8 (1 set). Save it?" in said, said


async def test_a_bare_hour_for_the_time_is_asked_am_or_pm_never_a_button(tmp_path):
    """Marcus, on Wednesday: "can u send it at 5 instead" got "I don't know that one yet",
    and "send my workouts at 5" got "Workout time: 18:30 ✓", his workouts moved to 6:30 pm:
    "5" was taken for the fifth of the time question's buttons. A bare hour is now asked
    ("Did you mean 05:00 or 17:00?"), at the time question too."""
    async with bot_env(tmp_path, now=SYDNEY_SUNDAY, extra_env=FAST) as env:
        chat = env.chat(9609)
        await marcus(chat)
        for said in ("can u send it at 5 instead", "send my workouts at 5"):
            reply = (await chat.say(said))[-1]
            assert reply.text.startswith("Did you mean 05:00 or 17:00?"), (said, reply.text)
            assert (await load_user(env, 9609)).push_time == "18:15"
        said = texts(await chat.tap("17:00"))
        assert "Days: Mon, Tue, Thu, Fri at 17:00 (Australia/Sydney)" in said, said
        await chat.say("/settings")
        await chat.tap("Workout time")
        reply = (await chat.say("5"))[-1]
        assert reply.text.startswith("Did you mean 05:00 or 17:00?"), reply.text
        assert (await load_user(env, 9609)).push_time == "17:00"


async def test_skip_legs_today_is_todays_workout_skipped(tmp_path):
    """Marcus, on Thursday at the push: "skip legs today, wrecked" got "I don't know that one
    yet" (noted as a question to learn): "skip today" was understood, but not the gym's way
    of saying it ("skip legs", "skipping leg day", "gonna skip the gym today")."""
    async with bot_env(tmp_path, now=SYDNEY_SUNDAY, extra_env=FAST) as env:
        chat = env.chat(9610)
        await marcus(chat)
        env.clock.set(datetime(2027, 3, 22, 8, 0, tzinfo=UTC))  # Monday 19:00 in Sydney
        await env.standin.until(lambda: pushes(env.standin, 9610) or None, timeout=10)
        for said in ("skipping leg day", "gonna skip the gym today", "skip legs today, wrecked"):
            reply = (await chat.say(said))[-1]
            assert reply.text.startswith("No problem. Tap Skip today or Move to tomorrow"), said
        said = texts(await chat.tap("Skip today"))
        assert "Skipped today" in said, said


async def test_an_old_pushs_start_logging_points_to_todays(env):
    """Rosa, back after missing a week, tapped Start logging on the push of two workouts
    before: nothing came but a passing "That button is from an earlier message." at the top
    of the screen, and no word of what to do now. The old push now says which day it was
    for and offers today's Start logging."""
    chat = env.chat(9611)
    await rosa(chat)  # Monday 16 Nov 2026, 10:00 in Madrid
    old = texts(await chat.say("/today"))
    assert "session A" in old, old
    env.clock.set(env.clock.now() + timedelta(days=9))  # Wednesday of the next week
    pushed = next(m for m in env.standin.messages(9611) if m.buttons and "session A" in m.text)
    said = texts(await chat.press(pushed.message_id, "1:push:start:20261116"))
    assert "That button is from the workout of Monday 16 November" in said, said
    said = texts(await chat.tap("Start logging"))
    assert "<b>1/" in said, said
    user = await load_user(env, 9611)
    assert user.awaiting is not None and user.awaiting.startswith("log:"), user.awaiting


async def test_back_with_a_reason_after_a_comma_is_welcomed_back(env):
    """Rosa, after the week her son was ill: "hello i am back, my son is better now" got the
    Back extension card ("back" read as the exercise); "i am back" alone was welcomed back."""
    chat = env.chat(9612)
    await rosa(chat)
    env.clock.set(env.clock.now() + timedelta(days=8))
    for said in ("hello i am back, my son is better now", "hi im back after a week off"):
        reply = texts(await chat.say(said))
        assert reply.startswith("Welcome back!") and "Back extension" not in reply, reply


async def test_is_this_right_mid_logging_says_what_is_wanted_there(env):
    """Rosa, at "2/5 · Deadlift" after a reply she did not follow: "is this right?" got the
    tie-in answer again (taken as a follow-up to her last question, minutes before), and
    nothing on the deadlift. "what?" at an exercise asked says what is wanted there and
    asks again; "is this right?", "is that correct?" now do the same."""
    chat = env.chat(9613)
    await rosa(chat)
    await chat.say("what is the tie in")
    await chat.say("/today")
    await chat.tap("Start logging")
    await chat.say("50 kilos 4x8")
    await chat.tap("Save")
    for said in ("is this right?", "is that correct?"):
        reply = texts(await chat.say(said))
        assert reply.startswith("Here is what I need now: how Deadlift went."), reply
        assert "<b>2/5 · Deadlift</b>" in reply and "tie-in" not in reply, reply


async def test_a_days_moves_named_by_their_family_are_that_days(tmp_path):
    """Marcus, on Tuesday evening, for Monday's workout (American deadlift, single-leg hip
    thrust, walking lunge, monster walk): "yesterday rdl 3x10 165, single leg thrust 3x15,
    lunges 2x12 w 45s, monster walks 2x20" showed a Hip thrust and a Lunge to save, moves
    Monday did not hold, and left its single-leg hip thrust and walking lunge unlogged. At
    an exercise asked "lunges" was already the walking lunge; a whole day typed now reads
    a family's name as the day's move of it."""
    async with bot_env(tmp_path, now=SYDNEY_SUNDAY, extra_env=FAST) as env:
        chat = env.chat(9614)
        await marcus(chat)
        # Tuesday 18:00 in Sydney, before its 18:15 push: at 19:30 the push raced the log (its
        # buttons could land between the Save taps, and a log after it finds Tuesday planned)
        env.clock.set(datetime(2027, 3, 23, 7, 0, tzinfo=UTC))
        await chat.say("hip thrust 225 4x8 yesterday")
        await chat.tap("Save")  # Monday, session A: Tuesday is B
        said = texts(await chat.say("/today"))
        assert "Single-leg hip thrust" in said and "Walking lunge" in said, said
        typed = "rdl 3x10 165, single leg thrust 3x15, lunges 2x12 w 45s, monster walks 2x20"
        said = texts(await chat.say(typed))
        assert "<b>American deadlift</b>: 165 lb × 10, 10, 10 (3 sets). Save it?" in said, said
        assert "Then Single-leg hip thrust, Walking lunge, Monster walk from the same" in said
        assert "no numbers in that message" not in said, said
        for _ in range(4):
            said = texts(await chat.tap("Save"))
        assert "Workout logged: 4 of 4 exercises done." in said, said


async def test_a_whole_day_run_on_without_commas_is_read(tmp_path):
    """Marcus, at 01:30 after Tuesday's push: "ht 240 4x6 glute bridge 3x15 bw back ext 3x12
    25 lunges 2x10 40s" got the Rep ranges answer, as a question: the whole workout lost.
    Sets ending in "bw" before the next move's name did not end that move, and "40s" (the
    pair of 40s) was read only after "with"."""
    async with bot_env(tmp_path, now=SYDNEY_SUNDAY, extra_env=FAST) as env:
        chat = env.chat(9615)
        await marcus(chat)
        env.clock.set(datetime(2027, 3, 22, 14, 30, tzinfo=UTC))  # Tuesday 01:30 in Sydney
        said = texts(await chat.say("ht 225 4x8 back ext 3x15 bw squat 2x10 40s abductions 2x20"))
        assert "<b>Hip thrust</b> for yesterday, Mon 22 Mar: 225 lb × 8, 8, 8, 8" in said, said
        assert "Then Back extension, Squat, Seated hip abduction from the same" in said, said
        await chat.tap("Save")
        said = texts(await chat.tap("Save"))
        assert "<b>Squat</b> for yesterday, Mon 22 Mar: 40 lb × 10, 10 (2 sets). Save" in said, said


async def test_log_after_midnight_shows_last_nights_workout(tmp_path):
    """Marcus, at 00:50 after logging Monday's workout since 00:40: /log said "Nothing logged
    today yet" with a Start logging for Tuesday, as if what he had just saved was gone. Till
    last night is over, and before today holds anything, /log shows last night's log."""
    async with bot_env(tmp_path, now=SYDNEY_SUNDAY, extra_env=FAST) as env:
        chat = env.chat(9616)
        await marcus(chat)
        env.clock.set(datetime(2027, 3, 22, 13, 40, tzinfo=UTC))  # Tuesday 00:40 in Sydney
        await chat.say("ht 225 4x8 back ext 3x15 bw squat 2x10 185 abductions 2x20 90")
        for _ in range(4):
            said = texts(await chat.tap("Save"))
        assert "Workout logged for yesterday, Mon 22 Mar: 4 of 4" in said, said
        shown = (await chat.say("/log"))[-1].text
        assert shown.startswith("<b>Last night's log</b>"), shown
        assert "• Hip thrust: 225 lb × 8, 8, 8, 8" in shown, shown
        env.clock.set(datetime(2027, 3, 22, 20, 0, tzinfo=UTC))  # Tuesday 07:00
        assert (await chat.say("/log"))[-1].text.startswith("Nothing logged today yet")


async def test_the_move_named_after_on_at_the_end_is_read(tmp_path):
    """Marcus, on Tuesday evening: "did 5x5 @ 225 on thrusts" got "Which exercise was that?":
    the move named last, after "on", was read only after bare reps ("12, 10 and 8 on the
    squat")."""
    async with bot_env(tmp_path, now=SYDNEY_SUNDAY, extra_env=FAST) as env:
        chat = env.chat(9617)
        await marcus(chat)
        env.clock.set(datetime(2027, 3, 22, 10, 0, tzinfo=UTC))  # Monday 21:00 in Sydney
        # past Monday's 6:15 pm push: it comes first, so its buttons never land between taps
        await env.standin.until(lambda: pushes(env.standin, 9617) or None, timeout=10)
        said = texts(await chat.say("did 5x5 @ 225 on thrusts"))
        assert "<b>Hip thrust</b>: 225 lb × 5, 5, 5, 5, 5 (5 sets). Save it?" in said, said
        await chat.tap("Save")
        said = texts(await chat.say("3x10 at 185 on squats"))
        assert "185 lb × 10, 10, 10 (3 sets). Save it?" in said and "Squat" in said, said


async def test_a_count_then_a_load_then_each_sets_reps_is_read(tmp_path):
    """Marcus: "squats 3 sets 185 8 8 6" got "I couldn't read that" ("3 sets 8 8 6" and "185
    8 8 6" were read, the three together not), and "back ext 3x15 w 25 plate" stopped at
    "plate", where "with 25kg dumbbells" was read."""
    async with bot_env(tmp_path, now=SYDNEY_SUNDAY, extra_env=FAST) as env:
        chat = env.chat(9618)
        await marcus(chat)
        env.clock.set(datetime(2027, 3, 22, 10, 0, tzinfo=UTC))  # Monday 21:00 in Sydney
        # past Monday's 6:15 pm push: it comes first, so its buttons never land between taps
        await env.standin.until(lambda: pushes(env.standin, 9618) or None, timeout=10)
        said = texts(await chat.say("squats 3 sets 185 8 8 6"))
        assert "<b>Squat</b>: 185 lb × 8, 8, 6 (3 sets). Save it?" in said, said
        await chat.tap("Save")
        said = texts(await chat.say("back ext 3x15 w 25 plate"))
        assert "<b>Back extension</b>: 25 lb × 15, 15, 15 (3 sets). Save it?" in said, said
