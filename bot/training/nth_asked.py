"""One move of the workout asked by its place ("what was the second one again", "what's the
last one", while logging "what was the next one"): that move's line as /today shows it,
from the workout /today shows (last night's after midnight, the next one on a rest day).
Before, "I don't know that one yet"."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from bot.coach.nth_asked import NEXT, nth_asked
from bot.coach.status import ExerciseStatus
from bot.runtime.services import Services
from bot.store import logs
from bot.store.models import User
from bot.training.people import awaiting, finished_profile, last_night, local_today, planning
from bot.training.targets import Target
from bot.training.workouts import workout_view


@dataclass(frozen=True)
class NthAsked:
    place: int  # 1 for the first; -1 for the last; NEXT: after the one being logged
    item: Target | None  # None: the workout has fewer moves than that (or none is next)
    count: int  # the moves in the workout
    day: date  # the workout's day
    is_today: bool
    unit: str
    after: str | None = None  # NEXT: the exercise being logged, by name


def on_text(svc: Services, s: Session, user: User, text: str) -> NthAsked | None:
    profile = finished_profile(user)
    owed = awaiting(user)
    if profile is None or (owed is not None and owed.log_id is None):
        return None  # a setup or settings question waits: its answer, not this
    place = nth_asked(text)
    if place is None or (place == NEXT and (owed is None or owed.log_id is None)):
        return None  # "what's next" with nothing being logged: the coach's
    now = svc.clock.now()
    day = last_night(s, user, profile, now) or local_today(profile, now)
    view = workout_view(svc, s, user, planning(s, user, day) or profile, day)
    items, at_day = view.targets, view.workout.day == day
    if place == NEXT:
        assert owed is not None and owed.log_id is not None
        asked, then = _after(s, user, owed.log_id)
        item = next((t for t in items if then is not None and t.exercise_id == then), None)
        name = svc.content.exercises[asked].name if asked else None
        return NthAsked(NEXT, item, len(items), view.workout.day, at_day, view.unit, name)
    item = items[place - 1 if place > 0 else -1] if place <= len(items) and items else None
    return NthAsked(place, item, len(items), view.workout.day, at_day, view.unit)


def _after(s: Session, user: User, log_id: int) -> tuple[str | None, str | None]:
    """The exercise being logged and the one still to do after it, by their ids."""
    log = logs.exercise_log(s, user.id, log_id)
    if log is None:
        return None, None
    day = sorted(logs.exercises_of(s, user.id, log.session_id), key=lambda x: x.position)
    later = [
        x
        for x in day
        if x.position > log.position and x.status == ExerciseStatus.PENDING and x.id != log.id
    ]
    return log.exercise_id, later[0].exercise_id if later else None
