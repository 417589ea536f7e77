"""The moves done named with why the rest weren't, said with nothing being logged ("only did
hip thrust and monster walk, no time" after the day's push got the Monster walk card): the
day's log starts with those moves, their sets asked, and the rest skipped, as the same words
do mid-logging (logbook.py: ends_workout)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from bot.coach.compose import named_cards
from bot.coach.status import ExerciseStatus
from bot.runtime.services import Services
from bot.store import logs
from bot.store.models import User
from bot.training.dayplan import day_done, is_rest_day
from bot.training.logbook_replies import Ask, Saved
from bot.training.logbook_skips import skipped
from bot.training.logbook_steps import ask, open_day
from bot.training.people import finished_profile, logging_today
from bot.training.typed import ends_workout, has_digit, is_question


def on_text(svc: Services, s: Session, user: User, text: str) -> Saved | Ask | None:
    """The rest of the day's workout skipped, the first move named asked next; None while
    something is being logged, on a rest day, with the day's workout done, or when no move
    of the day's workout is named."""
    profile = finished_profile(user)
    if profile is None or user.awaiting or has_digit(text) or is_question(text):
        return None
    if not ends_workout(text) or not (named := set(named_cards(svc.content, text))):
        return None
    day = logging_today(s, user, profile, svc.clock.now())
    if is_rest_day(svc, s, user.id, profile, day) or day_done(s, user.id, day):
        return None
    session = logs.session_on(s, user.id, day)
    planned = logs.exercises_of(s, user.id, session.id) if session is not None else []
    if session is not None and not any(x.exercise_id in named for x in planned):
        return None
    _, exercises = open_day(svc, s, user, profile, day)
    left = [x for x in exercises if x.status == ExerciseStatus.PENDING]
    if not any(x.exercise_id in named for x in left):
        return None  # nothing named is in the day's workout: not what this is
    rest = [x for x in left if x.exercise_id not in named]
    if rest:
        return skipped(svc, s, user, rest, text)
    return ask(svc, s, user, next(x for x in left if x.exercise_id in named), exercises)
