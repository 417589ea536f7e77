"""Training-log rules that need the exercise cards: swaps, progression inputs, set echoes.

Pure: cards and numbers in, decisions out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from bot.coach.knowledge import Content, Exercise
from bot.coach.profile import Place, Unit
from bot.coach.progression import (
    ExerciseKind,
    Prescription,
    convert,
    loadable,
    next_prescription,
    rescale,
)
from bot.coach.setlog import Planned, SetEntry


def kind_of(card: Exercise) -> ExerciseKind:
    return ExerciseKind(
        loading=card.loading.value,
        equipment=tuple(e.value for e in card.equipment),
        harder=card.harder,
        easier=card.easier,
    )


def swaps(content: Content, exercise_id: str, place: Place, limit: int = 4) -> list[Exercise]:
    """Alternatives with the same movement pattern and equipment, doable at `place`, so the
    swap can carry the same target (sets, reps and load)."""
    card = content.exercises[exercise_id]
    same = [
        x
        for x in content.exercises.values()
        if x.id != card.id
        and x.pattern == card.pattern
        and place in x.places
        and x.loading == card.loading
        and set(x.equipment) & set(card.equipment)
    ]
    return same[:limit]


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
) -> Prescription:
    """Today's target from the last time this exercise was done, inside today's rep range.

    Progression decides in last time's range (up, down, same); a weighted load then moves
    to today's range by Epley's estimate, from the top of last time's range to the top of
    today's, so a load survives the program's rotation between 3-8, 8-12 and 12-20. The
    estimate needs no stored state and follows every exposure, where a load remembered per
    range would be weeks old by the time its range comes round again. Loads land on the
    kit's grid in the person's unit, never below the empty bar.
    """
    kind = kind_of(card)
    rx = next_prescription(kind, last, performed, missed_before=missed_before)
    low, high = today_reps
    load = rx.load
    if kind.loading == "weighted" and load is not None:
        load = loadable(kind, unit, convert(load, rx.unit, unit))
        if high != last.rep_high:
            missed = rx.change == "down" or rx.reason_code == "at_minimum"
            load = rescale(kind, unit, load, last.rep_high, high, down=missed)
    elif kind.loading != "weighted":
        load = None
    return replace(rx, load=load, unit=unit, rep_low=low, rep_high=high)
