"""Whether numbers typed for a move that takes no weights may still hold a load: a
Bulgarian split squat at a gym is done holding dumbbells (its card names them, and
targets.held_on says the day has some), so "40 10 10 10" is 40 lb for three sets of 10,
never a set of 40 reps and three of 10."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from bot.coach.knowledge import Equipment, Loading
from bot.coach.profile import Profile
from bot.runtime.services import Services
from bot.store import logs
from bot.store.models import ExerciseLog, User
from bot.training.targets import held_on

_HELD = (Equipment.DUMBBELL, Equipment.PLATE)


def holds_load(svc: Services, s: Session, user: User, profile: Profile, log: ExerciseLog) -> bool:
    """Whether `log`'s move, with no load of its own, is done holding one where its day is
    trained (its card names dumbbells or a plate, and the day has them)."""
    day = logs.session_of(s, user.id, log.session_id).day
    return holds_on(svc, profile, log.exercise_id, day)


def holds_on(svc: Services, profile: Profile, exercise_id: str, day: date) -> bool:
    """The same for a move named, on `day`."""
    card = svc.content.exercises[exercise_id]
    if card.loading == Loading.WEIGHTED or not any(kit in card.equipment for kit in _HELD):
        return False
    return held_on(profile, day)


def no_load_on(svc: Services, profile: Profile, exercise_id: str, day: date) -> bool:
    """Whether a move named takes no load on `day`: none of its own, none held there."""
    card = svc.content.exercises.get(exercise_id)
    return (
        card is not None
        and card.loading != Loading.WEIGHTED
        and not holds_on(svc, profile, exercise_id, day)
    )
