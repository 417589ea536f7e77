""" "Log single exercises" tapped on a rest day: the reply's example is a move of the
person's own plan (log_example), not "hip thrust 135lb 12 12 10", a barbell load told to
someone at home with bands. Wraps the button's step (logbook.on_rest_press) in the routes."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy.orm import Session

from bot.runtime.services import Services
from bot.store.models import User
from bot.training.log_example import log_example
from bot.training.logbook import SingleExercises, Tapped
from bot.training.logbook_edit import ButtonStep
from bot.training.outcomes import LogExample


@dataclass(frozen=True)
class OwnSingleExercises(SingleExercises):
    """SingleExercises with a move of one's own plan to show as the example."""

    example: LogExample | None = None


def with_own_example(step: ButtonStep) -> ButtonStep:
    """`step`, its SingleExercises reply carrying the person's own example."""

    def pressed(svc: Services, s: Session, user: User, parts: list[str]) -> Any:
        tapped = step(svc, s, user, parts)
        if isinstance(tapped, Tapped) and isinstance(tapped.then, SingleExercises):
            own = OwnSingleExercises(tapped.then.unit, log_example(svc, s, user))
            return replace(tapped, then=own)
        return tapped

    return pressed
