"""Short answers typed at "Save it?" (bot/training/typed.py)."""

import pytest

from bot.training.typed import is_confirmation, is_refusal


@pytest.mark.parametrize(
    "text", ["no", "nah", "nope", "no, that's wrong", "no thanks", "No thank you", "nope, thx"]
)
def test_a_no_with_or_without_thanks_is_a_refusal(text):
    assert is_refusal(text) and not is_confirmation(text)


@pytest.mark.parametrize("text", ["thanks", "no problem", "no 10 10 8", "not now"])
def test_thanks_or_other_words_are_no_refusal(text):
    assert not is_refusal(text)


@pytest.mark.parametrize(
    "text",
    ["yes", "yess", "Yesss!", "ok thanks", "perfect thanks", "👍🏻", "✅✅", "yep 👍", "okk"],
)
def test_a_yes_said_loosely_is_a_confirmation(text):
    assert is_confirmation(text) and not is_refusal(text)


@pytest.mark.parametrize("text", ["thanks", "thank you", "no", "12 12 10", "yes 12 12 10", "sss"])
def test_anything_else_is_no_confirmation(text):
    assert not is_confirmation(text)
