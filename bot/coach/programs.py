"""Training programs per goal and place, and the workout they give on a given day.

Everything here is a pure function of the program book, the profile and a date:
- sessions rotate A, B, C… by `session_index`, the number of the person's training days
  from `started_on` up to the day, so a missed week or a late reply never shifts the plan;
- programs with emphases (compete) rotate heavy / medium / light the same way, so each
  exercise meets every rep range over a few weeks;
- steps change sets or reps from a given week: tone goes from 3 to 4 sets in week 4, band
  work climbs 20 -> 25 -> 30 reps.
Weeks count from the Monday of the week holding `started_on` (that week is week 1), so one
Monday-to-Sunday plan always has one week number. Loads are the progression module's job.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import yaml

from bot.coach.profile import Goal, Place, Profile

MAX_REPS = 100
MAX_SETS = 10
_ID_RE = re.compile(r"[a-z][a-z0-9_]*")
_SOURCE_RE = re.compile(r"\d{3}")
_LINE = "__line__"


@dataclass(frozen=True)
class PlannedExercise:
    exercise_id: str
    sets: int
    rep_low: int
    rep_high: int
    rest_seconds: int
    note_key: str | None = None  # e.g. "eccentric" (slow lowering), "constant_tension"


@dataclass(frozen=True)
class Workout:
    day: date
    session_label: str  # "A", "B", …
    week_number: int  # 1 = the week holding started_on
    exercises: tuple[PlannedExercise, ...]
    program_id: str


@dataclass(frozen=True)
class Emphasis:
    name: str  # heavy / medium / light
    rep_low: int
    rep_high: int
    rest_seconds: int


@dataclass(frozen=True)
class Slot:
    """One exercise as a session lists it, before emphasis and steps apply."""

    exercise_id: str
    sets: int
    reps: tuple[int, int] | None  # None: take the program's current emphasis
    rest_seconds: int
    note_key: str | None = None
    tag: str | None = None  # lets a step target this slot, e.g. "band"
    offset: int = 0  # shifts the emphasis for this slot


@dataclass(frozen=True)
class Session:
    label: str
    slots: tuple[Slot, ...]


@dataclass(frozen=True)
class Step:
    """From `from_week` on, slots with `tag` (all slots if None) get these sets and/or reps."""

    from_week: int
    tag: str | None
    sets: int | None
    reps: tuple[int, int] | None


@dataclass(frozen=True)
class Program:
    id: str
    goal: Goal
    place: Place
    why: str  # one line, the coach's own words
    sources: tuple[str, ...]  # article ids of content/sources.yaml ("000", …)
    sessions: tuple[Session, ...]
    emphases: tuple[Emphasis, ...] = ()
    steps: tuple[Step, ...] = ()  # sorted by from_week

    def session_at(self, index: int) -> Session:
        return self.sessions[index % len(self.sessions)]

    def plan(self, index: int, week: int) -> tuple[PlannedExercise, ...]:
        """The exercises of the `index`-th training session (0-based), in week `week`."""
        planned = []
        for slot in self.session_at(index).slots:
            sets, rest = slot.sets, slot.rest_seconds
            if slot.reps is None:
                emphasis = self.emphases[(index + slot.offset) % len(self.emphases)]
                reps = (emphasis.rep_low, emphasis.rep_high)
                rest = emphasis.rest_seconds
            else:
                reps = slot.reps
            for step in self.steps:
                if step.from_week <= week and step.tag in (None, slot.tag):
                    sets = step.sets or sets
                    reps = step.reps or reps
            planned.append(PlannedExercise(slot.exercise_id, sets, *reps, rest, slot.note_key))
        return tuple(planned)

    def exercise_ids(self) -> set[str]:
        return {slot.exercise_id for session in self.sessions for slot in session.slots}


class ProgramBook:
    """All programs, one per goal and place, plus the note texts and exercise availability."""

    def __init__(
        self,
        programs: Iterable[Program],
        notes: Mapping[str, str],
        available_at: Mapping[str, frozenset[Place]],
    ) -> None:
        self.programs = tuple(programs)
        self.notes = dict(notes)
        self.available_at = dict(available_at)
        self._by_key = {(p.goal, p.place): p for p in self.programs}

    def program_for(self, goal: Goal | str, place: Place | str) -> Program:
        try:
            return self._by_key[Goal(goal), Place(place)]
        except (KeyError, ValueError) as exc:
            raise LookupError(f"no program for goal {goal!s} at {place!s}") from exc

    def exercise_ids(self) -> set[str]:
        """Every exercise id any program uses (for cross-checking the exercise cards)."""
        return set().union(*(p.exercise_ids() for p in self.programs))

    def note(self, key: str) -> str:
        return self.notes[key]


# ---------------------------------------------------------------------------------------------
# Loading and validation


class _LineLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """Safe loader that records each mapping's line number under `__line__`."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    mapping = loader.construct_mapping(node, deep=True)
    mapping[_LINE] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


class _Checker:
    """Builds error messages that name the file, the line and the program."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.program: str | None = None

    def fail(self, where: Any, message: str) -> ValueError:
        line = where.get(_LINE) if isinstance(where, dict) else None
        place = f"{self.path}:{line}" if line else str(self.path)
        who = f" program {self.program!r}:" if self.program else ""
        return ValueError(f"{place}:{who} {message}")

    def keys(self, data: dict[str, Any], required: set[str], optional: set[str]) -> None:
        present = set(data) - {_LINE}
        if missing := required - present:
            raise self.fail(data, f"missing {', '.join(sorted(missing))}")
        if unknown := present - required - optional:
            raise self.fail(data, f"unknown key(s) {', '.join(sorted(map(str, unknown)))}")

    def int_in(self, where: Any, name: str, value: Any, low: int, high: int) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise self.fail(where, f"{name} must be a whole number {low}..{high}, got {value!r}")
        return value

    def reps(self, where: Any, value: Any) -> tuple[int, int]:
        text = str(value).strip()
        m = re.fullmatch(r"(\d+)\s*(?:-\s*(\d+))?", text)
        if isinstance(value, bool) or m is None:
            raise self.fail(where, f"bad rep range {value!r}: use '8-12' or a single number")
        low, high = int(m.group(1)), int(m.group(2) or m.group(1))
        if not 1 <= low <= high <= MAX_REPS:
            raise self.fail(where, f"bad rep range {value!r}: need 1 <= low <= high <= {MAX_REPS}")
        return low, high

    def ident(self, where: Any, name: str, value: Any) -> str:
        if not isinstance(value, str) or not _ID_RE.fullmatch(value):
            raise self.fail(where, f"{name} must be a lowercase id, got {value!r}")
        return value


def _parse_places(check: _Checker, raw: Any) -> dict[str, frozenset[Place]]:
    if not isinstance(raw, dict):
        raise check.fail(raw, "available_at must map exercise ids to lists of places")
    result = {}
    for exercise_id, places in raw.items():
        if exercise_id == _LINE:
            continue
        check.ident(raw, "exercise id", exercise_id)
        if not isinstance(places, list) or not places:
            raise check.fail(raw, f"available_at.{exercise_id} must be a non-empty list")
        try:
            result[exercise_id] = frozenset(Place(p) for p in places)
        except ValueError as exc:
            raise check.fail(raw, f"available_at.{exercise_id}: {exc}") from None
    return result


def _parse_notes(check: _Checker, raw: Any) -> dict[str, str]:
    if not isinstance(raw, dict):
        raise check.fail(raw, "notes must map note keys to text")
    notes = {}
    for key, text in raw.items():
        if key == _LINE:
            continue
        check.ident(raw, "note key", key)
        if not isinstance(text, str) or not text.strip():
            raise check.fail(raw, f"note {key!r} needs text")
        notes[key] = text.strip()
    return notes


@dataclass(frozen=True)
class _Context:
    notes: Mapping[str, str]
    available_at: Mapping[str, frozenset[Place]]
    card_places: Mapping[str, frozenset[str]] | None


def _parse_slot(
    check: _Checker, raw: Any, default_rest: int, place: Place, ctx: _Context, rotates: bool
) -> Slot:
    if not isinstance(raw, dict):
        raise check.fail(raw, f"session entries must be mappings, got {raw!r}")
    check.keys(raw, {"exercise", "sets", "reps"}, {"rest_seconds", "note", "tag", "offset"})
    exercise_id = check.ident(raw, "exercise", raw["exercise"])
    if exercise_id not in ctx.available_at:
        raise check.fail(raw, f"unknown exercise {exercise_id!r}")
    if place not in ctx.available_at[exercise_id]:
        raise check.fail(raw, f"{exercise_id} is not available at {place}")
    if ctx.card_places is not None:
        if exercise_id not in ctx.card_places:
            raise check.fail(raw, f"{exercise_id} has no exercise card")
        if place not in ctx.card_places[exercise_id]:
            raise check.fail(raw, f"the {exercise_id} card does not list {place}")
    if raw["reps"] == "rotate":
        if not rotates:
            raise check.fail(raw, "reps: rotate needs the program's emphases")
        reps = None
    else:
        reps = check.reps(raw, raw["reps"])
    note = raw.get("note")
    if note is not None and note not in ctx.notes:
        raise check.fail(raw, f"unknown note {note!r}")
    tag = raw.get("tag")
    return Slot(
        exercise_id=exercise_id,
        sets=check.int_in(raw, "sets", raw["sets"], 1, MAX_SETS),
        reps=reps,
        rest_seconds=check.int_in(
            raw, "rest_seconds", raw.get("rest_seconds", default_rest), 0, 600
        ),
        note_key=note,
        tag=None if tag is None else check.ident(raw, "tag", tag),
        offset=check.int_in(raw, "offset", raw.get("offset", 0), 0, 10),
    )


def _parse_program(check: _Checker, raw: Any, ctx: _Context) -> Program:
    if not isinstance(raw, dict):
        raise check.fail(raw, f"programs must be mappings, got {raw!r}")
    check.program = str(raw.get("id", "?"))
    check.keys(
        raw,
        {"id", "goal", "place", "why", "sources", "sessions"},
        {"rest_seconds", "emphases", "steps"},
    )
    program_id = check.ident(raw, "id", raw["id"])
    try:
        goal = Goal(raw["goal"])
    except ValueError:
        raise check.fail(raw, f"unknown goal {raw['goal']!r}") from None
    try:
        place = Place(raw["place"])
    except ValueError:
        raise check.fail(raw, f"unknown place {raw['place']!r}") from None
    why = raw["why"]
    if not isinstance(why, str) or not why.strip() or "\n" in why.strip():
        raise check.fail(raw, "why must be one non-empty line")
    sources = raw["sources"]
    if not isinstance(sources, list) or not sources:
        raise check.fail(raw, "sources must be a non-empty list")
    for source in sources:
        if not isinstance(source, str) or not _SOURCE_RE.fullmatch(source):
            raise check.fail(raw, f"bad source {source!r}: use an article id like '000'")
    rest = check.int_in(raw, "rest_seconds", raw.get("rest_seconds", 60), 0, 600)

    emphases = []
    for item in raw.get("emphases") or []:
        if not isinstance(item, dict):
            raise check.fail(raw, f"emphases entries must be mappings, got {item!r}")
        check.keys(item, {"name", "reps"}, {"rest_seconds"})
        low, high = check.reps(item, item["reps"])
        item_rest = check.int_in(item, "rest_seconds", item.get("rest_seconds", rest), 0, 600)
        emphases.append(Emphasis(check.ident(item, "name", item["name"]), low, high, item_rest))

    raw_sessions = raw["sessions"]
    if not isinstance(raw_sessions, dict) or not set(raw_sessions) - {_LINE}:
        raise check.fail(raw, "sessions must be a non-empty mapping of label -> exercises")
    sessions = []
    for label, entries in raw_sessions.items():
        if label == _LINE:
            continue
        if not isinstance(label, str) or not label:
            raise check.fail(raw_sessions, f"bad session label {label!r}")
        if not isinstance(entries, list) or not entries:
            raise check.fail(raw_sessions, f"session {label} has no exercises")
        slots = tuple(
            _parse_slot(check, entry, rest, place, ctx, bool(emphases)) for entry in entries
        )
        sessions.append(Session(label, slots))

    tags = {slot.tag for s in sessions for slot in s.slots} - {None}
    steps = []
    for item in raw.get("steps") or []:
        if not isinstance(item, dict):
            raise check.fail(raw, f"steps entries must be mappings, got {item!r}")
        check.keys(item, {"from_week"}, {"tag", "sets", "reps"})
        if "sets" not in item and "reps" not in item:
            raise check.fail(item, "a step needs sets or reps")
        tag = item.get("tag")
        if tag is not None and tag not in tags:
            raise check.fail(item, f"step tag {tag!r} matches no exercise")
        steps.append(
            Step(
                from_week=check.int_in(item, "from_week", item["from_week"], 1, 520),
                tag=tag,
                sets=check.int_in(item, "sets", item["sets"], 1, MAX_SETS)
                if "sets" in item
                else None,
                reps=check.reps(item, item["reps"]) if "reps" in item else None,
            )
        )
    steps.sort(key=lambda s: s.from_week)

    return Program(
        id=program_id,
        goal=goal,
        place=place,
        why=why.strip(),
        sources=tuple(sources),
        sessions=tuple(sessions),
        emphases=tuple(emphases),
        steps=tuple(steps),
    )


def load_programs(
    path: Path, *, exercise_places: Mapping[str, Iterable[str]] | None = None
) -> ProgramBook:
    """Load and validate a programs file; any problem raises ValueError naming the file, the
    line and the program. Every goal needs a program at every place.

    `exercise_places` (exercise id -> places, from the exercise cards) adds a check that every
    exercise a program uses has a card listing the program's place."""
    check = _Checker(path)
    try:
        text = path.read_text(encoding="utf-8")
        data = yaml.load(text, Loader=_LineLoader)  # a SafeLoader subclass
    except yaml.YAMLError as exc:
        raise ValueError(f"{path}: not valid YAML: {exc}") from None
    if not isinstance(data, dict):
        raise check.fail(data, "expected a mapping with notes, available_at and programs")
    check.keys(data, {"notes", "available_at", "programs"}, set())
    notes = _parse_notes(check, data["notes"])
    available_at = _parse_places(check, data["available_at"])
    if not isinstance(data["programs"], list) or not data["programs"]:
        raise check.fail(data, "programs must be a non-empty list")

    card_places = (
        None
        if exercise_places is None
        else {k: frozenset(map(str, v)) for k, v in exercise_places.items()}
    )
    ctx = _Context(notes, available_at, card_places)
    programs: list[Program] = []
    seen_ids: set[str] = set()
    seen_keys: set[tuple[Goal, Place]] = set()
    for raw in data["programs"]:
        program = _parse_program(check, raw, ctx)
        if program.id in seen_ids:
            raise check.fail(raw, "duplicate program id")
        if (program.goal, program.place) in seen_keys:
            raise check.fail(raw, f"a second program for {program.goal} at {program.place}")
        seen_ids.add(program.id)
        seen_keys.add((program.goal, program.place))
        programs.append(program)
        check.program = None
    for goal in Goal:
        for place in Place:
            if (goal, place) not in seen_keys:
                raise check.fail(data, f"no program for goal {goal} at {place}")
    return ProgramBook(programs, notes, available_at)


# ---------------------------------------------------------------------------------------------
# Calendar


def _start(profile: Profile) -> date:
    if profile.started_on is None:
        raise ValueError("profile has no started_on date; set it when the program begins")
    return profile.started_on


def session_index(profile: Profile, day: date) -> int:
    """Training days (weekdays in `profile.days`) from `started_on` (inclusive) up to `day`
    (exclusive): the 0-based number of the session falling on `day`."""
    start = _start(profile)
    span = (day - start).days
    if span <= 0:
        return 0
    days = set(profile.days)
    weeks, rest = divmod(span, 7)
    return weeks * len(days) + sum((start.weekday() + i) % 7 in days for i in range(rest))


def week_number(profile: Profile, day: date) -> int:
    """1 for the Monday-to-Sunday week holding `started_on`, 2 for the next, and so on."""
    start = _start(profile)
    first_monday = start - timedelta(days=start.weekday())
    return max(1, (day - first_monday).days // 7 + 1)


def workout_for(book: ProgramBook, profile: Profile, day: date) -> Workout | None:
    """The workout on `day`, or None if `day` is not a training day (or before the start)."""
    if day.weekday() not in profile.days or day < _start(profile):
        return None
    program = book.program_for(profile.goal, profile.place)
    index = session_index(profile, day)
    week = week_number(profile, day)
    return Workout(
        day=day,
        session_label=program.session_at(index).label,
        week_number=week,
        exercises=program.plan(index, week),
        program_id=program.id,
    )


def week_plan(book: ProgramBook, profile: Profile, week_start: date) -> list[Workout]:
    """The workouts of the Monday-to-Sunday week holding `week_start`, in order."""
    monday = week_start - timedelta(days=week_start.weekday())
    days = (monday + timedelta(days=i) for i in range(7))
    return [w for d in days if (w := workout_for(book, profile, d)) is not None]


def next_workout(book: ProgramBook, profile: Profile, from_day: date) -> Workout:
    """Today's workout if `from_day` is a training day, else the next one."""
    if not profile.days:
        raise ValueError("profile has no training days")
    first = max(from_day, _start(profile))
    for offset in range(7):
        workout = workout_for(book, profile, first + timedelta(days=offset))
        if workout is not None:
            return workout
    raise ValueError(f"no training day in {sorted(profile.days)}")  # days outside 0..6
