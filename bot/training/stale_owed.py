"""An exercise asked on an earlier day and never answered stops being owed once a later
day's workout comes (its push, or /today): otherwise days later "same as last time" or
typed sets went to that old prompt. What was saved then stays saved; an entry typed for
another day on purpose (its way back kept, logbook_day.py) is not released."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from bot.store import logs
from bot.store.models import User
from bot.training.awaiting import Awaiting
from bot.training.logbook_story import back_of
from bot.training.people import expect


def release_earlier_day(s: Session, user: User, today: date) -> bool:
    """Stop waiting for an exercise of a day before `today`; True when one was released."""
    owed = Awaiting.parse(user.awaiting)
    if owed is None or owed.log_id is None or back_of(user) is not None:
        return False  # nothing logged is owed, or another day's entry was typed on purpose
    log = logs.exercise_log(s, user.id, owed.log_id)
    if log is not None and logs.session_of(s, user.id, log.session_id).day >= today:
        return False
    expect(user, None)
    return True
