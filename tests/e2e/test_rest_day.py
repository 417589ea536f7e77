"""Issue 11, through the chat: training on a rest day is asked, not assumed. /today and
"Start logging" offer the next planned workout today or single exercises; a workout brought
forward is not pushed again on its day; single exercises are an extra in the recap, which
never says more sessions were done than planned."""

from datetime import UTC, datetime

from tests.e2e.flows import onboard, pushes
from tests.e2e.harness import bot_env, eventually, texts
from tests.e2e.test_done_days import deliveries

FAST = {"PUSH_TICK_SECONDS": "0.05"}
TUESDAY = datetime(2026, 11, 17, 8, 0, tzinfo=UTC)  # a rest day for Mon + Thu
THURSDAY_PUSH = datetime(2026, 11, 19, 17, 30, 5, tzinfo=UTC)


async def log_four(chat) -> str:
    for _ in range(4):
        await chat.say("40kg 10 10 10")
        replies = await chat.tap("Save")
    return texts(replies)


async def test_bring_the_next_workout_forward_to_a_rest_day(tmp_path):
    async with bot_env(tmp_path, now=TUESDAY, extra_env=FAST) as env:
        chat = env.chat(5301)
        await onboard(chat)  # tone, gym, Mon + Thu at 18:30 Berlin
        today = await chat.say("/today")
        said = texts(today)
        assert "Next workout: Thursday" in said and "Today is a rest day" in said
        labels = [t for row in today[-1].buttons for t, _ in row]
        assert labels == ["▶ Log Thursday's workout today", "Log single exercises"]
        replies = await chat.tap("Log Thursday's workout today")
        assert "1/4 · Squat" in texts(replies)
        done = await log_four(chat)
        assert "Workout logged: 4 of 4" in done
        last = env.standin.messages(5301)[-1]
        week = texts(await chat.say("/week"))
        assert "Tuesday (today)</b> · session A · done ✓" in week
        assert "Thursday</b> · session A · done earlier ✓" in week
        env.clock.set(THURSDAY_PUSH)

        async def skipped():
            return ("2026-11-19", "skipped") in await deliveries(env, 5301)

        await eventually(skipped)
        assert pushes(env.standin, 5301, after=last) == []
        assert "Done earlier ✓" in texts(await chat.say("/today"))


async def test_single_exercises_on_a_rest_day_are_an_extra(tmp_path):
    monday = datetime(2026, 11, 16, 7, 0, tzinfo=UTC)
    async with bot_env(tmp_path, now=monday, extra_env=FAST) as env:
        chat = env.chat(5302)
        await onboard(chat)
        await chat.say("/today")
        await chat.tap("Start logging")
        await log_four(chat)
        env.clock.set(TUESDAY)
        await chat.say("/log")  # nothing logged today: its button asks, it doesn't assume
        replies = await chat.tap("Start logging")
        assert "Tuesday" not in texts(replies) and "Today is a rest day" in texts(replies)
        replies = await chat.tap("Log single exercises")
        assert "extra session" in texts(replies)
        await chat.say("hip thrust 60kg 12 12 10")
        replies = await chat.tap("Save")
        assert "Workout logged: 1 of 1" in texts(replies)
        env.clock.set(datetime(2026, 11, 19, 7, 0, tzinfo=UTC))  # Thursday morning
        await chat.say("/today")
        await chat.tap("Start logging")
        finished = await log_four(chat)
        assert "Sessions: <b>2 of 2</b> done" in finished
        assert "Plus 1 extra session." in finished
        assert "3 of 2" not in finished
