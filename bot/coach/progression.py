"""Double progression (article 001): can't reach 8 -> lighter; 12 easy -> heavier.

The load actually lifted is checked as well as the reps, so a "12 12 12" done with a
lighter weight than prescribed never earns a heavier one. Loads are compared in the
plan's unit; a log in the other unit is converted first. Loads are what the kit can load:
barbells move on a 2.5 kg / 5 lb grid and never go below the empty bar (20 kg / 45 lb);
weight-stack machines move a stack plate at a time (5 kg / 10 lb, or the 2.5 kg / 5 lb
add-on for light loads) and never go below the stack's lightest plate; dumbbells and
kettlebells never go below the lightest one made.
Bodyweight and band exercises keep the program's rep range: reaching its top names the
card's harder variation instead of adding reps the program didn't ask for; missing its
bottom twice running names an easier one (the card's, a lighter band, or a shorter range),
where a loaded move would have stepped down twice. A band or bodyweight move logged with a
load on a kit its card lists (the abduction machine's stack, dumbbells held in a Bulgarian
split squat or on the hip in a single-leg hip thrust, a plate held in a glute-ham raise) is a
loaded move on that kit: `as_logged`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Literal

from bot.coach.profile import Unit
from bot.coach.setlog import Planned, SetEntry

KG_PER_LB = 0.45359237

# equipment -> (kg step, kg grid, lb step, lb grid). The step is one normal jump; the
# grid is the smallest change the kit allows with standard plates (a pair of 1.25 kg or
# 2.5 lb plates on a bar; 1 kg between light dumbbells; the add-on weight of a machine's
# stack). Dumbbell racks run 2 kg or 5 lb apart; stack plates 5 kg or 10 lb. The card's
# first listed kit is the one the load is for (a barbell squat that can also be done with
# dumbbells still moves in barbell steps).
_KIT: dict[str, tuple[float, float, float, float]] = {
    "barbell": (2.5, 2.5, 5.0, 5.0),
    "smith": (2.5, 2.5, 5.0, 5.0),
    "machine": (5.0, 2.5, 10.0, 5.0),
    "cable": (2.5, 2.5, 5.0, 5.0),
    "dumbbell": (2.0, 1.0, 5.0, 2.5),
    # a plate held in the hands (a glute-ham raise, a back extension): 1.25 kg / 2.5 lb
    # plates are the smallest, so 10 lb held goes to 12.5 lb, never a stack's 15
    "plate": (2.5, 1.25, 5.0, 2.5),
    "kettlebell": (4.0, 2.0, 10.0, 5.0),
}
# Fixed dumbbells come 1 kg / 2.5 lb apart only while light: from 10 kg / 10 lb a rack
# runs a step apart (12, 14, 16 kg; 10, 15, 20 lb), so a load there is on that step.
_RACK_FROM = {"dumbbell": (10.0, 10.0)}
# Some racks run 2.5 kg apart: a load typed on that step and off the usual one ("12.5 kg",
# "17.5 kg") is from such a rack, which keeps that step, also from a load on both (20 kg)
# once such a load was typed before (ExerciseKind.half_rack).
_RACK_HALF_KG = 2.5
_DEFAULT_KIT = "barbell"
# The lightest load the kit allows, (kg, lb): an empty Olympic bar weighs 20 kg / 45 lb; a
# weight stack's top plate is about 5 kg / 10 lb; kettlebells start at 4 kg / 10 lb.
# Kits not listed (dumbbells, plates, cables, Smith machines) start at one grid step.
_FLOOR = {"barbell": (20.0, 45.0), "machine": (5.0, 10.0), "kettlebell": (4.0, 10.0)}
# A log in the other unit within half the smallest plate pair counts as the plan.
_HALF_PLATE = {Unit.KG: 0.625, Unit.LB: 1.25}
MAX_STEP_FRACTION = 0.10  # light loads: no jump above ~10%, unless the kit can't do less


Change = Literal["up", "down", "same", "harder", "easier", "start"]
# What to do when a band or bodyweight move missed the bottom of its range twice running
# and its card names no easier variation.
EASIER_BAND = "a lighter band"
EASIER_BODYWEIGHT = "a shorter range of motion, or a little help from your hands"
HEAVIER_IN_HAND = "the same move holding a little more weight"
_HOLDING = re.compile(r"\bholding\b")  # a harder variation that adds a load in the hands
# The harder step of a move whose card's adds a load in the hands ("walking lunge holding
# dumbbells"), for someone with nothing to hold (bands at home, bodyweight only, a week away
# with no gear): the slower lowering the cards give the other lunges and squats.
HARDER_UNLOADED = "the same move lowered slowly, three seconds down"
# The top of the range reached holding the heaviest dumbbell there is (at home, away): the
# move's harder version with nothing more to hold, at that load.
AT_HEAVIEST = "{harder}, with the heaviest dumbbell you have"


@dataclass(frozen=True)
class ExerciseKind:
    loading: Literal["weighted", "bodyweight", "band"]
    equipment: tuple[str, ...]
    harder: str | None = None  # id of the next harder variation
    easier: str | None = None  # id of the card to fall back to after repeated misses
    half_rack: bool = False  # the person's dumbbells run 2.5 kg apart (rack_of_half_kg)


@dataclass(frozen=True)
class Prescription:
    load: float | None
    unit: Unit
    rep_low: int
    rep_high: int
    change: Change
    reason_code: str
    variation: str | None = None


def harder_with(harder: str | None, held: bool, bare: str | None = None) -> str | None:
    """The card's harder variation (`harder`) as one the kit allows: with nothing to hold
    (`held` False), one that adds a load in the hands is the card's own for that (`bare`: a
    squeeze at the top), else a slower lowering."""
    if harder is not None and not held and _HOLDING.search(harder):
        return bare or HARDER_UNLOADED
    return harder


def as_logged(kind: ExerciseKind, performed: Sequence[SetEntry]) -> ExerciseKind:
    """`kind`, loaded when a load was logged on a kit the card lists: the load is what then
    grows (a band's climb to 30 reps or "a lighter band" would be wrong for a weight stack,
    and "a little more weight" never said how much). A card with no such kit stays as it is
    (a load typed on a Nordic ham curl, whose card lists no kit)."""
    if kind.loading == "weighted" or not any(s.load for s in performed):
        return kind
    if not any(e in _KIT for e in kind.equipment):
        return kind
    return replace(kind, loading="weighted")


def same_load_tolerance(typed: Unit | None, unit: Unit) -> float:
    """How far a load typed in `typed` may be from one in `unit` and still be the same
    load: kg and lb plates never match exactly, so half the smallest plate pair."""
    if typed is None or typed == unit:
        return 1e-6
    return convert(_HALF_PLATE[typed], typed, unit)


def convert(load: float, from_unit: Unit, to_unit: Unit) -> float:
    if from_unit == to_unit:
        return float(load)
    return load * KG_PER_LB if from_unit == Unit.LB else load / KG_PER_LB


def kit_of(kind: ExerciseKind) -> str:
    """The kit the load is for: the card's first listed kit that carries a load."""
    return next((e for e in kind.equipment if e in _KIT), _DEFAULT_KIT)


def _increments(kind: ExerciseKind, unit: Unit, load: float) -> tuple[float, float]:
    """(step, grid) for this load on the exercise's kit."""
    kit = kit_of(kind)
    kg_step, kg_grid, lb_step, lb_grid = _KIT[kit]
    step, grid = (kg_step, kg_grid) if unit == Unit.KG else (lb_step, lb_grid)
    if kit in _RACK_FROM and load >= _RACK_FROM[kit][0 if unit == Unit.KG else 1] - 1e-9:
        grid = step
        half = kind.half_rack or (_on(load, _RACK_HALF_KG) and not _on(load, step))
        if unit == Unit.KG and half:
            grid = step = _RACK_HALF_KG  # "12.5 kg": a rack 2.5 kg apart (12.5, 15, 17.5)
    capped = math.floor(min(step, MAX_STEP_FRACTION * load) / grid + 1e-9) * grid
    return max(grid, capped), grid


def half_kg_rack(kind: ExerciseKind, earlier: Sequence[SetEntry], unit: Unit) -> bool:
    """Whether dumbbell loads typed before in kg (`earlier`; no unit: `unit`) came from a
    rack 2.5 kg apart: one of them on its step and off the usual 2 kg one (12.5, 17.5)."""
    if kit_of(kind) not in _RACK_FROM:
        return False
    floor = _RACK_FROM[kit_of(kind)][0]
    step = _KIT[kit_of(kind)][0]
    return any(
        (e.unit or unit) == Unit.KG
        and e.load >= floor - 1e-9
        and _on(e.load, _RACK_HALF_KG)
        and not _on(e.load, step)
        for e in earlier
        if e.load is not None
    )


def rack_step_open(kind: ExerciseKind, performed: Sequence[SetEntry], unit: Unit) -> bool:
    """Whether dumbbell loads lifted in kg sit on both rack steps (20, 30 kg) and none on
    the 2.5 kg one alone: the loads lifted before tell which rack it is (half_kg_rack)."""
    kit = kit_of(kind)
    if kit not in _RACK_FROM or half_kg_rack(kind, performed, unit):
        return False
    floor, step = _RACK_FROM[kit][0], _KIT[kit][0]
    return any(
        (e.unit or unit) == Unit.KG and e.load >= floor - 1e-9 and _on(e.load, _RACK_HALF_KG)
        and _on(e.load, step)
        for e in performed
        if e.load is not None
    )  # fmt: skip


def floor_load(kind: ExerciseKind, unit: Unit) -> float:
    """The lightest load the kit allows: the empty bar, a stack's top plate, the lightest
    kettlebell, else one grid step."""
    kit = kit_of(kind)
    if kit in _FLOOR:
        return _FLOOR[kit][0 if unit == Unit.KG else 1]
    return _increments(kind, unit, 0.0)[1]


def loadable(kind: ExerciseKind, unit: Unit, load: float) -> float:
    """`load` on the kit's grid in `unit` (nearest), never below the floor."""
    grid = _increments(kind, unit, load)[1]
    return max(floor_load(kind, unit), _snap(load, grid))


def heaviest_up_to(kind: ExerciseKind, unit: Unit, most: float) -> float:
    """The heaviest load on the kit's grid that is no more than `most` (never below the
    kit's floor): the top of a dumbbell rack that stops at 30 kg."""
    grid = _increments(kind, unit, most)[1]
    return max(floor_load(kind, unit), round(math.floor(most / grid + 1e-9) * grid, 3))


def epley_factor(reps: int) -> float:
    """Epley's estimate: a load done for `reps` is 1 / (1 + reps/30) of a one-rep max."""
    return 1.0 + reps / 30.0


def rescale(
    kind: ExerciseKind, unit: Unit, load: float, from_reps: int, to_reps: int, *, down: bool
) -> float:
    """A load good for `from_reps` reps moved to one good for `to_reps` (Epley), loadable.

    Rounded to the nearest plate step (rounding down could undo a step just earned), or
    down after a miss, so a lifter who missed is never handed more in the new range."""
    raw = load * epley_factor(from_reps) / epley_factor(to_reps)
    if not down:
        return loadable(kind, unit, raw)
    grid = _increments(kind, unit, raw)[1]
    return max(floor_load(kind, unit), round(math.floor(raw / grid + 1e-9) * grid, 3))


def load_step(kind: ExerciseKind, unit: Unit, load: float) -> float:
    """One progression step; 0 for bodyweight and band exercises."""
    if kind.loading != "weighted":
        return 0.0
    return _increments(kind, unit, load)[0]


def _on(load: float, grid: float) -> bool:
    return abs(load / grid - round(load / grid)) < 1e-6


def _snap(load: float, grid: float) -> float:
    return round(math.floor(load / grid + 0.5) * grid, 3)


def next_prescription(
    kind: ExerciseKind,
    planned: Planned,
    performed: Sequence[SetEntry],
    *,
    missed_before: bool = False,
    hold_rise: bool = False,
) -> Prescription:
    """The next target from the last exposure; `missed_before`: the exposure before it
    missed the bottom of its range too (band and bodyweight moves then get easier);
    `hold_rise`: the first workout back after weeks without training, where a rise (or a
    harder variation) earned before the gap waits and the load last managed is asked again."""
    kind = as_logged(kind, performed)
    if kind.loading != "weighted":
        return _by_reps(kind, planned, performed, missed_before, hold_rise)

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

    def tol(s: SetEntry) -> float:
        return same_load_tolerance(s.unit, planned.unit)

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
        lowest = floor_load(kind, planned.unit)
        if new < lowest:
            if base <= lowest + 1e-9:
                return _rx(planned, lowest, "same", "at_minimum")
            new = lowest
        return _rx(planned, new, "down", "missed_bottom")
    if any(s.reps < planned.rep_low for s in performed):
        return keep("missed_heavier_than_planned")
    if not all(s.reps >= planned.rep_high for s in performed):
        # in range at a heavier load than planned, every set: that load is the one managed
        # (on the kit's grid, never rounded up past what was lifted)
        heavier = len(known) == len(loads) and min(known) > target + tol(performed[0])
        if not heavier:
            return keep("in_range")
        grid = _increments(kind, planned.unit, min(known))[1]
        lifted = round(math.floor(min(known) / grid + 1e-9) * grid, 3)
        return _rx(planned, max(target, lifted), "same", "in_range")
    if len(performed) < planned.sets:
        return keep("fewer_sets")
    if any(x is None for x in loads):
        return keep("load_unknown")
    if not all(at_plan):
        return keep("lighter_than_planned")
    base = min(known)
    if hold_rise:
        return _rx(planned, base, "same", "back_after_break")
    step, grid = _increments(kind, planned.unit, base)
    new = max(floor_load(kind, planned.unit), _snap(base + step, grid))
    if new <= base:
        new = round(base + grid, 3)
    return _rx(planned, new, "up", "top_reached")


def _rx(planned: Planned, load: float | None, change: Change, reason: str) -> Prescription:
    return Prescription(load, planned.unit, planned.rep_low, planned.rep_high, change, reason)


def _by_reps(
    kind: ExerciseKind,
    planned: Planned,
    performed: Sequence[SetEntry],
    missed_before: bool,
    hold_rise: bool = False,
) -> Prescription:
    """Bodyweight and bands: the program's range stays; the top names a harder variation,
    a second miss of the bottom in a row an easier one."""
    low, high = planned.rep_low, planned.rep_high

    def rx(change: Change, reason: str, var: str | None = None) -> Prescription:
        return Prescription(planned.load, planned.unit, low, high, change, reason, var)

    if not performed:
        return rx("same", "not_logged")
    if any(s.reps < low for s in performed):
        if missed_before:
            fallback = EASIER_BAND if kind.loading == "band" else EASIER_BODYWEIGHT
            return rx("easier", "missed_twice", kind.easier or fallback)
        return rx("same", "missed_bottom")
    if not all(s.reps >= high for s in performed):
        return rx("same", "in_range")
    if len(performed) < planned.sets:
        return rx("same", "fewer_sets")
    if hold_rise:
        return rx("same", "back_after_break")
    if kind.harder is not None:
        if _HOLDING.search(kind.harder) and all(s.load for s in performed):
            # "holding dumbbells" is what they did already: the harder step is more weight
            return rx("harder", "heavier_in_hand", HEAVIER_IN_HAND)
        return rx("harder", "harder_variation", kind.harder)
    return rx("same", "at_top")
