"""What a change of time zone or push time means for the days just ahead, said with the
profile: today's workout still on when the change put its push time behind, and a push time
the clocks jump past (a spring-forward gap) in the week ahead; and today's workout made
another by a change of goal, place or experience after its push."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from bot.coach import schedule
from bot.store import deliveries, logs
from bot.store.models import User
from bot.training.people import profile_of, reschedule

# The settings whose change can put today's push time behind the clock (days: today made one).
CLOCK_STEPS = frozenset({"zone", "time", "days"})


def still_on_today(s: Session, user: User, now: datetime) -> bool:
    """Today (in the zone now kept) is a training day whose push time has passed, and its
    workout was neither pushed (in this zone or the old one) nor logged nor skipped: the
    next push is a later day's, so without a word today's workout would be dropped."""
    profile = profile_of(user)
    if profile is None or user.paused or not user.active:
        return False
    today = schedule.local_date(now, profile.tz)
    if today.weekday() not in profile.days:
        return False
    due = schedule.push_instant(today, profile.push_time, profile.tz)
    if due is None or due > now:  # still to come today: the push brings it
        return False
    if logs.session_on(s, user.id, today) is not None:
        return False
    since = datetime.combine(today, time(0), ZoneInfo(profile.tz))
    return not deliveries.pushed_for(s, user.id, today, since)


# The settings that make today's workout another one (its moves, loads or sets).
PLAN_STEPS = frozenset({"goal", "place", "experience"})


def pushed_today_unlogged(s: Session, user: User, now: datetime) -> bool:
    """Today's workout was pushed and nothing of it is logged or skipped yet: a change of
    goal, place or experience now makes that push show another workout than /today."""
    profile = profile_of(user)
    if profile is None or user.paused or not user.active:
        return False
    today = schedule.local_date(now, profile.tz)
    if today.weekday() not in profile.days or logs.session_on(s, user.id, today) is not None:
        return False
    since = datetime.combine(today, time(0), ZoneInfo(profile.tz))
    return deliveries.pushed_for(s, user.id, today, since)


def after_todays_push(s: Session, user: User, now: datetime) -> None:
    """A push time moved later today, today's workout pushed at the old one already: the
    next push is a later day's, as one push a day comes (the profile said "Saturday at
    18:15" and nothing came)."""
    if user.next_push_at is None or not user.tz:
        return
    day = schedule.local_date(user.next_push_at, user.tz)
    if day != schedule.local_date(now, user.tz):
        return
    start = datetime.combine(day, time(0), ZoneInfo(user.tz))
    if deliveries.pushed_for(s, user.id, day, start):
        reschedule(user, start + timedelta(days=1))


def gap_ahead(user: User, now: datetime) -> tuple[date, time] | None:
    """A training day in the week ahead whose push time the clocks jump past, and when its
    push comes instead."""
    profile = profile_of(user)
    if profile is None:
        return None
    return schedule.gap_day(profile.days, profile.push_time, profile.tz, now)
