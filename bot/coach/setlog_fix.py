"""Reps or a set count corrected in words, for sets already read (shown to save, or just
saved): "the last set was 8", "second set was 9", "wait, it was 4 sets", "oops it was 12 12
10" (the loads stand). Loads and units are corrected in bot/training/typed.py."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from bot.coach.setlog_body import MAX_REPS, MAX_SETS, MIN_REPS, SetEntry

# Words that say a correction follows: a bare "12 12 10" is sets retyped, not one.
_SAYS = frozenset(
    ["oops", "sorry", "no", "nope", "wait", "actually", "wrong", "my", "bad", "correction",
     "i", "mean", "meant", "it", "was", "its", "it's", "that", "should", "be", "typo", "oh",
     "yes", "yeah", "yep", "ok", "but"]
)  # fmt: skip
_ORDINALS = {"first": 0, "1st": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2, "fourth": 3,
             "4th": 3, "fifth": 4, "5th": 4, "last": -1, "final": -1}  # fmt: skip
_ORD = "|".join(_ORDINALS)
# "the last set was 8", "second one was 9 reps", "last set should be 10", "the last was 8",
# "the last serie was 6" (a set, to Portuguese and Spanish speakers): one set's reps.
_ONE_SET = re.compile(
    rf"(?:and |, ?)?(?:the |my )?({_ORD})(?: (?:set|one|serie|series)"
    rf"(?: was| were| is| should be| =|:)?| (?:was|were|is|should be)|:)"
    rf" (?:only |just )?(\d+)(?: reps?)?"
)
# "only 10 reps on the last", "8 reps in the second set": the same, the reps first (said
# as reps, or with "only": "20 for the first" is a load).
_SET_AFTER = re.compile(
    rf"(?:and |, ?)?(?:(?:only|just) (\d+)(?: reps?)?|(\d+) reps?) (?:on|in|for)"
    rf" (?:the |my )?({_ORD})(?: set| one)?"
)
# "it was 4 sets", "only 2 sets": the count, the last set repeated or dropped.
_COUNT = re.compile(r"(?:only |just )?(\d+) sets?(?: not \d+)?")
# "add a 4th set of 8", "plus one more set of 8", "and another set of 6": one set more.
_ONE_MORE = re.compile(
    r"(?:oh |oops |wait |sorry )?(?:and |also |plus |\+ ?|add |i also did |also did |did )*"
    r"(?:a |an |one |1 )?(?:more |extra |another |additional |(?:4th|5th|6th|fourth|fifth|sixth) )+"
    r"(?:set )?(?:of |with |x )?(\d+)(?: reps?)?(?: too| as well)?"
)
_REPS = re.compile(r"\d+(?:(?:, ?| |,? and )\d+)+")


def reps_corrected(text: str, entries: tuple[SetEntry, ...]) -> tuple[SetEntry, ...] | None:
    """`entries` with the reps or set count the text corrects; None when it corrects
    neither (or says no correction: "12 12 10" alone is a new entry)."""
    if not entries:
        return None
    plain = " ".join(re.sub(r"[!.;]+|,(?=\s)", " ", text.lower()).split())
    by_set = _by_set(plain, entries)
    if by_set is not None:
        return by_set
    more = _ONE_MORE.fullmatch(plain)
    if more is not None:  # "plus one more set of 8": a set after these, at the last one's load
        reps = int(more[1])
        ok = MIN_REPS <= reps <= MAX_REPS and len(entries) < MAX_SETS
        return (*entries, replace(entries[-1], reps=reps)) if ok else None
    words = plain.split()
    said = 0
    while words and words[0].strip(",") in _SAYS:
        words, said = words[1:], said + 1
    rest = " ".join(words)
    count = _COUNT.fullmatch(rest)
    if count is not None and (said or rest.startswith(("only", "just"))):
        return _counted(entries, int(count.group(1)))
    if said and _REPS.fullmatch(rest):
        numbers = [int(n) for n in re.findall(r"\d+", rest)]
        return _load_then_reps(entries, numbers) or _reps(entries, numbers)
    return None


def _load_then_reps(
    entries: tuple[SetEntry, ...], numbers: list[int]
) -> tuple[SetEntry, ...] | None:
    """ "oops, 50 12 12 11" at 90 kg × 8: a first number that fits the load shown (half to
    twice it) and is far above every set's reps is the load, the rest its sets, as a fresh
    log reads it; None otherwise."""
    load, first, reps = entries[0].load, numbers[0], numbers[1:]
    if load is None or not reps or not load / 2 <= first <= load * 2:
        return None
    if first <= 2 * max(*reps, *(e.reps for e in entries)):
        return None
    return _reps(tuple(replace(e, load=float(first)) for e in entries), reps)


def _by_set(plain: str, entries: tuple[SetEntry, ...]) -> tuple[SetEntry, ...] | None:
    """ "the last set was 8", "second set was 9 and the last one 8" (after any correction
    words): those sets' reps; None unless the whole text is such corrections."""
    found = list(_ONE_SET.finditer(plain)) or list(_SET_AFTER.finditer(plain))
    if not found or plain[found[-1].end() :].strip(" ,"):
        return None
    opening = plain[: found[0].start()].replace(",", " ").split()
    if any(w not in _SAYS for w in opening):
        return None
    if any(plain[a.end() : b.start()].strip(" ,") for a, b in pairwise(found)):
        return None
    sets = list(entries)
    for m in found:
        nth, said = (m[1], m[2]) if m.re is _ONE_SET else (m[3], m[1] or m[2])
        at, reps = _ORDINALS[nth], int(said)
        if at >= len(sets) or not MIN_REPS <= reps <= MAX_REPS:
            return None
        sets[at] = replace(sets[at], reps=reps)
    return tuple(sets)


def _counted(entries: tuple[SetEntry, ...], count: int) -> tuple[SetEntry, ...] | None:
    if not 1 <= count <= MAX_SETS:
        return None
    return entries[:count] + (entries[-1],) * max(0, count - len(entries))


def _reps(entries: tuple[SetEntry, ...], reps: list[int]) -> tuple[SetEntry, ...] | None:
    """The reps retyped, each set at the load of the set in its place (the last one's past
    the end)."""
    if len(reps) > MAX_SETS or any(not MIN_REPS <= r <= MAX_REPS for r in reps):
        return None
    return tuple(replace(entries[min(i, len(entries) - 1)], reps=r) for i, r in enumerate(reps))


# "correction: squat 60kg 4x10", "actually squat 50 3x10", "oops, I meant ...": the sets
# typed put right what was saved, never more sets added to it.
_CORRECTION = re.compile(
    r"^\W*(?:correction|corrected|correcting|actually|oops+|whoops|sorry|my bad|typo"
    r"|(?:no,? )?i meant|(?:no,? )?meant)\b",
    re.IGNORECASE,
)


def says_correction(text: str) -> bool:
    """Whether a message opens by saying it corrects what was logged."""
    return _CORRECTION.match(text) is not None
