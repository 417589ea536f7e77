"""A workout question naming one exercise ("how heavy on hip thrusts today") shows the
workout, and says where that exercise is when the workout shown doesn't hold it: its next
planned day and target, or that the plan doesn't hold it. Before, the workout came with no
word about the exercise asked."""

from datetime import UTC, datetime

from tests.e2e.flows import onboard
from tests.e2e.harness import bot_env, texts

MONDAY = datetime(2026, 11, 16, 7, 0, tzinfo=UTC)  # session A for Mon + Thu


async def test_an_exercise_asked_about_today_is_placed_in_the_plan(tmp_path):
    async with bot_env(tmp_path, now=MONDAY) as env:
        chat = env.chat(5401)
        await onboard(chat, place="Home: bands")  # tone at home: A has the band hip thrust, B not
        later = texts(await chat.say("how heavy on monster walks today?"))
        assert "<b>Today's workout</b> · session A" in later
        assert "You asked about the monster walk: it isn't in this workout." in later
        assert "It's next on Thursday: 2 × 20–30." in later
        absent = texts(await chat.say("how heavy should my nordic curls be today"))
        assert "<b>Today's workout</b> · session A" in absent
        assert "You asked about the nordic ham curl: it isn't in your plan." in absent
        held = texts(await chat.say("what weight for the banded hip thrust today"))
        assert "Banded hip thrust" in held and "You asked about" not in held
        # new to lifting: the Bulgarian split squat stands in for it in the first weeks
        eased = texts(await chat.say("what weight for single leg squats today"))
        assert "(an easier start than single-leg squat)" in eased
        assert "You asked about" not in eased
