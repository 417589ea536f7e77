"""Engine and sessions. One AsyncSession per update; the caller commits."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from contextvars import ContextVar
from typing import Any

from sqlalchemy import event
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

# The Databases (by id) whose session the current task is inside.
_in_session: ContextVar[frozenset[int]] = ContextVar("in_session", default=frozenset())


def make_engine(url: str, *, foreign_keys: bool = True, **kwargs: Any) -> AsyncEngine:
    """An async engine; `foreign_keys=False` is for SQLite migrations only (see migrate.py)."""
    if url.startswith("sqlite"):
        # Wait for a busy writer instead of failing at once: several processes may share
        # the file (a push tick and a migration, say).
        engine = create_async_engine(url, connect_args={"timeout": 30}, **kwargs)

        @event.listens_for(engine.sync_engine, "connect")
        def _pragmas(dbapi_conn: Any, _record: Any) -> None:
            # Let SQLAlchemy, not the driver, say when transactions begin (see _begin).
            dbapi_conn.isolation_level = None
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.close()

        @event.listens_for(engine.sync_engine, "begin")
        def _begin(conn: Any) -> None:
            # Take the write lock up front: a read transaction that later writes fails at
            # once with "database is locked" if another connection wrote in between,
            # whereas BEGIN IMMEDIATE simply waits its turn.
            conn.exec_driver_sql("BEGIN IMMEDIATE")

        return engine
    # A push tick runs up to PUSH_RATE sends at once, each with a short transaction.
    kwargs.setdefault("pool_size", 10)
    kwargs.setdefault("max_overflow", 30)
    return create_async_engine(url, pool_pre_ping=True, **kwargs)


class Database:
    def __init__(self, url: str, **engine_kwargs: Any) -> None:
        self.url = url
        self.engine = make_engine(url, **engine_kwargs)
        self.sessions = async_sessionmaker(self.engine, expire_on_commit=False)
        # SQLite has one writer at a time and every transaction here is BEGIN IMMEDIATE.
        # Without this lock, concurrent updates in one process would queue inside SQLite's
        # busy handler, which sleeps 1, 2, 5, 10... ms between tries; here they queue on the
        # event loop and start the moment the writer commits. Other processes sharing the
        # file still wait in the busy handler.
        self._writer = asyncio.Lock() if self.engine.dialect.name == "sqlite" else None

    @property
    def is_postgres(self) -> bool:
        return self.engine.dialect.name == "postgresql"

    @asynccontextmanager
    async def session(self) -> AsyncIterator[AsyncSession]:
        """A transaction: commits on success, rolls back on any error. Not re-entrant: a
        transaction opened inside another would wait for itself on SQLite."""
        inside = _in_session.get()
        if id(self) in inside:
            raise RuntimeError("a database session was opened inside another one")
        token = _in_session.set(inside | {id(self)})
        try:
            async with (
                self._writer or contextlib.nullcontext(),
                self.sessions() as session,
                session.begin(),
            ):
                yield session
        finally:
            _in_session.reset(token)

    async def dispose(self) -> None:
        await self.engine.dispose()
