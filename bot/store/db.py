"""Engine, transactions and the unit of work.

Each update's database work is one synchronous function run in one go: read under the lock,
decide, write, commit, with no `await` inside. `Database.run` hands it to a database thread,
so the event loop makes one hop per update instead of one per statement (SQLAlchemy's asyncio
layer over aiosqlite cost three times the CPU of the same transaction run synchronously).
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import fcntl
import os
import threading
from collections.abc import AsyncIterator, Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager, contextmanager
from contextvars import ContextVar
from typing import Any, TypeVar

from sqlalchemy import Engine, Executable, create_engine, event
from sqlalchemy.engine import CursorResult
from sqlalchemy.orm import Session, sessionmaker

T = TypeVar("T")

# Database threads (and pooled connections) per process on PostgreSQL: enough for a push
# wave's short transactions beside the updates in progress.
PG_THREADS = 16


def core(s: Session, statement: Executable, params: Any = None) -> CursorResult[Any]:
    """A Core statement on the unit of work's connection, past the ORM's statement path
    (for the inbox's and outbox's plain statements, a third of the CPU; no autoflush)."""
    return s.connection().execute(statement, params)


def make_engine(url: str, *, foreign_keys: bool = True, **kwargs: Any) -> Engine:
    """An engine; `foreign_keys=False` is for SQLite migrations only (see migrate.py)."""
    if url.startswith("sqlite"):
        # Wait for a busy writer instead of failing at once: several processes may share
        # the file (a push tick and a migration, say).
        engine = create_engine(url, connect_args={"timeout": 30}, **kwargs)

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn: Any, _record: Any) -> None:
            # Let SQLAlchemy, not the driver, say when transactions begin (see _begin).
            dbapi_conn.isolation_level = None
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.close()

        @event.listens_for(engine, "begin")
        def _begin(conn: Any) -> None:
            # Take the write lock up front: a read transaction that later writes fails at
            # once with "database is locked" if another connection wrote in between,
            # whereas BEGIN IMMEDIATE simply waits its turn.
            conn.exec_driver_sql("BEGIN IMMEDIATE")

        return engine
    kwargs.setdefault("pool_size", PG_THREADS)
    kwargs.setdefault("max_overflow", 4)  # sessions opened outside the database threads
    return create_engine(url, pool_pre_ping=True, **kwargs)


class Database:
    def __init__(self, url: str, **engine_kwargs: Any) -> None:
        self.url = url
        self.engine = make_engine(url, **engine_kwargs)
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)
        # SQLite has one writer at a time and every transaction here is BEGIN IMMEDIATE, so
        # one database thread serves the process: its units of work queue in order, never
        # in SQLite's sleeping busy handler. PostgreSQL gets a thread per pooled connection;
        # row locks order what must be ordered.
        threads = 1 if self.is_sqlite else PG_THREADS
        self._threads = ThreadPoolExecutor(threads, thread_name_prefix="db")
        self._inside = threading.local()
        # SQLite: whoever holds this may use the write lock. An update's transaction stays
        # open across awaits (see UpdateTransaction); any other BEGIN IMMEDIATE issued on the
        # one database thread meanwhile would block that thread, and the open transaction
        # could never commit. So every unit of work takes its turn here first.
        self._turn: asyncio.Lock | None = None
        self._alone: bool | None = None
        self._lock_fd: int | None = None

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def is_postgres(self) -> bool:
        return self.engine.dialect.name == "postgresql"

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A transaction: commits on success, rolls back on any error. Not re-entrant: a
        transaction opened inside another would wait for itself on SQLite."""
        if getattr(self._inside, "active", False):
            raise RuntimeError("a database session was opened inside another one")
        self._inside.active = True
        try:
            with self.sessions() as session, session.begin():
                yield session
        finally:
            self._inside.active = False

    def _unit(self, work: Callable[[Session], T]) -> T:
        with self.session() as session:
            return work(session)

    @asynccontextmanager
    async def turn(self) -> AsyncIterator[None]:
        """The right to open a transaction: exclusive on SQLite, free on PostgreSQL."""
        if not self.is_sqlite:
            yield
            return
        if self._turn is None:
            self._turn = asyncio.Lock()
        async with self._turn:
            yield

    async def run(self, work: Callable[[Session], T]) -> T:
        """One unit of work: `work(session)` on a database thread, committed when it returns
        (rolled back if it raises). Inside an update's transaction (bot/tg/inbox.py) it runs
        in that transaction instead, which commits once, with the update's replies."""
        tx = current_transaction.get()
        if tx is not None and tx.db is self:
            return await tx.run(work)
        async with self.turn():
            return await self.on_thread(lambda: self._unit(work))

    async def on_thread(self, fn: Callable[[], T]) -> T:
        """`fn()` on a database thread, in the caller's context (run_in_executor alone would
        drop its context variables, such as the time the update was sent)."""
        context = contextvars.copy_context()
        return await asyncio.get_running_loop().run_in_executor(self._threads, context.run, fn)

    def alone(self) -> bool:
        """SQLite: whether this process is the only one running on the database file, so
        leases left in it are a dead process's and may be freed at start (two processes on
        one file by mistake would otherwise re-send each other's calls in flight). Each
        process holds a shared lock on a file beside the database while it runs; the first
        call takes it, after trying for an exclusive one, which only a sole process gets.
        False on PostgreSQL, where leases run out instead."""
        if self._alone is None:
            self._alone = self._lock_as_sole()
        return self._alone

    def _lock_as_sole(self) -> bool:
        path = self.engine.url.database if self.is_sqlite else None
        if not self.is_sqlite or not path or path == ":memory:":
            return self.is_sqlite
        self._lock_fd = fd = os.open(f"{path}.lock", os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            sole = True
        except BlockingIOError:
            sole = False
        fcntl.flock(fd, fcntl.LOCK_SH)  # held until the process ends (or dispose)
        return sole

    async def dispose(self) -> None:
        await asyncio.get_running_loop().run_in_executor(None, self._close)

    def _close(self) -> None:
        self._threads.shutdown(wait=True)
        self.engine.dispose()
        if self._lock_fd is not None:
            os.close(self._lock_fd)  # the shared lock goes with it
            self._lock_fd, self._alone = None, None


class AlreadyDone(Exception):
    """The update this transaction is for was done by another worker: drop the attempt."""


class UpdateTransaction:
    """One update's database work as one transaction, held open while its handler runs.

    Opened by the handler's first unit of work (after `opening(session)`, which claims the
    update), reused by the next ones, and committed by `commit(final)` together with what
    `final` writes (the replies, the update marked done). Nothing commits if the handler
    fails. On SQLite it holds the database's turn from open to end, so the handler's own
    awaits between units of work (rendering, mostly) run with the write lock held; every
    Telegram call it makes is recorded, not made, so none of them waits on the network.
    """

    def __init__(self, db: Database, opening: Callable[[Session], None]) -> None:
        self.db = db
        self.opening = opening
        self.session: Session | None = None
        self._turn: contextlib.AbstractAsyncContextManager[None] | None = None
        self.ended = False
        self._begun = False

    async def _on_thread(self, work: Callable[[Session], T], *, last: bool = False) -> T:
        """`work` in the transaction, in one hop to a database thread: the first call also
        takes the turn and opens the transaction; the `last` also commits and closes."""
        if self.ended:  # a late unit of work must not start a second transaction
            raise RuntimeError("this update's transaction has ended")
        opened = self.session is None
        if opened:
            turn = self.db.turn()
            await turn.__aenter__()
            self._turn = turn
            self.session = self.db.sessions()
        session = self.session
        assert session is not None

        def step() -> T:
            if opened:
                session.begin()
                self.opening(session)
                self._begun = True
            result = work(session)
            if last:
                session.commit()
                session.close()
            return result

        try:
            result = await self.db.on_thread(step)
        except BaseException:
            # A failed opening or commit ends it; a failed unit of work leaves the handler
            # to decide (the update then fails, and nothing commits).
            if last or not self._begun:
                await self.end()
            raise
        if last:
            self.session = None  # committed and closed: end() only gives the turn back
        return result

    async def run(self, work: Callable[[Session], T]) -> T:
        return await self._on_thread(work)

    async def commit(self, final: Callable[[Session], T]) -> T:
        try:
            return await self._on_thread(final, last=True)
        finally:
            await self.end()

    async def end(self) -> None:
        """Roll back whatever is not committed, close, give the turn back."""
        self.ended = True
        session, self.session = self.session, None
        try:
            if session is not None:
                await self.db.on_thread(session.close)  # rolls back an open transaction
        finally:
            turn, self._turn = self._turn, None
            if turn is not None:
                await turn.__aexit__(None, None, None)


current_transaction: ContextVar[UpdateTransaction | None] = ContextVar(
    "current_transaction", default=None
)
