"""One move of the workout asked by its place in it: "what was the second one again",
"which is the 3rd exercise", "what's the last one", "what was the next one". The articles
don't say; the workout does (bot/training/nth_asked.py). Pure: text in, the place (1 for the
first, -1 for the last, NEXT for the next) or None out."""

from __future__ import annotations

import re

NEXT = 0  # "what was the next one": the one after the exercise being logged

_PLACES = {
    "first": 1, "1st": 1, "one": 1, "1": 1,
    "second": 2, "2nd": 2, "two": 2, "2": 2,
    "third": 3, "3rd": 3, "three": 3, "3": 3,
    "fourth": 4, "4th": 4, "four": 4, "4": 4,
    "fifth": 5, "5th": 5, "five": 5, "5": 5,
    "sixth": 6, "6th": 6, "six": 6, "6": 6,
    "seventh": 7, "7th": 7, "seven": 7, "7": 7,
    "last": -1,
    "next": NEXT,
}  # fmt: skip
_ORDINAL = r"(?P<nth>first|second|third|fourth|fifth|sixth|seventh|last|next|[1-7](?:st|nd|rd|th))"
_NUMBER = r"(?:number|no|#) ?(?P<no>[1-7]|one|two|three|four|five|six|seven)"
_ASKED = re.compile(
    r"^(?:(?:so|ok|okay|sorry|and|um+|hi|hey|dear|coach)\s+)*"
    r"(?:what|whats|what's|what s|which|wich|wat|wats)\s+(?:was|is|were|s|'s)?\s*"
    r"(?:the\s+|that\s+)?"
    rf"(?:{_ORDINAL}(?:\s+(?:one|exercise|move|thing|exercize|excercise))?|{_NUMBER})"
    r"(?:\s+(?:one|exercise|move))?"
    r"(?:\s+(?:again|today|on the list|in the list|in my workout|in todays workout|you sent"
    r"|called|please|pls|dear))*$",
    re.IGNORECASE,
)


def nth_asked(text: str) -> int | None:
    """The place in the workout of the move asked about; None for any other text."""
    said = " ".join(re.sub(r"[^\w\s'#]", " ", text.replace("’", "'")).split()).lower()
    found = _ASKED.match(said)
    if found is None:
        return None
    return _PLACES[(found["nth"] or found["no"]).lower()]
