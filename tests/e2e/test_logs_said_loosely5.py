"""Workouts told loosely that lost what the person did, or misread it (found by the helper
before, fixed here). Linda (58, toning at home with bands, in pounds, Tue + Fri at 9 am,
tests/e2e/test_personas12.py) and Kofi (a bodybuilder at a gym in kilograms, 2+ years) each
typed what they did in their own words; each test says what they typed, what they got and
why it was wrong."""

from datetime import timedelta

from tests.e2e.flows import onboard
from tests.e2e.harness import texts

KOFI = {"goal": "Compete: figure / bodybuilding", "experience": "2+ years"}


async def test_sets_written_before_the_name_in_a_later_part_are_read(env):
    """Kofi, on his Tuesday: "squat 100kg 5x10, 3x12 leg press 180kg" got the Leg press card
    and nothing was saved: the two groups of sets ran together into one list (the squat's
    five tens and the leg press's three twelves), so the leg press had no numbers left.
    Each part is read as written, shown to save one by one, as a list always is."""
    for user_id, typed in (
        (13501, "squat 100kg 5x10, 3x12 leg press 180kg"),
        (13502, "squat 100kg 5x10 and 3x12 leg press 180kg"),
        (13503, "squats 5x10 100kg; 3x12 leg press at 180"),
    ):
        chat = env.chat(user_id)
        await onboard(chat, **KOFI)
        env.clock.set(env.clock.now() + timedelta(days=1))  # Tuesday morning
        said = texts(await chat.say(typed))
        expected = "<b>Squat</b>: 100 kg × 10, 10, 10, 10, 10 (5 sets). Save it?"
        assert said.startswith(expected), said
        assert "Then Leg press" in said, said
        said = texts(await chat.tap("Save"))
        assert "<b>Leg press</b>: 180 kg × 12, 12, 12 (3 sets). Save it?" in said, said
        await chat.tap("Save")
        said = texts(await chat.say("/log"))
        assert "• Squat: 100 kg × 10, 10, 10, 10, 10" in said, said
        assert "• Leg press: 180 kg × 12, 12, 12" in said, said
        env.clock.set(env.clock.now() - timedelta(days=1))
