"""An update counts when its person sent it: a set typed before midnight and processed after
it (behind a backlog, or after a restart) lands on the day it was typed."""

from datetime import UTC, datetime

from sqlalchemy import select

from bot.store.models import SetLog, WorkoutSession
from tests.e2e.flows import onboard
from tests.e2e.harness import Env, bot_env, texts

BEFORE_MIDNIGHT = datetime(2026, 11, 16, 22, 59, 40, tzinfo=UTC)  # Monday 23:59:40 Berlin
AFTER_MIDNIGHT = datetime(2026, 11, 16, 23, 0, 30, tzinfo=UTC)  # Tuesday 00:00:30 Berlin


def typed(env: Env, user_id: int, text: str, at: datetime, message_id: int) -> int:
    """A message Telegram stamped `at`, queued for the bot; its update_id."""
    person = {"id": user_id, "is_bot": False, "first_name": "Pat"}
    message = {
        "message_id": message_id,
        "from": person,
        "chat": {"id": user_id, "type": "private", "first_name": "Pat"},
        "date": int(at.timestamp()),
        "text": text,
    }
    return env.standin.push_update({"message": message})


async def test_a_set_typed_before_midnight_counts_on_that_day(tmp_path):
    async with bot_env(tmp_path, extra_env={"PUSH_TICK_SECONDS": "0.05"}) as env:
        chat = env.chat(3501)
        await onboard(chat)  # Mon + Thu at 18:30, Europe/Berlin
        env.clock.set(AFTER_MIDNIGHT)  # the bot gets to them only now
        mark = env.standin.mark()
        # Typed at 23:59:40 on Monday, nothing open: a log into the day's own session.
        for n, text in enumerate(["hip thrust 60kg 12 12 10", "yes"]):
            update_id = typed(env, 3501, text, BEFORE_MIDNIGHT, 90_001 + n)
            await env.processed_update(update_id)
        assert "Hip thrust: 60 kg × 12, 12, 10 ✓" in texts(env.standin.messages_since(mark, 3501))

        def days(s):
            sets = s.scalars(select(SetLog.day).where(SetLog.user_id == 3501))
            sessions = s.scalars(select(WorkoutSession.day).where(WorkoutSession.user_id == 3501))
            return set(sets), set(sessions)

        monday = {BEFORE_MIDNIGHT.date()}
        assert await env.svc.db.run(days) == (monday, monday)
