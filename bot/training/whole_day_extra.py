"""Extra sets told with the whole day: "did it all plus 2 extra sets on the first one",
"did everything and one more set of hip thrusts". The day is saved as the plan
(whole_day.py) and that move gets the sets said more, at its planned reps and load. Before,
the number in it made it no whole day at all: "I don't know that one yet", nothing saved."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from bot.coach.compose import named_cards
from bot.coach.move_named import is_variant
from bot.coach.profile import Unit
from bot.coach.setlog import SetEntry
from bot.coach.setlog_body import read_body, readable, tokenise
from bot.runtime.services import Services
from bot.store.models import ExerciseLog

_COUNT = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
_PLACES = {"first": 0, "1st": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2, "last": -1}
_N = r"[1-5]|a|an|one|two|three|four|five"
_EXTRA = re.compile(
    r"(?:[\s,.!;:-]*(?:\bplus\b|\band\b|\bwith\b|\+)\s+|\s*[,;]\s*)(?:i\s+)?"
    rf"(?:(?:did\s+)?(?P<n>{_N})\s+(?:extra|more|additional|bonus)|added\s+(?P<added>{_N})"
    r"(?:\s+(?:extra|more))?)\s+sets?\s+(?:on|of|for|to|in)\s+"
    r"(?:the |my )?(?P<which>[^\W\d_][\w' -]*?)(?: (?:one|move|exercise))?[\s.!]*"
    r"(?=$|[,;]|\s(?:but|and|though)\s)",
    re.I,
)
# "... plus 2 extra sets on hip thrust and 1 on deadlift": more for another move, said after
_AND_MORE = re.compile(
    r"\s*(?:,|;|\band\b|\bplus\b|\+)\s*(?:and\s+|also\s+)?(?:i\s+)?(?:did\s+)?"
    rf"(?P<n>{_N})\s+(?:(?:extra|more|additional|bonus)\s+)?(?:sets?\s+)?(?:on|of|for|to|in)\s+"
    r"(?:the |my )?(?P<which>[^\W\d_][\w' -]*?)(?: (?:one|move|exercise))?[\s.!]*"
    r"(?=$|[,;]|\s(?:but|and|though|plus)\s)",
    re.I,
)
# "did it all but only 15 reps on the lunges", "..., just 2 sets of the bridges": fewer
_FEWER = re.compile(
    r"(?:[\s,.!;:-]*\b(?:but|and|though)\b\s+|\s*[,;]\s*)(?:i\s+)?(?:only|just)\s+"
    r"(?:did\s+|managed\s+|got\s+)?(?P<n>\d+)\s+(?P<what>reps?|sets?)\s+(?:each\s+)?"
    r"(?:on|of|for|in|with)\s+(?:the |my )?(?P<which>[^\W\d_][\w' -]*?)[\s.!]*"
    r"(?=$|[,;]|\s(?:but|and|though)\s)",
    re.I,
)

# "supermans 15 15, rest all done", "did it all but only 15 15 on the supermans": one move's
# sets as typed, the rest of the day as planned (before, the rest was a remark, unsaved)
_REST = (
    r"(?:and\s+|but\s+)?(?:i\s+)?(?:did\s+(?:all\s+)?the\s+(?:rest|others)(?:\s+of\s+(?:it|them))?"
    r"(?:\s+as\s+(?:planned|normal|usual))?"
    r"|did\s+everything\s+else|(?:(?:all\s+)?the\s+rest|rest|everything\s+else|all\s+else"
    r"|(?:all\s+)?the\s+others)(?:\s+of\s+(?:it|them))?(?:\s+(?:was|were|is|are))?(?:\s+all)?"
    r"\s+(?:done|as\s+planned|as\s+per\s+(?:the\s+)?plan|per\s+plan|to\s+plan|finished"
    r"|completed|as\s+normal|as\s+usual))"
)
_SETS = r"(?P<sets>\d[\w.@×/ ]*?(?:\s*,\s*\d[\w.@×/ ]*?)*)"
_TOLD_FIRST = re.compile(
    rf"^(?:i\s+did\s+|did\s+)?(?:the\s+|my\s+)?(?P<which>[^\W\d_][\w' -]*?)\s+{_SETS}"
    rf"\s*(?:[,;.!-]+\s*|\s+){_REST}[\s.!]*$",
    re.I,
)
_FEWER_LISTED = re.compile(
    r"(?:[\s,.!;:-]*\b(?:but|and|though)\b\s+|\s*[,;]\s*)(?:i\s+)?(?:only|just)\s+"
    r"(?:did\s+|managed\s+|got\s+)?(?P<sets>\d+(?:\s*[, ]\s*\d+)+)(?:\s+reps)?\s+"
    r"(?:on|of|for|in|with)\s+(?:the |my )?(?P<which>[^\W\d_][\w' -]*?)[\s.!]*"
    r"(?=$|[,;]|\s(?:but|and|though)\s)",
    re.I,
)


@dataclass(frozen=True)
class ExtraSets:
    """How many sets more, and of which move as said ("first", "last", "hip thrusts"); kind
    "reps" or "sets": only that many reps in each set, or only that many sets; "told": the
    sets as typed (`sets`, "15 15"), at the planned load unless one is typed."""

    count: int
    which: str
    kind: str = "more"
    sets: str = ""

    def applied(self, entries: tuple[SetEntry, ...], unit: Unit = Unit.KG) -> tuple[SetEntry, ...]:
        """A move's planned sets as told: more of the last, fewer, other reps, or as typed."""
        if self.kind == "told":
            planned = (entries[0].load, entries[0].unit) if entries else (None, None)
            return tuple(read_body(tokenise(self.sets), unit, planned))
        if self.kind == "more":
            return entries + (entries[-1],) * self.count
        if self.kind == "sets":
            return entries[: self.count]
        return tuple(replace(e, reps=self.count) for e in entries)


def extra_said(text: str) -> tuple[ExtraSets, ...]:
    """The sets told more or fewer than planned, each with its move as said: none, one, or
    more moves told more of ("... plus 2 extra sets on hip thrust and 1 on deadlift")."""
    said: list[ExtraSets] = []
    if (told := _told(text)) is not None:
        return (told,)
    fewer = _FEWER.search(text)
    if fewer is not None and 1 <= int(fewer["n"]) <= 50:
        kind = "sets" if fewer["what"].startswith("set") else "reps"
        said.append(ExtraSets(int(fewer["n"]), fewer["which"].strip().lower(), kind))
    found = _EXTRA.search(text)
    while found is not None:
        n = (found["n"] or found.groupdict().get("added") or "").lower()
        said.append(ExtraSets(int(n) if n.isdigit() else _COUNT[n], found["which"].strip().lower()))
        found = _AND_MORE.match(text, found.end())
    return tuple(said)


def _told(text: str) -> ExtraSets | None:
    """One move's sets as typed, with the rest of the day told done."""
    found = _TOLD_FIRST.match(text.strip()) or _FEWER_LISTED.search(text)
    if found is None or not readable(tokenise(found["sets"]), Unit.KG):
        return None
    return ExtraSets(0, found["which"].strip().lower(), "told", found["sets"].strip())


def rest_told(text: str) -> bool:
    """Whether the text tells one move's sets and the rest of the day done."""
    return _told(text) is not None


def without_extra(text: str) -> str:
    """The text without the extra sets said in it ("supermans 15 15, rest all done": the
    whole day said, as "did it all")."""
    if _TOLD_FIRST.match(text.strip()) and _told(text) is not None:
        return "did it all"
    if _told(text) is not None:
        return _FEWER_LISTED.sub("", text, count=1)
    found = _EXTRA.search(text)
    if found is not None:
        end = found.end()
        while (after := _AND_MORE.match(text, end)) is not None:
            end = after.end()
        text = text[: found.start()] + text[end:]
    return _FEWER.sub("", text, count=1)


def extra_move(svc: Services, exercises: list[ExerciseLog], said: ExtraSets) -> set[int] | None:
    """The ids of the day's entries the sets told are of: by its place in the workout ("the
    first one") or its name (fewer reps or sets: each move of its family, "the lunges");
    None when neither is one of the day's moves."""
    if said.which in _PLACES:
        at = _PLACES[said.which]
        return {exercises[at].id} if -len(exercises) <= at < len(exercises) else None
    cards = named_cards(svc.content, said.which)
    held = [
        x
        for x in exercises
        if any(x.exercise_id == c or is_variant(svc.content, c, x.exercise_id) for c in cards)
    ]
    typed = _stems(said.which)  # "the lunges": the skater and walking lunge, not the split squat
    held = [x for x in held if typed <= _stems(svc.content.exercises[x.exercise_id].name)] or held
    if len(held) == 1 or (held and said.kind in ("reps", "sets")):
        return {x.id for x in held}
    return None


def _stems(name: str) -> set[str]:
    return {w.removesuffix("s") for w in re.findall(r"[a-z]+", name.lower())}
