"""Whether numbers typed for a move that takes no weights may still hold a load: a
Bulgarian split squat at a gym is done holding dumbbells (its card names them, and
targets.held_on says the day has some), so "40 10 10 10" is 40 lb for three sets of 10,
never a set of 40 reps and three of 10."""

from __future__ import annotations

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
    card = svc.content.exercises[log.exercise_id]
    if card.loading == Loading.WEIGHTED or not any(kit in card.equipment for kit in _HELD):
        return False
    return held_on(profile, logs.session_of(s, user.id, log.session_id).day)
