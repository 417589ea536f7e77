"""How a move went the last time it came up, skipped or done: "same as last time" repeats a
skip too (a move skipped last time is skipped again, never saved as done)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.coach.status import ExerciseStatus
from bot.store.models import ExerciseLog, WorkoutSession


def last_status(s: Session, user_id: int, exercise_id: str, before: date) -> ExerciseStatus | None:
    """The status of `exercise_id` the last day before `before` it was done or skipped."""
    stmt = (
        select(ExerciseLog.status)
        .join(WorkoutSession, WorkoutSession.id == ExerciseLog.session_id)
        .where(
            ExerciseLog.user_id == user_id,
            ExerciseLog.exercise_id == exercise_id,
            ExerciseLog.status != ExerciseStatus.PENDING,
            WorkoutSession.day < before,
        )
        .order_by(WorkoutSession.day.desc(), ExerciseLog.id.desc())
        .limit(1)
    )
    found = s.scalar(stmt)
    return ExerciseStatus(found) if found is not None else None
