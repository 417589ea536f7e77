"""The one user factory for the tests: a person's columns, set up or not."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from bot.store.models import User

# A finished setup: toning at the gym, Monday and Thursday at 18:30 in Berlin, in kg.
PROFILE: dict[str, Any] = {
    "goal": "tone",
    "experience": "some",
    "place": "gym",
    "days": "0,3",
    "push_time": "18:30",
    "tz": "Europe/Berlin",
    "unit": "kg",
    "started_on": date(2026, 11, 2),
}


def user_columns(user_id: int, now: datetime, *, onboarded: bool = True, **columns: Any) -> dict:
    """A users row as a dict (for Core inserts); keywords override any column."""
    row: dict[str, Any] = {
        "id": user_id,
        "chat_id": user_id,
        "created_at": now,
        "updated_at": now,
        "version": 1,
        "active": True,
        "paused": False,
    }
    if onboarded:
        row |= PROFILE | {"onboarded_at": now}
    return row | columns


def make_user(user_id: int, now: datetime, *, onboarded: bool = True, **columns: Any) -> User:
    """A User row, onboarded with PROFILE unless told otherwise; keywords override columns."""
    return User(**user_columns(user_id, now, onboarded=onboarded, **columns))
