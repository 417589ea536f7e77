"""Months of simulated lifters on every program: is every planned set what it should be?

    .venv/bin/python bench/bench_months.py [--weeks 12] [--only top,miss] [--goals tone]

Every goal at a gym and at home, on 3 and on 4 days a week, in kg and in lb, each played by
five lifters through the use cases the handlers call (the push, /today, "Start logging",
typed sets with their Save tap, Swap, "Skip today"), against a temp SQLite database and a
ManualClock:

- top: always the top of the range at the load asked (the first time, a load she can just
  do for the top of the range);
- miss: always one rep short of the bottom of the range;
- alternate: the top, then a miss, then the top... per exercise;
- skip-week: the top lifter who skips every push of one week a month (weeks 4, 8, 12...);
- swap: the top lifter who swaps the first exercise that has a swap, every session.

The top and miss lifters also hold a load in the band and bodyweight moves whose cards list
a kit (HELD): a plate in the glute-ham raise and the back extension, dumbbells in the
Bulgarian split squat, the abduction machine at a gym and a dumbbell on it at home.

Checked for every planned set (each count is the number of violations; the second column of
each pair the number of checks): the rep range is one the goal's program gives that move
(the slot's own range for a band or bodyweight move done with a load); a loaded move has a
load target once a load was logged for it (hip thrust included); a load rises only after a
top (by Epley's estimate when the range moves) and is lighter after a miss unless at the
kit's floor; every load is on the kit's grid in the person's unit and not below its floor
(the kit a load is on written here: a plate held in a glute-ham raise, dumbbells for the
abduction at home); a low-rep slot (top of range 8 or under) is never asked above its
range; and the push, /today and the logging steps show the same workout. Asserts nothing.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.coach import programs as prog  # noqa: E402
from bot.coach.profile import Place  # noqa: E402
from bot.runtime.clock import ManualClock  # noqa: E402
from bot.runtime.config import load_settings  # noqa: E402
from bot.runtime.services import Services  # noqa: E402
from bot.store.db import Database  # noqa: E402
from bot.store.migrate import upgrade  # noqa: E402
from bot.store.models import User  # noqa: E402
from bot.tg.runner import build_services  # noqa: E402
from bot.training import logbook, workouts  # noqa: E402
from bot.training.people import Caller, person, planning  # noqa: E402

START = date(2026, 11, 2)  # a Monday
GOALS = ("tone", "bikini", "compete", "glutes_only")
STYLES = ("top", "miss", "alternate", "skip-week", "swap")
# (training days, unit): both day counts and both units for every style, goal and place.
SETUPS = (("0,2,4", "kg"), ("0,1,3,4", "lb"), ("0,2,4", "lb"), ("0,1,3,4", "kg"))
# The kit a load is on and its smallest step (kg, lb), and the lightest load (kg, lb):
# written from the kit, not read from the coach.
GRID = {"barbell": (2.5, 5.0), "machine": (2.5, 5.0), "dumbbell": (1.0, 2.5),
        "plate": (1.25, 2.5)}  # fmt: skip
FLOOR = {"barbell": (20.0, 45.0), "machine": (5.0, 10.0), "dumbbell": (1.0, 2.5),
         "plate": (1.25, 2.5)}  # fmt: skip
KIT = {
    "hip_thrust": "barbell", "barbell_glute_bridge": "barbell", "squat": "barbell",
    "lunge": "dumbbell", "walking_lunge": "dumbbell", "bulgarian_split_squat": "dumbbell",
    "back_extension": "plate", "american_deadlift": "barbell", "deadlift": "barbell",
    "stiff_leg_deadlift": "barbell", "good_morning": "barbell", "glute_ham_raise": "plate",
    "lying_leg_curl": "machine", "seated_leg_curl": "machine", "standing_leg_curl": "machine",
    "seated_hip_abduction": "machine", "leg_extension": "machine", "leg_press": "machine",
}  # fmt: skip
AT_HOME = {"seated_hip_abduction": "dumbbell"}
HELD = frozenset({"glute_ham_raise", "back_extension", "bulgarian_split_squat",
                  "seated_hip_abduction"})  # fmt: skip
KG_PER_LB = 0.45359237
CHECKS = ("range", "load_target", "rise_only_after_top", "lighter_after_miss", "grid_floor",
          "low_rep_kept", "push_today_log")  # fmt: skip


@dataclass
class Tally:
    checked: Counter[str] = field(default_factory=Counter)
    broken: Counter[str] = field(default_factory=Counter)
    examples: list[str] = field(default_factory=list)

    def check(self, name: str, ok: bool, what: str) -> None:
        self.checked[name] += 1
        if not ok:
            self.broken[name] += 1
            if len(self.examples) < 25:
                self.examples.append(f"{name}: {what}")


@dataclass
class Lifter:
    style: str
    goal: str
    place: str
    days: str
    unit: str
    outcome: dict[str, int] = field(default_factory=dict)  # exposures per exercise
    last: dict[str, tuple[float | None, int, int, str]] = field(default_factory=dict)
    loaded: set[str] = field(default_factory=set)  # exercises logged with a load

    @property
    def name(self) -> str:
        return f"{self.style}/{self.goal}/{self.place}/{len(self.days.split(','))}d/{self.unit}"

    def skips(self, day: date) -> bool:
        return self.style == "skip-week" and ((day - START).days // 7) % 4 == 3

    def result(self, exercise_id: str) -> str:
        n = self.outcome.get(exercise_id, 0)
        self.outcome[exercise_id] = n + 1
        if self.style == "miss" or (self.style == "alternate" and n % 2):
            return "miss"
        return "top"


def start_load(exercise_id: str, unit: str) -> float:
    """A first load on the kit's grid, a little above its floor."""
    kit = KIT.get(exercise_id, "dumbbell")
    grid, low = GRID[kit][unit == "lb"], FLOOR[kit][unit == "lb"]
    return low + 8 * grid


def epley(load: float, reps: int) -> float:
    return load * (1 + reps / 30)


def allowed_ranges(svc: Services, goal: str, place: str) -> dict[str, set[tuple[int, int]]]:
    """Every rep range the goal's program gives each move, in any session and week."""
    from bot.coach.profile import Goal

    program = svc.programs.program_for(Goal(goal), Place(place))
    out: dict[str, set[tuple[int, int]]] = {}
    for index in range(len(program.sessions) * 12):  # rotating ranges follow the index
        for week in range(1, 30):
            for p in program.plan(index, week):
                out.setdefault(p.exercise_id, set()).add((p.rep_low, p.rep_high))
                if p.own_reps:
                    out[p.exercise_id].add(p.own_reps)
    return out


def columns(user_id: int, lifter: Lifter, now: datetime) -> dict[str, Any]:
    return {
        "id": user_id, "chat_id": user_id, "created_at": now, "updated_at": now, "version": 1,
        "active": True, "paused": False, "goal": lifter.goal, "experience": "some",
        "place": lifter.place, "days": lifter.days, "push_time": "18:30", "tz": "UTC",
        "unit": lifter.unit, "started_on": START, "onboarded_at": now,
    }  # fmt: skip


def shown(targets: list[Any]) -> list[tuple[Any, ...]]:
    return [(t.name, t.sets, t.rep_low, t.rep_high, t.load) for t in targets]


def play(svc: Services, lifter: Lifter, user_id: int, weeks: int, tally: Tally) -> None:
    clock = svc.clock
    assert isinstance(clock, ManualClock)
    caller = Caller(user_id, user_id, lifter.name)
    with svc.db.session() as s:
        s.add(User(**columns(user_id, lifter, clock.now())))
    ranges = allowed_ranges(svc, lifter.goal, lifter.place)
    by_name = {c.name: c for c in svc.content.exercises.values()}
    for offset in range(weeks * 7):
        day = START + timedelta(days=offset)
        clock.set(datetime(day.year, day.month, day.day, 18, 30, tzinfo=UTC))
        with svc.db.session() as s:
            pushed = workouts.push_view(svc, s, user_id, day)
        if pushed is None or not pushed.is_today:
            continue
        with svc.db.session() as s:
            today = workouts.today(svc, s, caller)
            assert today is not None
            user = person(s, caller, clock.now())
            profile = planning(s, user, day)
            assert profile is not None
            slots = {p.exercise_id: p for p in prog.workout_for(svc.programs, profile, day)
                     .exercises}  # type: ignore[union-attr]  # fmt: skip
            same = shown(pushed.targets) == shown(today.targets)
            tally.check("push_today_log", same, f"{lifter.name} {day}: push vs /today")
            if lifter.skips(day):
                workouts.push_button(svc, s, user, ["push", "skip", f"{day:%Y%m%d}"])
                continue
            tapped = logbook.on_start_press(svc, s, user, ["push", "start", f"{day:%Y%m%d}"])
            step = tapped.then if tapped else None
            swapped, tried, asked = False, set(), []
            while step is not None and not isinstance(step, logbook.Finished):
                if isinstance(step, logbook.Saved | logbook.SwapUnavailable):
                    step = step.then  # a swap already in the day: asked again
                    continue
                assert isinstance(step, logbook.Ask), step
                if step.log_id not in tried:  # as first asked, before any swap
                    tried.add(step.log_id)
                    asked.append((step.name, step.planned_sets, step.rep_low, step.rep_high,
                                  step.planned_load))  # fmt: skip
                    if lifter.style == "swap" and not swapped:
                        swapped, step = swap(svc, s, user, step)
                        continue
                card = by_name[step.name]
                slot = slots.get(card.id)
                if step.swapped_from is not None:
                    slot = slots.get(by_name[step.swapped_from].id)
                observe(lifter, card.id, step, slot, ranges, tally)
                step = answer(svc, s, user, lifter, card.id, step)
            what = f"{lifter.name} {day}: /today {shown(today.targets)} vs asked {asked}"
            tally.check("push_today_log", asked == shown(today.targets), what)


def swap(svc: Services, s: Any, user: User, ask: Any) -> tuple[bool, Any]:
    """Swap for the first option offered, if any: (swapped, the next step)."""
    offered = logbook.on_press(svc, s, user, ["lg", "swap", str(ask.log_id)])
    options = getattr(offered.then if offered else None, "options", ())
    if not options:
        pressed = logbook.on_press(svc, s, user, ["lg", "keep", str(ask.log_id)])
        return False, pressed.then if pressed else None
    choice = ["lg", "sw", str(ask.log_id), options[0].exercise_id]
    pressed = logbook.on_press(svc, s, user, choice)
    return True, pressed.then if pressed else None


def observe(lifter: Lifter, exercise_id: str, ask: Any, slot: Any,
            ranges: dict[str, set[tuple[int, int]]], tally: Tally) -> None:  # fmt: skip
    where = f"{lifter.name} {ask.name} {ask.rep_low}-{ask.rep_high} @ {ask.planned_load}"
    ok_ranges = ranges.get(exercise_id) or ranges.get(slot.exercise_id if slot else "", set())
    if slot is not None and slot.exercise_id != exercise_id:  # a swap carries the slot's
        ok_ranges = ok_ranges | ranges.get(slot.exercise_id, set())
    tally.check("range", (ask.rep_low, ask.rep_high) in ok_ranges, f"{where} not in {ok_ranges}")
    if slot is not None and slot.rep_high <= 8:
        tally.check("low_rep_kept", ask.rep_high <= slot.rep_high, f"{where}: slot {slot}")
    if exercise_id in lifter.loaded:
        tally.check("load_target", ask.planned_load is not None, f"{where}: no load")
    load = ask.planned_load
    if load is not None:
        kit = KIT.get(exercise_id, "dumbbell")
        if lifter.place != "gym":
            kit = AT_HOME.get(exercise_id, kit)
        grid, low = GRID[kit][ask.unit == "lb"], FLOOR[kit][ask.unit == "lb"]
        on_grid = abs(load / grid - round(load / grid)) < 1e-6
        if kit == "dumbbell" and ask.unit == "kg":  # or a rack 2.5 kg apart (12.5, 15, 17.5)
            on_grid = on_grid or abs(load / 2.5 - round(load / 2.5)) < 1e-6
        on = on_grid and load >= low - 1e-9
        tally.check("grid_floor", on, f"{where}: {kit} grid {grid}, floor {low}")
    prev = lifter.last.get(exercise_id)
    if prev is None or prev[0] is None or load is None:
        return
    before, after = epley(prev[0], prev[2]), epley(load, ask.rep_high)
    kit = KIT.get(exercise_id, "dumbbell")
    floor = FLOOR[AT_HOME.get(exercise_id, kit) if lifter.place != "gym" else kit]
    at_floor = load <= floor[ask.unit == "lb"] + 1e-9  # as light as the kit goes
    if prev[3] == "top":
        tally.check("rise_only_after_top", after > before + 1e-9, f"{where} after a top {prev}")
    else:
        rose = after > before + 1e-9 and not at_floor
        tally.check("rise_only_after_top", not rose, f"{where} after {prev}")
        lighter = after < before - 1e-9 or at_floor
        tally.check("lighter_after_miss", lighter, f"{where} after a miss {prev}")


def answer(svc: Services, s: Any, user: User, lifter: Lifter, exercise_id: str,
           ask: Any) -> Any:  # fmt: skip
    """Type the sets the lifter did and tap Save: the next step."""
    card = svc.content.exercises[exercise_id]
    held = exercise_id in HELD and lifter.style in ("top", "miss")
    weighted = card.loading.value == "weighted" or ask.planned_load is not None or held
    outcome = lifter.result(exercise_id)
    reps = ask.rep_high if outcome == "top" else max(1, ask.rep_low - 1)
    load = ask.planned_load
    if weighted and load is None:
        load = start_load(exercise_id, lifter.unit)
    text = " ".join([str(reps)] * ask.planned_sets)
    if load is not None:
        text = f"{load:g}{ask.unit} {text}"
        lifter.loaded.add(exercise_id)
    lifter.last[exercise_id] = (load, ask.rep_low, ask.rep_high, outcome)
    echo = logbook.on_text(svc, s, user, text)
    assert isinstance(echo, logbook.Echo), (text, echo)
    pressed = logbook.on_press(svc, s, user, ["lg", "ok", str(echo.log_id)])
    return pressed.then if pressed else None


def lifters(goals: list[str], styles: list[str]) -> list[Lifter]:
    out = []
    for n, style in enumerate(styles):
        for goal in goals:
            for place in ("gym", "home"):
                for days, unit in (SETUPS[n % 2], SETUPS[2 + n % 2]):
                    out.append(Lifter(style, goal, place, days, unit))
    return out


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--weeks", type=int, default=12)
    parser.add_argument("--only", default=",".join(STYLES), help="comma-separated styles")
    parser.add_argument("--goals", default=",".join(GOALS))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/months.sqlite3"
        built = await build_services(load_settings({"DATABASE_URL": url}))
        db = Database(url)
        await upgrade(db)
        svc = replace(built, db=db, clock=ManualClock(datetime(2026, 11, 2, tzinfo=UTC)))
        everyone = lifters(args.goals.split(","), args.only.split(","))
        print(f"{args.weeks} weeks, {len(everyone)} lifters ({args.only}; {args.goals})")
        by_style: dict[str, Tally] = {}
        for uid, lifter in enumerate(everyone, start=60_000):
            play(svc, lifter, uid, args.weeks, by_style.setdefault(lifter.style, Tally()))
        print("style | " + " | ".join(f"{c} (broken/checked)" for c in CHECKS))
        for style, tally in by_style.items():
            cells = [f"{tally.broken[c]}/{tally.checked[c]}" for c in CHECKS]
            print(f"{style} | " + " | ".join(cells))
        for style, tally in by_style.items():
            for line in tally.examples[:8]:
                print(f"  {style}: {line}")
        await db.dispose()
        await built.db.dispose()


if __name__ == "__main__":
    asyncio.run(main())
