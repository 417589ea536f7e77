"""The outbox's rules at the database: each chat in order, one call in flight per chat,
the deployment's rate and each chat's pace read from the rows themselves."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from bot.store import outbox
from bot.store.db import Database
from bot.store.models import User
from bot.store.outbox import ANSWER, EDIT, MESSAGE, PUSH, Call, Limits
from tests.factories import make_user

NOW = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)
LIMITS = Limits(rate=5, chat_burst=3)
SECOND = timedelta(seconds=1)


def call(chat: int, text: str = "x", kind: int = MESSAGE, **kw: object) -> Call:
    return Call(chat, "sendMessage", {"chat_id": str(chat), "text": text}, kind, **kw)  # type: ignore[arg-type]


async def claim(db: Database, now: datetime = NOW, limit: int = 100) -> list[outbox.Claimed]:
    return await db.run(lambda s: outbox.claim(s, now, limit, LIMITS))


async def finish(db: Database, claimed: list[outbox.Claimed], now: datetime = NOW) -> None:
    def work(s: object) -> None:
        for c in claimed:
            outbox.sent(s, c.id, now)  # type: ignore[arg-type]

    await db.run(work)


async def test_each_chat_in_order_one_in_flight(migrated_db: Database) -> None:
    db = migrated_db
    await db.run(lambda s: outbox.add(s, [call(1, "a"), call(2, "b"), call(1, "c")], NOW))
    first = await claim(db)
    assert [(c.chat_id, c.fields["text"]) for c in first] == [(1, "a"), (2, "b")]
    assert await claim(db) == []  # chat 1's next waits for "a"
    await finish(db, first[:1])
    assert [c.fields["text"] for c in await claim(db)] == ["c"]


async def test_a_retried_call_keeps_its_place(migrated_db: Database) -> None:
    db = migrated_db
    await db.run(lambda s: outbox.add(s, [call(1, "a"), call(1, "b")], NOW))
    [a] = await claim(db)
    await db.run(lambda s: outbox.retry(s, a.id, NOW + 5 * SECOND, "429"))
    assert await claim(db, NOW + SECOND) == []  # "b" does not overtake "a"
    [again] = await claim(db, NOW + 5 * SECOND)
    assert again.fields["text"] == "a" and again.attempts == 2


async def test_the_rate_holds_across_claims(migrated_db: Database) -> None:
    """Five a second, counted from the rows, so a second sender could not add to it."""
    db = migrated_db
    await db.run(lambda s: outbox.add(s, [call(chat) for chat in range(10)], NOW))
    first = await claim(db)
    assert len(first) == 5 and await claim(db) == []
    await finish(db, first)
    assert await claim(db, NOW + SECOND / 2) == []  # sent half a second ago: still counted
    assert len(await claim(db, NOW + SECOND * 1.01)) == 5


async def test_answers_are_free_and_replies_go_before_pushes(migrated_db: Database) -> None:
    db = migrated_db
    pushes = [call(chat, "push", priority=PUSH) for chat in range(100, 110)]
    await db.run(lambda s: outbox.add(s, pushes, NOW))
    press = [call(1, "ok", ANSWER), call(2, "edit", EDIT)] + [call(c, "r") for c in (3, 4, 5)]
    await db.run(lambda s: outbox.add(s, press, NOW))
    got = [c.fields["text"] for c in await claim(db)]
    assert got == ["ok", "edit", "r", "r", "r", "push"]  # 5 counted, the answer free


async def test_a_chat_gets_a_few_messages_then_waits(migrated_db: Database) -> None:
    db = migrated_db
    await db.run(lambda s: outbox.add(s, [call(1, str(i)) for i in range(5)], NOW))
    now = NOW
    for i in range(3):
        [c] = await claim(db, now)
        assert c.fields["text"] == str(i)
        await finish(db, [c], now)
        now += SECOND / 10
    assert await claim(db, now) == []  # three in the window: the fourth waits
    [fourth] = await claim(db, NOW + 3 * SECOND + SECOND / 100)
    assert fourth.fields["text"] == "3"


async def test_a_blocked_chat_is_dropped_and_gets_no_more_pushes(migrated_db: Database) -> None:
    db = migrated_db
    with db.session() as s:
        s.add(make_user(7, NOW, next_push_at=NOW + SECOND))
    await db.run(lambda s: outbox.add(s, [call(7, "a"), call(7, "b"), call(8, "c")], NOW))
    await claim(db)
    await db.run(lambda s: outbox.blocked(s, 7, NOW))
    with db.session() as s:
        user = s.scalars(select(User).where(User.id == 7)).one()
        assert not user.active and user.next_push_at is None
    assert await db.run(outbox.unfinished) == 1  # only chat 8's call is left


async def test_one_chats_claim_takes_only_its_next_call(migrated_db: Database) -> None:
    db = migrated_db
    await db.run(lambda s: outbox.add(s, [call(1, "a"), call(2, "b"), call(1, "c")], NOW))
    [a] = await db.run(lambda s: outbox.claim(s, NOW, 10, LIMITS, chat=1))
    assert a.fields["text"] == "a"
    assert await db.run(lambda s: outbox.claim(s, NOW, 10, LIMITS, chat=1)) == []  # "a" in flight
    assert [c.fields["text"] for c in await claim(db)] == ["b"]
