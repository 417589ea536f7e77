"""A workout typed with no day named, on a rest day, the day after a training day left
unlogged ("glute bridge 100 8 8 8 8, nordic 6 6 6" on Sunday, Saturday's workout never
logged): when every move named is one of yesterday's, it is yesterday's workout, logged
there as "yesterday: ..." would be. Before, it was saved as an extra session for today, the
bridge read as the bodyweight one. A move yesterday's workout doesn't hold keeps it today's."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy.orm import Session

from bot.coach.profile import Profile
from bot.coach.setlog import LogParseError, parse_log
from bot.coach.status import ExerciseStatus, SessionStatus
from bot.runtime.services import Services
from bot.store import logs
from bot.store.models import User
from bot.training import remark_asked
from bot.training.dayplan import is_rest_day
from bot.training.logbook import TextOutcome
from bot.training.logbook_named import DayMoves
from bot.training.logbook_story import story_parts
from bot.training.logbook_target import day_said_in
from bot.training.people import finished_profile, logging_today
from bot.training.remark_asked import LoggedAsked
from bot.training.stale_owed import release_unanswered
from bot.training.typed import has_digit, is_question


def on_text(svc: Services, s: Session, user: User, text: str) -> TextOutcome | LoggedAsked:
    profile = finished_profile(user)
    if profile is None or not has_digit(text) or is_question(text):
        return None
    if day_said_in(svc, profile, text)[0] is not None:
        return None  # its own day said
    now = svc.clock.now()
    today = logging_today(s, user, profile, now)
    release_unanswered(s, user, profile.tz, today, now)  # a move asked days ago: owed no more
    if user.awaiting:
        return None
    yesterday = today - timedelta(days=1)
    if not is_rest_day(svc, s, user.id, profile, today) or not _left_open(svc, s, user, yesterday):
        return None
    moves = DayMoves(svc, s, user, profile, yesterday)
    named = _named(svc, profile, text, moves)
    if not named or not all(moves.holds(m) for m in named):
        return None
    return remark_asked.on_text(svc, s, user, f"yesterday: {text}")


def _left_open(svc: Services, s: Session, user: User, day: date) -> bool:
    """Whether `day` was a training day with nothing of its workout logged or skipped, once
    training has begun (before, the program waits for the first workout: none was missed)."""
    profile = finished_profile(user)
    if profile is None or not logs.has_trained(s, user.id):
        return False
    if is_rest_day(svc, s, user.id, profile, day):
        return False
    session = logs.session_on(s, user.id, day)
    if session is None:
        return True
    if session.status != SessionStatus.OPEN:
        return False
    held = logs.exercises_of(s, user.id, session.id)
    return all(x.status == ExerciseStatus.PENDING for x in held)


def _named(svc: Services, profile: Profile, text: str, moves: DayMoves) -> set[str]:
    """The moves a log names, read against the day's workout (none: no log)."""
    parts = story_parts(svc, profile, None, text, moves.resolve, moves.rep_top)
    if parts:
        return {p.exercise_id for p in parts if p.exercise_id is not None}
    try:
        parsed = parse_log(
            text, unit=profile.unit, planned=None, resolve_exercise=moves.resolve,
            rep_top_of=moves.rep_top,
        )  # fmt: skip
    except LogParseError:
        return set()
    return {parsed.exercise_id} if parsed.exercise_id and parsed.action == "sets" else set()
