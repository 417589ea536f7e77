"""Rest timers: at most one running per person, kept in the database so a restart or another
worker still fires it, and fires it once.

Starting a timer replaces the person's running one (a new row, a new id). The rest loop
(bot/tg/rest.py) claims due timers with a lease, then fires each in one transaction that
deletes its row by id and queues the message: a timer replaced, cancelled or already fired
deletes nothing, so nothing is queued twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import BigInteger, ForeignKey, Index, Integer, delete, or_, select, update
from sqlalchemy.orm import Mapped, Session, mapped_column

from bot.store.models import Base
from bot.store.types import UTCDateTime


class RestTimer(Base):
    __tablename__ = "rest_timers"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("users.id", ondelete="CASCADE"), unique=True
    )
    chat_id: Mapped[int] = mapped_column(BigInteger)
    log_id: Mapped[int] = mapped_column(Integer)  # the exercise being rested for
    seconds: Mapped[int] = mapped_column(Integer)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime())
    due_at: Mapped[datetime] = mapped_column(UTCDateTime())
    # Set by a claim: until then one worker is firing it; a crashed one's lease runs out.
    lease_until: Mapped[datetime | None] = mapped_column(UTCDateTime())

    # AUTOINCREMENT: SQLite would otherwise give a replacing timer its predecessor's id,
    # and a claim of the old one would take the new one.
    __table_args__ = (Index("ix_rest_timers_due_at", "due_at"), {"sqlite_autoincrement": True})


@dataclass(frozen=True)
class Claimed:
    id: int
    user_id: int
    chat_id: int
    log_id: int
    seconds: int
    due_at: datetime


def start(
    s: Session, user_id: int, chat_id: int, log_id: int, seconds: int, now: datetime
) -> datetime:
    """The person's timer from now on, replacing any running one (under a new id, never
    reused); returns when it is due."""
    cancel(s, user_id)
    due = now + timedelta(seconds=seconds)
    s.add(
        RestTimer(
            user_id=user_id,
            chat_id=chat_id,
            log_id=log_id,
            seconds=seconds,
            started_at=now,
            due_at=due,
        )
    )
    s.flush()
    return due


def cancel(s: Session, user_id: int) -> None:
    s.execute(delete(RestTimer).where(RestTimer.user_id == user_id))


def running(s: Session, user_id: int) -> RestTimer | None:
    return s.execute(select(RestTimer).where(RestTimer.user_id == user_id)).scalar_one_or_none()


def claim_due(s: Session, now: datetime, limit: int, lease: timedelta) -> list[Claimed]:
    """Up to `limit` timers due by `now` and not being fired elsewhere, in one statement;
    each carries a lease until `now + lease` (FOR UPDATE SKIP LOCKED on PostgreSQL)."""
    t = RestTimer
    due = (
        select(t.id)
        .where(t.due_at <= now, or_(t.lease_until.is_(None), t.lease_until < now))
        .order_by(t.due_at)
        .limit(limit)
        .with_for_update(skip_locked=True)
    )
    stmt = (
        update(t)
        .where(t.id.in_(due))
        .values(lease_until=now + lease)
        .returning(t.id, t.user_id, t.chat_id, t.log_id, t.seconds, t.due_at)
        .execution_options(synchronize_session=False)
    )
    # RETURNING keeps no order: the earliest due is fired first.
    return sorted((Claimed(*row) for row in s.execute(stmt)), key=lambda c: (c.due_at, c.id))


def take(s: Session, timer_id: int) -> bool:
    """The claimed timer's row deleted: True only for the one transaction that deletes it."""
    result = s.execute(
        delete(RestTimer)
        .where(RestTimer.id == timer_id)
        .execution_options(synchronize_session=False)
    )
    return bool(getattr(result, "rowcount", 0))


def release_leases(s: Session) -> None:
    """At start, with one process (SQLite): timers a dead process had claimed fire again."""
    s.execute(update(RestTimer).where(RestTimer.lease_until.is_not(None)).values(lease_until=None))
