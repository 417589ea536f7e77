"""Moves a person says they do, as opposed to moves they ask about: a card named beside
"what else" ("I hip thrust 100kg, what else can I do?") or in a routine told before a question
about something else ("My leg day is squats and leg press. My glutes are flat. How do I build
them?") is what they have, and should not be the answer."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from bot.coach.matcher.scope import anchored, may_lean, nearest_subject, said_and_asked
from bot.coach.matcher.text import words

# Asked for more than the moves named.
_BEYOND = re.compile(
    r"\b(?:(?:what|anything|something) else|what (?:am (?:i )?|are we |i am )?missing|besides|"
    r"other than|apart from|in addition to|on top of)\b"
)

CardNames = Sequence[tuple[int, frozenset[str]]]  # (item, the terms of one of its names)


def moves_had(
    text: str, given: set[str], card_names: CardNames, terms: Callable[[str], set[str]]
) -> list[tuple[int, frozenset[str]]]:
    """Cards (with the name terms found) the person has, not asks about: named beside "what
    else", or listed as a routine (two or more) in what is told while the question names
    none, nor leans on a told sentence naming one. `given` is the whole message's terms."""
    if _BEYOND.search(" ".join(words(text))):
        return [(i, ns) for i, ns in card_names if ns <= given]
    told, asking = said_and_asked(text)
    if not told or not asking:
        return []
    q = " ".join(asking)
    asked = terms(q)
    if any(ns <= asked for _, ns in card_names):
        return []
    if may_lean(q) or not anchored(q):  # "how do I build them?": about the nearest
        named = nearest_subject(told)  # told subject
        near = terms(named) if named else set()
        if any(ns <= near for _, ns in card_names):
            return []
    said = terms(" ".join(told))
    had = [(i, ns) for i, ns in card_names if ns <= said]
    return had if len({i for i, _ in had}) >= 2 else []
