"""One day's log deleted on request ("delete yesterday's log"): the day's entries shown,
to delete with one tap (the offer's nonce, as /delete's, so an old or forged button does
nothing); the rest of the log and the profile stay."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from bot.coach.day_delete import day_delete_asked
from bot.coach.status import ExerciseStatus
from bot.runtime.services import Services
from bot.store import logs
from bot.store import reports as store
from bot.store.models import User
from bot.training.awaiting import Awaiting
from bot.training.logbook_steps import name_of
from bot.training.people import expect, finished_profile, local_today
from bot.training.reports import DELETE_TTL
from bot.training.targets import entries_of, sets_text


@dataclass(frozen=True)
class DayDeleteOffer:
    day: date
    lines: tuple[tuple[str, str], ...]  # (exercise, its sets as text, or "skipped")
    nonce: str
    session_id: int


@dataclass(frozen=True)
class NothingThatDay:
    day: date | None  # None: no day said ("remove one day from my log"): which?


@dataclass(frozen=True)
class DayDeleted:
    day: date


def on_text(
    svc: Services, s: Session, user: User, text: str
) -> DayDeleteOffer | NothingThatDay | None:
    profile = finished_profile(user)
    if profile is None:
        return None
    asked = day_delete_asked(text, local_today(profile, svc.clock.now()))
    if asked is None:
        return None
    if isinstance(asked, bool):
        return NothingThatDay(None)
    session = logs.session_on(s, user.id, asked)
    rows = logs.exercises_of(s, user.id, session.id) if session is not None else []
    entered = [x for x in rows if x.status != ExerciseStatus.PENDING]
    if session is None or not entered:
        return NothingThatDay(asked)
    lines = tuple(
        (name_of(svc, x.exercise_id), sets_text(entries_of(logs.sets_of(s, x.id))) or "skipped")
        for x in entered
    )
    nonce = store.offer_delete(s, user.id, svc.clock.now(), DELETE_TTL)
    return DayDeleteOffer(asked, lines, nonce, session.id)


def on_press(svc: Services, s: Session, user: User, parts: list[str]) -> DayDeleted | None:
    """ "dday:<nonce>:<session id>": the day's Delete tapped on the person's own live offer;
    None (stale) otherwise."""
    if len(parts) != 3 or not parts[2].isdigit():
        return None
    nonce = parts[1]
    try:
        session = logs.session_of(s, user.id, int(parts[2]))
    except LookupError:
        return None
    if not store.take_offer(s, user.id, nonce, svc.clock.now()):
        return None
    owed = Awaiting.parse(user.awaiting)
    ids = {x.id for x in logs.exercises_of(s, user.id, session.id)}
    if owed is not None and owed.log_id in ids:
        expect(user, None)  # an exercise of that day was being asked: no longer
    day = session.day
    store.delete_session(s, user.id, session.id)
    return DayDeleted(day)
