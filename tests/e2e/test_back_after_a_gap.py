"""A lifter who logged week 1 and went silent for three weeks came back straight into week 5
of the plan, her squat risen as if she had trained. Now the plan's week follows the weeks
trained and the first workout back asks for the loads she last managed."""

import re
from datetime import UTC, datetime

from bot.standin.server import SentMessage
from tests.e2e.flows import onboard, pushes
from tests.e2e.harness import Chat, Env, bot_env, texts

MONDAY = datetime(2026, 11, 16, 9, 0, tzinfo=UTC)  # week 1 (Berlin)
WELCOME = "Welcome back — picking up from week"


async def squat_at_the_top(chat: Chat) -> None:
    """Tone, gym, Mon + Thu, kg; Monday's squat done at 40 kg × 12, 12, 12 (the top)."""
    await onboard(chat)
    await chat.say("/today")
    await chat.tap("Start logging")
    await chat.say("40kg 12 12 12")
    assert "Squat: 40 kg × 12, 12, 12 ✓" in texts(await chat.say("yes"))


async def test_three_silent_weeks_pick_up_where_she_left_off(tmp_path):
    async with bot_env(tmp_path, now=MONDAY) as env:
        chat = env.chat(9901)
        await squat_at_the_top(chat)
        env.clock.set(datetime(2026, 12, 14, 9, 0, tzinfo=UTC))  # Monday of week 5
        today = (await chat.say("/today"))[-1].text
        assert "session A, week 2" in today, today
        assert "<b>Squat</b>: 3 × 8–12 @ 40 kg" in today, today  # not 42.5: no rise
        assert WELCOME in today, today
        await chat.tap("Start logging")
        await chat.say("40kg 12 12 12")
        await chat.say("yes")
        # Trained again: Thursday is week 2's second workout, no welcome; next Monday week 3
        # with the squat risen as usual.
        env.clock.set(datetime(2026, 12, 17, 9, 0, tzinfo=UTC))
        thursday = (await chat.say("/today"))[-1].text
        assert "week 2" in thursday and WELCOME not in thursday, thursday
        env.clock.set(datetime(2026, 12, 21, 9, 0, tzinfo=UTC))
        monday = (await chat.say("/today"))[-1].text
        assert "session A, week 3" in monday and "@ 42.5 kg" in monday, monday


async def test_one_week_missed_is_just_a_week_missed(tmp_path):
    async with bot_env(tmp_path, now=MONDAY) as env:
        chat = env.chat(9902)
        await squat_at_the_top(chat)
        env.clock.set(datetime(2026, 11, 30, 9, 0, tzinfo=UTC))  # week 3, week 2 missed
        today = (await chat.say("/today"))[-1].text
        assert "session A, week 3" in today and "@ 42.5 kg" in today, today
        assert WELCOME not in today, today


FAST = {"PUSH_TICK_SECONDS": "0.05"}
WEEK = re.compile(r"· session (?P<session>\w+), week (?P<week>\d+)")


async def push_at(env: Env, chat_id: int, when: datetime) -> SentMessage:
    """The push that arrives at `when` (/today's answers, with the same buttons, are older)."""
    after = env.standin.messages(chat_id)[-1]
    env.clock.set(when)
    found = await env.standin.until(lambda: pushes(env.standin, chat_id, after=after) or None)
    return found[-1]


def week_of(text: str | None) -> tuple[str, int]:
    m = WEEK.search(text or "")
    assert m, text
    return m["session"], int(m["week"])


async def test_the_week_never_goes_back_unsaid_and_push_and_today_agree(tmp_path):
    """Silent after week 1, her pushes said week 2, then week 3, then after the gap week 2
    (with a welcome back that never said why the number went back), and /today on the
    Sunday before showed Monday as week 4. The week shown goes back once, saying so, and
    /today, /week and the pushes agree from then on."""
    async with bot_env(tmp_path, now=MONDAY, extra_env=FAST) as env:
        chat = env.chat(9903)
        await squat_at_the_top(chat)
        weeks = []
        for day in (19, 23, 26, 30):  # Thu of week 1, weeks 2 and 3 let go by
            last = await push_at(env, 9903, datetime(2026, 11, day, 17, 30, tzinfo=UTC))
            weeks.append(week_of(last.text)[1])
        last = await push_at(env, 9903, datetime(2026, 12, 3, 17, 30, tzinfo=UTC))
        assert [*weeks, week_of(last.text)[1]] == [1, 2, 2, 3, 3], weeks
        assert WELCOME not in (last.text or "")
        # Sunday: /today offers Monday's workout as the push will have it.
        env.clock.set(datetime(2026, 12, 6, 10, 0, tzinfo=UTC))
        sunday = (await chat.say("/today"))[-1].text
        assert week_of(sunday) == ("A", 2), sunday
        assert "picking up from week 2, where you left off" in (sunday or ""), sunday
        monday = await push_at(env, 9903, datetime(2026, 12, 7, 17, 30, tzinfo=UTC))
        assert week_of(monday.text) == ("A", 2), monday.text
        assert "picking up from week 2, where you left off" in (monday.text or ""), monday.text
        today = (await chat.say("/today"))[-1].text
        assert week_of(today) == ("A", 2) and "<b>Squat</b>: 3 × 8–12 @ 40 kg" in today, today
        week = (await chat.say("/week"))[-1].text or ""
        assert (
            "Monday (today)</b> · session A" in week and "<b>Squat</b>: 3 × 8–12 @ 40 kg" in week
        ), week
        await chat.tap("Start logging")
        await chat.say("40kg 12 12 12")
        await chat.say("yes")
        thursday = await push_at(env, 9903, datetime(2026, 12, 10, 17, 30, tzinfo=UTC))
        assert week_of(thursday.text) == ("B", 2) and WELCOME not in (thursday.text or "")
        next_monday = await push_at(env, 9903, datetime(2026, 12, 14, 17, 30, tzinfo=UTC))
        assert week_of(next_monday.text) == ("A", 3), next_monday.text


async def test_the_next_workout_brought_forward_after_a_gap_is_the_one_shown(tmp_path):
    """/today on the Sunday ending her third silent week offers Monday's workout as week 2
    (3 sets of squats, new to lifting); logging it that Sunday asked week 4's (4 sets)."""
    async with bot_env(tmp_path, now=MONDAY) as env:
        chat = env.chat(9904)
        await squat_at_the_top(chat)
        env.clock.set(datetime(2026, 12, 6, 10, 0, tzinfo=UTC))  # Sunday of week 3
        sunday = (await chat.say("/today"))[-1].text or ""
        assert week_of(sunday) == ("A", 2) and "<b>Squat</b>: 3 × 8–12 @ 40 kg" in sunday, sunday
        asked = (await chat.tap("Log Monday's workout today"))[-1].text or ""
        assert "Target: 3 × 8–12 @ 40 kg" in asked, asked
