"""Issue 11, through the chat: a workout already logged for the day is never pushed again
later that day, and /today shows it as done."""

from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from bot.store.models import Delivery
from tests.e2e.flows import onboard, pushes
from tests.e2e.harness import bot_env, eventually, texts

FAST = {"PUSH_TICK_SECONDS": "0.05"}
MONDAY_MORNING = datetime(2026, 11, 16, 7, 0, tzinfo=UTC)  # 08:00 in Berlin
MONDAY_PUSH = datetime(2026, 11, 16, 17, 30, tzinfo=UTC)  # 18:30 in Berlin


async def deliveries(env, user_id: int) -> list[tuple[str, str]]:
    def read(s):
        rows = s.execute(select(Delivery).where(Delivery.user_id == user_id)).scalars()
        return [(r.local_date.isoformat(), r.status) for r in rows]

    return await env.svc.db.run(read)


async def test_a_day_logged_before_its_push_is_not_pushed(tmp_path):
    async with bot_env(tmp_path, now=MONDAY_MORNING, extra_env=FAST) as env:
        chat = env.chat(5201)
        await onboard(chat)  # tone, gym, Mon + Thu at 18:30 Berlin
        today = await chat.say("/today")
        assert "Today's workout" in texts(today)
        await chat.tap("Start logging")
        for _ in range(4):
            await chat.say("40kg 10 10 10")
            await chat.tap("Save")
        logged = env.standin.messages(5201)[-1]
        assert "Workout logged" in texts(env.standin.messages(5201))
        env.clock.set(MONDAY_PUSH + timedelta(seconds=5))

        # the push tick comes round and records the day without sending anything
        async def recorded():
            return await deliveries(env, 5201) == [("2026-11-16", "skipped")]

        await eventually(recorded)
        assert pushes(env.standin, 5201, after=logged) == []
        replies = await chat.say("/today")
        assert "Logged ✓" in texts(replies)
        assert not replies[-1].buttons  # no "Start logging" for a day already done
