"""The program starts with the first workout, not on the day of setup, through the chat: a
beginner sets up on a Monday and lets three weeks of pushes go by; the push they first act
on is week 1, session A (the lighter first weeks intact), the same in /today, /week and the
logging steps; once they have trained, idle weeks count again.

The clock walks push by push (Mondays and Thursdays at 18:30 in Berlin), and the real push
loop sends each one."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta

from bot.standin.server import SentMessage
from tests.e2e.flows import load_user, onboard, pushes
from tests.e2e.harness import Chat, Env, bot_env, eventually, texts

FAST = {"PUSH_TICK_SECONDS": "0.05"}
SET_UP = datetime(2026, 11, 16, 9, 0, tzinfo=UTC)  # a Monday morning
PUSH_UTC = time(17, 30)  # 18:30 in Berlin (winter time)
FIRST_TRAINED = date(2026, 12, 7)  # three weeks after the setup's week
HEADER = re.compile(r"session (?P<label>\w+), week (?P<week>\d+)")
ITEM_LINE = re.compile(r"^\d+\. <b>")
SQUAT = re.compile(r"^1\. <b>Squat</b>: (?P<target>\d+ × \d+–\d+)", re.M)


def training_days(first: date, last: date) -> list[date]:
    days = (first + timedelta(days=i) for i in range((last - first).days + 1))
    return [d for d in days if d.weekday() in (0, 3)]  # the onboarding's Mon + Thu


async def push_on(env: Env, chat: Chat, day: date) -> SentMessage:
    """Walk the clock to `day`'s push time; the push the loop sends then."""
    before = pushes(env.standin, chat.chat_id)
    env.clock.set(datetime.combine(day, PUSH_UTC, UTC))
    [push] = await env.standin.until(
        lambda: pushes(env.standin, chat.chat_id)[len(before) :] or None, timeout=10
    )

    async def released():  # the loop has recorded it and planned the next one
        user = await load_user(env, chat.user_id)
        return user is not None and user.next_push_at > env.clock.now()

    await eventually(released)
    return push


async def let_go_by(env: Env, chat: Chat, first: date, last: date) -> list[tuple[str, int]]:
    """Pushes from `first` to `last` left unanswered: each one's session and week."""
    out = []
    for day in training_days(first, last):
        m = HEADER.search((await push_on(env, chat, day)).text or "")
        assert m is not None
        out.append((m["label"], int(m["week"])))
    return out


def items(text: str) -> list[str]:
    return [line for line in text.splitlines() if ITEM_LINE.match(line)]


async def started_on(env: Env, user_id: int) -> date | None:
    user = await load_user(env, user_id)
    assert user is not None
    return user.started_on


async def test_three_idle_weeks_then_the_first_workout_is_week_1_session_a(tmp_path):
    async with bot_env(tmp_path, now=SET_UP, extra_env=FAST) as env:
        chat = env.chat(6201)
        await onboard(chat)  # tone up, new to lifting, gym, Mon + Thu 18:30 Berlin
        idle = await let_go_by(env, chat, SET_UP.date(), FIRST_TRAINED - timedelta(days=1))
        # Each week without training begins the program again: never past week 1.
        assert idle == [("A", 1), ("B", 1)] * 3

        push = await push_on(env, chat, FIRST_TRAINED)
        assert "session A, week 1" in (push.text or "")
        squat = SQUAT.search(push.text or "")
        assert squat is not None and squat["target"] == "3 × 8–12"  # week 4 would have 4 sets
        today = (await chat.say("/today"))[-1].text or ""
        assert "session A, week 1" in today and items(today) == items(push.text or "")
        week = texts(await chat.say("/week"))
        assert "Monday (today)</b> · session A" in week and "Thursday</b> · session B" in week

        asked = (await chat.press(push.message_id, push.buttons[0][0][1]))[-1].text or ""
        assert "1/4 · Squat" in asked and f"Target: {squat['target']}" in asked
        await chat.say("40kg 12 12 12")
        await chat.say("yes")
        await chat.say("that's all for today")
        assert await started_on(env, chat.user_id) == FIRST_TRAINED

        thursday = await push_on(env, chat, FIRST_TRAINED + timedelta(days=3))
        assert "session B, week 1" in (thursday.text or "")
        replies = await chat.press(thursday.message_id, thursday.buttons[1][0][1])  # skip
        assert "Sessions: <b>1 of 2</b> done" in texts(replies)  # the week as it began

        # Trained once: idle weeks count and the start stays, but after two silent weeks the
        # plan picks up at the week after the last one trained (tests/e2e/test_back_after_a_gap.py).
        later = await let_go_by(
            env, chat, FIRST_TRAINED + timedelta(days=7), FIRST_TRAINED + timedelta(days=21)
        )
        assert later == [("A", 2), ("B", 2), ("A", 3), ("B", 3), ("A", 2)]
        assert await started_on(env, chat.user_id) == FIRST_TRAINED


STILL_WEEK_1 = "Your program starts with your first workout, so this is still week 1."


async def test_a_week_let_go_by_then_week_today_and_the_push_say_where_it_starts(tmp_path):
    """Set up on a Monday, both pushes let go by: on Sunday /week shows the week the program
    starts (it said "No training days this week"), and from then on the push and /today say
    why it is week 1 again; the setup week's pushes don't (it is week 1 anyway)."""
    async with bot_env(tmp_path, now=SET_UP, extra_env=FAST) as env:
        chat = env.chat(6202)
        await onboard(chat)
        monday = SET_UP.date()
        for day in training_days(monday, monday + timedelta(days=6)):
            assert STILL_WEEK_1 not in ((await push_on(env, chat, day)).text or "")

        env.clock.set(datetime(2026, 11, 22, 10, 0, tzinfo=UTC))  # Sunday, a rest day
        week = texts(await chat.say("/week"))
        assert "No training days this week" not in week
        assert "Your first week</b> (from Monday 23 Nov)" in week
        assert "starts with your first workout, on Monday" in week
        assert "Monday</b> · session A" in week and "Thursday</b> · session B" in week
        today = (await chat.say("/today"))[-1].text or ""
        assert "Next workout: Monday</b> · session A, week 1" in today and STILL_WEEK_1 in today

        push = await push_on(env, chat, monday + timedelta(days=7))
        assert "session A, week 1" in (push.text or "") and STILL_WEEK_1 in (push.text or "")
        assert items(push.text or "") == items(today)
        await chat.press(push.message_id, push.buttons[0][0][1])  # Start logging
        await chat.say("40kg 12 12 12")
        await chat.say("yes")
        now = (await chat.say("/today"))[-1].text or ""
        assert "session A, week 1" in now and STILL_WEEK_1 not in now  # trained: it is so
