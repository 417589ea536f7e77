"""A photo, voice note or video sent on a training day whose workout is not logged yet: most
likely the workout itself ("a photo of my workout"), so the reply says how to log it in
words rather than only asking for a question."""

from __future__ import annotations

from sqlalchemy.orm import Session

from bot.coach.status import SessionStatus
from bot.runtime.services import Services
from bot.store import logs, users
from bot.training.dayplan import day_done, is_rest_day
from bot.training.people import finished_profile, logging_today


def workout_waiting(svc: Services, s: Session, user_id: int) -> bool:
    """Whether today (or last night, after midnight) holds a workout not logged yet, with
    nothing else asked of the person. Reads only: the program's start is not moved."""
    user = users.get_user(s, user_id)
    profile = finished_profile(user) if user is not None else None
    if user is None or profile is None or user.awaiting or user.paused:
        return False
    today = logging_today(s, user, profile, svc.clock.now())
    session = logs.session_on(s, user.id, today)
    if session is not None and session.status in (SessionStatus.SKIPPED, SessionStatus.MOVED):
        return False  # skipped, or moved to another day
    return not day_done(s, user.id, today) and not is_rest_day(svc, s, user.id, profile, today)
