"""Engine, transactions and the unit of work.

Each update's database work is one synchronous function run in one go: read under the lock,
decide, write, commit, with no `await` inside. `Database.run` hands it to a database thread,
so the event loop makes one hop per update instead of one per statement (SQLAlchemy's asyncio
layer over aiosqlite cost three times the CPU of the same transaction run synchronously).
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from typing import Any, TypeVar

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

T = TypeVar("T")

# Database threads (and pooled connections) per process on PostgreSQL: enough for a push
# wave's short transactions beside the updates in progress.
PG_THREADS = 16


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

    async def run(self, work: Callable[[Session], T]) -> T:
        """One unit of work: `work(session)` on a database thread, committed when it returns
        (rolled back if it raises). The caller replies only after this returns."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._threads, self._unit, work)

    async def dispose(self) -> None:
        await asyncio.get_running_loop().run_in_executor(None, self._close)

    def _close(self) -> None:
        self._threads.shutdown(wait=True)
        self.engine.dispose()
