"""The outbox: Bot API calls the bot owes, recorded with the change they report.

Each function is one step of the sender (bot/tg/outbox.py) or of whoever records a call,
run inside a unit of work. Limits hold for the whole deployment because they are read from
here: how many calls left in the last second, and per chat, how many new messages.

Statements are SQLAlchemy Core on the outbox table, run on the unit of work's connection:
the sender runs several per call, and the ORM's statement path cost three times as much
CPU for these plain statements (bench/bench_inbox.py).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import Table, bindparam, delete, func, insert, select, text, update
from sqlalchemy.orm import Session

from bot.store.db import core
from bot.store.models import OutboxMessage, User

PENDING, SENDING, SENT, FAILED, BLOCKED = "pending", "sending", "sent", "failed", "blocked"
ANSWER, EDIT, MESSAGE = 0, 1, 2  # kinds: see OutboxMessage.kind
REPLY, PUSH = 0, 1  # priorities: replies go before a push wave's backlog
# Serialises the rate count on PostgreSQL, so two senders never both spend the same second's
# budget (taken once a claim has found calls the rate counts: an empty claim needs none).
_CLAIM_LOCK = 0x6C7574  # any constant shared by every worker


@dataclass(frozen=True)
class Call:
    """One Bot API call to make: the method, its parameters as sent, at most one file."""

    chat_id: int
    method: str
    fields: dict[str, str]
    kind: int = MESSAGE
    file: tuple[str, str, str, bytes] | None = None  # form field, name, type, bytes
    priority: int = REPLY
    update_id: int | None = None
    delivery_id: int | None = None


@dataclass(frozen=True)
class Claimed:
    id: int
    chat_id: int
    method: str
    fields: dict[str, str]
    file: tuple[str, str, str, bytes] | None
    attempts: int  # including this one
    created_at: datetime
    delivery_id: int | None
    update_id: int | None = field(default=None)


def add(s: Session, calls: Sequence[Call], now: datetime) -> None:
    """Record calls to make (one executemany, not the ORM's unit of work)."""
    if not calls:
        return
    rows = []
    for call in calls:
        name, filename, mime, data = call.file or (None, None, None, None)
        rows.append(
            {
                "chat_id": call.chat_id,
                "method": call.method,
                "fields": json.dumps(call.fields, separators=(",", ":")),
                "file_field": name,
                "file_name": filename,
                "file_type": mime,
                "file_data": data,
                "kind": call.kind,
                "priority": call.priority,
                "update_id": call.update_id,
                "delivery_id": call.delivery_id,
                "state": PENDING,
                "created_at": now,
                "not_before": now,
                "attempts": 0,
            }
        )
    core(s, insert(_T), rows)


@dataclass(frozen=True)
class Limits:
    rate: int  # calls a second, deployment-wide (answers to presses not counted)
    chat_burst: int  # new messages per chat within chat_window
    chat_window: timedelta = timedelta(seconds=3)
    lease: timedelta = timedelta(seconds=30)


class Batch(list[Claimed]):
    """Claimed calls; `held_back` if the rate kept some that were ready from being taken."""

    held_back: bool = False


# The claim's statements, built once. Each reads the live rows once (no per-row subquery:
# a correlated "no earlier row in this chat" check made PostgreSQL's planner, on stale
# statistics, compare every waiting row with every other).
_T = cast(Table, OutboxMessage.__table__)
_o = _T.c


_EXPIRED = (
    update(_T)
    .where(_o.state == SENDING, _o.lease_until < bindparam("now"))
    .values(state=PENDING, lease_until=None)
)
# Counted calls in flight or made in the last second, in one statement.
_USED = select(
    select(func.count()).where(_o.kind != ANSWER, _o.state == SENDING).scalar_subquery()
    + select(func.count())
    .where(_o.kind != ANSWER, _o.sent_at > bindparam("since"))
    .scalar_subquery()
)
# Each chat's earliest call not made yet: only it may go, and only if it is not in flight.
_FIRSTS = select(func.min(_o.id)).where(_o.state.in_((PENDING, SENDING))).group_by(_o.chat_id)


def _candidates(firsts: Any) -> Any:
    return (
        select(_o.id, _o.chat_id, _o.kind)
        .where(_o.id.in_(firsts), _o.state == PENDING, _o.not_before <= bindparam("now"))
        .order_by(_o.priority, _o.id)
        .limit(bindparam("limit"))
        .with_for_update(skip_locked=True, of=_T)
    )


_CANDIDATES = _candidates(_FIRSTS)
# One chat's turn only (an update's own replies, claimed as it commits): reads that chat's
# rows, not the whole backlog.
_CHAT_CANDIDATES = _candidates(
    select(func.min(_o.id)).where(_o.chat_id == bindparam("chat"), _o.state.in_((PENDING, SENDING)))
)
_RECENT_MESSAGES = (
    select(_o.chat_id, func.count())
    .where(
        _o.chat_id.in_(bindparam("chats", expanding=True)),
        _o.kind == MESSAGE,
        _o.sent_at > bindparam("since"),
    )
    .group_by(_o.chat_id)
)


# Taken and read in one statement (UPDATE ... RETURNING: SQLite 3.35+, PostgreSQL).
_TAKE = (
    update(_T)
    .where(_o.id.in_(bindparam("ids", expanding=True)))
    .values(state=SENDING, lease_until=bindparam("until"), attempts=_o.attempts + 1)
    .returning(
        _o.id,
        _o.chat_id,
        _o.method,
        _o.fields,
        _o.file_field,
        _o.file_name,
        _o.file_type,
        _o.file_data,
        _o.attempts,
        _o.created_at,
        _o.delivery_id,
        _o.update_id,
        _o.priority,
    )
)


def claim(s: Session, now: datetime, limit: int, limits: Limits, chat: int | None = None) -> Batch:
    """Up to `limit` calls to make now (only `chat`'s, if given). Per chat: only its earliest
    call not yet made, and only when none of its calls is in flight, so each chat's calls go
    out in order. Within `limits`: counted calls of the last second (or in flight) stay under
    the rate, and a chat gets at most `chat_burst` new messages in `chat_window`."""
    if chat is None:  # a dead sender's calls: due again, still first in line (the loop's
        core(s, _EXPIRED, {"now": now})  # claims see to it; one chat's turn needn't)
    found = (
        core(s, _CANDIDATES, {"now": now, "limit": limit})
        if chat is None
        else core(s, _CHAT_CANDIDATES, {"now": now, "limit": limit, "chat": chat})
    )
    rows = cast(list[tuple[int, int, int]], found.all())  # (id, chat_id, kind)
    if not rows:
        return Batch()
    budget = 0
    if any(kind != ANSWER for _, _, kind in rows):  # answers to presses aren't counted
        # The rows found are already ours (locked); the count waits for other claims.
        if s.get_bind().dialect.name == "postgresql":
            core(s, text("SELECT pg_advisory_xact_lock(:k)"), {"k": _CLAIM_LOCK})
        used = core(s, _USED, {"since": now - timedelta(seconds=1)}).scalar() or 0
        budget = max(0, limits.rate - used)
    chats = [chat for _, chat, kind in rows if kind == MESSAGE]
    recent: dict[int, int] = {}
    if chats:
        since = now - limits.chat_window
        counts = core(s, _RECENT_MESSAGES, {"chats": chats, "since": since}).all()
        recent = dict(cast(list[tuple[int, int]], counts))
    chosen: list[int] = []
    batch = Batch()
    for row_id, chat, kind in rows:
        if kind == MESSAGE and recent.get(chat, 0) >= limits.chat_burst:
            continue  # this chat's pace: its call waits (and keeps its place)
        if kind != ANSWER:
            if budget <= 0:
                batch.held_back = True
                continue
            budget -= 1
        chosen.append(row_id)
    if not chosen:
        return batch
    taken = core(s, _TAKE, {"ids": chosen, "until": now + limits.lease}).all()
    batch.extend(
        Claimed(
            id=r.id,
            chat_id=r.chat_id,
            method=r.method,
            fields=json.loads(r.fields),
            file=(r.file_field, r.file_name, r.file_type, r.file_data)
            if r.file_field and r.file_data is not None
            else None,
            attempts=r.attempts,
            created_at=r.created_at,
            delivery_id=r.delivery_id,
            update_id=r.update_id,
        )
        for r in sorted(taken, key=lambda r: (r.priority, r.id))
    )
    return batch


_SENT = (
    update(_T)
    .where(_o.id == bindparam("call_id"))
    .values(state=SENT, sent_at=bindparam("now"), lease_until=None, file_data=None, error=None)
)


def sent(s: Session, call_id: int, now: datetime) -> None:
    """Made. The row stays a minute so the rate limits can count it."""
    core(s, _SENT, {"call_id": call_id, "now": now})


def retry(s: Session, call_id: int, at: datetime, error: str) -> None:
    """Not made this time (429, 5xx, a timeout): again from `at`, still first in its chat."""
    core(
        s,
        update(_T)
        .where(_o.id == call_id)
        .values(state=PENDING, not_before=at, lease_until=None, error=error[:200]),
    )


def failed(s: Session, call_id: int, now: datetime, error: str) -> None:
    """Refused for good (a 400): kept with its error, out of its chat's way."""
    core(
        s,
        update(_T)
        .where(_o.id == call_id)
        .values(state=FAILED, sent_at=now, lease_until=None, file_data=None, error=error[:200]),
    )


@dataclass(frozen=True)
class Dropped:
    id: int
    update_id: int | None
    delivery_id: int | None
    attempts: int


def blocked(s: Session, chat_id: int, now: datetime) -> list[Dropped]:
    """403: the person blocked the bot. Nothing more goes to the chat (its calls not made yet
    are dropped, returned) and no more pushes until they /start again."""
    o = OutboxMessage
    dropped = [
        Dropped(*row)
        for row in s.execute(
            select(o.id, o.update_id, o.delivery_id, o.attempts).where(
                o.chat_id == chat_id, o.state.in_((PENDING, SENDING))
            )
        )
    ]
    s.execute(
        update(o)
        .where(o.chat_id == chat_id, o.state.in_((PENDING, SENDING)))
        .values(state=BLOCKED, sent_at=now, lease_until=None, file_data=None)
    )
    s.execute(
        update(User)
        .where(User.chat_id == chat_id)
        .values(active=False, next_push_at=None, push_lease_until=None)
    )
    return dropped


def unfinished(s: Session) -> int:
    """Calls not made yet (pending or in flight)."""
    return s.scalar(select(func.count()).where(OutboxMessage.state.in_((PENDING, SENDING)))) or 0


def unfinished_for(s: Session, update_ids: Sequence[int]) -> int:
    return (
        s.scalar(
            select(func.count()).where(
                OutboxMessage.update_id.in_(list(update_ids)),
                OutboxMessage.state.in_((PENDING, SENDING)),
            )
        )
        or 0
    )


def release_leases(s: Session) -> None:
    """At start: calls a dead process had in flight go out again (they may have arrived:
    the one case where a person can see a message twice)."""
    s.execute(
        update(OutboxMessage)
        .where(OutboxMessage.state == SENDING)
        .values(state=PENDING, lease_until=None)
    )


def purge(s: Session, before: datetime) -> None:
    s.execute(
        delete(OutboxMessage).where(
            OutboxMessage.state.in_((SENT, FAILED, BLOCKED)), OutboxMessage.sent_at < before
        )
    )
