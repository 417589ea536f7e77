"""Double progression (article 001): can't reach 8 -> lighter; 12 easy -> heavier.

The load actually lifted is checked as well as the reps, so a "12 12 12" done with a
lighter weight than prescribed never earns a heavier one. Loads are compared in the
plan's unit; a log in the other unit is converted first. Bodyweight and band exercises
progress by reps up to a cap, then to a harder variation.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Literal

from bot.coach.profile import Unit
from bot.coach.setlog import Planned, SetEntry

KG_PER_LB = 0.45359237

# equipment -> (kg step, kg grid, lb step, lb grid). The step is one normal jump; the
# grid is the smallest change the kit allows (a pair of 0.625/1.25 kg or 1.25/2.5 lb
# plates, 1 kg between light dumbbells). Dumbbell racks run 2 kg or 5 lb apart.
_KIT: dict[str, tuple[float, float, float, float]] = {
    "barbell": (2.5, 1.25, 5.0, 2.5),
    "smith": (2.5, 1.25, 5.0, 2.5),
    "machine": (2.5, 1.25, 5.0, 2.5),
    "cable": (2.5, 1.25, 5.0, 2.5),
    "dumbbell": (2.0, 1.0, 5.0, 2.5),
    "kettlebell": (4.0, 2.0, 10.0, 5.0),
}
_DEFAULT_KIT = "barbell"
MAX_STEP_FRACTION = 0.10  # light loads: no jump above ~10%, unless the kit can't do less

REP_STEP = 2
# Article 000: lighter sets run 12-20 reps, and band sets go to 30.
REP_CAP = {"bodyweight": 20, "band": 30}
# After a harder variation, and the floor when missing: article 001's 8-12 for
# bodyweight; the 12-20 "lighter sets" range for bands.
REP_RESET = {"bodyweight": (8, 12), "band": (12, 20)}


Change = Literal["up", "down", "same", "harder", "start"]


@dataclass(frozen=True)
class ExerciseKind:
    loading: Literal["weighted", "bodyweight", "band"]
    equipment: tuple[str, ...]
    harder: str | None = None  # id of the next harder variation


@dataclass(frozen=True)
class Prescription:
    load: float | None
    unit: Unit
    rep_low: int
    rep_high: int
    change: Change
    reason_code: str
    variation: str | None = None


def convert(load: float, from_unit: Unit, to_unit: Unit) -> float:
    if from_unit == to_unit:
        return float(load)
    return load * KG_PER_LB if from_unit == Unit.LB else load / KG_PER_LB


def _increments(kind: ExerciseKind, unit: Unit, load: float) -> tuple[float, float]:
    """(step, grid) for this load; with several kinds of kit, the smallest step wins."""
    kits = [_KIT[e] for e in kind.equipment if e in _KIT] or [_KIT[_DEFAULT_KIT]]
    best: tuple[float, float] | None = None
    for kg_step, kg_grid, lb_step, lb_grid in kits:
        step, grid = (kg_step, kg_grid) if unit == Unit.KG else (lb_step, lb_grid)
        capped = math.floor(min(step, MAX_STEP_FRACTION * load) / grid + 1e-9) * grid
        pair = (max(grid, capped), grid)
        best = pair if best is None or pair < best else best
    assert best is not None
    return best


def load_step(kind: ExerciseKind, unit: Unit, load: float) -> float:
    """One progression step; 0 for bodyweight and band exercises."""
    if kind.loading != "weighted":
        return 0.0
    return _increments(kind, unit, load)[0]


def _snap(load: float, grid: float) -> float:
    return round(math.floor(load / grid + 0.5) * grid, 3)


def next_prescription(
    kind: ExerciseKind, planned: Planned, performed: Sequence[SetEntry]
) -> Prescription:
    if kind.loading != "weighted":
        return _by_reps(kind, planned, performed)

    loads = [
        None if s.load is None else convert(s.load, s.unit or planned.unit, planned.unit)
        for s in performed
    ]
    known = [x for x in loads if x is not None]
    if planned.load is None:
        if not known:  # the person picks "a weight you can barely do 12 with"
            return _rx(planned, None, "start", "pick_start_load")
        planned = replace(planned, load=max(known))  # first session: the load they chose
    target = planned.load
    assert target is not None

    def keep(reason: str) -> Prescription:
        return _rx(planned, target, "same", reason)

    if not performed:
        return keep("not_logged")

    def tol(s: SetEntry) -> float:  # kg and lb plates never match exactly
        if s.unit is None or s.unit == planned.unit:
            return 1e-6
        return convert(_increments(kind, s.unit, s.load or 0.0)[1] / 2, s.unit, planned.unit)

    at_plan = [
        x is not None and x >= target - tol(s) for s, x in zip(performed, loads, strict=True)
    ]
    missed = [
        x for s, x in zip(performed, loads, strict=True)
        if s.reps < planned.rep_low and (x is None or x <= target + tol(s))
    ]  # fmt: skip
    if missed:
        base = min([target, *(x for x in missed if x is not None)])
        step, grid = _increments(kind, planned.unit, base)
        new = _snap(base - step, grid)
        if new >= base:
            new = round(base - grid, 3)
        if new < grid:
            if base <= grid:
                return keep("at_minimum")
            new = grid
        return _rx(planned, new, "down", "missed_bottom")
    if any(s.reps < planned.rep_low for s in performed):
        return keep("missed_heavier_than_planned")
    if not all(s.reps >= planned.rep_high for s in performed):
        return keep("in_range")
    if len(performed) < planned.sets:
        return keep("fewer_sets")
    if any(x is None for x in loads):
        return keep("load_unknown")
    if not all(at_plan):
        return keep("lighter_than_planned")
    base = min(known)
    step, grid = _increments(kind, planned.unit, base)
    new = _snap(base + step, grid)
    if new <= base:
        new = round(base + grid, 3)
    return _rx(planned, new, "up", "top_reached")


def _rx(planned: Planned, load: float | None, change: Change, reason: str) -> Prescription:
    return Prescription(load, planned.unit, planned.rep_low, planned.rep_high, change, reason)


def _by_reps(kind: ExerciseKind, planned: Planned, performed: Sequence[SetEntry]) -> Prescription:
    cap = REP_CAP[kind.loading]
    floor_low = REP_RESET[kind.loading][0]
    low, high = planned.rep_low, planned.rep_high
    width = high - low

    def rx(lo: int, hi: int, change: Change, reason: str, var: str | None = None) -> Prescription:
        return Prescription(planned.load, planned.unit, lo, hi, change, reason, var)

    if not performed:
        return rx(low, high, "same", "not_logged")
    if any(s.reps < low for s in performed):
        new_low = max(floor_low, low - REP_STEP)
        if new_low >= low:
            return rx(low, high, "same", "at_minimum")
        return rx(new_low, new_low + width, "down", "missed_bottom")
    if not all(s.reps >= high for s in performed):
        return rx(low, high, "same", "in_range")
    if len(performed) < planned.sets:
        return rx(low, high, "same", "fewer_sets")
    if high < cap:
        new_high = min(cap, high + REP_STEP)
        return rx(new_high - width, new_high, "up", "reps_up")
    if kind.harder is not None:
        return rx(*REP_RESET[kind.loading], "harder", "harder_variation", kind.harder)
    return rx(low, high, "same", "at_cap")
