"""The person's own training said in plain words (sore muscles, a period, a workout missed,
new equipment, the workout's size, days without training) routed to its reply, and "I"
read where a pattern needs it."""

from __future__ import annotations

import pytest

from bot.coach.matcher import words
from bot.coach.smalltalk import Intent, talk_words, understand


def test_talk_words_keep_i_and_the_matchers_words_do_not() -> None:
    assert talk_words("I'm sure I did it, a 3x10") == ["im", "sure", "i", "did", "it", "3", "10"]
    assert words("I'm sure I did it, a 3x10") == ["im", "sure", "did", "it", "3", "10"]


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # alternatives that need "I": never matched while the tokenizer dropped it
        ("I am done", Intent.DONE),
        ("I am done for today", Intent.DONE),
        ("I am finished", Intent.DONE),
        ("the last time I did hip thrusts", Intent.PROGRESS),
        # and those written without it still match
        ("im done", Intent.DONE),
        ("i did it", Intent.DONE),
        ("am I doing this right", Intent.FORM),
        ("can I skip today", Intent.SKIP),
    ],
)
def test_patterns_read_i_where_they_need_it(text: str, intent: Intent) -> None:
    assert understand(text) == intent
