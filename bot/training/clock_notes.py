"""What the push time means for the days just ahead, said with the profile: a push time the
clocks jump past (a spring-forward gap) in the week ahead."""

from __future__ import annotations

from datetime import date, datetime, time

from bot.coach import schedule
from bot.store.models import User
from bot.training.people import profile_of


def gap_ahead(user: User, now: datetime) -> tuple[date, time] | None:
    """A training day in the week ahead whose push time the clocks jump past, and when its
    push comes instead."""
    profile = profile_of(user)
    if profile is None:
        return None
    return schedule.gap_day(profile.days, profile.push_time, profile.tz, now)
