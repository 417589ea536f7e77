"""Logging across days and moves: a prompt left unanswered on an earlier day, a first swap
to a move never done, reps for an extra move with a load known, "same as last time" for a
move never done, a skip said at "Save it?" or between sets."""

from datetime import UTC, datetime

from tests.e2e.flows import load_user, onboard, pushes
from tests.e2e.harness import bot_env, texts
from tests.e2e.test_logs_sets_said9 import hip_thrust_asked_again

THURSDAY = datetime(2026, 11, 19, 18, 0, tzinfo=UTC)  # 19:00 in Berlin


def labels(message):
    return [t for row in message.buttons for t, _ in row]


async def test_a_later_days_workout_releases_an_exercise_left_asked(env):
    """Monday's squat asked and never answered: on Thursday, after /today, "hip thrusts 12
    12 12 at 40kg" was saved into Monday ("for Mon 16 Nov") and the squat stayed owed."""
    chat = env.chat(9951)
    await onboard(chat)
    await chat.say("/today")
    await chat.tap("Start logging")  # 1/4 · Squat, never answered
    env.clock.set(THURSDAY)
    await chat.say("/today")
    replies = await chat.say("hip thrusts 12 12 12 at 40kg")
    shown = texts(replies)
    assert "<b>Hip thrust</b>: 40 kg × 12, 12, 12 (3 sets). Save it?" in shown, shown
    replies = await chat.say("squats 20kg 10 10 10")
    assert "for Mon" not in texts(replies), texts(replies)


async def test_a_later_days_push_releases_an_exercise_left_asked(tmp_path):
    monday = datetime(2026, 11, 16, 10, 0, tzinfo=UTC)
    async with bot_env(tmp_path, now=monday, extra_env={"PUSH_TICK_SECONDS": "0.05"}) as env:
        chat = env.chat(9952)
        await onboard(chat)
        await chat.say("/today")
        await chat.tap("Start logging")  # 1/4 · Squat, never answered
        env.clock.set(datetime(2026, 11, 19, 17, 30, tzinfo=UTC))  # Thursday's push

        def thursdays():  # type: ignore[no-untyped-def]
            return [p for p in pushes(env.standin, 9952) if "session B" in p.text] or None

        await env.standin.until(thursdays, timeout=10)
        replies = await chat.say("squats 20kg 10 10 10")
        shown = texts(replies)
        assert "<b>Squat</b>: 20 kg × 10, 10, 10 (3 sets). Save it?" in shown, shown


async def test_a_prompt_of_today_stays_owed_after_today(env):
    """/today while today's squat is asked leaves it asked."""
    chat = env.chat(9953)
    await onboard(chat)
    await chat.say("/today")
    await chat.tap("Start logging")
    await chat.say("/today")
    replies = await chat.say("20kg 12 12 10")
    assert "<b>Squat</b>: 20 kg × 12, 12, 10 (3 sets). Save it?" in texts(replies), texts(replies)


async def test_a_first_swap_to_a_move_never_done_takes_the_slots_reps_no_load(env):
    """Hip thrust (37.5 kg) swapped for the barbell glute bridge, never done: it was asked
    at the hip thrust's 37.5 kg, as if that were its own load."""
    chat = env.chat(9954)
    await hip_thrust_asked_again(env, chat)
    await chat.tap("Swap")
    asked = (await chat.tap("Barbell glute bridge"))[-1]
    assert "Barbell glute bridge</b> (instead of Hip thrust)" in asked.text, asked.text
    assert "Target: 4 × 8–12\n" in asked.text and "37.5" not in asked.text, asked.text
    assert "Done as planned (4×12)" in labels(asked)[0], labels(asked)


async def test_reps_for_an_extra_move_ask_its_load_with_last_times(env):
    """ "hip thrusts 12 12 12" while the squat was asked, hip thrusts last done at 40 kg
    and not in today's workout: saved as reps with no load, nothing asked."""
    chat = env.chat(9955)
    await onboard(chat)
    await chat.say("hip thrusts 40kg 10 10 10 yesterday")
    await chat.say("yes")
    await chat.say("/today")
    await chat.tap("Start logging")  # 1/4 · Squat
    asked = (await chat.say("hip thrusts 12 12 12"))[-1]
    assert "What load did you use for Hip thrust?" in asked.text, asked.text
    assert labels(asked)[0] == "Same as last time: 40 kg", labels(asked)
    replies = await chat.tap("Same as last time: 40 kg")
    assert "Hip thrust: 40 kg × 12, 12, 12 ✓" in texts(replies), texts(replies)
    assert "1/5 · Squat" in replies[-1].text, replies[-1].text  # back to it, the extra in
    replies = await chat.say("hip thrusts 12 12 12 same weight")
    assert "<b>Hip thrust</b>" in texts(replies) and "40 kg × 12, 12, 12" in texts(replies)


async def test_reps_for_a_move_named_with_nothing_logged_ask_its_load(env):
    chat = env.chat(9956)
    await onboard(chat)
    await chat.say("hip thrusts 40kg 10 10 10 yesterday")
    await chat.say("yes")
    asked = (await chat.say("hip thrusts 12 12 12"))[-1]
    assert "What load did you use for Hip thrust?" in asked.text, asked.text
    assert labels(asked)[0] == "Same as last time: 40 kg", labels(asked)


async def test_same_as_last_time_for_a_move_never_done_takes_the_plan(env):
    """ "same as last time" at a first squat got "I have no earlier sets of this one yet":
    now its load is asked to save the plan; at a move with a load planned or none to take,
    the plan is shown to save, said so."""
    chat = env.chat(9957)
    await onboard(chat)
    await chat.say("/today")
    await chat.tap("Start logging")  # 1/4 · Squat, never done
    replies = await chat.say("same as last time")
    shown = texts(replies)
    assert "Squat was never done before, so nothing to copy from last time" in shown, shown
    assert "What load did you use for Squat?" in shown, shown
    replies = await chat.say("20")
    assert "<b>Squat</b>: 20 kg × 12, 12, 12 (3 sets). Save it?" in texts(replies), texts(replies)
    home = env.chat(9958)
    await onboard(home, place="Bodyweight only")
    await home.say("/today")
    await home.tap("Start logging")  # a bodyweight move, never done
    replies = await home.say("same as last time")
    shown = texts(replies)
    assert "Never done before, so nothing to copy from last time: here is the plan." in shown
    assert "Save it?" in shown and "no earlier sets" not in shown, shown


async def squat_asked(env, user_id):  # type: ignore[no-untyped-def]
    chat = env.chat(user_id)
    await onboard(chat)  # squat, stiff-leg deadlift, lunge, lying leg curl
    await chat.say("/today")
    await chat.tap("Start logging")
    return chat


async def test_a_move_said_skipped_at_save_it_is_skipped_and_the_entry_waits(env):
    """ "skipped the RDLs" at the squat's "Save it?" was only noted; "skip lunges" there
    skipped the lunge and dropped the squat's sets typed, asking the squat afresh."""
    chat = await squat_asked(env, 9959)
    await chat.say("20kg 12 12 10")
    replies = await chat.say("skipped the RDLs")
    shown = texts(replies)
    assert "Stiff-leg deadlift: skipped." in shown, shown
    assert "<b>Squat</b>: 20 kg × 12, 12, 10 (3 sets). Save it?" in replies[-1].text, shown
    replies = await chat.say("skip lunges")
    shown = texts(replies)
    assert "Lunge: skipped." in shown, shown
    assert "<b>Squat</b>: 20 kg × 12, 12, 10 (3 sets). Save it?" in replies[-1].text, shown
    replies = await chat.tap("Save")
    shown = texts(replies)
    assert "Squat: 20 kg × 12, 12, 10 ✓" in shown and "4/4 · Lying leg curl" in shown, shown


async def test_a_move_said_skipped_between_sets_is_skipped_and_the_sets_go_on(env):
    """ "skip the RDLs" between the squat's sets was only noted; "skip lunges" there
    skipped the lunge and ended the squat after one set, the deadlift asked."""
    chat = await squat_asked(env, 9960)
    await chat.say("first set 12 reps at 20kg")
    replies = await chat.say("skip the RDLs")
    assert "Stiff-leg deadlift: skipped." in texts(replies), texts(replies)
    replies = await chat.say("skip lunges")
    assert "Lunge: skipped." in texts(replies), texts(replies)
    assert "Stiff-leg deadlift" not in texts(replies), texts(replies)
    replies = await chat.say("10")
    shown = texts(replies)
    assert "<b>Squat</b>, set 2 of 3: 20 kg × 10 ✓" in shown, shown


async def test_a_later_days_workout_releases_a_step_a_setting_holds(env):
    """The squat asked Monday, then a setting opened and left open: Thursday's /today
    still held Monday's squat, and leaving the setting went back to it."""
    chat = await squat_asked(env, 9961)
    await chat.say("/settings")
    await chat.tap("Workout time")
    env.clock.set(THURSDAY)
    await chat.say("/today")
    assert (await load_user(env, 9961)).awaiting == "set:time"
    replies = await chat.say("7:15")
    assert "Updated" in texts(replies), texts(replies)
    assert "Squat" not in replies[-1].text, replies[-1].text


async def test_reps_for_an_extra_on_another_day_ask_its_load(env):
    """ "hip thrusts 12 12 12 yesterday" (a rest day) mid-workout, hip thrusts done at 40 kg
    the day before: saved as reps with no load."""
    chat = env.chat(9962)
    await onboard(chat)  # Monday 16 November
    await chat.say("hip thrusts 40kg 10 10 10 on saturday")
    await chat.say("yes")
    await chat.say("/today")
    await chat.tap("Start logging")  # 1/4 · Squat
    asked = (await chat.say("hip thrusts 12 12 12 yesterday"))[-1]
    assert "What load did you use for Sunday's Hip thrust?" in asked.text, asked.text
    replies = await chat.tap("Same as last time: 40 kg")
    shown = texts(replies)
    assert "Hip thrust for yesterday, Sun 15 Nov: 40 kg × 12, 12, 12 ✓" in shown, shown
    assert "1/4 · Squat" in replies[-1].text, replies[-1].text


async def test_reps_for_another_move_of_the_day_take_its_target_load(env):
    """ "lunges 12 12 12" while the squat was asked, the lunge's target 10 kg: saved as reps
    with no load (the squat's own reps take its target's load)."""
    chat = env.chat(9963)
    await onboard(chat)
    await chat.say("lunges 10kg 10 10 10 yesterday")
    await chat.say("yes")
    await chat.say("/today")
    await chat.tap("Start logging")  # 1/4 · Squat
    replies = await chat.say("lunges 12 12 12")
    shown = texts(replies)
    assert "<b>Lunge</b>: 10 kg × 12, 12, 12 (3 sets). Save it?" in shown, shown


async def test_same_as_last_time_on_a_later_day_is_that_days_workout(env):
    """Monday's squat saved, the deadlift asked and never answered: Thursday's "same as
    last time" after /today was "I have no earlier sets of this one yet" (Monday's
    deadlift). Now it is Thursday's workout, as last time."""
    chat = await squat_asked(env, 9964)
    await chat.say("20kg 10 10 10")
    await chat.tap("Save")  # 2/4 · Stiff-leg deadlift, never answered
    env.clock.set(THURSDAY)
    await chat.say("/today")
    shown = texts(await chat.say("same as last time"))
    assert "Saved as last time" in shown and "• Squat: 20 kg × 10, 10, 10" in shown, shown
