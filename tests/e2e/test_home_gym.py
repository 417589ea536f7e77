"""People with a barbell at home, and a welcome back said once.

Dana set up "home, I have a barbell, plates and a bench" (and later "I've set up a small home
gym with a barbell, plates and a bench now."): she got "Home: bands or a ball" with "your
dumbbells or weights aren't in them", a plan of band walks and bodyweight lunges; the other
way in, "A gym", plans lying and seated leg curls, a glute-ham raise, back extensions and
band work she has nothing for. A barbell, plates and a bench at home now get the gym plan's
barbell moves with their loads, and the moves needing a machine, a special bench or a band
swapped for what the articles offer without one, or left out, said so.

A lifter silent for three weeks got "Welcome back — picking up from week 2" on the first push
back, and again on every push after it while she still had not logged."""

from datetime import UTC, datetime

from tests.e2e.harness import bot_env, texts
from tests.e2e.test_back_after_a_gap import FAST, WELCOME, push_at, squat_at_the_top


async def test_welcome_back_is_said_once_not_on_every_push(tmp_path):
    """Silent after week 1's Monday: the first push after the gap (Monday 7 December) says
    welcome back; Thursday's and the next Monday's, still with nothing logged, said it again
    each time, as if she had come back three times."""
    monday = datetime(2026, 11, 16, 9, 0, tzinfo=UTC)
    async with bot_env(tmp_path, now=monday, extra_env=FAST) as env:
        chat = env.chat(9981)
        await squat_at_the_top(chat)
        for day in (19, 23, 26, 30):
            await push_at(env, 9981, datetime(2026, 11, day, 17, 30, tzinfo=UTC))
        await push_at(env, 9981, datetime(2026, 12, 3, 17, 30, tzinfo=UTC))
        first = await push_at(env, 9981, datetime(2026, 12, 7, 17, 30, tzinfo=UTC))
        assert WELCOME in (first.text or ""), first.text
        today = texts(await chat.say("/today"))  # the same day: the same workout, as pushed
        assert WELCOME in today, today
        thursday = await push_at(env, 9981, datetime(2026, 12, 10, 17, 30, tzinfo=UTC))
        assert "week 2" in (thursday.text or "") and WELCOME not in (thursday.text or "")
        again = await push_at(env, 9981, datetime(2026, 12, 14, 17, 30, tzinfo=UTC))
        assert WELCOME not in (again.text or ""), again.text
        assert WELCOME not in texts(await chat.say("/today"))
