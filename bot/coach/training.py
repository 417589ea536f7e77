"""Training-log rules that need the exercise cards: swaps, progression inputs, set echoes.

Pure: cards and numbers in, decisions out.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.coach.knowledge import Content, Exercise
from bot.coach.profile import Place, Unit
from bot.coach.progression import ExerciseKind, Prescription, convert, next_prescription
from bot.coach.setlog import Planned, SetEntry


def kind_of(card: Exercise) -> ExerciseKind:
    return ExerciseKind(
        loading=card.loading.value,
        equipment=tuple(e.value for e in card.equipment),
        harder=card.harder,
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
) -> Prescription | None:
    """The next target from the last time this exercise was done.

    Weighted loads only carry over between sessions with the same rep range: a load for
    sets of 12-20 says nothing about sets of 3-8. Returns None when history gives nothing.
    """
    kind = kind_of(card)
    if kind.loading == "weighted" and (last.rep_low, last.rep_high) != today_reps:
        return None
    rx = next_prescription(kind, last, performed)
    if rx.load is not None and rx.unit != unit:
        step = 0.5 if unit == Unit.KG else 1.0
        converted = round(convert(rx.load, rx.unit, unit) / step) * step
        rx = Prescription(
            converted, unit, rx.rep_low, rx.rep_high, rx.change, rx.reason_code, rx.variation
        )
    return rx
