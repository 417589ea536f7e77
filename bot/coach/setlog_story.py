"""A workout told as a story, read when parse_log (bot/coach/setlog.py) can't read the text
as one entry: "ok so today was rough, I did the deadlifts with 30kg and got 10 10 and 8,
then the lunges I only managed 2 sets of 8".

The text is cut into clauses (at ".", ",", ";", and "then", "but" or "and" before a word:
"12 12 10 then 8" is no story, its 8 may be a fourth set or a remark; "squats 20kg 10 10
and abduction 40kg 20 20" two exercises). A clause
naming an exercise starts that exercise's part; a clause naming none continues the last
part (before any name: the exercise being logged); a clause with no number is a remark
("today was rough", "last one was hard") and says nothing about the sets. Each part must then
be numbers in the set-log grammar with only small words around them ("i", "did", "got",
"only managed"): any other word in a part, a second exercise in one clause, or an exercise
named with no numbers where the next numbers may be its ("did squats, then lunges 3x10"), and
the story is not read at all, so nothing is guessed. An exercise named with no numbers after
the sets of another ("..., then some lunges") is left out of the parts, and `untold_in`
names it, so it is said not saved rather than lost. What is read is only ever shown to the
person to save.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from itertools import pairwise

from bot.coach.profile import Unit
from bot.coach.setlog import SIDE_RE, Planned
from bot.coach.setlog_body import (
    BAND_LEAD,
    MAX_SETS,
    Load,
    LogParseError,
    SetEntry,
    Tok,
    across,
    read_body,
    tokenise,
)
from bot.coach.setlog_text import normalise

MAX_STORY_CHARS = 400  # a few sentences about a workout
_CLAUSE_CUT = re.compile(
    r"[,;!?]+|(?<!\d)\.|\.(?!\d)"
    r"|\b(?:and then|then|after that|afterwards|but|also|plus|and|so)\b(?=\s+[^\W\d_])"
)
_CUT_KEPT = re.compile(f"({_CLAUSE_CUT.pattern})")  # the same cuts, each kept: was it "and"?
# Small words said around numbers in a story: dropped, they say nothing about the sets.
_SMALL_WORDS = frozenset(
    ["i", "did", "do", "the", "a", "an", "my", "and", "so", "ok", "okay", "got", "get", "managed",
     "only", "just", "today", "was", "were", "it", "them", "some", "went", "for", "did",
     "made", "hit", "finally", "still", "on", "in", "me", "all", "again", "also", "well", "um",
     "like", "around", "about", "really", "pretty", "after", "that", "this", "time", "tonight",
     "first", "next", "up", "doing", "used"]
)  # fmt: skip
# Another session named among the numbers: what follows is no set of this one.
_ANOTHER_TIME = {(a, b) for a in ("next", "last") for b in ("time", "week", "session")}
# Words a part may keep: the grammar's own, and kit and bands (read by setlog_body).
_GRAMMAR_WORDS = BAND_LEAD | {"x", "at", "bw", "bodyweight", "body weight", "rep", "reps", "r",
                              "set", "sets", "of", "round", "rounds", "across", "band", "bands",
                              "dumbbell", "dumbbells", "dumbell", "dumbells", "db", "dbs",
                              "barbell", "bar", "kettlebell", "kettlebells", "holding"}  # fmt: skip
# "with 30kg and got 10 10 8", "holding a 10kg plate 10 10": the load comes first
_LEADS = ("with", "using", "holding", "at", "@")
_MAX_NAME_WORDS = 4


def _is_plate(t: Tok) -> bool:
    """ "plate" said of a load ("10kg plate"); "2 plates" is a load of its own (setlog_plates)."""
    return t.kind == "w" and t.text in ("plate", "plates")


@dataclass(frozen=True)
class Part:
    """The sets a story gives one exercise; exercise_id None: the one being logged."""

    exercise_id: str | None
    sets: tuple[SetEntry, ...]


def read_story(
    text: str,
    *,
    unit: Unit,
    planned: Planned | None,
    resolve_exercise: Callable[[str], str | None],
    current_exercise: str | None,
    unloaded: bool = False,
    rep_top_of: Callable[[str], int | None] | None = None,
) -> tuple[Part, ...]:
    """The parts of a story, the exercise being logged first, then in the order named
    (`rep_top_of`: a move's planned top reps, so "abduction 50 30 30" at 20–30 is 50 kg).
    LogParseError("syntax") when it can't be read as one."""
    if len(text) > MAX_STORY_CHARS:
        raise LogParseError("too_long", max=str(MAX_STORY_CHARS))
    read = partial(
        _read_said,
        unit=unit,
        planned=planned,
        resolve_exercise=resolve_exercise,
        current_exercise=current_exercise,
        unloaded=unloaded,
        rep_top_of=rep_top_of,
    )
    try:
        return read(normalise(text.strip()))
    except LogParseError:
        pieces = _COMMA.split(text.strip())
        if len(pieces) < 2:
            raise
    # "squat 100kg 5x10, 3x12 leg press 180kg": read whole, the two groups of sets were one
    # list (10 10 10 10 10 12 12 12) and the squat's last numbers; each piece read alone
    return read(", ".join(normalise(p.strip()) for p in pieces))


# Where a story's parts may be read apart: a comma (not a decimal one, "22,5 kg"), a
# semicolon, or "and"/"then" before a group of sets ("... and 3x12 leg press 180kg").
_COMMA = re.compile(r"(?<!\d),|,(?!\d)|;|\s(?:and|then|also)\s(?=\d+ ?[x×] ?\d)")


def _read_said(
    said: str,
    *,
    unit: Unit,
    planned: Planned | None,
    resolve_exercise: Callable[[str], str | None],
    current_exercise: str | None,
    unloaded: bool,
    rep_top_of: Callable[[str], int | None] | None,
) -> tuple[Part, ...]:
    parts: dict[str | None, list[Tok]] = {}
    named_at: dict[str | None, tuple[bool, bool]] = {}  # where a part was named: see _untold
    key: str | None = None
    pieces = _CUT_KEPT.split(said)
    for i, clause in enumerate(pieces[0::2]):
        subs = _cut_at_names(tokenise(SIDE_RE.sub(" ", clause)), resolve_exercise)
        for j, toks in enumerate(subs):
            named, toks = _named(toks, resolve_exercise)
            if named is not None:
                key = None if named == current_exercise else named
                parts.setdefault(key, [])
                last = j == len(subs) - 1 and i < len(pieces) // 2
                and_next = last and pieces[2 * i + 1].strip() == "and"
                named_at.setdefault(key, (any(parts.values()), and_next))
            if any(t.kind in "NB" or t.text in ("band", "bands") for t in toks):
                parts.setdefault(key, []).extend(toks)
    if not parts or not any(parts.values()):
        raise LogParseError("syntax")
    for k in parts:
        if not parts[k] and not _untold(*named_at[k]):
            raise LogParseError("syntax")  # "squats and lunges 3x10": whose sets?
    order = sorted((k for k in parts if parts[k]), key=lambda k: k is not None)

    def top(k: str | None) -> int | None:
        exercise = current_exercise if k is None else k
        return rep_top_of(exercise) if rep_top_of and exercise else None

    return tuple(_part(k, parts[k], unit, planned, unloaded, top(k)) for k in order)


def _cut_at_names(toks: list[Tok], resolve: Callable[[str], str | None]) -> list[list[Tok]]:
    """A clause cut where an exercise is named right after the numbers of another: "skater
    lunges 2x15 monster walks 2x20" is two clauses, as if a comma stood between them ("on
    31/02 lunges ..." is not: no exercise before the numbers)."""
    cuts = [0]
    for j in range(1, len(toks)):
        if toks[j - 1].kind not in "NuB" or toks[j].kind != "w":
            continue
        if toks[j].text in _SMALL_WORDS | _GRAMMAR_WORDS:
            continue
        try:
            before, _ = _named(toks[cuts[-1] : j], resolve)
        except LogParseError:
            continue
        if before is None:
            continue
        names = (toks[j : j + n] for n in range(1, min(_MAX_NAME_WORDS, len(toks) - j) + 1))
        if any(
            all(t.kind == "w" for t in span) and resolve(" ".join(t.text for t in span))
            for span in names
        ):
            cuts.append(j)
    return [toks[a:b] for a, b in pairwise([*cuts, len(toks)])]


def _untold(told_before: bool, and_next: bool) -> bool:
    """Whether an exercise named with no numbers is plainly untold, to be asked for: named
    after sets of another ("... 10 10 8, then some lunges"), and not joined by "and" to
    the next clause, whose numbers may be its too ("squats 3x10, lunges and hip thrusts
    3x12")."""
    return told_before and not and_next


def untold_in(text: str, resolve: Callable[[str], str | None], told: set[str]) -> list[str]:
    """The exercises a log names, in order, that are not in `told` (those whose sets were
    read): "did squats 40kg 10 10 10 and some lunges" read as squats leaves the lunges."""
    found: list[str] = []
    for clause in _CLAUSE_CUT.split(normalise(text.strip())):
        try:
            named, _ = _named(tokenise(SIDE_RE.sub(" ", clause)), resolve)
        except LogParseError:
            continue
        if named is not None and named not in told and named not in found:
            found.append(named)
    return found


# A clause saying its exercise was left out: "skipped abductions", "no lunges", "didn't do
# the leg curls", "abductions skipped".
_SKIPPED = re.compile(r"\b(?:skip(?:ped|ping)?|skipt|left out|didn'?t do|did not do|no)\b")


def skipped_in(text: str, resolve: Callable[[str], str | None]) -> set[str]:
    """The exercises a log says were skipped, each in a clause of its own with no numbers
    ("hip thrust 60 3x10, skipped abductions"; "... and monster walks" after it too)."""
    found: set[str] = set()
    pieces = _CUT_KEPT.split(normalise(text.strip()))
    skipping = False
    for i, clause in enumerate(pieces[0::2]):
        joined = i > 0 and pieces[2 * i - 1].strip() in ("and", "or")
        skipping = not re.search(r"\d", clause) and (
            bool(_SKIPPED.search(clause)) or (skipping and joined)
        )
        if not skipping:
            continue
        try:
            named, _ = _named(tokenise(SIDE_RE.sub(" ", clause)), resolve)
        except LogParseError:
            continue
        if named is not None:
            found.add(named)
    return found


def _named(toks: list[Tok], resolve: Callable[[str], str | None]) -> tuple[str | None, list[Tok]]:
    """The one exercise a clause names, longest name first, and the clause without it."""
    found: str | None = None
    i = 0
    while i < len(toks):
        for n in range(min(_MAX_NAME_WORDS, len(toks) - i), 0, -1):
            span = toks[i : i + n]
            if any(t.kind != "w" for t in span) or span[0].text in _SMALL_WORDS:
                continue
            if span[-1].text in _SMALL_WORDS | {"with", "using"}:
                continue
            exercise = resolve(" ".join(t.text for t in span))
            if exercise is not None:
                if found is not None and exercise != found:
                    raise LogParseError("syntax", token=span[0].text)  # two in one clause
                found, toks = exercise, toks[:i] + toks[i + n :]
                break
        else:
            i += 1
    return found, toks


def named_in(text: str, resolve: Callable[[str], str | None]) -> str | None:
    """The first exercise a text names, wherever it is ("I did 10 reps of squats")."""
    for clause in _CLAUSE_CUT.split(normalise(text.strip())):
        try:
            found, _ = _named(tokenise(clause), resolve)
        except LogParseError:  # two in one clause: no first to pick
            continue
        if found is not None:
            return found
    return None


def _part(
    key: str | None,
    toks: list[Tok],
    unit: Unit,
    planned: Planned | None,
    unloaded: bool,
    rep_top: int | None = None,
) -> Part:
    said = [t.text for t in toks]
    when = next((a for a, b in pairwise(said) if (a, b) in _ANOTHER_TIME), None)
    if when is not None:  # "20kg 12 12 10 next time 25": a plan, no set of 25
        raise LogParseError("syntax", token=when)
    kept = [t for t in toks if not (t.kind == "w" and t.text in _SMALL_WORDS)]
    # "back extension with a 10kg plate 10 10 10": the plate a load said is no word more
    kept = [t for i, t in enumerate(kept) if not (_is_plate(t) and i and kept[i - 1].kind == "u")]
    odd = next((t for t in kept if t.kind == "w" and t.text not in _GRAMMAR_WORDS), None)
    if odd is not None or not kept:
        raise LogParseError("syntax", **({"token": odd.text} if odd else {}))
    while kept and kept[0].text in _LEADS:
        kept = kept[1:]
    plan = planned if key is None else None  # another exercise: no plan, no planned load
    load: Load = (plan.load, plan.unit) if plan and plan.load is not None else (None, None)
    body = across(kept, plan.sets if plan else None)
    top = plan.rep_high if plan else rep_top
    sets = read_body(body, unit, load, unloaded and key is None, top)
    if not sets or len(sets) > MAX_SETS:
        raise LogParseError("syntax")
    return Part(key, tuple(sets))


# A workout typed in one message with a move no card holds ("squat 100kg 5x10, ..., also did
# 3x12 leg press 180kg and 4x15 cable kickbacks 20kg"): that move's part is left out and
# named, so the rest is read (the whole message was "I couldn't read that (at "cable")").
# Said of how the sets went, not a move's name: "felt heavy at 20kg".
_NOT_A_NAME = frozenset(["felt", "feel", "feels", "heavy", "easy", "hard", "tough", "light",
                         "great", "good", "fine", "sets", "set", "reps", "rep", "each", "side",
                         "with", "using", "at", "w", "band", "bands", "bodyweight", "bw", "extra",
                         "more"])  # fmt: skip
_UNKNOWN_NAME_WORDS = 3  # a move no card holds, named in a few words


def without_unknown(text: str, resolve: Callable[[str], str | None]) -> tuple[str, tuple[str, ...]]:
    """The text without the parts after the first that give sets to a name no card holds,
    and those names; the text as it was and () when there are none."""
    pieces = _CUT_KEPT.split(normalise(text.strip()))
    clauses = [part for clause in pieces[0::2] for part in _between_sets(clause)]
    kept: list[str] = []
    unknown: list[str] = []
    for i, clause in enumerate(clauses):
        name = _unknown_name(clause, resolve) if i > 0 else None
        if name is not None:
            unknown.append(name)
        elif clause.strip():
            kept.append(clause.strip())
    if not unknown or not kept:
        return text, ()
    return ", ".join(kept), tuple(unknown)


def _between_sets(clause: str) -> list[str]:
    """A clause cut at an "and" with sets on both sides ("leg press 180kg and 4x15 cable
    kickbacks 20kg"), which the story's cuts keep whole (an "and" before a number)."""
    halves = re.split(r"\s+and\s+", clause)
    if len(halves) > 1 and all(re.search(r"\d", h) for h in halves):
        return halves
    return [clause]


def _unknown_name(clause: str, resolve: Callable[[str], str | None]) -> str | None:
    """The name a clause gives sets to ("4x15 cable kickbacks 20kg": "cable kickbacks"),
    when no card holds it; None for a clause naming a card, or with no sets beyond doubt."""
    toks = tokenise(SIDE_RE.sub(" ", clause))
    if not any(t.kind == "N" for t in toks) or not any(t.kind in "xu" for t in toks):
        return None
    try:
        named, _ = _named(toks, resolve)
    except LogParseError:
        return None
    if named is not None:
        return None
    words = [t.text for t in toks if t.kind == "w" and t.text not in _SMALL_WORDS]
    if not words or len(words) > _UNKNOWN_NAME_WORDS or set(words) & _NOT_A_NAME:
        return None
    return " ".join(words)
