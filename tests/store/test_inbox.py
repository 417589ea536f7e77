"""The inbox's rules at the database: stored once, claimed in order per chat, done once."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.store import inbox
from bot.store.db import Database
from bot.store.inbox import Incoming, incoming
from bot.store.models import InboxUpdate

NOW = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)
LEASE = timedelta(seconds=30)


def text_update(update_id: int, chat: int, text: str = "hi") -> dict[str, object]:
    return {
        "update_id": update_id,
        "message": {
            "message_id": update_id,
            "date": int(NOW.timestamp()),
            "chat": {"id": chat, "type": "private"},
            "from": {"id": chat, "is_bot": False, "first_name": "A"},
            "text": text,
        },
    }


def items(*raw: dict[str, object]) -> list[Incoming]:
    out = [incoming(r) for r in raw]
    assert all(out)
    return [i for i in out if i is not None]


def test_incoming_reads_only_what_it_needs() -> None:
    press = {
        "update_id": 5,
        "callback_query": {"id": "q", "from": {"id": 7}, "message": {"chat": {"id": 70}}},
    }
    assert incoming(press) == Incoming(5, 70, None, incoming(press).payload)  # type: ignore[union-attr]
    # Nonsense the library could not parse is still stored, keyed by its sender.
    odd = {"update_id": 6, "message": {"from": {"id": 8}, "chat": "??", "date": "x"}}
    got = incoming(odd)
    assert got is not None and got.chat_id == 8 and got.sent_at is None
    assert incoming({"update_id": "7"}) is None and incoming({"update_id": True}) is None
    assert incoming(text_update(9, 1)).sent_at == NOW  # type: ignore[union-attr]


async def test_a_redelivered_update_is_stored_once(migrated_db: Database) -> None:
    db = migrated_db
    batch = items(text_update(1, 10), text_update(2, 10))
    assert await db.run(lambda s: inbox.store(s, batch, NOW)) == 2
    again = items(text_update(2, 10), text_update(3, 10))
    assert await db.run(lambda s: inbox.store(s, again, NOW)) == 1
    assert await db.run(inbox.waiting) == 3


async def test_each_chat_is_claimed_in_order_one_at_a_time(migrated_db: Database) -> None:
    db = migrated_db
    batch = items(text_update(1, 10), text_update(2, 20), text_update(3, 10), text_update(4, 20))
    await db.run(lambda s: inbox.store(s, batch, NOW))
    first = await db.run(lambda s: inbox.claim(s, NOW, 10, LEASE))
    assert [c.update_id for c in first] == [1, 2]  # the second of each chat waits
    assert await db.run(lambda s: inbox.claim(s, NOW, 10, LEASE)) == []  # leased
    assert await db.run(lambda s: inbox.begin_done(s, 1, NOW))
    second = await db.run(lambda s: inbox.claim(s, NOW, 10, LEASE))
    assert [c.update_id for c in second] == [3]  # 10's next; 20's first is still leased
    # A lease that ran out (its worker died) is claimed again, counting the attempt.
    later = NOW + LEASE + timedelta(seconds=1)
    again = await db.run(lambda s: inbox.claim(s, later, 10, LEASE))
    assert [(c.update_id, c.attempts) for c in again] == [(2, 2), (3, 2)]


async def test_done_once_and_set_aside_unblocks_the_chat(migrated_db: Database) -> None:
    db = migrated_db
    await db.run(lambda s: inbox.store(s, items(text_update(1, 10), text_update(2, 10)), NOW))
    assert await db.run(lambda s: inbox.begin_done(s, 1, NOW))
    assert not await db.run(lambda s: inbox.begin_done(s, 1, NOW))  # a second worker's try
    await db.run(lambda s: inbox.claim(s, NOW, 10, LEASE))
    assert await db.run(lambda s: inbox.set_aside(s, 2, NOW, "unparseable"))
    assert await db.run(lambda s: inbox.states(s, [1, 2])) == {1: inbox.DONE, 2: inbox.ASIDE}


async def test_a_done_update_keeps_no_text(migrated_db: Database) -> None:
    """Only its update_id is kept (to recognise a re-delivery): the message's text and the
    sender's name go when it is done. One set aside keeps them, for whoever looks into it."""
    db = migrated_db
    await db.run(lambda s: inbox.store(s, items(text_update(1, 10), text_update(2, 10)), NOW))
    assert await db.run(lambda s: inbox.begin_done(s, 1, NOW))
    await db.run(lambda s: inbox.claim(s, NOW, 10, LEASE))
    assert await db.run(lambda s: inbox.set_aside(s, 2, NOW, "unparseable"))

    def payloads(s: Session) -> dict[int, str]:
        rows = s.execute(select(InboxUpdate.update_id, InboxUpdate.payload))
        return {uid: payload for uid, payload in rows}

    kept = await db.run(payloads)
    assert kept[1] == "" and '"text"' in kept[2]
    assert await db.run(lambda s: inbox.store(s, items(text_update(1, 10)), NOW)) == 0


async def test_a_rolled_back_update_stays_to_do(migrated_db: Database) -> None:
    """Marking done commits with the effects or not at all."""
    db = migrated_db
    await db.run(lambda s: inbox.store(s, items(text_update(1, 10)), NOW))

    def fails(s: object) -> None:
        assert inbox.begin_done(s, 1, NOW)  # type: ignore[arg-type]
        raise RuntimeError("the handler failed")

    with pytest.raises(RuntimeError):
        await db.run(fails)
    assert await db.run(lambda s: inbox.states(s, [1])) == {1: inbox.NEW}
    await db.run(inbox.release_leases)
    assert [c.update_id for c in await db.run(lambda s: inbox.claim(s, NOW, 5, LEASE))] == [1]


async def test_an_update_that_never_finishes_is_set_aside(migrated_db: Database) -> None:
    """Claimed again and again without finishing (its processing kills the process): after
    MAX_CLAIMS it is set aside, and its chat's next update goes on."""
    db = migrated_db
    await db.run(lambda s: inbox.store(s, items(text_update(1, 10), text_update(2, 10)), NOW))

    async def claimed(now: datetime) -> list[int]:
        return [c.update_id for c in await db.run(lambda s: inbox.claim(s, now, 5, LEASE))]

    now = NOW
    for _ in range(inbox.MAX_CLAIMS):
        assert await claimed(now) == [1]
        now += LEASE + timedelta(seconds=1)  # the worker died: the lease runs out
    # One chat's turn (claimed as its previous update commits) doesn't take it either...
    turn = await db.run(lambda s: inbox.claim(s, now, 5, LEASE, chat=10))
    assert turn == [] and await db.run(lambda s: inbox.states(s, [1])) == {1: inbox.NEW}
    # ...the loop's claim sets it aside and goes on with the chat's next update.
    assert await claimed(now) == [2]
    assert await db.run(lambda s: inbox.states(s, [1])) == {1: inbox.ASIDE}


async def test_failures_are_counted_apart_from_claims(migrated_db: Database) -> None:
    db = migrated_db
    await db.run(lambda s: inbox.store(s, items(text_update(1, 10)), NOW))
    [first] = await db.run(lambda s: inbox.claim(s, NOW, 5, LEASE))
    await db.run(lambda s: inbox.retry_later(s, 1, NOW + timedelta(seconds=1), "RuntimeError"))
    [again] = await db.run(lambda s: inbox.claim(s, NOW + timedelta(seconds=2), 5, LEASE))
    assert (first.attempts, first.failures, again.attempts, again.failures) == (1, 0, 2, 1)


async def test_one_chats_claim_takes_only_its_next_update(migrated_db: Database) -> None:
    db = migrated_db
    batch = items(text_update(1, 10), text_update(2, 20), text_update(3, 10))
    await db.run(lambda s: inbox.store(s, batch, NOW))
    [one] = await db.run(lambda s: inbox.claim(s, NOW, 5, LEASE, chat=10))
    assert one.update_id == 1
    assert await db.run(lambda s: inbox.claim(s, NOW, 5, LEASE, chat=10)) == []  # 1 is leased
    assert await db.run(lambda s: inbox.begin_done(s, 1, NOW))
    [three] = await db.run(lambda s: inbox.claim(s, NOW, 5, LEASE, chat=10))
    assert three.update_id == 3
