"""A move of the day named with a slip of the keyboard or the ear: "hip trust" for the hip
thrust, "glute brigde" for the glute bridge. Only the moves a workout holds are looked at,
so a near name there is what the person is doing, never a guess among every card."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from bot.coach.matcher.text import edit_distance


def _words(name: str) -> list[str]:
    return re.sub(r"[^a-z ]+", " ", name.lower()).split()


def _near(typed: str, word: str) -> bool:
    if typed == word:
        return True
    if len(word) < 4:  # "hip", "leg": too short to tell a slip from another word
        return False
    return any(edit_distance(t, word, 1) <= 1 for t in {typed, typed.removesuffix("s")} if t)


# Words said around a move's name in a log ("i make the hip trust with 50 kilos"): any other
# word makes the text something else ("can i go heavier on split squats? 25 felt easy").
_AROUND = frozenset(
    {"i", "ive", "ve", "make", "made", "did", "do", "done", "the", "a", "my", "some", "with"}
    | {"then", "also", "just", "today", "and"}
)


def misspelt_in(name: str, held: Mapping[str, Sequence[str]]) -> str | None:
    """The one move of `held` (id: its names) a name of which `name` says with a slip (a
    letter dropped, added, swapped or a neighbouring key, plural forgiven), between words
    said around a log ("i make the hip trust with"); the longest name said wins ("single
    leg hip trust" over "hip trust"). None when no word slipped, none is, or two moves tie."""
    typed = _words(name)
    best: tuple[int, set[str]] = (0, set())
    for move, names in held.items():
        for full in names:
            words = _words(full)
            if len(words) < best[0] or not _said(typed, words):
                continue
            if len(words) > best[0]:
                best = (len(words), set())
            best[1].add(move)
    return best[1].pop() if len(best[1]) == 1 else None


def _said(typed: list[str], words: list[str]) -> bool:
    n = len(words)
    for i in range(len(typed) - n + 1):
        window, around = typed[i : i + n], typed[:i] + typed[i + n :]
        if window == words or not set(around) <= _AROUND:
            continue
        if all(_near(t, w) for t, w in zip(window, words, strict=True)):
            return True
    return False
