"""Loader for content/programs.yaml: one program per goal and place, checked against the
exercise cards (which exercise can be done where), the sources and the goals."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from bot.coach.knowledge import Equipment, Exercise, Source
from bot.coach.profile import Goal, Place
from bot.coach.programs import (
    MAX_REPS,
    MAX_SETS,
    Emphasis,
    Program,
    ProgramBook,
    Session,
    Slot,
    Step,
)
from bot.content.reader import ContentError, YamlList, YamlMap, read_map_file

_ID_RE = re.compile(r"[a-z][a-z0-9_]*")
_REPS_RE = re.compile(r"(\d+)\s*(?:-\s*(\d+))?")
MAX_REST = 600  # seconds


class _Checker:
    """Builds errors that name the file, the line and the program."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.program: str | None = None

    def fail(self, where: Any, message: str, key: Any = None) -> ContentError:
        line = None
        if isinstance(where, YamlMap | YamlList):
            line = where.line_of(key) if key is not None else where.line
        return ContentError(self.path, message, self.program, line, kind="program")

    def mapping(self, raw: Any, what: str) -> YamlMap:
        if not isinstance(raw, YamlMap):
            raise self.fail(raw, f"{what} must be mappings, got {raw!r}")
        return raw

    def keys(self, data: YamlMap, required: set[str], optional: set[str]) -> None:
        present = set(data)
        if missing := required - present:
            raise self.fail(data, f"missing {', '.join(sorted(missing))}")
        if unknown := present - required - optional:
            raise self.fail(data, f"unknown key(s) {', '.join(sorted(map(str, unknown)))}")

    def int_in(self, where: YamlMap, name: str, default: Any, low: int, high: int) -> int:
        value = where.get(name, default)
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise self.fail(
                where, f"{name} must be a whole number {low}..{high}, got {value!r}", name
            )
        return value

    def reps(self, where: YamlMap, key: str) -> tuple[int, int]:
        value = where[key]
        m = _REPS_RE.fullmatch(str(value).strip())
        if isinstance(value, bool) or m is None:
            raise self.fail(where, f"bad rep range {value!r}: use '8-12' or a single number", key)
        low, high = int(m.group(1)), int(m.group(2) or m.group(1))
        if not 1 <= low <= high <= MAX_REPS:
            raise self.fail(
                where, f"bad rep range {value!r}: need 1 <= low <= high <= {MAX_REPS}", key
            )
        return low, high

    def ident(self, where: YamlMap, name: str, value: Any, key: Any = None) -> str:
        if not isinstance(value, str) or not _ID_RE.fullmatch(value):
            raise self.fail(where, f"{name} must be a lowercase id, got {value!r}", key)
        return value


def _parse_notes(check: _Checker, raw: Any) -> dict[str, str]:
    if not isinstance(raw, YamlMap):
        raise check.fail(raw, "notes must map note keys to text")
    notes = {}
    for key, text in raw.items():
        check.ident(raw, "note key", key, key)
        if not isinstance(text, str) or not text.strip():
            raise check.fail(raw, f"note {key!r} needs text", key)
        notes[key] = text.strip()
    return notes


class _Parser:
    """Turns the raw programs into Programs, checking every reference."""

    def __init__(
        self,
        check: _Checker,
        notes: Mapping[str, str],
        exercises: Mapping[str, Exercise],
        sources: Mapping[str, Source],
    ) -> None:
        self.check, self.notes, self.exercises, self.sources = check, notes, exercises, sources

    def slot(self, raw: Any, default_rest: int, place: Place, rotates: bool) -> Slot:
        check = self.check
        raw = check.mapping(raw, "session entries")
        check.keys(raw, {"exercise", "sets", "reps"}, {"rest_seconds", "note", "tag", "offset"})
        exercise_id = check.ident(raw, "exercise", raw["exercise"], "exercise")
        card = self.exercises.get(exercise_id)
        if card is None:
            raise check.fail(
                raw, f"unknown exercise {exercise_id!r}: no card in exercises.yaml", "exercise"
            )
        if place not in card.places:
            listed = ", ".join(card.places)
            raise check.fail(
                raw,
                f"{exercise_id} is not available at {place}: its card lists {listed}",
                "exercise",
            )
        if raw["reps"] == "rotate":
            if not rotates:
                raise check.fail(raw, "reps: rotate needs the program's emphases", "reps")
            reps = None
        else:
            reps = check.reps(raw, "reps")
        note = raw.get("note")
        if note is not None and (not isinstance(note, str) or note not in self.notes):
            raise check.fail(raw, f"unknown note {note!r}", "note")
        tag = raw.get("tag")
        return Slot(
            exercise_id=exercise_id,
            sets=check.int_in(raw, "sets", None, 1, MAX_SETS),
            reps=reps,
            rest_seconds=check.int_in(raw, "rest_seconds", default_rest, 0, MAX_REST),
            note_key=note,
            tag=None if tag is None else check.ident(raw, "tag", tag, "tag"),
            offset=check.int_in(raw, "offset", 0, 0, 10),
        )

    def emphases(self, raw: YamlMap, rest: int) -> list[Emphasis]:
        check = self.check
        out = []
        for item in raw.get("emphases") or []:
            item = check.mapping(item, "emphases entries")
            check.keys(item, {"name", "reps"}, {"rest_seconds"})
            low, high = check.reps(item, "reps")
            item_rest = check.int_in(item, "rest_seconds", rest, 0, MAX_REST)
            out.append(
                Emphasis(check.ident(item, "name", item["name"], "name"), low, high, item_rest)
            )
        return out

    def sessions(self, raw: YamlMap, rest: int, place: Place, rotates: bool) -> list[Session]:
        check = self.check
        raw_sessions = raw["sessions"]
        if not isinstance(raw_sessions, YamlMap) or not raw_sessions:
            raise check.fail(
                raw, "sessions must be a non-empty mapping of label -> exercises", "sessions"
            )
        sessions = []
        for label, entries in raw_sessions.items():
            if not isinstance(label, str) or not label:
                raise check.fail(raw_sessions, f"bad session label {label!r}", label)
            if not isinstance(entries, list) or not entries:
                raise check.fail(raw_sessions, f"session {label} has no exercises", label)
            slots = tuple(self.slot(entry, rest, place, rotates) for entry in entries)
            sessions.append(Session(label, slots))
        return sessions

    def steps(self, raw: YamlMap, sessions: list[Session]) -> list[Step]:
        check = self.check
        tags = {slot.tag for s in sessions for slot in s.slots} - {None}
        steps = []
        for item in raw.get("steps") or []:
            item = check.mapping(item, "steps entries")
            check.keys(item, {"from_week"}, {"tag", "sets", "reps"})
            if "sets" not in item and "reps" not in item:
                raise check.fail(item, "a step needs sets or reps")
            tag = item.get("tag")
            if tag is not None and (not isinstance(tag, str) or tag not in tags):
                raise check.fail(item, f"step tag {tag!r} matches no exercise", "tag")
            sets = check.int_in(item, "sets", None, 1, MAX_SETS) if "sets" in item else None
            reps = check.reps(item, "reps") if "reps" in item else None
            from_week = check.int_in(item, "from_week", None, 1, 520)
            steps.append(Step(from_week=from_week, tag=tag, sets=sets, reps=reps))
        return sorted(steps, key=lambda s: s.from_week)

    def cited(self, plan_sources: list[str], sessions: list[Session]) -> tuple[str, ...]:
        """The articles a program cites: those its plan follows (`sources`: sets, reps,
        days), then, for each exercise it uses (a beginner's easier variation included) that
        none of those names, the first article its card cites. So every exercise of the
        program is named in an article the program cites, and the list is derived from the
        exercises, never written by hand for them."""
        cited = list(dict.fromkeys(plan_sources))
        used = [slot.exercise_id for session in sessions for slot in session.slots]
        used += [easier for x in used if (easier := self.exercises[x].easier) is not None]
        for exercise_id in dict.fromkeys(used):
            card = self.exercises[exercise_id]
            if not set(card.sources) & set(cited):
                cited.append(card.sources[0])
        return tuple(cited)

    def program(self, raw: Any) -> Program:
        check = self.check
        raw = check.mapping(raw, "programs")
        check.program = str(raw.get("id", "?"))
        check.keys(
            raw,
            {"id", "goal", "place", "why", "sources", "sessions"},
            {"rest_seconds", "emphases", "steps", "why_without_bands"},
        )
        program_id = check.ident(raw, "id", raw["id"], "id")
        try:
            goal = Goal(raw["goal"])
        except ValueError:
            raise check.fail(raw, f"unknown goal {raw['goal']!r}", "goal") from None
        try:
            place = Place(raw["place"])
        except ValueError:
            raise check.fail(raw, f"unknown place {raw['place']!r}", "place") from None
        why = raw["why"]
        if not isinstance(why, str) or not why.strip() or "\n" in why.strip():
            raise check.fail(raw, "why must be one non-empty line", "why")
        bandless = raw.get("why_without_bands")
        if bandless is not None and (not isinstance(bandless, str) or "\n" in bandless.strip()):
            raise check.fail(raw, "why_without_bands must be one line", "why_without_bands")
        sources = raw["sources"]
        if not isinstance(sources, list) or not sources:
            raise check.fail(raw, "sources must be a non-empty list", "sources")
        for source in sources:
            if not isinstance(source, str) or source not in self.sources:
                raise check.fail(
                    raw, f"unknown source {source!r}: use an article id of sources.yaml", "sources"
                )
        rest = check.int_in(raw, "rest_seconds", 60, 0, MAX_REST)
        emphases = self.emphases(raw, rest)
        sessions = self.sessions(raw, rest, place, bool(emphases))
        return Program(
            id=program_id,
            goal=goal,
            place=place,
            why=why.strip(),
            sources=self.cited(sources, sessions),
            sessions=tuple(sessions),
            emphases=tuple(emphases),
            steps=tuple(self.steps(raw, sessions)),
            rest_seconds=rest,
            why_without_bands=bandless.strip() if bandless else None,
        )


def load_programs(
    path: Path,
    *,
    exercises: Mapping[str, Exercise],
    sources: Mapping[str, Source],
    goals: Iterable[Goal] = tuple(Goal),
) -> ProgramBook:
    """programs.yaml as a ProgramBook. Every exercise a program uses needs a card that lists
    the program's place, and every goal needs a program at every place."""
    check = _Checker(path)
    data = read_map_file(path, "notes and programs")
    check.keys(data, {"notes", "programs"}, set())
    notes = _parse_notes(check, data["notes"])
    raw_programs = data["programs"]
    if not isinstance(raw_programs, YamlList) or not raw_programs:
        raise check.fail(data, "programs must be a non-empty list", "programs")

    parser = _Parser(check, notes, exercises, sources)
    programs: list[Program] = []
    seen_ids: set[str] = set()
    seen_keys: set[tuple[Goal, Place]] = set()
    for raw in raw_programs:
        program = parser.program(raw)
        if program.id in seen_ids:
            raise check.fail(raw, "duplicate program id", "id")
        if (program.goal, program.place) in seen_keys:
            raise check.fail(raw, f"a second program for {program.goal} at {program.place}")
        seen_ids.add(program.id)
        seen_keys.add((program.goal, program.place))
        programs.append(program)
        check.program = None
    for goal in goals:
        for place in Place:
            if (goal, place) not in seen_keys:
                raise check.fail(data, f"no program for goal {goal} at {place}", "programs")
    easier = {x.id: x.easier for x in exercises.values() if x.easier is not None}
    ball_moves = {x.id for x in exercises.values() if Equipment.BALL in x.equipment}
    return ProgramBook(programs, notes, easier, ball_moves)
