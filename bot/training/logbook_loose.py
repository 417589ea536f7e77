"""Moves told done with only a count, the plan giving the rest: "i did the bridges but
only 2 sets my hip was sore" (two of the bridge's planned sets at its planned reps, as "only
managed 2 sets" is; a count of sets with no "only" or "just", "I did 3 sets of squats", is
still asked how they went), "i did the skater lunges and the walking lunges but only 15
each my knees dont like them" (each move's planned sets of 15). What follows the count is
kept as the remark. Before, typed with nothing being logged, the first got only the pain
reply and the second "Tell me how the sets went": nothing saved either way.
logbook_named.py (and while logging, logbook_loose_entry.py) shows them to save, move by
move, as a story's parts are."""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.coach.setlog import SetEntry
from bot.coach.setlog_story import Part
from bot.training.typed import asks

_LOOSE = re.compile(
    r"^(?:(?:i |just |also |so )*(?:did|done|finished|managed)\s+)?(?P<moves>[^\d]+?)[\s,.;:-]+"
    r"(?:(?:but|and|though)\s+)?(?:i\s+)?(?:only\s+|just\s+)?(?:managed\s+|did\s+|got\s+)?"
    r"(?P<n>\d+)\s+(?P<what>sets?|reps?(?: each| a piece| of each)?|each|of each|a piece)"
    r"(?P<rest>\W.*)?$",
    re.I,
)
# "only did 2 sets of the bridges, hip was sore", "did 15 each on the skater lunges"
_COUNT_FIRST = re.compile(
    r"^(?:i |just |only |so )*(?:did|managed|got)\s+(?:only\s+|just\s+)?(?P<n>\d+)\s+"
    r"(?P<what>sets?|reps?(?: each)?|each)\s+(?:of|on|for|with)\s+(?P<moves>[^\d,.;:!]+?)"
    r"(?P<rest>[,.;:!-].*)?$",
    re.I,
)
_SEP = re.compile(r"\s*(?:,|&|\band\b|\bplus\b)\s*")


def as_told(
    text: str,
    resolve: Callable[[str], str | None],
    plan_of: Callable[[str], tuple[int, int] | None],
) -> tuple[tuple[tuple[str, int, int], ...], str | None] | None:
    """Each move told (its id, sets, reps), and the remark after the count; None for any
    other text, or a name that is none of the day's planned moves."""
    said = " ".join(text.strip().split())
    if asks(said):  # "squats 3 sets or 4?": a question
        return None
    for found in (_LOOSE.match(said), _COUNT_FIRST.match(said)):
        told = _read(found, resolve, plan_of) if found is not None else None
        if told is not None:
            return told
    return None


def _read(
    found: re.Match[str],
    resolve: Callable[[str], str | None],
    plan_of: Callable[[str], tuple[int, int] | None],
) -> tuple[tuple[tuple[str, int, int], ...], str | None] | None:
    n = int(found["n"])
    fewer = re.search(r"\b(?:only|just)\b", found.string[: found.start("n")], re.I)
    if found["what"].startswith("set") and fewer is None:
        return None  # "I did 3 sets of squats": how did they go? (only fewer are the plan's)
    told: list[tuple[str, int, int]] = []
    for name in _SEP.split(found["moves"].strip()):
        name = re.sub(r"^(?:the|my|some)\s+", "", name.strip(), flags=re.I)
        move = resolve(name) if name else None
        plan = plan_of(move) if move else None
        if move is None or plan is None or any(m == move for m, _, _ in told):
            return None
        sets, reps = plan
        told.append((move, n, reps) if found["what"].startswith("set") else (move, sets, n))
    if not 1 <= n <= 50 or (found["what"].startswith("set") and n > 10):
        return None
    rest = (found["rest"] or "").strip(" ,.;:-")
    return tuple(told), (rest if re.search(r"[^\W\d_]{2}", rest) else None)


def loose_parts(told: tuple[tuple[str, int, int], ...]) -> tuple[Part, ...]:
    """The moves told, as a story's parts: reps alone, each move's planned load to come."""
    return tuple(Part(move, (SetEntry(reps, None, None),) * sets) for move, sets, reps in told)
