"""Importing a training log from Strong or Hevy (a CSV sent as a document).

Each exercise name is matched to a card by name or alias only, never by a guess; names with
no card are listed back and not imported. An exercise already logged on a day is skipped for
that day, so sending the same file twice (or the bot's own export) adds nothing. Imported days
are done sessions like any other, so the next workout's loads start from them.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy.orm import Session

from bot.coach import programs as prog
from bot.coach import schedule
from bot.coach.profile import Unit
from bot.coach.setlog import SetEntry
from bot.coach.status import ExerciseStatus, SessionStatus
from bot.coach.workout_csv import CsvSet, ParsedFile
from bot.runtime.services import Services
from bot.store import logs
from bot.store.models import ExerciseLog, User
from bot.training.people import Caller, person, planning, profile_of

IMPORT_PROGRAM = "import"
UPCOMING = 8  # workouts looked ahead for the rep ranges the person's program uses
IMPORT_LABEL = "CSV"  # an imported day's session label (/history says "imported")
# Equipment in a file's name ("Hip Thrust (Barbell)") that the card's plain name implies.
PLAIN_EQUIPMENT = {"barbell", "bodyweight", "body weight"}


@dataclass(frozen=True)
class Imported:
    app: str  # "strong" or "hevy"
    sets: int  # sets added
    days: int  # days with something added
    exercises: list[str]  # the cards' names, of what was added
    unmatched: list[tuple[str, int]]  # (the file's name, its sets): no card, not imported
    duplicates: int  # sets skipped: that exercise was already logged that day
    ignored: int  # rows that were not sets with reps
    first: date | None
    last: date | None


def card_for(svc: Services, name: str) -> str | None:
    """The card a file's exercise name means, by name or alias; None rather than a guess."""
    content = svc.content
    base, _, rest = name.partition("(")
    base, equipment = base.strip(), rest.rstrip(")").strip().lower()
    tries = [name]
    if equipment:
        tries.append(f"{equipment} {base}")
        if equipment in PLAIN_EQUIPMENT:
            tries.append(base)
    for candidate in tries:
        card = content.find_exercise(candidate)
        if card is not None:
            return card.id
    return None


def import_log(svc: Services, s: Session, caller: Caller, parsed: ParsedFile) -> Imported:
    now = svc.clock.now()
    user = person(s, caller, now)
    default_unit = user.unit or Unit.KG.value  # for files that don't say (some Strong ones)
    by_day: dict[date, dict[str, list[CsvSet]]] = {}
    unmatched: Counter[str] = Counter()
    for row in parsed.sets:
        card = card_for(svc, row.exercise)
        if card is None:
            unmatched[row.exercise] += 1
        else:
            by_day.setdefault(row.day, {}).setdefault(card, []).append(row)

    ranges = _program_ranges(svc, s, user, now)
    added: Counter[str] = Counter()
    days: list[date] = []
    duplicates = 0
    for day in sorted(by_day):
        session = logs.session_on(s, user.id, day)
        rows: dict[str, ExerciseLog] = {}
        if session is not None:
            rows = {log.exercise_id: log for log in logs.exercises_of(s, user.id, session.id)}
        fresh = {}
        for card, sets in by_day[day].items():
            if card in rows and rows[card].status == ExerciseStatus.DONE:
                duplicates += len(sets)
            else:
                fresh[card] = sets
        if not fresh:
            continue
        plan = [
            _plan_row(card, sets, default_unit, ranges.get(card)) for card, sets in fresh.items()
        ]
        if session is None:
            session = logs.open_session(s, user.id, day, IMPORT_PROGRAM, IMPORT_LABEL, plan, now)
            logs.finish_session(session, SessionStatus.DONE, now)
            rows = {log.exercise_id: log for log in logs.exercises_of(s, user.id, session.id)}
        for planned in plan:
            if planned.exercise_id not in rows:
                position = len(rows)
                rows[planned.exercise_id] = logs.add_exercise(
                    s, session.id, user.id, position, planned
                )
        for card, sets in fresh.items():
            entries = [SetEntry(x.reps, x.load, _unit(x, default_unit)) for x in sets]
            note = next((x.note for x in sets if x.note), None)
            logs.save_sets(s, rows[card], day, entries, note, now)
            added[card] += len(sets)
        days.append(day)

    names = [svc.content.exercises[card].name for card in added]
    return Imported(
        app=parsed.app,
        sets=sum(added.values()),
        days=len(days),
        exercises=names,
        unmatched=sorted(unmatched.items()),
        duplicates=duplicates,
        ignored=parsed.ignored,
        first=days[0] if days else None,
        last=days[-1] if days else None,
    )


def _unit(row: CsvSet, default_unit: str) -> Unit | None:
    if row.load is None:
        return None
    return row.unit or Unit(default_unit)


def _program_ranges(
    svc: Services, s: Session, user: User, now: datetime
) -> dict[str, tuple[int, int]]:
    """Each exercise's rep range in the person's next workouts. Loads carry over only between
    the same rep ranges (bot/coach/training.py), so imported days are planned with them.
    Asked before the file is stored: an import before any training starts the program with
    the next workout (what is imported is history before it)."""
    profile = profile_of(user)
    if profile is None:
        return {}
    ranges: dict[str, tuple[int, int]] = {}
    day = schedule.local_date(now, profile.tz)
    profile = planning(s, user, day) or profile
    for _ in range(UPCOMING):
        workout = prog.next_workout(svc.programs, profile, day)
        for p in workout.exercises:
            ranges.setdefault(p.exercise_id, (p.rep_low, p.rep_high))
        day = workout.day + timedelta(days=1)
    return ranges


def _plan_row(
    card: str, sets: list[CsvSet], default_unit: str, rep_range: tuple[int, int] | None
) -> logs.PlanRow:
    """The imported exercise as if planned: its program's rep range when it has one."""
    reps = [x.reps for x in sets]
    loads = [x for x in sets if x.load is not None]
    top = max(loads, key=lambda x: x.load or 0.0) if loads else None
    unit = top.unit.value if top is not None and top.unit is not None else default_unit
    low, high = rep_range or (min(reps), max(reps))
    return logs.PlanRow(card, len(sets), low, high, top.load if top else None, unit)
