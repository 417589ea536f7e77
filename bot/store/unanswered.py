"""Questions the coach could not answer, kept so the content can grow from real use."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot.store.models import UnansweredQuestion

MAX_TEXT = 500
# What one person's questions may take: they are for growing the content, and one person
# repeating themselves a thousand times should not fill the table.
PER_PERSON = 200


@dataclass(frozen=True)
class Asked:
    normalized: str
    example: str
    count: int
    users: int
    last_asked: datetime


def record(s: Session, user_id: int, text: str, normalized: str, now: datetime) -> None:
    """Keep the question, unless the person has PER_PERSON questions kept already."""
    if count_for(s, user_id) >= PER_PERSON:
        return
    s.add(
        UnansweredQuestion(
            user_id=user_id, text=text[:MAX_TEXT], normalized=normalized[:MAX_TEXT], asked_at=now
        )
    )


def count_for(s: Session, user_id: int) -> int:
    """How many of this person's questions are kept."""
    mine = select(func.count()).where(UnansweredQuestion.user_id == user_id)
    return int(s.scalar(mine) or 0)


def most_asked(s: Session, limit: int = 50) -> list[Asked]:
    """Grouped by normalised text, most frequent first."""
    count = func.count(UnansweredQuestion.id)
    stmt = (
        select(
            UnansweredQuestion.normalized,
            func.min(UnansweredQuestion.text),
            count,
            func.count(func.distinct(UnansweredQuestion.user_id)),
            func.max(UnansweredQuestion.asked_at),
        )
        .group_by(UnansweredQuestion.normalized)
        .order_by(count.desc(), func.max(UnansweredQuestion.asked_at).desc())
        .limit(limit)
    )
    rows = (s.execute(stmt)).all()
    return [Asked(r[0], r[1], int(r[2]), int(r[3]), r[4]) for r in rows]
