"""Numbers for the weekly recap and the charts: hard sets, records, streaks, load series.

Weeks start on Monday; any date passed as a week is moved back to its Monday. A logged
set with a load but no unit is taken as kg.

What the figures mean to a lifter (issue 11):
- A hard set is a work set of at most HARD_SET_MAX_REPS reps in a slot planned at no more
  than that: the heavy, medium and light ranges (3-8, 8-12, 12-20). Long band and bridge
  sets of 20-30 reps are finishing work and are not counted.
- A load record is a heavier load than before for the same reps or more: the set beats an
  earlier set of the exercise on both load and reps, and no earlier set had as much load
  for as many reps. Sets without a load (bodyweight, bands) are never load records.
- A week's sessions are the planned ones done, at most as many as were planned; sessions
  beyond the plan, or of single exercises, are extras.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from bot.coach.profile import Unit
from bot.coach.progression import convert, epley_factor

MUSCLE_GROUPS = ("glutes", "hamstrings")  # always present in weekly_hard_sets
HARD_SET_MAX_REPS = 20  # the top of the light range; 20-30-rep band sets are not hard sets
# A load converted to the other unit is shown to the nearest half kilo or whole pound: what a
# lifter reads off plates, not a conversion's decimals.
SHOWN_STEP = {Unit.KG: 0.5, Unit.LB: 1.0}


@dataclass(frozen=True)
class LoggedSet:
    day: date
    exercise_id: str
    set_no: int
    reps: int
    load: float | None
    unit: Unit | None
    rep_high: int | None = None  # the top of the slot's planned range, when known


def monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _kg(s: LoggedSet) -> float:
    """Load in kg; bodyweight and band sets count as 0, so reps decide between them."""
    return 0.0 if s.load is None else convert(s.load, s.unit or Unit.KG, Unit.KG)


def weekly_hard_sets(
    sets: Iterable[LoggedSet], muscles_of: Callable[[str], Sequence[str]], week_start: date
) -> dict[str, int]:
    """Hard sets (is_hard_set) per muscle group in the week holding `week_start`. A set
    counts once for every muscle its exercise lists."""
    start = monday(week_start)
    end = start + timedelta(days=7)
    counts = dict.fromkeys(MUSCLE_GROUPS, 0)
    for s in sets:
        if start <= s.day < end and is_hard_set(s):
            for muscle in muscles_of(s.exercise_id):
                counts[muscle] = counts.get(muscle, 0) + 1
    return counts


def is_hard_set(s: LoggedSet) -> bool:
    """1 to HARD_SET_MAX_REPS reps, in a slot planned at no more than that."""
    planned_top = s.rep_high if s.rep_high is not None else s.reps
    return 1 <= s.reps <= HARD_SET_MAX_REPS and planned_top <= HARD_SET_MAX_REPS


def _better(a: LoggedSet, b: LoggedSet) -> bool:
    """a beats b: heavier in kg, then more reps; an equal set later is not a record."""
    return (_kg(a), a.reps) > (_kg(b), b.reps)


def records(sets: Iterable[LoggedSet]) -> dict[str, LoggedSet]:
    """Best set per exercise; on a tie the earliest one keeps the record."""
    best: dict[str, LoggedSet] = {}
    for s in sorted(sets, key=lambda s: (s.day, s.set_no)):
        if s.reps < 1:
            continue
        current = best.get(s.exercise_id)
        if current is None or _better(s, current):
            best[s.exercise_id] = s
    return best


def new_records(
    before: Iterable[LoggedSet], this_week: Iterable[LoggedSet]
) -> dict[str, LoggedSet]:
    """This week's load records per exercise (the heaviest, then most reps, when several):
    sets heavier than a set before the week done for no more reps, with no set before the
    week as heavy for as many reps. An exercise logged for the first
    time has nothing to beat; more reps at the same or a lighter load are not a record."""
    return {ex: pair[0] for ex, pair in load_records(before, this_week).items()}


def load_records(
    before: Iterable[LoggedSet], this_week: Iterable[LoggedSet]
) -> dict[str, tuple[LoggedSet, LoggedSet]]:
    """new_records with, for each, the earlier set it beat (the heaviest such)."""
    history: dict[str, list[LoggedSet]] = defaultdict(list)
    for s in before:
        if s.load is not None and s.reps >= 1:
            history[s.exercise_id].append(s)
    found: dict[str, tuple[LoggedSet, LoggedSet]] = {}
    for s in sorted(this_week, key=lambda s: (s.day, s.set_no)):
        if s.load is None or s.reps < 1:
            continue
        earlier = history[s.exercise_id]
        kg = _kg(s)
        matched = any(_kg(e) >= kg - 1e-6 and e.reps >= s.reps for e in earlier)
        beaten = [e for e in earlier if _kg(e) < kg - 1e-6 and e.reps <= s.reps]
        if beaten and not matched:
            current = found.get(s.exercise_id)
            if current is None or (kg, s.reps) > (_kg(current[0]), current[0].reps):
                found[s.exercise_id] = (s, max(beaten, key=lambda e: (_kg(e), e.reps)))
    return found


def planned_sessions_done(planned: int, done_program: int, done_extra: int) -> tuple[int, int]:
    """(planned sessions done, extra sessions): program sessions count against the plan up
    to the number planned; the rest, and sessions of single exercises, are extra."""
    counted = min(done_program, planned)
    return counted, done_program - counted + done_extra


def _by_monday(counts: Mapping[date, int]) -> dict[date, int]:
    out: dict[date, int] = defaultdict(int)
    for day, n in counts.items():
        out[monday(day)] += n
    return out


def weekly_streak(
    planned_days_by_week: Mapping[date, int],
    done_days_by_week: Mapping[date, int],
    current_week: date,
) -> int:
    """Consecutive weeks, ending now, in which every planned session was done.

    The current week counts once it is complete; until then it is a grace week that
    neither adds to nor breaks the streak. A week with nothing planned ends the streak.
    """
    planned = _by_monday(planned_days_by_week)
    done = _by_monday(done_days_by_week)

    def complete(week: date) -> bool:
        return planned.get(week, 0) > 0 and done.get(week, 0) >= planned[week]

    week = monday(current_week)
    streak = 0
    if complete(week):
        streak = 1
    week -= timedelta(days=7)
    while complete(week):
        streak += 1
        week -= timedelta(days=7)
    return streak


def shown_load(load: float, from_unit: Unit, to_unit: Unit) -> float:
    """A load as shown in `to_unit`: as logged when it was logged in that unit, else
    converted and rounded to the nearest SHOWN_STEP (60 lb is "27 kg", not "27.22 kg")."""
    if from_unit == to_unit:
        return float(load)
    step = SHOWN_STEP[to_unit]
    return math.floor(convert(load, from_unit, to_unit) / step + 0.5) * step


def load_series(
    sets: Iterable[LoggedSet], exercise_id: str, unit: Unit = Unit.KG
) -> list[tuple[date, float]]:
    """Heaviest load per day for one exercise, in `unit` (shown_load), oldest first; sets
    without a load are left out."""
    return [(day, load) for day, load, _ in top_sets(sets, exercise_id, unit)]


def top_sets(
    sets: Iterable[LoggedSet], exercise_id: str, unit: Unit = Unit.KG
) -> list[tuple[date, float, int]]:
    """Each day's heaviest set of one exercise (the most reps at that load): the day, its
    load in `unit` (shown_load) and its reps, oldest first; sets without a load left out."""
    top: dict[date, tuple[float, int, float, Unit]] = {}  # day -> (kg, reps, load, its unit)
    for s in sets:
        if s.exercise_id == exercise_id and s.load is not None and s.reps >= 1:
            best = top.get(s.day)
            if best is None or (_kg(s), s.reps) > best[:2]:
                top[s.day] = (_kg(s), s.reps, s.load, s.unit or Unit.KG)
    return [
        (day, shown_load(load, logged, unit), reps)
        for day, (_, reps, load, logged) in sorted(top.items())
    ]


@dataclass(frozen=True)
class LoadVerdict:
    """A plain answer to "am I getting stronger" from the loads logged: how many moves
    logged on two days or more (`compared`) went up or down from their first day to their
    last, over how many whole weeks since the first of those days."""

    compared: int
    up: int
    down: int
    weeks: int


def load_verdict(
    series: Sequence[Sequence[tuple[date, float]]],
    today: date,
    reps: Sequence[Sequence[int]] = (),
) -> LoadVerdict:
    """Each series is a move's top load per day, oldest first; with `reps` (each top set's),
    its first and last days are compared by the load they show the move could lift once
    (Epley), so a lighter load for more reps on another day's rep range is no step back."""
    twice = [(p, reps[i] if i < len(reps) else ()) for i, p in enumerate(series) if len(p) > 1]

    def strength(points: Sequence[tuple[date, float]], got: Sequence[int], at: int) -> float:
        load = points[at][1]
        return load * epley_factor(got[at]) if len(got) == len(points) else load

    up = sum(1 for p, r in twice if strength(p, r, -1) > strength(p, r, 0) + 1e-9)
    down = sum(1 for p, r in twice if strength(p, r, -1) < strength(p, r, 0) - 1e-9)
    first = min((p[0][0] for p, _ in twice), default=today)
    return LoadVerdict(len(twice), up, down, (today - first).days // 7)
