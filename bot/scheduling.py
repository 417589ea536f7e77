"""Keeping a user's next-push instant in step with their profile."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from bot.coach import schedule
from bot.store.models import User
from bot.store.users import profile_of


def reschedule(user: User, now: datetime) -> None:
    """Recompute next_push_at from days, time and zone; None when no push is due."""
    profile = profile_of(user)
    if profile is None or user.onboarded_at is None or not user.active or user.paused:
        user.next_push_at = None
        return
    user.next_push_at = schedule.next_push_at(profile.days, profile.push_time, profile.tz, now)


def next_push_text(user: User) -> str | None:
    """When the next push arrives, in the person's own time: "Thursday at 18:30"."""
    if user.next_push_at is None or not user.tz:
        return None
    return user.next_push_at.astimezone(ZoneInfo(user.tz)).strftime("%A at %H:%M")
