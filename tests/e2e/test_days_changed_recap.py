"""Training days changed in the middle of a week: the week's recap counts a workout done
earlier that week, on one of the old days, as planned and done, not as an extra (it said
"2 of 2 done … Plus 1 extra session." for Monday's workout, Mon + Thu changed to Wed + Fri
on Tuesday, then Wednesday and Friday)."""

from datetime import UTC, datetime

from tests.e2e.flows import onboard
from tests.e2e.harness import texts
from tests.e2e.test_rest_day import log_four

TUESDAY = datetime(2026, 11, 17, 8, 0, tzinfo=UTC)
WEDNESDAY = datetime(2026, 11, 18, 8, 0, tzinfo=UTC)
THURSDAY = datetime(2026, 11, 19, 8, 0, tzinfo=UTC)
THURSDAY_EVENING = datetime(2026, 11, 19, 20, 0, tzinfo=UTC)
FRIDAY = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)
SATURDAY = datetime(2026, 11, 21, 8, 0, tzinfo=UTC)


async def train_today(chat) -> str:
    await chat.say("/today")
    await chat.tap("Start logging")
    return await log_four(chat)


async def change_days(chat, *taps: str) -> None:
    await chat.say("/settings")
    await chat.tap("Training days")
    for day in taps:
        await chat.tap(day)
    replies = await chat.tap("Done")
    assert "Updated" in texts(replies)


async def test_a_workout_done_on_an_old_training_day_counts_as_planned(env):
    chat = env.chat(5401)
    await onboard(chat)  # Mon + Thu; the clock says Monday morning
    await train_today(chat)
    env.clock.set(TUESDAY)
    await change_days(chat, "Mon", "Thu", "Wed", "Fri")  # now Wed + Fri
    env.clock.set(WEDNESDAY)
    await train_today(chat)
    env.clock.set(FRIDAY)
    finished = await train_today(chat)
    assert "Your week in review" in finished
    assert "Sessions: <b>3 of 3</b> done, every one of them." in finished
    assert "extra" not in finished
    assert "Streak: <b>1 week</b>" in finished


async def test_a_workout_done_on_the_day_the_days_change_counts_as_planned(env):
    """Two changes in a week: Saturday added on Tuesday, then on Thursday evening, after
    Thursday's workout, Thursday dropped. Monday, Thursday and Saturday were each planned
    when their workout was done."""
    chat = env.chat(5402)
    await onboard(chat)  # Mon + Thu
    await train_today(chat)
    env.clock.set(TUESDAY)
    await change_days(chat, "Sat")  # Mon + Thu + Sat
    env.clock.set(THURSDAY)
    assert "Your week in review" not in await train_today(chat)  # Saturday is still to come
    env.clock.set(THURSDAY_EVENING)
    await change_days(chat, "Thu")  # Mon + Sat
    env.clock.set(SATURDAY)
    finished = await train_today(chat)
    assert "Sessions: <b>3 of 3</b> done, every one of them." in finished
    assert "extra" not in finished
