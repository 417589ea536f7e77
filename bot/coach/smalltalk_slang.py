"""Chat spellings read as plain words before the small-talk patterns (smalltalk.py)."""

from __future__ import annotations

import re

# Chat spellings read as the words the patterns hold ("wats the workout 2day", "no more msgs").
_SLANG = {
    "u": "you",
    "2day": "today",
    "2moro": "tomorrow",
    "2morrow": "tomorrow",
    "tmrw": "tomorrow",
    "tmr": "tomorrow",
    "2morow": "tomorrow",
    "wrkout": "workout",
    "wrkouts": "workouts",
    "wokout": "workout",
    "workuot": "workout",
    "msg": "message",
    "msgs": "messages",
    "txts": "texts",
    "wat": "what",
    "wats": "whats",
    "wot": "what",
    "wht": "what",
}
_SLANG_WORD = re.compile(r"\b(" + "|".join(sorted(_SLANG, key=len, reverse=True)) + r")\b", re.I)
_DRAWN_LETTERS = re.compile(r"([a-z])\1{2,}", re.I)  # "thank youuu", "pleaseee": one letter


def plain(text: str) -> str:
    """The text with chat spellings and drawn-out letters read as plain words."""
    text = _SLANG_WORD.sub(lambda m: _SLANG[m[1].lower()], text)
    return _DRAWN_LETTERS.sub(r"\1", text)
