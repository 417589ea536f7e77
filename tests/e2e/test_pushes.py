"""Pushes through the running bot: the real Application's push loop, the stand-in, SQLite."""

from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from bot.store.models import Delivery, User
from tests.e2e.flows import onboard, pushes
from tests.e2e.harness import bot_env, eventually

FAST = {"PUSH_TICK_SECONDS": "0.05"}
ONE_MINUTE_BEFORE = datetime(2026, 11, 16, 17, 29, tzinfo=UTC)  # 18:29 in Berlin, a Monday


async def test_push_one_minute_ahead_arrives_within_the_tick(tmp_path):
    async with bot_env(tmp_path, now=ONE_MINUTE_BEFORE, extra_env=FAST) as env:
        chat = env.chat(5001)
        await onboard(chat)  # Mon + Thu at 18:30, Europe/Berlin
        assert pushes(env.standin, 5001) == []
        env.clock.advance(timedelta(minutes=1))
        [push] = await env.standin.until(lambda: pushes(env.standin, 5001) or None, timeout=10)
        labels = [t for row in push.buttons for t, _ in row]
        assert labels == ["▶ Start logging", "Skip today", "Move to tomorrow"]


async def test_skip_and_move_buttons(tmp_path):
    async with bot_env(tmp_path, now=ONE_MINUTE_BEFORE, extra_env=FAST) as env:
        chat = env.chat(5002)
        await onboard(chat)
        env.clock.advance(timedelta(minutes=1))
        [push] = await env.standin.until(lambda: pushes(env.standin, 5002) or None, timeout=10)
        replies = await chat.press(push.message_id, push.buttons[1][1][1])  # move to tomorrow
        assert "Moved: I'll send this workout again Tuesday at 18:30" in replies[-1].text
        env.clock.set(datetime(2026, 11, 17, 17, 30, tzinfo=UTC))
        moved = await env.standin.until(
            lambda: pushes(env.standin, 5002, after=push) or None, timeout=10
        )
        assert "When you're done, tap <b>Start logging</b>" in push.text
        assert "When you're done, tap <b>Start logging</b>" in moved[0].text  # it lacked it

        async def sent():  # the push loop has recorded the delivery and moved on
            with env.svc.db.session() as s:
                rows = (s.execute(select(Delivery).where(Delivery.status == "sent"))).all()
                return len(rows) == 2

        await eventually(sent)
        replies = await chat.press(moved[0].message_id, moved[0].buttons[1][0][1])  # skip today
        assert "Skipped today" in replies[-1].text and "Thursday at 18:30" in replies[-1].text


async def test_skipping_the_weeks_last_workout_brings_the_weeks_recap(tmp_path):
    thursday = datetime(2026, 11, 19, 17, 29, tzinfo=UTC)  # 18:29 in Berlin
    async with bot_env(tmp_path, now=thursday, extra_env=FAST) as env:
        chat = env.chat(5004)
        await onboard(chat)  # Mon + Thu: Thursday is the week's last training day
        env.clock.advance(timedelta(minutes=1))
        [push] = await env.standin.until(lambda: pushes(env.standin, 5004) or None, timeout=10)
        replies = await chat.press(push.message_id, push.buttons[1][0][1])  # skip today
        assert "Skipped today" in replies[-2].text
        # Onboarded on Thursday: this week plans Thursday only, and it was skipped.
        assert "Your week in review" in replies[-1].text
        assert "Sessions: <b>0 of 1</b> done" in replies[-1].text
        replies = await chat.press(push.message_id, push.buttons[1][0][1])  # pressed again
        assert all("Your week in review" not in r.text for r in replies)  # once a week


async def test_blocked_user_gets_no_more_pushes_until_start(tmp_path):
    async with bot_env(tmp_path, now=ONE_MINUTE_BEFORE, extra_env=FAST) as env:
        chat = env.chat(5003)
        await onboard(chat)
        env.standin.block(5003)
        env.clock.advance(timedelta(minutes=1))

        async def inactive():
            with env.svc.db.session() as s:
                user = (s.execute(select(User).where(User.id == 5003))).scalar_one()
                return user if not user.active else None

        user = await eventually(inactive)
        assert user.next_push_at is None
        # Thursday's push time: the tick claims nobody.
        env.clock.set(datetime(2026, 11, 19, 17, 31, tzinfo=UTC))
        assert (await env.app.bot_data["dispatcher"].tick()).claimed == 0
        with env.svc.db.session() as s:
            records = (s.execute(select(Delivery))).scalars().all()
        assert [(r.status, r.local_date.isoformat()) for r in records] == [
            ("blocked", "2026-11-16")
        ]
        env.standin.unblock(5003)
        replies = await chat.say("/start")
        assert "Welcome back" in replies[-1].text
        with env.svc.db.session() as s:
            user = (s.execute(select(User).where(User.id == 5003))).scalar_one()
        assert user.active and user.next_push_at is not None


async def test_429_is_honoured_by_the_running_bot(tmp_path):
    async with bot_env(tmp_path, now=ONE_MINUTE_BEFORE, extra_env=FAST) as env:
        chat = env.chat(5004)
        await onboard(chat)
        env.standin.fail(
            "sendMessage", 429, "Too Many Requests: retry after 1", retry_after=1, chat_id=5004
        )
        env.clock.advance(timedelta(minutes=1))
        await env.standin.until(lambda: pushes(env.standin, 5004) or None, timeout=10)
        calls = [c for c in env.standin.calls("sendMessage") if c.params.get("chat_id") == 5004]
        assert [c.status for c in calls[-2:]] == [429, 200]
        assert calls[-1].time - calls[-2].time >= 1.0
