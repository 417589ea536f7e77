"""A pause said with a length ends by itself: "stop sending me workouts for a week",
"/pause for 10 days", "no workouts until monday". Before, every pause lasted until /resume;
the workouts never came back unless asked for."""

from datetime import UTC, datetime

from tests.e2e.flows import at_step, load_user, pushes
from tests.e2e.harness import Chat, Env, bot_env

FAST = {"PUSH_TICK_SECONDS": "0.05"}
MONDAY_MORNING = datetime(2026, 11, 16, 9, 0, tzinfo=UTC)


async def onboard_in(chat: Chat, zone: str) -> None:
    """Tone up, new, gym, Mon + Thu at 18:30 in `zone` (typed), kg."""
    await at_step(chat, "zone")
    await chat.say(zone)
    await chat.tap("kg")


async def no_push_due(env: Env) -> bool:
    return (await env.app.bot_data["dispatcher"].tick()).claimed == 0


async def test_stop_for_a_week_pauses_until_a_date_and_comes_back_welcomed(tmp_path):
    async with bot_env(tmp_path, now=MONDAY_MORNING, extra_env=FAST) as env:
        chat = env.chat(9801)
        await onboard_in(chat, "Berlin")
        # Said, it is done: paused until a date (it was a Pause button to tap)
        paused = (await chat.say("stop sending me workouts for a week"))[-1].text
        assert paused.startswith("Paused until Monday 23 November"), paused
        assert "next one arrives Monday 23 November at 18:30" in paused, paused
        shown = (await chat.say("/today"))[-1]  # /today still shows it, and says so
        assert "paused until Monday 23 November" in shown.text, shown.text
        # Monday's and Thursday's pushes of the week away do not come.
        for day in (16, 19):
            env.clock.set(datetime(2026, 11, day, 17, 31, tzinfo=UTC))
            assert await no_push_due(env)
        assert pushes(env.standin, 9801, after=shown) == []
        # The Monday after: the pause is over by itself, and the push says welcome back.
        env.clock.set(datetime(2026, 11, 23, 17, 30, tzinfo=UTC))
        [push] = await env.standin.until(
            lambda: pushes(env.standin, 9801, after=shown) or None, timeout=10
        )
        assert "Welcome back! Your pause is over" in push.text, push.text
        user = await load_user(env, 9801)
        assert user is not None and not user.paused and user.paused_until is None
        # Thursday's push is an ordinary one again.
        env.clock.set(datetime(2026, 11, 26, 17, 30, tzinfo=UTC))
        await env.standin.until(lambda: pushes(env.standin, 9801, after=push) or None)
        assert "Welcome back" not in pushes(env.standin, 9801)[-1].text


async def test_pause_command_with_a_length_and_resume_earlier(tmp_path):
    async with bot_env(tmp_path, now=MONDAY_MORNING, extra_env=FAST) as env:
        chat = env.chat(9802)
        await onboard_in(chat, "Berlin")
        paused = (await chat.say("/pause for 2 weeks"))[-1].text
        assert paused.startswith("Paused until Monday 30 November"), paused
        assert (await load_user(env, 9802)).paused
        resumed = (await chat.say("/resume"))[-1].text
        assert "arrives Monday at 18:30" in resumed, resumed
        user = await load_user(env, 9802)
        assert not user.paused and user.paused_until is None
        env.clock.set(datetime(2026, 11, 16, 17, 30, tzinfo=UTC))
        [push] = await env.standin.until(lambda: pushes(env.standin, 9802) or None, timeout=10)
        assert "Welcome back" not in push.text  # no pause ended: /resume said it already


async def test_a_pause_without_a_length_lasts_until_resume(tmp_path):
    async with bot_env(tmp_path, now=MONDAY_MORNING, extra_env=FAST) as env:
        chat = env.chat(9803)
        await onboard_in(chat, "Berlin")
        paused = (await chat.say("/pause"))[-1].text
        assert paused.startswith("Paused: no workout messages until you send /resume"), paused
        env.clock.set(datetime(2026, 12, 28, 17, 31, tzinfo=UTC))
        assert await no_push_due(env)
        assert (await load_user(env, 9803)).paused


async def test_the_day_it_ends_is_the_persons_local_day_across_midnight_and_dst(tmp_path):
    """London: "no workouts until thursday" said on Monday 19 October (BST). At 00:30 on
    Thursday in London (23:30 UTC on Wednesday) the pause is over for /today, and the push
    comes at 18:30 BST. Then "/pause until Monday 2 November", over the clocks going back
    on 25 October: the push comes at 18:30 GMT, an hour later in UTC."""
    monday = datetime(2026, 10, 19, 9, 0, tzinfo=UTC)
    async with bot_env(tmp_path, now=monday, extra_env=FAST) as env:
        chat = env.chat(9804)
        await onboard_in(chat, "London")
        reply = (await chat.say("no workouts until thursday"))[-1]  # said: done at once
        assert reply.text.startswith("Paused until Thursday 22 October"), reply.text
        env.clock.set(datetime(2026, 10, 21, 22, 30, tzinfo=UTC))  # 23:30 Wednesday in London
        assert "paused until Thursday 22 October" in (await chat.say("/today"))[-1].text
        env.clock.set(datetime(2026, 10, 21, 23, 30, tzinfo=UTC))  # 00:30 Thursday in London
        shown = (await chat.say("/today"))[-1]
        today = shown.text
        assert "paused until" not in today and "Welcome back! Your pause is over" in today, today
        env.clock.set(datetime(2026, 10, 22, 17, 29, tzinfo=UTC))
        assert await no_push_due(env)
        env.clock.set(datetime(2026, 10, 22, 17, 30, tzinfo=UTC))  # 18:30 BST
        assert pushes(env.standin, 9804, after=shown) == []
        [push] = await env.standin.until(
            lambda: pushes(env.standin, 9804, after=shown) or None, timeout=10
        )
        assert "Welcome back! Your pause is over" in push.text, push.text

        env.clock.set(datetime(2026, 10, 22, 19, 0, tzinfo=UTC))
        paused = (await chat.say("/pause until Monday 2 November"))[-1].text
        assert "next one arrives Monday 2 November at 18:30" in paused, paused
        env.clock.set(datetime(2026, 11, 2, 17, 31, tzinfo=UTC))  # 18:30 BST would be now
        assert await no_push_due(env)
        env.clock.set(datetime(2026, 11, 2, 18, 30, tzinfo=UTC))  # 18:30 GMT
        await env.standin.until(lambda: pushes(env.standin, 9804, after=push) or None)
        assert "Welcome back! Your pause is over" in pushes(env.standin, 9804)[-1].text


async def test_on_holiday_till_a_date_offers_the_pause_until_then(tmp_path):
    async with bot_env(tmp_path, now=MONDAY_MORNING) as env:
        chat = env.chat(9805)
        await onboard_in(chat, "Berlin")
        reply = (await chat.say("I'm on holiday till the 20th"))[-1]
        assert reply.text.startswith("Away until Friday 20 November?"), reply.text
        paused = (await chat.tap("Pause"))[-1].text
        assert paused.startswith("Paused until Friday 20 November"), paused
        assert "next one arrives Monday 23 November at 18:30" in paused, paused


async def test_a_forged_pause_button_changes_nothing(tmp_path):
    """A pause to 9999 ran the next push past the calendar's end: "something went wrong"."""
    async with bot_env(tmp_path, now=MONDAY_MORNING) as env:
        chat = env.chat(9806)
        await onboard_in(chat, "Berlin")
        for data in ("1:pause:on:99991231", "1:pause:off:20261120", "1:pause:on:2026"):
            replies = await chat.press(chat.last_keyboard().message_id, data)
            assert not any("went wrong" in m.text for m in replies), (data, replies)
            assert not (await load_user(env, 9806)).paused, data
