"""A log typed for another day ("squats 40kg 10 10 10 yesterday", "last night: RDL 3x8 40kg",
"on monday I did hip thrusts 3x10 at 60"): saved into that day's session, opened as its
"Start logging" opens it (bot/coach/setlog_day.py finds the day, in the person's local
time). Today and the 6 days before it can be logged; a day ahead or further back is said
so, with what to send instead, and nothing is saved."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy.orm import Session

from bot.coach.profile import Profile
from bot.coach.setlog import LogParseError, parse_log
from bot.coach.setlog_day import SaidDay
from bot.runtime.services import Services
from bot.store.models import ExerciseLog, User
from bot.training.logbook_named import WhichExercise, named_entry, resolver, told_exercise
from bot.training.logbook_replies import Echo, ParseFailed
from bot.training.logbook_story import keep_back
from bot.training.people import local_today
from bot.training.typed import has_digit

MAX_DAYS_BACK = 6


@dataclass(frozen=True)
class DayOutOfReach:
    """Sets said for a day that can't be logged (log_day_unreachable): nothing saved."""

    when: str  # the words that said it
    day: date
    ahead: bool
    earliest: date
    retype: str  # the text without the day: what to send to log it for today
    max_back: int = MAX_DAYS_BACK


def for_day(
    svc: Services,
    s: Session,
    user: User,
    profile: Profile,
    said: SaidDay,
    text: str,
    current: ExerciseLog | None,
) -> Echo | ParseFailed | DayOutOfReach | None:
    """`text` (the day's words cut) as a log for `said.day`, while `current` (if any) is owed
    on another day: it is asked for again once this is saved."""
    today = local_today(profile, svc.clock.now())
    earliest = today - timedelta(days=MAX_DAYS_BACK)
    if not earliest <= said.day <= today:
        if not _reads_as_log(svc, profile, text):
            return None  # "move it to next monday at 6": talk, for the coach or settings
        return DayOutOfReach(said.words, said.day, said.day > today, earliest, text)
    out = named_entry(svc, s, user, profile, text, said.day, said.words)
    if isinstance(out, WhichExercise):  # "12 12 10 yesterday": which exercise was it?
        return ParseFailed("day_unnamed", {"when": said.words}, "", profile.unit.value, True)
    if isinstance(out, Echo) and current is not None:
        keep_back(user, current.id)
    return out


def _reads_as_log(svc: Services, profile: Profile, text: str) -> bool:
    """Sets, or a statement naming an exercise with numbers: what a log for that day would
    have been ("squats 3x10 at 40", "I did hip thrusts 3x10 at 60")."""
    if not has_digit(text):
        return False
    if told_exercise(svc, text) is not None:
        return True
    try:
        parse_log(text, unit=profile.unit, planned=None, resolve_exercise=resolver(svc))
    except LogParseError:
        return False
    return True
