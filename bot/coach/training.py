"""Training-log rules that need the exercise cards: swaps, progression inputs, set echoes.

Pure: cards and numbers in, decisions out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from bot.coach.knowledge import Content, Equipment, Exercise
from bot.coach.profile import Place, Unit
from bot.coach.progression import (
    AT_HEAVIEST,
    ExerciseKind,
    Prescription,
    as_logged,
    convert,
    half_kg_rack,
    harder_with,
    heaviest_up_to,
    loadable,
    next_prescription,
    rack_step_open,
    rescale,
    same_load_tolerance,
)
from bot.coach.setlog import Planned, SetEntry

# Kit only a gym has. A band or bodyweight move planned at home or with bodyweight only
# whose card lists one (the seated hip abduction's machine) is done there with a band or
# in the hands: a load typed for it is a dumbbell's, moving in dumbbell steps, and no
# machine or stack step is named to someone training at home.
GYM_ONLY_KIT = frozenset({"machine", "cable", "smith"})


def kind_of(card: Exercise, place: Place | None = None, held: bool | None = None) -> ExerciseKind:
    """The card's progression kind; `place`: where the person trains, when known; `held`:
    whether there is a load to hold there (None: at a gym, or with the place unknown), else
    a harder variation holding dumbbells is one without (progression.harder_with)."""
    held = place in (None, Place.GYM) if held is None else held
    equipment = tuple(e.value for e in card.equipment)
    away = place is not None and place != Place.GYM and card.loading.value != "weighted"
    if away and GYM_ONLY_KIT & set(equipment):
        kept = tuple(e for e in equipment if e not in GYM_ONLY_KIT)
        equipment = kept if "dumbbell" in kept else (*kept, "dumbbell")
    return ExerciseKind(
        loading=card.loading.value,
        equipment=equipment,
        harder=harder_with(card.harder, held, card.harder_bare),
        easier=card.easier,
    )


def held_way(card: Exercise) -> str | None:
    """How a bodyweight move is done with a dumbbell to hold ("holding a dumbbell on the
    hip", "holding dumbbells"): its card's harder variation from "holding" on, when that
    variation holds a dumbbell; None for a move that takes none (a glute bridge)."""
    harder = card.harder or ""
    way = harder[harder.find("holding") :] if "holding" in harder else ""
    kept = card.loading.value != "weighted" and Equipment.DUMBBELL in card.equipment
    return way if kept and "dumbbell" in way else None


def swaps(content: Content, exercise_id: str, place: Place, limit: int = 4) -> list[Exercise]:
    """Alternatives with the same movement pattern and equipment, doable at `place`, so the
    swap can carry the same target (sets, reps and load). A move that can't be done at
    `place` (a barbell hip thrust on a week away with dumbbells only) has no such twin
    there: any move of its pattern doable at `place` stands in."""
    card = content.exercises[exercise_id]
    kit_there = place in card.places
    same = [
        x
        for x in content.exercises.values()
        if x.id != card.id
        and x.pattern == card.pattern
        and place in x.places
        and (
            not kit_there or (x.loading == card.loading and set(x.equipment) & set(card.equipment))
        )
    ]
    return same[:limit]


def goes_unloaded(card: Exercise) -> bool:
    """Whether a loaded move can be done with no extra load, on the body's weight alone (a
    hip thrust, a squat, a lunge); a machine's stack is always a load."""
    return Equipment.MACHINE not in card.equipment


def planned_sets(planned: Planned) -> tuple[SetEntry, ...]:
    """What "done as planned" means: every planned set at the top of the range, at the load."""
    load = planned.load
    unit = planned.unit if load is not None else None
    return tuple(SetEntry(planned.rep_high, load, unit) for _ in range(planned.sets))


def prescribe(
    card: Exercise,
    last: Planned,
    performed: Sequence[SetEntry],
    today_reps: tuple[int, int],
    unit: Unit,
    *,
    missed_before: bool = False,
    hold_rise: bool = False,
    own_reps: tuple[int, int] | None = None,
    place: Place | None = None,
    most: float | None = None,
    earlier: Sequence[SetEntry] = (),
    held: bool | None = None,
) -> Prescription:
    """Today's target from the last time this exercise was done, inside today's rep range
    (`hold_rise`: back after weeks without training, no rise; progression.next_prescription;
    `own_reps`: the session's range before a program step changed it, which a band or
    bodyweight move logged with a load keeps: a loaded move grows by load, not by reps;
    `place`: where the person trains, which decides the kit a load is on: kind_of;
    `most`: the heaviest load there, in `unit`, for a while away: "only dumbbells up to 30kg";
    0: nothing to hold there); `earlier`: the sets of this move logged before the last
    time, whose loads tell a dumbbell rack 2.5 kg apart (12.5, 15, 17.5, then 20: 22.5 next);
    `held`: whether there is a load to hold there (kind_of).

    Progression decides in last time's range (up, down, same); a weighted load then moves
    to today's range by Epley's estimate, from the top of last time's range to the top of
    today's, so a load survives the program's rotation between 3-8, 8-12 and 12-20. The
    estimate needs no stored state and follows every exposure, where a load remembered per
    range would be weeks old by the time its range comes round again. Loads land on the
    kit's grid in the person's unit, never below the empty bar.
    """
    kind = as_logged(kind_of(card, place, held), performed)  # a load on the card's kit counts
    if half_kg_rack(kind, (*earlier, *performed), unit):
        kind = replace(kind, half_rack=True)
    rx = next_prescription(kind, last, performed, missed_before=missed_before, hold_rise=hold_rise)
    low, high = today_reps
    if own_reps is not None and kind.loading == "weighted" and card.loading.value != "weighted":
        low, high = own_reps
    load = rx.load
    if kind.loading == "weighted" and load is not None:
        load = loadable(kind, unit, convert(load, rx.unit, unit))
        if high != last.rep_high:
            missed = rx.change == "down" or rx.reason_code == "at_minimum"
            load = rescale(kind, unit, load, last.rep_high, high, down=missed)
    elif kind.loading != "weighted":
        load = None
    change, variation = rx.change, rx.variation
    if load is not None and most is not None and most <= 0:
        load = None  # nothing to hold there: the reps alone
    elif load is not None and most is not None and load > most:
        lifted = [convert(e.load, e.unit or unit, unit) for e in performed if e.load is not None]
        owned = [x for x in lifted if x <= most + same_load_tolerance(None, unit)]
        load = max([heaviest_up_to(kind, unit, most), *owned])  # a load lifted there is had
        if change == "up" and lifted and load <= max(lifted):
            # the top reached with the heaviest there: the move made harder, as with nothing
            # to hold, at that load
            harder = harder_with(card.harder, False, card.harder_bare)
            bare = card.loading.value != "weighted" and harder is not None
            change = "harder" if bare else "same"
            variation = AT_HEAVIEST.format(harder=harder) if bare else variation
    return replace(
        rx, load=load, unit=unit, rep_low=low, rep_high=high, change=change, variation=variation
    )


def rack_unsure(
    card: Exercise, place: Place | None, performed: Sequence[SetEntry], unit: Unit
) -> bool:
    """Whether the loads just lifted leave the dumbbell rack's step open (20 kg is on a rack
    2 kg apart and on one 2.5 kg apart): the loads lifted before then tell it (`earlier`)."""
    kind = as_logged(kind_of(card, place), performed)
    return kind.loading == "weighted" and rack_step_open(kind, performed, unit)


def seen_change(load: float, unit: Unit, performed: Sequence[SetEntry]) -> str | None:
    """ "up", "down" or "same": the next `load` (in `unit`) against the heaviest load just
    lifted, as the person sees the numbers; a load typed in the other unit is converted
    (it was compared as typed: 140 lb done, "down to 65 kg"). None: no load was lifted."""
    lifted = [
        (convert(e.load, e.unit or unit, unit), e.unit) for e in performed if e.load is not None
    ]
    if not lifted:
        return None
    top, typed = max(lifted, key=lambda x: x[0])
    tol = same_load_tolerance(typed, unit)
    return "up" if load > top + tol else "down" if load < top - tol else "same"


# A typed load this far from the target (a times or a fraction of it) is asked about before
# it is saved: "80" typed for a 40 kg target would otherwise make the next target 82.5 kg.
FAR_ABOVE, FAR_BELOW = 1.5, 0.5


@dataclass(frozen=True)
class FarLoad:
    """A typed load far from the target: the load as typed, the target, and the typed
    number read in the other unit when that is about the target (135 typed for 60 kg)."""

    load: float
    unit: Unit
    target: float
    target_unit: Unit
    above: bool
    other_unit: Unit | None = None


def far_from_target(
    entries: Sequence[SetEntry], target: float | None, unit: Unit
) -> FarLoad | None:
    """The first typed load far above or below the target (`target` in `unit`), if any."""
    if target is None or target <= 0:
        return None
    for e in entries:
        if e.load is None:
            continue
        typed = e.unit or unit
        ratio = convert(e.load, typed, unit) / target
        if FAR_BELOW < ratio < FAR_ABOVE:
            continue
        other = Unit.LB if typed == Unit.KG else Unit.KG
        # within a plate or two of the target in the other unit (a doubled kg load, 2.2
        # times the target in pounds, must not be taken for one)
        near = 0.925 <= convert(e.load, other, unit) / target <= 1.08
        return FarLoad(e.load, typed, target, unit, ratio > 1, other if near else None)
    return None
