"""One move of the workout asked by its place ("what was the second one again", "what's the
last one"): that move's line as /today shows it, from the workout /today shows (last
night's after midnight, the next one on a rest day). Before, "I don't know that one yet"."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from bot.coach.nth_asked import nth_asked
from bot.runtime.services import Services
from bot.store.models import User
from bot.training.people import finished_profile, last_night, local_today, planning
from bot.training.targets import Target
from bot.training.workouts import workout_view


@dataclass(frozen=True)
class NthAsked:
    place: int  # 1 for the first; -1 for the last
    item: Target | None  # None: the workout has fewer moves than that
    count: int  # the moves in the workout
    day: date  # the workout's day
    is_today: bool
    unit: str


def on_text(svc: Services, s: Session, user: User, text: str) -> NthAsked | None:
    profile = finished_profile(user)
    if profile is None or user.awaiting:
        return None
    place = nth_asked(text)
    if place is None:
        return None
    now = svc.clock.now()
    day = last_night(s, user, profile, now) or local_today(profile, now)
    view = workout_view(svc, s, user, planning(s, user, day) or profile, day)
    items = view.targets
    item = items[place - 1 if place > 0 else -1] if place <= len(items) and items else None
    return NthAsked(place, item, len(items), view.workout.day, view.workout.day == day, view.unit)
