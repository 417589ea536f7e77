"""Loads said in plates, as lifters count them (found by h-plans2's traveller, Ines, who logs
in pounds): a plate is 45 lb or 20 kg a side, with the bar counted in."""

from tests.e2e.flows import at_step
from tests.e2e.harness import Env, texts


async def test_a_load_said_in_plates_is_read_as_its_total(env: Env):
    """Ines typed "hip thrust 2 plates + 25 each side 10 10 10" and got "What load did you
    use for Hip thrust? Type just the load, e.g. "95"": plates weren't read, and "yes" there
    asked the same again. Two 45 lb plates and a 25 on each side of a 45 lb bar is 275 lb."""
    chat = env.chat(9801)
    await at_step(chat, "unit")
    await chat.tap("lb")
    said = texts(await chat.say("hip thrust 2 plates + 25 each side 10 10 10"))
    assert "<b>Hip thrust</b>: 275 lb × 10, 10, 10" in said, said
    assert "What load" not in said, said
    said = texts(await chat.tap("Save"))
    said = texts(await chat.say("squat 1 plate 8 8 8"))  # one plate a side: 135 lb
    assert "135 lb × 8, 8, 8" in said, said


async def test_plates_in_kilograms(env: Env):
    """In kilograms a plate is 20 kg and so is the bar: "a plate and a 10 a side" is 80 kg."""
    chat = env.chat(9802)
    await at_step(chat, "unit")
    await chat.tap("kg")
    said = texts(await chat.say("hip thrust a plate and a 10 a side 12 12 12"))
    assert "80 kg × 12, 12, 12" in said, said
