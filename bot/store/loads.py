"""The loads a person has lifted on a move, which tell their kit: 12.5 or 17.5 kg once
typed on dumbbells is a rack 2.5 kg apart (bot/coach/progression.py: half_kg_rack)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from bot.store.models import SetLog

MOST_LOADS = 50  # the loads looked at, newest first: a rack shows in a few of them


def loaded_before(user_id: int, exercise_id: str, before: date) -> Select[float | None, str | None]:
    """The loads and units of `exercise_id`'s sets done with one before `before`."""
    return select(SetLog.load, SetLog.unit).where(
        SetLog.user_id == user_id,
        SetLog.exercise_id == exercise_id,
        SetLog.load.is_not(None),
        SetLog.day < before,
    )


def loads_lifted(
    s: Session, user_id: int, exercise_id: str, before: date
) -> list[tuple[float, str | None]]:
    """The distinct loads (with their units) `exercise_id` was done with before `before`."""
    stmt = (
        loaded_before(user_id, exercise_id, before)
        .group_by(SetLog.load, SetLog.unit)
        .order_by(func.max(SetLog.day).desc())
        .limit(MOST_LOADS)
    )
    return [(float(row.load), row.unit) for row in s.execute(stmt)]
