"""A whole workout told for a day it can't be saved into ("on wednesday i did it all" with
Wednesday a rest day, "did it all yesterday" after a rest day, "did monday's workout" with
Monday's logged, "did it all last week", "did it all tomorrow"): the words went to the coach as a
question (the toning article, "I don't know that one yet") or, for a day ahead, today's
workout was saved, and nothing was said of the workout. Now the
reply says why nothing is saved, and what to send: on a rest day, which workout is meant is
not clear, so the one still open before it is offered by its day, and sets with the day."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy.orm import Session

from bot.coach.status import SessionStatus
from bot.runtime.services import Services
from bot.store import logs
from bot.store.models import User
from bot.training import whole_day
from bot.training.dayplan import is_rest_day
from bot.training.people import MAX_DAYS_BACK, finished_profile, local_today


@dataclass(frozen=True)
class WhichDay:
    """Why the whole day said for `day` saved nothing: "far" (over MAX_DAYS_BACK days
    back), "rest" (a rest day: `open_day`, an earlier workout still open, offered), "done"
    (its workout is logged already) or "ahead" (not come yet: `words` said it)."""

    why: str
    day: date
    days_back: int
    unit: str  # the person's, for the example sets
    open_day: date | None = None
    max_back: int = MAX_DAYS_BACK
    words: str = ""
    today_open: bool = True  # "ahead": today a training day not logged yet, "did it all" offered


def on_text(svc: Services, s: Session, user: User, text: str) -> WhichDay | None:
    """None unless the text tells a whole workout for an earlier day that whole_day.py
    could not save (it runs first: this is what it left)."""
    profile = finished_profile(user)
    if profile is None or user.awaiting or not whole_day.told_whole(text):
        return None
    today = local_today(profile, svc.clock.now())
    said = whole_day.day_of(profile, text, today)
    if said is None and (ahead := whole_day.day_ahead(profile, text, today)) is not None:
        session = logs.session_on(s, user.id, today)
        logged = session is not None and session.status == SessionStatus.DONE
        rest = is_rest_day(svc, s, user.id, profile, today) or logged  # say nothing of today
        return WhichDay(
            "ahead", ahead.day, 0, profile.unit.value, words=ahead.words, today_open=not rest
        )
    if said is None or said.day >= today:
        return None
    back, unit = (today - said.day).days, profile.unit.value
    if back > MAX_DAYS_BACK:
        return WhichDay("far", said.day, back, unit)
    if is_rest_day(svc, s, user.id, profile, said.day):
        return WhichDay("rest", said.day, back, unit, _open_before(svc, s, user, said.day, today))
    session = logs.session_on(s, user.id, said.day)
    if session is not None and session.status == SessionStatus.DONE:
        return WhichDay("done", said.day, back, unit)
    return None


def _open_before(svc: Services, s: Session, user: User, day: date, today: date) -> date | None:
    """The last training day before `day`, within reach, whose workout isn't logged."""
    profile = finished_profile(user)
    for back in range(1, MAX_DAYS_BACK + 1):
        earlier = day - timedelta(days=back)
        if profile is None or (today - earlier).days > MAX_DAYS_BACK:
            return None
        if is_rest_day(svc, s, user.id, profile, earlier):
            continue
        session = logs.session_on(s, user.id, earlier)
        return earlier if session is None or session.status != SessionStatus.DONE else None
    return None
