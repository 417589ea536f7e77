"""One number for another, typed to correct sets shown or saved: "20 not 25" (every load
at 25, else every set of 25 reps), "set 2 was 20 not 25" (that set only)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from bot.coach.profile import Unit
from bot.coach.setlog import MAX_LOAD, SetEntry

_ONE_NOT_OTHER = (
    r"(?P<new>\d{1,4}(?:\.\d{1,2})?)\s*(?P<new_unit>kgs?|kilos?|lbs?|pounds?)?\s*,?\s+"
    r"(?:not|instead of)\s+(?:the\s+)?"
    r"(?P<was>\d{1,4}(?:\.\d{1,2})?)\s*(?P<was_unit>kgs?|kilos?|lbs?|pounds?)?"
)
_SAYS_SO = r"(?:(?:oops|sorry|no|nope|wait|actually)[,!]?\s+)?"
_X_NOT_Y = re.compile(
    rf"{_SAYS_SO}(?:(?:it was|it's|make it|should be)\s+)?{_ONE_NOT_OTHER}[.!]*", re.I
)
_NTH = {"first": 1, "1st": 1, "one": 1, "second": 2, "2nd": 2, "two": 2, "third": 3, "3rd": 3,
        "three": 3, "fourth": 4, "4th": 4, "four": 4, "fifth": 5, "5th": 5, "five": 5,
        "last": -1, "final": -1}  # fmt: skip
# One set named: "set 2", "the second set", "my last one", "set two".
_SET_NAMED = (
    r"(?:the |my )?(?:(?P<nth>first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|last|final)"
    r" (?:set|one)|set (?:#|no\.? ?)?(?P<num>[1-9]|one|two|three|four|five))"
)
# "set 2 was 20 not 25", "the last set: 20 not 25", "20 not 25 on the second set": one set's.
_SET_X_NOT_Y = re.compile(
    rf"{_SAYS_SO}(?:(?:on|in|for) )?{_SET_NAMED}\s*(?:was|were|is|should be|at|:|-|,)?\s*"
    rf"(?:(?:it was|it's|make it|should be)\s+)?{_ONE_NOT_OTHER}[.!]*",
    re.I,
)
_X_NOT_Y_ON_SET = re.compile(
    rf"{_SAYS_SO}(?:(?:it was|it's|make it|should be)\s+)?{_ONE_NOT_OTHER},?\s+"
    rf"(?:on|in|for) {_SET_NAMED}[.!]*",
    re.I,
)
_ONE_FOR_ANOTHER = (_X_NOT_Y, _SET_X_NOT_Y, _X_NOT_Y_ON_SET)


def says_one_for_another(text: str) -> bool:
    """ "20 not 25", "set 2 was 20 not 25": a correction by its words alone."""
    plain = " ".join(text.split())
    return any(form.fullmatch(plain) for form in _ONE_FOR_ANOTHER)


def one_for_another(text: str, entries: tuple[SetEntry, ...]) -> tuple[SetEntry, ...] | None:
    """ "20 not 25": the load that was 25 is 20, else the set(s) of 25 reps were 20; with a
    set named ("set 2 was 20 not 25") that set only. None when no load or reps of the entry
    (of the set named) are the number replaced."""
    plain = " ".join(text.split())
    m = next(filter(None, (form.fullmatch(plain) for form in _ONE_FOR_ANOTHER)), None)
    if m is None:
        return None
    at = _set_named(m, len(entries))
    if at is None:
        return None
    new, was = float(m["new"]), float(m["was"])
    said = m["new_unit"] or m["was_unit"]
    unit = (Unit.LB if said.lower().startswith(("lb", "pound")) else Unit.KG) if said else None
    chosen = [i for i in range(len(entries)) if at == -1 or i == at]
    if any(entries[i].load == was for i in chosen):
        if new > MAX_LOAD[unit or Unit.KG] or new <= 0:
            return None
        return tuple(
            replace(e, load=new, unit=unit or e.unit) if i in chosen and e.load == was else e
            for i, e in enumerate(entries)
        )
    if said or not new.is_integer() or not any(entries[i].reps == was for i in chosen):
        return None
    return tuple(
        replace(e, reps=int(new)) if i in chosen and e.reps == was else e
        for i, e in enumerate(entries)
    )


def _set_named(m: re.Match[str], count: int) -> int | None:
    """The index of the set the words name; -1 when none is named (every set); None when
    the set named is not there."""
    named = m.groupdict().get("nth") or m.groupdict().get("num")
    if named is None:
        return -1
    nth = int(named) if named.isdigit() else _NTH[named.lower()]
    at = count - 1 if nth == -1 else nth - 1
    return at if 0 <= at < count else None


def sets_changed(was: Sequence[SetEntry], now: Sequence[SetEntry]) -> tuple[int, ...]:
    """The sets (1 for the first) a correction changed, when it changed some of them only;
    none when it changed them all (the echo shows that) or the count."""
    if len(was) != len(now):
        return ()
    changed = tuple(i for i, (a, b) in enumerate(zip(was, now, strict=True), 1) if a != b)
    return changed if len(changed) < len(now) else ()
