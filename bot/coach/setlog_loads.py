"""Loads said for some sets and another for the rest, after or instead of the reps ("20 for
the first two, 25 for the last", "3x10, first two at 20 and the last at 25", "10 reps at
20, 20, then 25kg"): which sets took which load. The reps come from the text before the
loads, or from the caller (the reps waiting for their load, or the plan's sets)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from itertools import pairwise

from bot.coach.profile import Unit
from bot.coach.setlog_body import MAX_LOAD, MAX_REPS, MAX_SETS, MIN_REPS, SetEntry

_SMALL = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "a": 1}
_NTH = {"first": 0, "1st": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2, "fourth": 3,
        "4th": 3, "fifth": 4, "5th": 4}  # fmt: skip
_LOAD = r"(\d{1,4}(?:\.\d{1,2})?)\s*(kgs?|kilos?|lbs?|pounds?)?"
_COUNT = r"(?: (\d|one|two|three|four|five))?"
_SETS = r"(?: ones?| sets?| reps?)?"
_WHICH = (
    rf"(?:the |my )?(?:(first|last|final|next){_COUNT}{_SETS}"
    rf"|(second|third|fourth|fifth|1st|2nd|3rd|4th|5th)(?: one| set)?"
    rf"|(rest|others|other ones?|other sets?|remaining(?: ones?| sets?)?))"
)
# "20 for the first two", "25kg on the last one"
_LOAD_FOR = re.compile(rf"{_LOAD} (?:for|on|in) {_WHICH}")
# "first two at 20", "the last one with 25kg", "last set was 25"
_FOR_LOAD = re.compile(rf"{_WHICH}(?: (?:at|with|@|on|was|were|using)|:)? {_LOAD}")
# "25 for the second and third": one load for two sets named, said as two such loads.
_TWO_NAMED = re.compile(
    rf"{_LOAD} (for|on|in) (?:the |my )?(first|{'|'.join(_NTH)})(?: ones?| sets?)?"
    rf"(?:,| and|, and|,? &) (?:the |my )?((?:{'|'.join(_NTH)})|last|final)(?: ones?| sets?)?\b"
)
_CLAUSE_SEP = re.compile(
    r"\s*(?:,|;|\bthen\b|\band\b|\bbut\b|&)\s*(?:(?:and|then|but) )?|\s+[-–—:]\s+"
)
# "10 reps at 20, 20, then 25kg": the same reps at a load per set.
_REPS_AT = re.compile(
    rf"(\d{{1,3}}) ?(?:reps? )?(?:each )?(?:at|with|@) ?((?:{_LOAD}"
    r"(?:\s*(?:,|/|\bthen\b|\band\b)\s*(?:and |then )?)?){2,10})"
)


@dataclass(frozen=True)
class Said:
    """One load and the sets it was said for."""

    which: str  # first, last, next, nth, rest
    count: int  # how many sets ("first two": 2; nth: its index)
    load: float
    unit: Unit | None


def loads_by_set(text: str) -> tuple[str, tuple[Said, ...]] | None:
    """The text before the loads (the reps, if any) and the loads said set by set; None
    unless the text ends in two or more such loads and nothing else."""
    plain = " ".join(text.lower().replace("’", "'").split()).strip(" .!")
    while (two := _TWO_NAMED.search(plain)) is not None:
        load, unit, on, nth, other = two.groups()
        each = f"{load}{unit or ''} {on} the"
        plain = f"{plain[: two.start()]}{each} {nth}, {each} {other}{plain[two.end() :]}"
    clauses = _CLAUSE_SEP.split(plain)
    said: list[Said] = []
    while clauses and (one := _clause(clauses[-1])) is not None:
        said.insert(0, one)
        clauses.pop()
    if len(said) < 2 or _reps_by_set(plain, said):
        return None
    return ", ".join(c for c in clauses if c), tuple(said)


# Words that say a number is a load: "first set at 20", "25 for the last".
_LOAD_WORDS = re.compile(r"\b(?:at|with|using|for|on|kgs?|kilos?|lbs?|pounds?)\b|@|\d(?:kg|lb)")


def _reps_by_set(plain: str, said: list[Said]) -> bool:
    """ "first set 12, second 11, third 10": each set in turn with a bare number, no word
    saying it is a load: reps, as bot/coach/setlog_text.py reads them."""
    places = [0 if x.which == "first" and x.count == 1 else x.count if x.which == "nth" else -1
              for x in said]  # fmt: skip
    whole = all(x.load.is_integer() and x.load <= MAX_REPS for x in said)  # "22.5": a load
    return whole and places == list(range(len(said))) and _LOAD_WORDS.search(plain) is None


def _clause(text: str) -> Said | None:
    if (m := _LOAD_FOR.fullmatch(text)) is not None:
        value, unit, edge, count, nth, rest = m.groups()
    elif (m := _FOR_LOAD.fullmatch(text)) is not None:
        edge, count, nth, rest, value, unit = m.groups()
    else:
        return None
    load = float(value)
    if nth:
        return Said("nth", _NTH[nth], load, _unit(unit))
    if rest:
        return Said("rest", 0, load, _unit(unit))
    number = 1 if count is None else int(count) if count.isdigit() else _SMALL[count]
    return Said("last" if edge == "final" else edge, number, load, _unit(unit))


def _unit(word: str | None) -> Unit | None:
    if not word:
        return None
    return Unit.LB if word.startswith(("lb", "pound")) else Unit.KG


def with_loads(
    sets: tuple[SetEntry, ...], said: tuple[Said, ...], unit: Unit
) -> tuple[SetEntry, ...] | None:
    """`sets` each at the load said for it; None unless every set gets exactly one load.
    A load with no unit takes the one said beside it, else `unit`."""
    n = len(sets)
    given = next((x.unit for x in said if x.unit is not None), unit)
    at: dict[int, Said] = {}
    for x in sorted(said, key=lambda x: x.which == "rest"):  # "the rest": what is left
        if x.which == "first":
            places = list(range(x.count))
        elif x.which == "last":
            places = list(range(n - x.count, n))
        elif x.which == "next":
            start = max(at, default=-1) + 1
            places = list(range(start, start + x.count))
        elif x.which == "nth":
            places = [x.count]
        else:
            places = [i for i in range(n) if i not in at]
        if not places or any(not 0 <= i < n or i in at for i in places):
            return None
        at |= dict.fromkeys(places, x)
    if len(at) != n:
        return None
    out = []
    for i, e in enumerate(sets):
        u = at[i].unit or given
        if not 0 < at[i].load <= MAX_LOAD[u]:
            return None
        out.append(replace(e, load=at[i].load, unit=u))
    return tuple(out)


def reps_at_loads(text: str, unit: Unit) -> tuple[SetEntry, ...] | None:
    """ "10 reps at 20, 20, then 25kg": a set of those reps at each load in turn (a unit
    said once is each one's); None for anything else, or loads too far apart to be one
    exercise's sets (then they may be reps)."""
    plain = " ".join(text.lower().split()).strip(" .!")
    plain = re.sub(r"^(?:i )?(?:did |got |then )+", "", plain)
    m = _REPS_AT.fullmatch(plain)
    if m is None:
        return None
    reps = int(m.group(1))
    found = re.findall(_LOAD, m.group(2))
    units = {u for _, w in found if (u := _unit(w)) is not None}
    if len(found) > MAX_SETS or len(units) > 1 or not MIN_REPS <= reps <= MAX_REPS:
        return None
    said = next(iter(units), unit)
    loads = [float(v) for v, _ in found]
    if any(not 0.5 * loads[0] <= v <= 2 * loads[0] or v > MAX_LOAD[said] for v in loads):
        return None
    rising = all(a <= b for a, b in pairwise(loads))
    if not units and "then" not in m.group(2) and not rising:  # "10 at 20, 12, 10": reps?
        return None
    return tuple(SetEntry(reps, v, said) for v in loads)


_NUM = r"\d{1,4}(?:\.\d{1,2})?"
_LIST = rf"{_NUM}(?:\s*[/,-]\s*{_NUM}){{1,9}}"
_UNIT = r"(kgs?|kilos?|lbs?|pounds?|#)?"
_REPS_THEN_LOADS = re.compile(rf"({_LIST})\s*(?:reps?\s*)?(?:@|at)\s*({_LIST})\s*{_UNIT}")
_LOADS_THEN_REPS = re.compile(rf"({_LIST})\s*{_UNIT}\s*(?:x|×|for)\s*({_LIST})(?:\s*reps?)?")


def paired_lists(text: str, unit: Unit) -> tuple[SetEntry, ...] | None:
    """ "12/10/8 @ 20/22.5/25", "20-22.5-25 x 12-10-8": each set its own reps and load, the
    two lists side by side; None for anything else or lists of different lengths."""
    plain = " ".join(text.lower().split()).strip(" .!")
    if m := _REPS_THEN_LOADS.fullmatch(plain):
        reps, loads, word = m.group(1), m.group(2), m.group(3)
    elif m := _LOADS_THEN_REPS.fullmatch(plain):
        loads, word, reps = m.group(1), m.group(2), m.group(3)
    else:
        return None
    counts = re.split(r"\s*[/,-]\s*", reps)
    weights = [float(v) for v in re.split(r"\s*[/,-]\s*", loads)]
    said = Unit.LB if word and word.startswith(("lb", "pound", "#")) else _unit(word) or unit
    if len(counts) != len(weights) or not all(c.isdigit() for c in counts):
        return None
    if any(not MIN_REPS <= int(c) <= MAX_REPS for c in counts):
        return None
    if any(not 0 < w <= MAX_LOAD[said] for w in weights):
        return None
    return tuple(SetEntry(int(c), w, said) for c, w in zip(counts, weights, strict=True))
