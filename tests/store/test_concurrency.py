"""Several workers on one database, on SQLite and PostgreSQL: pushes go out once, answers
that race for one user row are both kept (or the loser fails loudly), and the push loop
outlives a database restart.

Each "worker" has its own engine and connection pool, as a second process would. Waits
are for events (a tick's outcome, a session seen waiting for a lock), never for time;
the timeouts only turn a hang into a failure.
"""

from __future__ import annotations

import asyncio
import logging
import subprocess
import tempfile
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, func, select, text
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm.exc import StaleDataError
from telegram import Bot, InlineKeyboardMarkup

from bot import push
from bot.app import bot_request
from bot.clock import ManualClock
from bot.config import database_url, load_settings
from bot.handlers.workouts import compose_push
from bot.push import Dispatcher, TickResult, claim_due, push_loop
from bot.runner import build_services
from bot.services import Services
from bot.standin.server import BotApiStandIn
from bot.store.db import Database
from bot.store.migrate import upgrade
from bot.store.models import Delivery, User
from bot.store.users import get_or_create_user, get_user, set_answer
from tests.conftest import pg_server_url

ROOT = Path(__file__).resolve().parents[2]
PG_SCRIPT = ROOT / "scripts" / "pg-test-server"
GUARD = 60.0  # seconds before a wait that should end is called a hang

MONDAY = datetime(2026, 11, 16, 7, 0, tzinfo=UTC)
DUE = MONDAY + timedelta(hours=1)  # everyone's push: Monday 08:00 UTC
SQLITE_ONE_WRITER = (
    "SQLite takes the write lock at BEGIN (BEGIN IMMEDIATE), so two transactions never "
    "hold one row at once; the lock-waiting tests cover SQLite"
)


def new_user(user_id: int, now: datetime, **profile: Any) -> User:
    """An onboarded person whose push is due Monday 08:00 UTC; keywords override columns."""
    fields: dict[str, Any] = {
        "goal": "tone",
        "experience": "some",
        "place": "gym",
        "days": "0,3",
        "push_time": "08:00",
        "tz": "UTC",
        "unit": "kg",
        "onboarded_at": now,
        "started_on": date(2026, 11, 2),
        "next_push_at": DUE,
    }
    fields.update(profile)
    return User(
        id=user_id,
        chat_id=user_id,
        created_at=now,
        updated_at=now,
        active=True,
        paused=False,
        **fields,
    )


async def add_users(db: Database, users: list[User]) -> None:
    async with db.session() as s:
        s.add_all(users)


async def load(db: Database, user_id: int) -> User:
    async with db.session() as s:
        user = await get_user(s, user_id)
        assert user is not None
        return user


async def guarded(aw: Awaitable[Any]) -> Any:
    return await asyncio.wait_for(aw, GUARD)


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

        async def _seen() -> None:
            query = text(
                "SELECT count(*) FROM pg_stat_activity "
                "WHERE datname = current_database() AND wait_event_type = 'Lock'"
            )
            while True:
                async with self.a.engine.connect() as conn:
                    if (await conn.execute(query)).scalar_one():
                        return
                await asyncio.sleep(0.01)

        await guarded(_seen())


@pytest.fixture
async def workers(db_url: str) -> AsyncIterator[Workers]:
    url = database_url(db_url)
    a, b = Database(url), Database(url)
    await upgrade(a)
    began = asyncio.Event()

    # A session takes its connection just before make_engine's BEGIN IMMEDIATE.
    @event.listens_for(b.engine.sync_engine, "engine_connect")
    def _began(_conn: Any) -> None:
        began.set()

    try:
        yield Workers(a, b, began)
    finally:
        await a.dispose()
        await b.dispose()


async def race(
    first: Callable[[AsyncSession], Awaitable[None]],
    second: Callable[[AsyncSession], Awaitable[Any]],
    workers: Workers,
) -> Any:
    """Worker a opens a transaction and runs `first` in it, then holds it open while worker
    b runs `second` in its own; a commits only once b is seen waiting for a's lock."""
    a_ready, a_release = asyncio.Event(), asyncio.Event()

    async def worker_a() -> None:
        async with workers.a.session() as s:
            await first(s)
            a_ready.set()
            await a_release.wait()

    async def worker_b() -> Any:
        await a_ready.wait()
        workers.b_began.clear()
        async with workers.b.session() as s:
            return await second(s)

    task_a = asyncio.create_task(worker_a())
    task_b = asyncio.create_task(worker_b())
    try:
        await guarded(a_ready.wait())
        await workers.b_is_blocked()
        assert not task_b.done()  # it cannot get past a's lock while a's transaction is open
        a_release.set()
        await guarded(task_a)
        return await guarded(task_b)
    finally:  # on failure: end both transactions before the fixture disposes the engines
        for task in (task_a, task_b):
            task.cancel()
        await asyncio.gather(task_a, task_b, return_exceptions=True)


async def test_locked_answers_at_two_workers_take_turns(workers: Workers) -> None:
    """Two onboarding answers for one person reach two workers at once (handlers load the
    row with get_user(lock=True)): the second waits for the first and keeps both."""
    await add_users(workers.a, [new_user(1, MONDAY, experience=None, awaiting="ob:experience")])

    async def answer_goal(s: AsyncSession) -> None:
        user = await get_user(s, 1, lock=True)
        assert user is not None
        set_answer(user, "goal", "bikini")

    async def answer_experience(s: AsyncSession) -> tuple[str | None, int]:
        user = await get_user(s, 1, lock=True)
        assert user is not None
        seen = (user.goal, user.version)
        set_answer(user, "experience", "new")
        return seen

    seen = await race(answer_goal, answer_experience, workers)
    assert seen == ("bikini", 2)  # b read the row only after a's commit
    user = await load(workers.a, 1)
    assert (user.goal, user.experience, user.version) == ("bikini", "new", 3)


async def test_an_unlocked_stale_write_fails_loudly(workers: Workers) -> None:
    """Without the row lock, the version column turns a lost update into StaleDataError,
    and the loser's transaction leaves nothing behind."""
    if not workers.postgres:
        pytest.skip(SQLITE_ONE_WRITER)
    await add_users(workers.a, [new_user(2, MONDAY)])
    async with workers.a.sessions() as sa, workers.b.sessions() as sb:
        ua, ub = await get_user(sa, 2), await get_user(sb, 2)
        assert ua is not None and ub is not None
        ua.goal = "bikini"
        await sa.commit()
        ub.experience = "new"
        with pytest.raises(StaleDataError):
            await sb.commit()
    user = await load(workers.a, 2)
    assert (user.goal, user.experience, user.version) == ("bikini", "some", 2)


async def test_first_contact_at_two_workers_at_once(workers: Workers) -> None:
    """A new person's first two updates reach two workers at once: one row, both answers."""

    async def first(s: AsyncSession) -> None:
        user = await get_or_create_user(s, 3, 3, MONDAY)
        user.goal = "glutes"

    async def second(s: AsyncSession) -> None:
        user = await get_or_create_user(s, 3, 3, MONDAY)
        user.experience = "new"

    await race(first, second, workers)
    async with workers.a.session() as s:
        rows = (await s.execute(select(User).where(User.id == 3))).scalars().all()
    assert [(u.goal, u.experience) for u in rows] == [("glutes", "new")]


async def test_claim_skips_rows_another_worker_holds(workers: Workers) -> None:
    """PostgreSQL's FOR UPDATE SKIP LOCKED: a claim takes the free rows at once instead of
    waiting behind a transaction that holds some of them."""
    if not workers.postgres:
        pytest.skip(SQLITE_ONE_WRITER)
    await add_users(workers.a, [new_user(i, MONDAY) for i in range(100, 110)])
    async with workers.a.session() as s:
        held = await s.execute(select(User.id).where(User.id < 103).with_for_update())
        assert len(held.all()) == 3
        free = await guarded(claim_due(workers.b, DUE))
        assert sorted(c.user_id for c in free) == list(range(103, 110))
    # Once that transaction ends, its rows are claimable; the claimed ones carry a lease.
    rest = await guarded(claim_due(workers.b, DUE))
    assert sorted(c.user_id for c in rest) == [100, 101, 102]
    assert await claim_due(workers.b, DUE) == []


# ------------------------------------------------------------------ two dispatchers


@dataclass
class Fleet:
    standin: BotApiStandIn
    clock: ManualClock
    services: list[Services]
    dispatchers: list[Dispatcher]


async def quick_compose(
    _svc: Services, user_id: int, day: date
) -> tuple[str, InlineKeyboardMarkup | None]:
    """A one-line push: what is under test here is claiming and recording, not the workout
    (tests/push covers that), and the real one's ~20 queries a person would triple the time."""
    return f"Today's workout for {user_id} on {day:%A}", None


@pytest.fixture
async def fleet(tmp_path: Path, db_url: str) -> AsyncIterator[Fleet]:
    """Two dispatchers, each with its own engine and PTB Bot, over one database and one
    stand-in Bot API: two worker processes in all but name."""
    settings = load_settings({"DATABASE_URL": db_url, "PUSH_RATE": "1000"})
    clock = ManualClock(MONDAY)
    with BotApiStandIn(files_dir=tmp_path / "files") as standin:
        services = [await build_services(settings, clock) for _ in range(2)]
        bots = [
            Bot(standin.token, base_url=standin.base_url, request=bot_request()) for _ in services
        ]
        try:
            async with bots[0], bots[1]:
                dispatchers = [
                    Dispatcher(s, b, quick_compose) for s, b in zip(services, bots, strict=True)
                ]
                yield Fleet(standin, clock, services, dispatchers)
        finally:
            for svc in services:
                await svc.db.dispose()


async def test_two_dispatchers_send_each_push_once(
    fleet: Fleet, monkeypatch: pytest.MonkeyPatch
) -> None:
    users = list(range(1000, 1300))
    await add_users(fleet.services[0].db, [new_user(i, MONDAY) for i in users])
    # Small claims, so the two workers' claims interleave over many ticks.
    monkeypatch.setattr(push, "CLAIM_BATCH", 25)  # small claims, so the two workers interleave
    fleet.clock.set(DUE)

    async def drain(dispatcher: Dispatcher) -> list[TickResult]:
        results = []
        while (result := await dispatcher.tick()).claimed:
            results.append(result)
        return results

    per_worker = await guarded(asyncio.gather(*(drain(d) for d in fleet.dispatchers)))
    results = [r for worker in per_worker for r in worker]
    logging.getLogger(__name__).info("ticks per worker: %s", [len(w) for w in per_worker])
    assert sum(r.claimed for r in results) == len(users)  # no row claimed twice
    assert sum(r.sent for r in results) == len(users)

    async with fleet.services[1].db.session() as s:
        rows = (await s.execute(select(Delivery.user_id, Delivery.status))).all()
        unfinished = User.push_lease_until.is_not(None) | (User.next_push_at <= DUE)
        left = await s.execute(select(func.count()).select_from(User).where(unfinished))
        assert left.scalar_one() == 0  # every lease released, every push moved on to Thursday
    assert sorted(r.user_id for r in rows) == users
    assert {r.status for r in rows} == {"sent"}
    calls = fleet.standin.calls("sendMessage")
    assert sorted(c.params["chat_id"] for c in calls) == users
    assert all(len(fleet.standin.messages(i)) == 1 for i in users)


# ------------------------------------------------------------------ the database goes away


class PgServer:
    """A PostgreSQL cluster of the test's own (scripts/pg-test-server), to stop and restart."""

    def __init__(self) -> None:
        # Under /tmp: the server's OS user must reach it, which pytest's tmp_path may not allow.
        self.dir = tempfile.mkdtemp(prefix="glute-pg-outage-")
        self.url = ""

    def _run(self, *args: str) -> str:
        done = subprocess.run(
            [str(PG_SCRIPT), *args, self.dir], capture_output=True, text=True, check=False
        )
        assert done.returncode == 0, done.stderr
        return done.stdout.strip()

    async def start(self) -> None:
        self.url = await asyncio.to_thread(self._run, "start")

    async def halt(self) -> None:  # pg_ctl stop -m fast, keeping the data
        await asyncio.to_thread(self._run, "halt")

    def remove(self) -> None:
        self._run("stop")


@pytest.fixture
def own_pg_server() -> Iterator[PgServer]:
    pg_server_url()  # same switch as every PostgreSQL test: skip, saying why, when unset
    if subprocess.run([str(PG_SCRIPT), "available"], capture_output=True).returncode:
        pytest.skip("PostgreSQL server binaries not found (scripts/pg-test-server available)")
    server = PgServer()
    try:
        yield server
    finally:
        server.remove()


class ObservedDispatcher(Dispatcher):
    """Reports each tick's outcome, a TickResult or the exception it raised."""

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.outcomes: asyncio.Queue[TickResult | Exception] = asyncio.Queue()

    async def tick(self) -> TickResult:
        try:
            result = await super().tick()
        except Exception as err:
            self.outcomes.put_nowait(err)
            raise
        self.outcomes.put_nowait(result)
        return result

    async def next_where(self, check: Callable[[TickResult | Exception], bool]) -> None:
        async def _wait() -> None:
            while not check(await self.outcomes.get()):
                pass

        await guarded(_wait())


@pytest.mark.postgres
async def test_push_loop_outlives_a_database_restart(
    own_pg_server: PgServer, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    server = own_pg_server
    await server.start()
    settings = load_settings({"DATABASE_URL": server.url, "PUSH_RATE": "1000"})
    clock = ManualClock(MONDAY)
    with BotApiStandIn(files_dir=tmp_path / "files") as standin:
        svc = await build_services(settings, clock)
        await add_users(svc.db, [new_user(7, MONDAY)])
        bot = Bot(standin.token, base_url=standin.base_url, request=bot_request())
        async with bot:
            dispatcher = ObservedDispatcher(svc, bot, compose_push)
            loop = asyncio.create_task(push_loop(dispatcher, 0.02))
            try:
                # Ticking fine (and the pool holds connections that are about to go stale).
                await dispatcher.next_where(lambda r: isinstance(r, TickResult))
                await server.halt()
                await dispatcher.next_where(lambda r: isinstance(r, Exception))
                assert any(r.message == "push tick failed" for r in caplog.records)
                assert not loop.done()

                clock.set(DUE)
                await server.start()
                await dispatcher.next_where(lambda r: isinstance(r, TickResult) and r.sent > 0)
                async with svc.db.session() as s:
                    rows = (await s.execute(select(Delivery.user_id, Delivery.status))).all()
                assert [tuple(r) for r in rows] == [(7, "sent")]
            finally:
                loop.cancel()
                await asyncio.gather(loop, return_exceptions=True)
                await svc.db.dispose()
        assert [m.chat_id for m in standin.messages(7)] == [7]
