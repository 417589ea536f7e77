"""A workout asked about one exercise ("how heavy on hip thrusts today"): the workout, and
where that exercise is when the workout shown doesn't hold it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy.orm import Session

from bot.coach import programs as prog
from bot.runtime.services import Services
from bot.training.people import Caller, onboarded
from bot.training.targets import Target, targets
from bot.training.workouts import WorkoutView, today

LOOK_AHEAD = 14  # days: every rotation comes round within two weeks


@dataclass(frozen=True)
class Elsewhere:
    """The exercise asked, missing from the workout shown: its next planned day and target,
    or neither when the plan doesn't hold it at all."""

    name: str
    day: date | None = None
    target: Target | None = None


def today_asking(
    svc: Services, s: Session, caller: Caller, card_id: str
) -> tuple[WorkoutView, Elsewhere | None] | None:
    """/today's workout, and where `card_id` is when it is not in it."""
    view = today(svc, s, caller)
    if view is None:
        return None
    name = svc.content.exercises[card_id].name
    if any(card_id == t.exercise_id or name == t.instead_of for t in view.targets):
        return view, None  # its line in the workout says it all (or its easier start's)
    found = onboarded(s, caller, svc.clock.now())
    assert found is not None  # today() found them
    user, profile = found  # as today() planned it: later days are read, never planned
    for offset in range(1, LOOK_AHEAD + 1):
        day = view.workout.day + timedelta(days=offset)
        planned = prog.workout_for(svc.programs, profile, day)
        if planned is None or not any(
            card_id in (x.exercise_id, x.instead_of) for x in planned.exercises
        ):
            continue
        held = targets(svc, s, user.id, profile, planned)
        target = next(t for t in held if card_id == t.exercise_id or name == t.instead_of)
        return view, Elsewhere(name, day, target)
    return view, Elsewhere(name)
