"""Numbers for the weekly recap and the charts: hard sets, records, streaks, load series.

Weeks start on Monday; any date passed as a week is moved back to its Monday. A logged
set with a load but no unit is taken as kg.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from bot.coach.profile import Unit
from bot.coach.progression import convert

MUSCLE_GROUPS = ("glutes", "hamstrings")  # always present in weekly_hard_sets


@dataclass(frozen=True)
class LoggedSet:
    day: date
    exercise_id: str
    set_no: int
    reps: int
    load: float | None
    unit: Unit | None


def monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _kg(s: LoggedSet) -> float:
    """Load in kg; bodyweight and band sets count as 0, so reps decide between them."""
    return 0.0 if s.load is None else convert(s.load, s.unit or Unit.KG, Unit.KG)


def weekly_hard_sets(
    sets: Iterable[LoggedSet], muscles_of: Callable[[str], Sequence[str]], week_start: date
) -> dict[str, int]:
    """Work sets (reps >= 1) per muscle group in the week holding `week_start`. A set
    counts once for every muscle its exercise lists."""
    start = monday(week_start)
    end = start + timedelta(days=7)
    counts = dict.fromkeys(MUSCLE_GROUPS, 0)
    for s in sets:
        if start <= s.day < end and s.reps >= 1:
            for muscle in muscles_of(s.exercise_id):
                counts[muscle] = counts.get(muscle, 0) + 1
    return counts


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
    """This week's bests that beat every earlier set of the same exercise. An exercise
    logged for the first time has nothing to beat and is not a record."""
    old = records(before)
    return {ex: s for ex, s in records(this_week).items() if ex in old and _better(s, old[ex])}


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


def load_series(
    sets: Iterable[LoggedSet], exercise_id: str, unit: Unit = Unit.KG
) -> list[tuple[date, float]]:
    """Heaviest load per day for one exercise, in `unit`, oldest first; sets without a
    load are left out."""
    top: dict[date, float] = {}
    for s in sets:
        if s.exercise_id == exercise_id and s.load is not None and s.reps >= 1:
            top[s.day] = max(top.get(s.day, 0.0), _kg(s))
    return [(day, round(convert(kg, Unit.KG, unit), 2)) for day, kg in sorted(top.items())]
