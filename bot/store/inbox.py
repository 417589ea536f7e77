"""The inbox: updates as Telegram delivered them, each processed exactly once, in order per chat.

Each function is one step of bot/tg/inbox.py, run inside a unit of work. The hot steps
(store, claim, mark done) run SQLAlchemy Core on the unit's connection, as the outbox does
(bot/store/outbox.py says why).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, cast

from sqlalchemy import Table, bindparam, delete, func, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from bot.store.db import core
from bot.store.models import InboxUpdate

_T = cast(Table, InboxUpdate.__table__)
_c = _T.c


NEW, DONE, ASIDE = "new", "done", "aside"
MAX_CLAIMS = 10  # an update claimed this often without finishing is set aside
FLOOD = "flood"  # the error of an update held back because its chat sent too many at once
# Keys of an update that carry what it is about (Telegram sends exactly one of them).
_CHAT_KEYS = ("message", "edited_message", "callback_query", "my_chat_member", "chat_member")


@dataclass(frozen=True)
class Incoming:
    """One update as received: its id, whose it is, when it was sent, the raw JSON."""

    update_id: int
    chat_id: int | None
    sent_at: datetime | None
    payload: str


def incoming(raw: dict[str, Any]) -> Incoming | None:
    """What to store of a decoded update; None if it has no integer update_id. Reads only
    the few keys it needs, so an update the library cannot parse is still stored."""
    update_id = raw.get("update_id")
    if not isinstance(update_id, int) or isinstance(update_id, bool):
        return None
    chat_id, sent_at = None, None
    for key in _CHAT_KEYS:
        body = raw.get(key)
        if isinstance(body, dict):
            message = body.get("message") if key == "callback_query" else body
            chat = message.get("chat") if isinstance(message, dict) else None
            sender = body.get("from")
            if isinstance(chat, dict) and isinstance(chat.get("id"), int):
                chat_id = chat["id"]
            elif isinstance(sender, dict) and isinstance(sender.get("id"), int):
                chat_id = sender["id"]
            stamp = body.get("date") if key != "callback_query" else None
            if isinstance(stamp, int) and not isinstance(stamp, bool) and stamp > 0:
                sent_at = datetime.fromtimestamp(stamp, UTC)
            break
    return Incoming(update_id, chat_id, sent_at, json.dumps(raw, separators=(",", ":")))


def _insert(s: Session) -> Any:
    return postgresql.insert if s.get_bind().dialect.name == "postgresql" else sqlite.insert


def store(s: Session, updates: Sequence[Incoming], now: datetime) -> int:
    """Store what is not stored yet (a re-delivered update_id is ignored); how many were new."""
    if not updates:
        return 0
    stmt = (
        _insert(s)(_T)
        .values(
            [
                {
                    "update_id": u.update_id,
                    "chat_id": u.chat_id,
                    "payload": u.payload,
                    "state": NEW,
                    "received_at": now,
                    "sent_at": u.sent_at,
                    "attempts": 0,
                    "failures": 0,
                }
                for u in updates
            ]
        )
        .on_conflict_do_nothing(index_elements=["update_id"])
        .returning(_c.update_id)
    )
    return len(core(s, stmt).all())


@dataclass(frozen=True)
class Flood:
    """More than `limit` updates from one chat within `window` are held back, unread."""

    limit: int = 30
    window: timedelta = timedelta(seconds=10)


def hold_back_floods(s: Session, chats: Iterable[int], now: datetime, flood: Flood) -> list[int]:
    """Set aside each chat's updates past the limit (never processed, so a flood costs one
    slot and a few rows, not a thousand replies); the chats to tell to slow down (once in a
    window)."""
    warn = []
    since = now - flood.window
    over = core(
        s,
        select(_c.chat_id)
        .where(_c.chat_id.in_(set(chats)), _c.received_at > since)
        .group_by(_c.chat_id)
        .having(func.count() > flood.limit),
    ).scalars()
    for chat in (c for c in over if c is not None):  # only chats past the limit, row by row
        rows = s.execute(
            select(InboxUpdate.update_id, InboxUpdate.state, InboxUpdate.error)
            .where(InboxUpdate.chat_id == chat, InboxUpdate.received_at > since)
            .order_by(InboxUpdate.update_id)
        ).all()
        excess = [r.update_id for r in rows[flood.limit :] if r.state == NEW]
        if not excess:
            continue
        if not any(r.error == FLOOD for r in rows):
            warn.append(chat)
        s.execute(
            update(InboxUpdate)
            .where(InboxUpdate.update_id.in_(excess), InboxUpdate.state == NEW)
            .values(state=ASIDE, error=FLOOD, done_at=now)
        )
    return warn


@dataclass(frozen=True)
class Claimed:
    update_id: int
    chat_id: int | None
    payload: str
    sent_at: datetime | None
    attempts: int  # times claimed, including this one
    failures: int  # times its handler raised before


# The claim's statements, built once; each reads the waiting rows once (see
# bot/store/outbox.py on why not a correlated per-row check).
_i = _c
_free = or_(_i.lease_until.is_(None), _i.lease_until < bindparam("now"))
# Claimed this often and never finished: its processing may be what kills the process.
_NEVER_FINISHED = (
    update(_T)
    .where(_i.state == NEW, _free, _i.attempts >= MAX_CLAIMS)
    .values(state=ASIDE, done_at=bindparam("now"), lease_until=None, error="never finished")
    .returning(_i.update_id, _i.chat_id)
)
# Each chat's earliest update not done: only it may go, and only if no one holds it.
_FIRSTS = (
    select(func.min(_i.update_id))
    .where(_i.state == NEW, _i.chat_id.is_not(None))
    .group_by(_i.chat_id)
)
_CANDIDATES = (
    select(_i.update_id)
    .where(
        _i.state == NEW,
        or_(_i.update_id.in_(_FIRSTS), _i.chat_id.is_(None)),
        _free,
        _i.received_at <= bindparam("settled"),
    )
    .order_by(_i.update_id)
    .limit(bindparam("limit"))
    .with_for_update(skip_locked=True, of=_T)
)
# One chat's next update only (claimed as its previous one commits): that chat's rows alone.
_CHAT_CANDIDATES = (
    select(_i.update_id)
    .where(
        _i.update_id
        == select(func.min(_i.update_id))
        .where(_i.state == NEW, _i.chat_id == bindparam("chat"))
        .scalar_subquery(),
        _free,
        _i.attempts < MAX_CLAIMS,  # one that never finishes waits for the loop to set it aside
        _i.received_at <= bindparam("settled"),
    )
    .with_for_update(skip_locked=True, of=_T)
)


_TAKE = (
    update(_T)
    .where(_i.update_id.in_(bindparam("ids", expanding=True)))
    .values(lease_until=bindparam("until"), attempts=_i.attempts + 1)
    .returning(_i.update_id, _i.chat_id, _i.payload, _i.sent_at, _i.attempts, _i.failures)
)
# Done, its text is dropped: only its update_id is kept, to recognise a re-delivery.
_DONE = (
    update(_T)
    .where(_i.update_id == bindparam("uid"), _i.state == NEW)
    .values(state=DONE, done_at=bindparam("now"), lease_until=None, error=None, payload="")
)


# Told of updates set aside because they never finished: (update_id, chat_id) each.
SetAside = Callable[[Session, list[tuple[int, int | None]]], None]


def claim(
    s: Session,
    now: datetime,
    limit: int,
    lease: timedelta,
    settle: timedelta = timedelta(0),
    chat: int | None = None,
    set_aside: SetAside | None = None,
) -> list[Claimed]:
    """Up to `limit` updates to process now: for each chat, its earliest update not done,
    and only if no one holds a live lease on it. Each comes back leased until now + lease.
    With `settle`, only updates stored at least that long ago: webhook requests arrive side
    by side, and a chat's earlier update may still be on its way into another worker.
    What never finishes is set aside first, and `set_aside` told in the same transaction."""
    if chat is None:  # the loop's claims set aside what never finishes; one chat's turn
        # (as an update commits) leaves it to them
        found = core(s, _NEVER_FINISHED, {"now": now}).all()
        gone = cast(list[tuple[int, int | None]], [tuple(row) for row in found])
        if gone and set_aside is not None:
            set_aside(s, gone)
    params = {"now": now, "settled": now - settle, "limit": limit, "chat": chat}
    ids = list(core(s, _CANDIDATES if chat is None else _CHAT_CANDIDATES, params).scalars())
    if not ids:
        return []
    rows = core(s, _TAKE, {"ids": ids, "until": now + lease}).all()
    return sorted((Claimed(*tuple(row)) for row in rows), key=lambda c: c.update_id)


def begin_done(s: Session, update_id: int, now: datetime) -> bool:
    """Mark the update done inside the transaction that carries its effects (so both commit
    or neither does). False if it is done already: another worker got there first. On
    PostgreSQL the row stays locked until that transaction ends, so two workers that both
    picked it up (an expired lease) take turns, and the second sees 'done'."""
    return core(s, _DONE, {"uid": update_id, "now": now}).rowcount == 1


def retry_later(s: Session, update_id: int, at: datetime, error: str) -> None:
    """A failed attempt: try again from `at` (the lease holds it until then)."""
    s.execute(
        update(InboxUpdate)
        .where(InboxUpdate.update_id == update_id, InboxUpdate.state == NEW)
        .values(lease_until=at, error=error[:200], failures=InboxUpdate.failures + 1)
    )


def set_aside(s: Session, update_id: int, now: datetime, error: str) -> bool:
    """An update that cannot be parsed or keeps failing: out of the way, with its error."""
    result = s.execute(
        update(InboxUpdate)
        .where(InboxUpdate.update_id == update_id, InboxUpdate.state == NEW)
        .values(state=ASIDE, done_at=now, lease_until=None, error=error[:200])
        .execution_options(synchronize_session=False)
    )
    return result.rowcount == 1  # type: ignore[attr-defined]


def release_leases(s: Session) -> None:
    """At start: leases left by a process that died. Safe even if another worker is alive:
    begin_done lets only one of two processings of an update commit."""
    s.execute(
        update(InboxUpdate)
        .where(InboxUpdate.state == NEW, InboxUpdate.lease_until.is_not(None))
        .values(lease_until=None)
    )


def waiting(s: Session) -> int:
    return s.scalar(select(func.count()).where(InboxUpdate.state == NEW)) or 0


def states(s: Session, update_ids: Iterable[int]) -> dict[int, str]:
    rows = s.execute(
        select(InboxUpdate.update_id, InboxUpdate.state).where(
            InboxUpdate.update_id.in_(list(update_ids))
        )
    )
    return {uid: state for uid, state in rows}


def purge(s: Session, before: datetime) -> None:
    """Done updates are kept a while (a re-delivery within that time is still recognised)."""
    s.execute(delete(InboxUpdate).where(InboxUpdate.state == DONE, InboxUpdate.done_at < before))
