"""A lifter who logged week 1 and went silent for three weeks came back straight into week 5
of the plan, her squat risen as if she had trained. Now the plan's week follows the weeks
trained and the first workout back asks for the loads she last managed."""

from datetime import UTC, datetime

from tests.e2e.flows import onboard
from tests.e2e.harness import Chat, bot_env, texts

MONDAY = datetime(2026, 11, 16, 9, 0, tzinfo=UTC)  # week 1 (Berlin)
WELCOME = "Welcome back — picking up where you left off"


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
