"""Joan, 58, toning at home in pounds and new to lifting, typed where she trains at setup: "At
home. I have some resistance bands." (bands, no exercise ball). What she met that did not fit
the kit she has is kept here."""

from tests.e2e.flows import onboard
from tests.e2e.harness import texts

BANDS_ONLY = "At home. I have some resistance bands."


async def test_knee_pain_at_home_with_no_other_lunge_says_skip_is_fine(env):
    """Joan, at home on Monday (skater and walking lunges, a split squat): "my knees hurt on
    lunges" got only "you can skip today's workout": no Swap, because every other lunge at
    home is already in the workout, and not a word that the lunges alone can be left out.
    Now she is told plainly that no other move can stand in for the lunge today and that
    skipping just that one is fine."""
    chat = env.chat(9954)
    await onboard(chat, place="Home: bands or a ball")
    said = texts(await chat.say("my knees hurt on lunges"))
    assert "Please see a doctor or physiotherapist" in said, said
    assert "No other move can stand in for the skater lunge today" in said, said
    assert "it's fine to skip just that one" in said, said
    assert "Skip today" in str(chat.last_keyboard().buttons), said


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
