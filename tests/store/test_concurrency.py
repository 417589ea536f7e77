"""Several workers on one database, on SQLite and PostgreSQL: pushes are queued once and
made once by the workers' outbox senders, and answers that race for one user row are both
kept (or the loser fails loudly).

Each "worker" is a Database of its own (its engine, pool and database threads), as a second
process would have. Waits are for events (a session seen waiting for a lock), never for
time; the timeouts only turn a hang into a failure. (tests/store/test_db_restart.py: the
push loop outlives a database restart.)
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import Counter
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, func, select, text
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError
from telegram import Bot, InlineKeyboardMarkup

from bot.runtime.clock import ManualClock
from bot.runtime.config import database_url, load_settings
from bot.runtime.services import Services
from bot.standin.server import BotApiStandIn
from bot.store import deliveries, outbox
from bot.store.db import Database
from bot.store.migrate import upgrade
from bot.store.models import Delivery, User
from bot.store.users import get_or_create_user, get_user, set_answer
from bot.tg import push
from bot.tg.app import bot_request
from bot.tg.http_client import AiohttpRequest
from bot.tg.outbox import Sender
from bot.tg.push import Dispatcher, TickResult
from bot.tg.runner import build_services
from tests.knowledge import shared_knowledge
from tests.store.shared import DUE, MONDAY, add_users, guarded, held, load, new_user

SQLITE_ONE_WRITER = (
    "SQLite takes the write lock at BEGIN (BEGIN IMMEDIATE), so two transactions never "
    "hold one row at once; the lock-waiting tests cover SQLite"
)


# ------------------------------------------------------------------ two workers, one database


@dataclass
class Workers:
    a: Database
    b: Database
    b_began: asyncio.Event  # set when worker b starts a transaction (on SQLite: before BEGIN)

    @property
    def postgres(self) -> bool:
        return self.a.is_postgres

    async def b_is_blocked(self) -> None:
        """Return once worker b waits for a lock worker a holds.

        PostgreSQL shows it in pg_stat_activity. On SQLite, b's transaction has begun, and
        its BEGIN IMMEDIATE cannot finish while a holds the write lock.
        """
        if not self.postgres:
            await guarded(self.b_began.wait())
            return

        query = text(
            "SELECT count(*) FROM pg_stat_activity "
            "WHERE datname = current_database() AND wait_event_type = 'Lock'"
        )

        async def _seen() -> None:
            # Worker a has database threads to spare beside the one holding its transaction.
            while not await self.a.run(lambda s: s.execute(query).scalar_one()):
                await asyncio.sleep(0.01)

        await guarded(_seen())


@pytest.fixture
async def workers(db_url: str) -> AsyncIterator[Workers]:
    url = database_url(db_url)
    a, b = Database(url), Database(url)
    await upgrade(a)
    loop = asyncio.get_running_loop()
    began = asyncio.Event()

    # A unit of work takes its connection just before make_engine's BEGIN IMMEDIATE; this
    # runs on b's database thread.
    @event.listens_for(b.engine, "engine_connect")
    def _began(_conn: Any) -> None:
        loop.call_soon_threadsafe(began.set)

    try:
        yield Workers(a, b, began)
    finally:
        await a.dispose()
        await b.dispose()


async def race(
    first: Callable[[Session], None],
    second: Callable[[Session], Any],
    workers: Workers,
) -> Any:
    """Worker a runs `first` in a unit of work and holds its transaction open while worker
    b runs `second` in its own; a commits only once b is seen waiting for a's lock."""
    task_b: asyncio.Future[Any] | None = None
    try:
        async with held(workers.a, first):
            workers.b_began.clear()
            task_b = asyncio.ensure_future(workers.b.run(second))
            await workers.b_is_blocked()
            assert not task_b.done()  # it cannot get past a's lock while a's transaction is open
        return await guarded(task_b)
    finally:  # on failure: let b's unit of work end before the fixture disposes the engines
        if task_b is not None and not task_b.done():
            await asyncio.gather(guarded(task_b), return_exceptions=True)


async def test_locked_answers_at_two_workers_take_turns(workers: Workers) -> None:
    """Two onboarding answers for one person reach two workers at once (use cases load the
    row with get_user(lock=True)): the second waits for the first and keeps both."""
    add_users(workers.a, [new_user(1, MONDAY, experience=None, awaiting="ob:experience")])

    def answer_goal(s: Session) -> None:
        user = get_user(s, 1, lock=True)
        assert user is not None
        set_answer(user, "goal", "bikini", MONDAY)

    def answer_experience(s: Session) -> tuple[str | None, int]:
        user = get_user(s, 1, lock=True)
        assert user is not None
        seen = (user.goal, user.version)
        set_answer(user, "experience", "new", MONDAY)
        return seen

    seen = await race(answer_goal, answer_experience, workers)
    assert seen == ("bikini", 2)  # b read the row only after a's commit
    user = load(workers.a, 1)
    assert (user.goal, user.experience, user.version) == ("bikini", "new", 3)


async def test_an_unlocked_stale_write_fails_loudly(workers: Workers) -> None:
    """Without the row lock, the version column turns a lost update into StaleDataError,
    and the loser's transaction leaves nothing behind."""
    if not workers.postgres:
        pytest.skip(SQLITE_ONE_WRITER)
    add_users(workers.a, [new_user(2, MONDAY)])
    with workers.a.sessions() as sa, workers.b.sessions() as sb:
        ua, ub = get_user(sa, 2), get_user(sb, 2)
        assert ua is not None and ub is not None
        ua.goal = "bikini"
        sa.commit()
        ub.experience = "new"
        with pytest.raises(StaleDataError):
            sb.commit()
    user = load(workers.a, 2)
    assert (user.goal, user.experience, user.version) == ("bikini", "some", 2)


async def test_first_contact_at_two_workers_at_once(workers: Workers) -> None:
    """A new person's first two updates reach two workers at once: one row, both answers."""

    def first(s: Session) -> None:
        user = get_or_create_user(s, 3, 3, MONDAY)
        user.goal = "glutes"

    def second(s: Session) -> None:
        user = get_or_create_user(s, 3, 3, MONDAY)
        user.experience = "new"

    await race(first, second, workers)
    with workers.a.session() as s:
        rows = s.execute(select(User).where(User.id == 3)).scalars().all()
    assert [(u.goal, u.experience) for u in rows] == [("glutes", "new")]


async def test_two_senders_share_one_rate(workers: Workers) -> None:
    """Ten calls for ten chats, a rate of five a second, two workers' senders claiming at
    once: the second counts the first's calls in flight (on PostgreSQL it waits for the
    first's claim to commit before counting), so five calls go, not ten."""
    calls = [outbox.Call(700 + i, "sendMessage", {"chat_id": str(700 + i)}) for i in range(10)]
    await workers.a.run(lambda s: outbox.add(s, calls, MONDAY))
    limits = outbox.Limits(rate=5, chat_burst=10)
    first: list[outbox.Claimed] = []

    def claim_a(s: Session) -> None:
        first.extend(outbox.claim(s, MONDAY, 5, limits))  # five rows taken, five left free

    second = await race(claim_a, lambda s: outbox.claim(s, MONDAY, 10, limits), workers)
    assert (len(first), len(second), second.held_back) == (5, 0, True)


def claim(s: Session) -> list[deliveries.Claimed]:
    return deliveries.claim_due(s, DUE, push.CLAIM_BATCH, push.LEASE)


async def test_claim_skips_rows_another_worker_holds(workers: Workers) -> None:
    """PostgreSQL's FOR UPDATE SKIP LOCKED: a claim takes the free rows at once instead of
    waiting behind a transaction that holds some of them."""
    if not workers.postgres:
        pytest.skip(SQLITE_ONE_WRITER)
    add_users(workers.a, [new_user(i, MONDAY) for i in range(100, 110)])

    def hold_three(s: Session) -> int:
        return len(s.execute(select(User.id).where(User.id < 103).with_for_update()).all())

    async with held(workers.a, hold_three) as held_rows:
        assert held_rows == 3
        free = await guarded(workers.b.run(claim))
        assert sorted(c.user_id for c in free) == list(range(103, 110))
    # Once that transaction ends, its rows are claimable; the claimed ones carry a lease.
    rest = await guarded(workers.b.run(claim))
    assert sorted(c.user_id for c in rest) == [100, 101, 102]
    assert await workers.b.run(claim) == []


# ------------------------------------------------------------------ two dispatchers


@dataclass
class Fleet:
    standin: BotApiStandIn
    clock: ManualClock
    services: list[Services]
    dispatchers: list[Dispatcher]
    senders: list[Sender]
    # (sender index, outbox call, final state) for every call a sender finished
    finished: list[tuple[int, outbox.Claimed, str]]
    changed: asyncio.Event

    async def delivered(self, calls: int) -> None:
        """Until the outbox holds nothing unfinished and the senders have told of `calls`
        finished calls (a sender records a call's outcome before it tells its listeners, so
        an empty outbox alone can come a moment before the last one is told)."""
        db = self.services[0].db
        while await db.run(outbox.unfinished) or len(self.finished) < calls:
            self.changed.clear()
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(0.1):
                    await self.changed.wait()


async def quick_compose(
    _svc: Services, user_id: int, day: date
) -> tuple[str, InlineKeyboardMarkup | None]:
    """A one-line push: what is under test here is claiming and recording, not the workout
    (tests/push covers that), and the real one's ~20 queries a person would triple the time."""
    return f"Today's workout for {user_id} on {day:%A}", None


@pytest.fixture
async def fleet(tmp_path: Path, db_url: str) -> AsyncIterator[Fleet]:
    """Two workers over one database and one stand-in Bot API, each with its own engine,
    PTB Bot, dispatcher and outbox sender: two worker processes in all but name. Both
    senders start before anything is queued, as two processes would be running."""
    settings = load_settings({"DATABASE_URL": db_url, "PUSH_RATE": "1000"})
    clock = ManualClock(MONDAY)
    finished: list[tuple[int, outbox.Claimed, str]] = []
    changed = asyncio.Event()
    with BotApiStandIn(files_dir=tmp_path / "files") as standin:
        services = [await build_services(settings, clock, shared_knowledge()) for _ in range(2)]
        bots = [
            Bot(standin.token, base_url=standin.base_url, request=bot_request()) for _ in services
        ]
        tasks: list[asyncio.Task[None]] = []
        try:
            async with bots[0], bots[1]:
                dispatchers, senders = [], []
                for i, (svc, bot) in enumerate(zip(services, bots, strict=True)):
                    request = bot.request  # the bot's own client, as bot/tg/runner.py uses
                    assert isinstance(request, AiohttpRequest)
                    sender = Sender(svc, request, bot.base_url)

                    def done(call: outbox.Claimed, state: str, i: int = i) -> None:
                        finished.append((i, call, state))
                        changed.set()

                    sender.listeners.append(done)
                    dispatcher = Dispatcher(svc, bot, quick_compose)
                    dispatcher.queued = sender.wake.set
                    dispatchers.append(dispatcher)
                    senders.append(sender)
                # Both started (leases of a dead process released) before either claims,
                # as in bot/tg/runner.py: a start after the other's claim would free it.
                for sender in senders:
                    await sender.start()
                for sender in senders:
                    tasks.append(asyncio.create_task(sender.run()))
                yield Fleet(standin, clock, services, dispatchers, senders, finished, changed)
        finally:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            for svc in services:
                await svc.db.dispose()


async def test_two_dispatchers_send_each_push_once(
    fleet: Fleet, monkeypatch: pytest.MonkeyPatch
) -> None:
    users = list(range(1000, 1300))
    add_users(fleet.services[0].db, [new_user(i, MONDAY) for i in users])
    monkeypatch.setattr(push, "CLAIM_BATCH", 25)  # small claims, so the two workers interleave
    fleet.clock.set(DUE)

    async def drain(dispatcher: Dispatcher) -> list[TickResult]:
        results = []
        while (result := await dispatcher.tick()).claimed:
            results.append(result)
        return results

    per_worker = await guarded(asyncio.gather(*(drain(d) for d in fleet.dispatchers)))
    results = [r for worker in per_worker for r in worker]
    assert sum(r.claimed for r in results) == len(users)  # no row claimed twice
    assert sum(r.queued for r in results) == len(users)  # each queued once
    await guarded(fleet.delivered(len(users)))
    made = Counter(i for i, _call, state in fleet.finished if state == outbox.SENT)
    logging.getLogger(__name__).info(
        "ticks per worker: %s; calls made per sender: %s", [len(w) for w in per_worker], made
    )
    assert sum(made.values()) == len(users)  # each call made by one sender, once
    assert [state for _i, _call, state in fleet.finished] == [outbox.SENT] * len(users)

    with fleet.services[1].db.session() as s:
        rows = s.execute(select(Delivery.user_id, Delivery.status, Delivery.message_id)).all()
        unfinished = User.push_lease_until.is_not(None) | (User.next_push_at <= DUE)
        left = s.execute(select(func.count()).select_from(User).where(unfinished))
        assert left.scalar_one() == 0  # every lease released, every push moved on to Thursday
    assert sorted(r.user_id for r in rows) == users
    assert {r.status for r in rows} == {"sent"}
    calls = fleet.standin.calls("sendMessage")
    assert sorted(c.params["chat_id"] for c in calls) == users
    assert all(len(fleet.standin.messages(i)) == 1 for i in users)
    assert {r.user_id: r.message_id for r in rows} == {
        i: fleet.standin.messages(i)[0].message_id for i in users
    }
