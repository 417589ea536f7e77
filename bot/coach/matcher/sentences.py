"""A post's sentences, for scoring each on its own: split at stops, or, in a post typed
without any, where a sentence likely starts."""

from __future__ import annotations

import re

_SENTENCE = re.compile(r"[.!?;\n]+|\s[-–—]+\s")
# Of a post typed without stops, the parts that ask.
_ASKING = re.compile(
    r"\b(what|whats|how|why|which|should|can i|could|is it|is there|are there|does|will|would)\b",
    re.IGNORECASE,
)
# A post typed without stops: a capital starting a word after a lowercase one ("... 7 months
# now What is the best ..."), or else "i" or a question word, likely starts a sentence.
_UNSTOPPED = (
    re.compile(r"(?<=[a-z,])\s+(?=[A-Z][a-z]|I\s)"),
    re.compile(r"\s+(?=(?:i|what|how|should|is|can|could|do|does|will|would|why|which|any)\s)"),
)


def sentences(text: str) -> list[str]:
    """A post's sentences. One typed without stops is split where a sentence likely starts,
    and only the parts that ask are kept: a told part ("I only get to the gym twice a week")
    would be scored as if it were the question."""
    parts = [p for p in _SENTENCE.split(text) if p.strip()]
    for start in _UNSTOPPED:
        if len(parts) > 1:
            return parts
        parts = _joined_short([p for p in start.split(text) if p.strip()])
        asking = [p for p in parts if _ASKING.search(p)]
        if len(parts) > 1:
            return asking or parts
    return parts


def _joined_short(parts: list[str]) -> list[str]:
    """Parts of fewer than three words joined to the next ("what" + "is the best way...")."""
    out: list[str] = []
    carry = ""
    for part in parts:
        part = f"{carry} {part}".strip() if carry else part
        carry = part if len(part.split()) < 3 else ""
        if not carry:
            out.append(part)
    return out + ([carry] if carry else [])
