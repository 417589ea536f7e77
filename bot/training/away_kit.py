"""Kit said for a while away ("in a hotel gym next week, only dumbbells up to 30kg"): kept
on the person's row, so those days' workouts (push, /today, /week, logging, Swap) are
planned for it (Profile.place_on, Profile.away_on)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from sqlalchemy.orm import Session

from bot.coach import schedule
from bot.coach.away_kit import (
    NOTHING_HELD,
    aways_said,
    back_said,
    gym_there_said,
    kept_with,
    most_said,
)
from bot.coach.profile import Unit
from bot.coach.smalltalk import Intent, understand
from bot.runtime.services import Services
from bot.store import users
from bot.store.models import User
from bot.training.changes import home_zone, trip_zone
from bot.training.outcomes import Talk
from bot.training.questions import sets_typed


def on_text(svc: Services, s: Session, user: User, text: str) -> Talk | None:
    """The kit away said by someone set up, kept and said back; None: no such thing said.
    Tried before a set log: "only dumbbells up to 30kg" typed mid-workout is no set."""
    if user.onboarded_at is None or not user.tz:
        return None
    today = schedule.local_date(svc.clock.now(), user.tz)
    unit = Unit(user.unit or Unit.KG.value)
    said = aways_said(text, today, unit)
    if not said:
        return _said_again(user, text, today, unit) or _back_early(svc, s, user, text, today)
    kept = users.aways_of(user)
    for one in said:
        kept = kept_with(kept, one, today)
    users.set_aways(user, kept)
    away = said[0]
    also = tuple(x for x in kept if x.first != away.first)
    moved = trip_zone(svc, s, user, text)  # "I'm in New York this week, only dumbbells"
    return Talk(
        Intent.AWAY,
        True,
        paused=bool(user.paused),
        place=user.place,
        away=away,
        away_also=also,
        unit=user.unit,
        away_zone=user.tz if moved else None,
        sets_left=_sets_beside(svc, text, today, unit),
    )


def _sets_beside(svc: Services, text: str, today: date, unit: Unit) -> str | None:
    """Sets told in a sentence of their own beside the kit ("At the hotel gym: dumbbells
    only up to 50 lb. Did hip thrusts with a 50 lb dumbbell, 3x15."): not saved with the
    kit, so said to be sent on their own, never dropped unsaid."""
    for part in re.split(r"(?<=[.!?;])\s+", text.strip()):
        said = part.strip(" .!?;")
        if said and not aways_said(said, today, unit) and sets_typed(svc, said):
            return said
    return None


def _said_again(user: User, text: str, today: date, unit: Unit) -> Talk | None:
    """Of the while away kept (the one on now, else the next): a gym there after all ("the
    hotel has a full gym") drops it, the usual plan kept; the heaviest dumbbell said again
    ("I meant dumbbells up to 40 lb") replaces the one said."""
    aways = users.aways_of(user)
    kept = next((x for x in aways if x.last >= today), None)
    if kept is None:
        return None
    others = tuple(x for x in aways if x is not kept and x.last >= today)
    talk = Talk(Intent.AWAY, True, paused=bool(user.paused), place=user.place, unit=user.unit)
    if gym_there_said(text):
        users.set_aways(user, others)
        return replace(talk, away_gym=True, away_dropped=kept)
    most = most_said(text, unit) if kept.most != NOTHING_HELD else None
    if most is None:
        return None
    changed = replace(kept, most=most[0], unit=most[1])
    users.set_aways(user, (*others, changed))
    return replace(talk, away=changed, away_also=others)


def _back_early(svc: Services, s: Session, user: User, text: str, today: date) -> Talk | None:
    """Back before the days away are over ("back home", "I'm back"): the usual plan from
    today on, said with the welcome back."""
    aways = users.aways_of(user)
    kept = next((x for x in aways if x.holds(today)), None)
    if kept is None:
        return None
    if not back_said(text) and understand(text) != Intent.RESUME:
        return None
    ended = replace(kept, last=today - timedelta(days=1))  # the days before stay as planned
    others = [x for x in aways if x is not kept] + ([ended] if ended.last >= ended.first else [])
    users.set_aways(user, others)
    home = home_zone(svc, s, user)  # back from a trip to another zone too: home's time
    return Talk(
        Intent.RESUME,
        True,
        paused=bool(user.paused),
        place=user.place,
        away_over=True,
        away_zone=user.tz if home else None,
    )
