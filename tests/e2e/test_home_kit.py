"""Joan, 58, toning at home in pounds and new to lifting, typed where she trains at setup: "At
home. I have some resistance bands." (bands, no exercise ball). What she met that did not fit
the kit she has is kept here."""

from tests.e2e.harness import texts

BANDS_ONLY = "At home. I have some resistance bands."


async def test_a_typed_setup_answer_is_said_back(env):
    """Joan typed her answers where others tap: "I'm new to this" at the experience question
    got the next question with no "✓" line, where a tap turns the question into "Experience:
    New to lifting ✓". She could not see what was understood."""
    chat = env.chat(9955)
    await chat.say("/start")
    tapped = texts(await chat.tap("Tone up"))
    assert "✓" in tapped, tapped
    said = texts(await chat.say("I'm new to this"))
    assert "<b>New to lifting</b> ✓" in said, said
    said = texts(await chat.say(BANDS_ONLY))
    assert "✓" in said, said
