"""Sets typed on a later day than an exercise left asked (or waiting for its Save). Before,
the old day's exercise stayed owed until that later day's push or /today, so sets typed on a
rest day, or on a training day before its push, went into the old day ("for Mon 16 Nov"),
and sets left at an old "Save it?" were dropped when the exercise was released."""

from datetime import UTC, date, datetime

from tests.e2e.flows import onboard
from tests.e2e.harness import texts
from tests.e2e.test_logs_said_day import logged

WEDNESDAY = datetime(2026, 11, 18, 9, 0, tzinfo=UTC)  # a rest day for Mon + Thu (Berlin)
THURSDAY_MORNING = datetime(2026, 11, 19, 8, 0, tzinfo=UTC)  # before its 18:30 push


async def squat_left_asked(env, chat_id: int):
    chat = env.chat(chat_id)
    await onboard(chat)  # Monday 16 Nov, Berlin, Mon + Thu
    await chat.say("/today")
    await chat.tap("Start logging")  # 1/4 · Squat, never answered
    return chat


async def test_sets_typed_on_a_later_rest_day_are_not_filed_under_the_old_day(env):
    chat = await squat_left_asked(env, 9961)
    env.clock.set(WEDNESDAY)
    replies = await chat.say("20kg 10 10 10")
    shown = texts(replies)
    assert "for Mon" not in shown, shown
    assert "Which exercise was that?" in shown, shown  # no workout today: which one?
    replies = await chat.say("hip thrusts 3x12 at 40")
    assert "<b>Hip thrust</b>: 40 kg × 12, 12, 12 (3 sets). Save it?" in texts(replies)
    await chat.tap("Save")
    assert logged(env, 9961) == {date(2026, 11, 18): {"hip_thrust": [(12, 40.0)] * 3}}


async def test_sets_typed_on_a_training_day_before_its_push_are_that_days(env):
    chat = await squat_left_asked(env, 9962)
    env.clock.set(THURSDAY_MORNING)
    replies = await chat.say("squats 20kg 10 10 10")
    shown = texts(replies)
    assert "<b>Squat</b>: 20 kg × 10, 10, 10 (3 sets). Save it?" in shown, shown
    await chat.tap("Save")
    assert logged(env, 9962) == {date(2026, 11, 19): {"squat": [(10, 20.0)] * 3}}


async def test_sets_left_at_an_old_save_it_are_kept_with_their_day(env):
    chat = await squat_left_asked(env, 9963)
    replies = await chat.say("20kg 10 10 10")  # "Save it?", never answered
    assert "<b>Squat</b>: 20 kg × 10, 10, 10 (3 sets). Save it?" in texts(replies)
    env.clock.set(THURSDAY_MORNING)
    replies = await chat.say("/today")  # Thursday's workout: Monday's squat owed no more
    shown = texts(replies)
    assert "Squat for Mon 16 Nov: 20 kg × 10, 10, 10, saved as you typed it" in shown, shown
    assert logged(env, 9963) == {date(2026, 11, 16): {"squat": [(10, 20.0)] * 3}}
    replies = await chat.say("squats 25kg 10 10 10")  # Thursday's, not Monday's
    assert "<b>Squat</b>: 25 kg × 10, 10, 10 (3 sets). Save it?" in texts(replies)


async def test_sets_typed_a_later_day_at_an_old_save_it_are_that_days(env):
    chat = await squat_left_asked(env, 9964)
    await chat.say("20kg 10 10 10")  # "Save it?", never answered
    env.clock.set(WEDNESDAY)
    replies = await chat.say("hip thrusts 3x12 at 40")
    shown = texts(replies)
    assert "Squat for Mon 16 Nov: 20 kg × 10, 10, 10 ✓" in shown, shown  # kept, said so
    assert "<b>Hip thrust</b>: 40 kg × 12, 12, 12 (3 sets). Save it?" in shown, shown
    await chat.tap("Save")
    assert logged(env, 9964) == {
        date(2026, 11, 16): {"squat": [(10, 20.0)] * 3},
        date(2026, 11, 18): {"hip_thrust": [(12, 40.0)] * 3},
    }


async def test_a_yes_or_a_correction_a_later_day_is_still_of_the_old_save_it(env):
    chat = await squat_left_asked(env, 9965)
    await chat.say("20kg 10 10 10")
    env.clock.set(WEDNESDAY)
    replies = await chat.say("oops, it was 25")
    shown = texts(replies)
    assert "<b>Squat</b> for Mon 16 Nov: 25 kg × 10, 10, 10 (3 sets). Save it?" in shown, shown
    replies = await chat.say("yes")
    assert "Squat for Mon 16 Nov: 25 kg × 10, 10, 10 ✓" in texts(replies), texts(replies)
    assert logged(env, 9965) == {date(2026, 11, 16): {"squat": [(10, 25.0)] * 3}}


async def test_sets_left_at_an_old_save_it_a_setting_holds_are_kept_too(env):
    chat = await squat_left_asked(env, 9966)
    await chat.say("20kg 10 10 10")  # "Save it?", then a setting opened and left open
    await chat.say("/settings")
    await chat.tap("Workout time")
    env.clock.set(THURSDAY_MORNING)
    replies = await chat.say("/today")
    shown = texts(replies)
    assert "Squat for Mon 16 Nov: 20 kg × 10, 10, 10, saved as you typed it" in shown, shown
    assert logged(env, 9966) == {date(2026, 11, 16): {"squat": [(10, 20.0)] * 3}}


async def test_reps_left_waiting_for_their_load_are_kept_with_their_day(env):
    """Monday's squat "12 12 12" asked its load and was never answered; Thursday's workout
    released it and the reps were dropped (with no load there was nothing to save). Now they
    are saved into Monday without a load, and the workout says so."""
    chat = await squat_left_asked(env, 9966)
    replies = await chat.say("12 12 12")
    assert "load" in texts(replies).lower(), texts(replies)  # asked, never answered
    env.clock.set(THURSDAY_MORNING)
    shown = texts(await chat.say("/today"))
    assert "Squat for Mon 16 Nov: 12, 12, 12 reps, saved without a load" in shown, shown
    assert logged(env, 9966) == {date(2026, 11, 16): {"squat": [(12, None)] * 3}}
