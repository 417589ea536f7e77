"""Push deliveries: claiming the people whose push is due, and the record of each day's push.

Each function is one step of the dispatcher (bot/tg/push.py), run as a unit of work of its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import any_, func, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from bot.coach.status import DeliveryStatus
from bot.store.models import Delivery, User


@dataclass(frozen=True)
class Claimed:
    user_id: int
    chat_id: int
    due_at: datetime
    tz: str
    days: str
    push_time: str
    moved_from: date | None
    days_history: str | None = None  # a change of days for a while: when it ends


def _is_postgres(s: Session) -> bool:
    return s.get_bind().dialect.name == "postgresql"


def claim_due(s: Session, now: datetime, limit: int, lease: timedelta) -> list[Claimed]:
    """Claim up to `limit` users whose push is due, in one statement; each claimed row
    carries a lease until `now + lease`."""
    due = (
        select(User.id)
        .where(
            User.next_push_at <= now,
            or_(User.push_lease_until.is_(None), User.push_lease_until < now),
        )
        .order_by(User.next_push_at)
        .limit(limit)
        .with_for_update(skip_locked=True)
    )
    # On PostgreSQL "= ANY(ARRAY(subquery))" probes the primary key; "IN (subquery)" plans
    # a hash join over the whole table.
    if _is_postgres(s):
        ids = User.id == any_(func.array(due.scalar_subquery()))
    else:
        ids = User.id.in_(due)
    stmt = (
        update(User)
        .where(ids)
        .values(push_lease_until=now + lease)
        .returning(
            User.id,
            User.chat_id,
            User.next_push_at,
            User.tz,
            User.days,
            User.push_time,
            User.moved_from,
            User.days_history,
        )
        .execution_options(synchronize_session=False)
    )
    claimed = []
    for user_id, chat_id, due_at, tz, days, push_time, moved_from, history in s.execute(stmt):
        assert due_at is not None  # only rows with a due instant are claimed
        claimed.append(
            Claimed(
                user_id,
                chat_id,
                due_at,
                tz or "UTC",
                days or "",
                push_time or "00:00",
                moved_from,
                history,
            )
        )
    return claimed


def record_intent(
    s: Session, c: Claimed, day: date, now: datetime, status: DeliveryStatus
) -> int | None:
    """Insert the day's delivery row; its id, or None if one exists (already handled)."""
    insert = postgresql.insert if _is_postgres(s) else sqlite.insert
    stmt = (
        insert(Delivery)
        .values(
            user_id=c.user_id,
            local_date=day,
            status=status,
            due_at=c.due_at,
            created_at=now,
            attempts=0,
        )
        .on_conflict_do_nothing(index_elements=["user_id", "local_date"])
        # A row comes back only if one was inserted (psycopg's rowcount can't tell here:
        # SQLAlchemy adds its own RETURNING to a single-row insert).
        .returning(Delivery.id)
    )
    row = s.execute(stmt).first()
    return None if row is None else int(row[0])


def release(s: Session, c: Claimed, following: datetime | None) -> None:
    """Move the person on to their next push (`following`) and give up the lease.

    The next instant only replaces the one we claimed: if they changed their settings while
    we were sending, their new schedule stands.
    """
    s.execute(
        update(User)
        .where(User.id == c.user_id, User.next_push_at == c.due_at)
        .values(next_push_at=following, moved_from=None)
    )
    s.execute(update(User).where(User.id == c.user_id).values(push_lease_until=None))


def release_leases(s: Session) -> None:
    """At start, with one process (SQLite): people a dead process had claimed and not yet
    queued are due again now, not when its lease ends (the (user, local date) key still
    lets only one push a day through)."""
    s.execute(update(User).where(User.push_lease_until.is_not(None)).values(push_lease_until=None))


def outcome(
    s: Session,
    delivery_id: int,
    status: DeliveryStatus,
    now: datetime,
    message_id: int | None,
    attempts: int,
) -> None:
    """What became of a push the outbox carried (bot/tg/outbox.py)."""
    s.execute(
        update(Delivery)
        .where(Delivery.id == delivery_id)
        .values(
            status=status,
            sent_at=now if status == DeliveryStatus.SENT else None,
            message_id=message_id,
            attempts=attempts,
        )
    )


def pushed_for(s: Session, user_id: int, day: date, since: datetime) -> bool:
    """Whether a push went out (or is on its way) for `day`, or was due since `since`: the
    workout someone who changed zone was already sent today in the old one."""
    stmt = select(Delivery.id).where(
        Delivery.user_id == user_id,
        Delivery.status != DeliveryStatus.SKIPPED,
        or_(Delivery.local_date == day, Delivery.due_at >= since),
    )
    return s.execute(stmt.limit(1)).first() is not None


def pushed_between(s: Session, user_id: int, first: date, before: date) -> bool:
    """Whether a workout push went out (or is on its way) for a local day from `first` up to
    `before` (not included)."""
    stmt = select(Delivery.id).where(
        Delivery.user_id == user_id,
        Delivery.status.in_((DeliveryStatus.SENDING, DeliveryStatus.SENT)),
        Delivery.local_date >= first,
        Delivery.local_date < before,
    )
    return s.execute(stmt.limit(1)).first() is not None
