"""What comes after a log typed for another day. Typed with nothing being logged, its Save
carries on with that day's workout: the next exercise ("2/4 · Stiff-leg deadlift") and the
"Workout logged: 1 of 4" read as if today's; now they name the day. Today's read as before."""

from datetime import UTC, datetime

from tests.e2e.flows import onboard
from tests.e2e.harness import texts
from tests.e2e.test_logs_as_typed import logging_started
from tests.e2e.test_logs_said_day import logged

TUESDAY_MORNING = datetime(2026, 11, 17, 9, 0, tzinfo=UTC)  # Berlin: Monday was a training day


async def test_after_yesterdays_workout_is_resumed_its_steps_name_the_day(env):
    chat = env.chat(3701)
    await onboard(chat)  # tone, gym, Mon + Thu, kg, Berlin
    env.clock.set(TUESDAY_MORNING)
    await chat.say("yesterday squats 3x10 at 40")
    replies = await chat.tap("Save")
    assert "Squat for yesterday, Mon 16 Nov: 40 kg × 10, 10, 10 ✓" in texts(replies)
    assert "<b>2/4 · Stiff-leg deadlift</b> for yesterday, Mon 16 Nov" in texts(replies)
    for _ in range(2):
        replies = await chat.say("skip")
    assert "<b>4/4 · Lying leg curl</b> for yesterday, Mon 16 Nov" in texts(replies)
    replies = await chat.say("skip")
    assert "<b>Workout logged for yesterday, Mon 16 Nov: 1 of 4 exercises done.</b>" in texts(
        replies
    ), texts(replies)


async def test_todays_steps_read_as_before(env):
    chat = await logging_started(env, 3702)  # Berlin, Monday 16 Nov: squats asked
    assert "<b>1/4 · Squat</b>\n" in chat.last_text(), chat.last_text()
    for _ in range(4):
        replies = await chat.say("skip")
    assert "<b>Workout logged: 0 of 4 exercises done.</b>" in texts(replies), texts(replies)
    assert logged(env, 3702) == {}
