"""Reps that differ by side: "split squats 12 left 10 right", "12 on the left, 10 on the
right", "left 12 right 10", "10/8 each leg". A coach keeps the weaker side's reps: the
target that follows has to suit both legs, and the stronger one catches up on it. So each
pair is read as its smaller number, the rest as it would be read without the pair ("split
squats 10": one set; "8 each leg": each planned set), and the pairs are kept to be said
back."""

from __future__ import annotations

import re

_REPS = r"(?:\s*reps?)?"
_LEFT = r"(?:on\s+(?:the\s+|my\s+)?)?(?:left|l)(?:\s+(?:leg|side))?"
_RIGHT = r"(?:on\s+(?:the\s+|my\s+)?)?(?:right|r)(?:\s+(?:leg|side))?"
_AND = r"\s*(?:[,;&/]\s*)?(?:and\s+|then\s+)?"
# "12 left 10 right", "12 reps on the left, 10 on the right", "10 right and 12 left"
_NUMBER_FIRST = re.compile(
    rf"\b(?P<a>\d{{1,3}}){_REPS}\s*(?P<sa>{_LEFT}|{_RIGHT})\b{_AND}"
    rf"(?P<b>\d{{1,3}}){_REPS}\s*(?P<sb>{_LEFT}|{_RIGHT})\b",
    re.IGNORECASE,
)
# "left 12 right 10", "left leg 12, right leg 10"
_SIDE_FIRST = re.compile(
    rf"\b(?P<sa>(?:left|right)(?:\s+(?:leg|side))?)\s*:?\s*(?P<a>\d{{1,3}}){_REPS}{_AND}"
    rf"(?P<sb>(?:left|right)(?:\s+(?:leg|side))?)\s*:?\s*(?P<b>\d{{1,3}}){_REPS}\b",
    re.IGNORECASE,
)
# "10/8 each leg", "12/10 12/10 per side": a pair a set, said of the sides
_SIDE_WORDS = re.compile(
    r"\b(?:each|per|a|every|on each|for each)\s+(?:side|leg)s?\b"
    r"|\bl\s*/\s*r\b|\bleft\s*/\s*right\b",
    re.IGNORECASE,
)
_SLASHED = re.compile(r"(?<![\d./])(?P<a>\d{1,3})\s*/\s*(?P<b>\d{1,3})(?![\d./])")


def _left(side: str) -> bool:
    return re.search(r"\bl(?:eft)?\b", side, re.IGNORECASE) is not None


def _sides_differ(m: re.Match[str]) -> bool:
    """Whether the two sides named are one left and one right."""
    return _left(m["sa"]) != _left(m["sb"])


def weaker_side(text: str) -> str:
    """`text` with each pair of reps said per side as the smaller of them ("12 left 10
    right" -> "10"); other text as it is."""
    text = _NUMBER_FIRST.sub(_smaller_if_sides, text)
    text = _SIDE_FIRST.sub(_smaller_if_sides, text)
    if _SIDE_WORDS.search(text):
        text = _SLASHED.sub(lambda m: str(min(int(m["a"]), int(m["b"]))), text)
    return text


def _smaller_if_sides(m: re.Match[str]) -> str:
    return str(min(int(m["a"]), int(m["b"]))) if _sides_differ(m) else m.group()


def sides_said(text: str) -> tuple[tuple[int, int], ...]:
    """The pairs of reps `text` says per side, left first where it says which; () for
    none, or sides with the same reps (nothing to choose between)."""
    pairs: list[tuple[int, int]] = []
    for pattern in (_NUMBER_FIRST, _SIDE_FIRST):
        for m in pattern.finditer(text):
            if _sides_differ(m):
                a, b = int(m["a"]), int(m["b"])
                pairs.append((a, b) if _left(m["sa"]) else (b, a))
    if not pairs and _SIDE_WORDS.search(text):
        pairs = [(int(m["a"]), int(m["b"])) for m in _SLASHED.finditer(text)]
    return tuple(p for p in pairs if p[0] != p[1])
