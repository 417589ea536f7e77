"""Issue 11, through the chat: a workout moved to tomorrow is the one pushed, shown by /today
and /week, and opened by "Start logging" the next day."""

from datetime import UTC, datetime, timedelta

from tests.e2e.flows import onboard, pushes
from tests.e2e.harness import bot_env, texts

FAST = {"PUSH_TICK_SECONDS": "0.05"}
ONE_MINUTE_BEFORE = datetime(2026, 11, 16, 17, 29, tzinfo=UTC)  # 18:29 in Berlin, a Monday


async def test_moved_workout_is_one_workout_everywhere(tmp_path):
    async with bot_env(tmp_path, now=ONE_MINUTE_BEFORE, extra_env=FAST) as env:
        chat = env.chat(5101)
        await onboard(chat)  # tone, gym, Mon + Thu at 18:30 Berlin
        env.clock.advance(timedelta(minutes=1))
        [push] = await env.standin.until(lambda: pushes(env.standin, 5101) or None, timeout=10)
        assert "session A" in push.text
        await chat.press(push.message_id, push.buttons[1][1][1])  # move to tomorrow
        env.clock.set(datetime(2026, 11, 17, 17, 30, tzinfo=UTC))
        moved = await env.standin.until(
            lambda: pushes(env.standin, 5101, after=push) or None, timeout=10
        )
        assert "session A" in moved[0].text
        today = texts(await chat.say("/today"))
        assert "Today's workout" in today and "session A" in today
        week = texts(await chat.say("/week"))
        assert "Monday</b> · session A · moved to Tuesday" in week
        assert "Tuesday (today)</b> · session A" in week
        replies = await chat.press(moved[0].message_id, moved[0].buttons[0][0][1])  # start
        assert "1/4 · Squat" in replies[-1].text


async def test_sets_on_a_rest_day_are_never_a_question(tmp_path):
    async with bot_env(tmp_path, now=datetime(2026, 11, 17, 9, 0, tzinfo=UTC)) as env:
        chat = env.chat(5102)
        await onboard(chat)  # Mon + Thu: Tuesday is a rest day
        replies = texts(await chat.say("12 12 10"))
        assert "Which exercise was that?" in replies
        assert "don't know" not in replies
