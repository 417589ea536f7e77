"""Database.run and Database.session(): many units of work at once from one process, and
never one transaction inside another."""

from __future__ import annotations

import asyncio
import threading
from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot.store.db import Database
from bot.store.models import User
from bot.store.users import get_or_create_user, get_user

NOW = datetime(2026, 11, 16, 9, 0, tzinfo=UTC)
GUARD = 60.0  # seconds before a wait that should end is called a hang


async def test_concurrent_units_of_work_in_one_process_all_commit(migrated_db: Database) -> None:
    """Many updates at once (bot/tg/update_order.py) each write in a unit of work of their own.

    On SQLite they take turns on the one database thread, never two at once (so they queue
    in order rather than in SQLite's sleeping busy handler); on PostgreSQL they run side by
    side on threads of their own.
    """
    db = migrated_db
    guard = threading.Lock()
    inside, most, threads = 0, 0, set()
    # On PostgreSQL the first two units wait for each other: they only get past this if two
    # units of work are open at the same time.
    side_by_side = threading.Barrier(2, timeout=GUARD)

    def first_contact(s: Session, user_id: int) -> None:
        nonlocal inside, most
        with guard:
            inside += 1
            most = max(most, inside)
            threads.add(threading.current_thread().name)
        try:
            if db.is_postgres and user_id < 7002:
                side_by_side.wait()
            get_or_create_user(s, user_id, user_id, NOW)
        finally:
            with guard:
                inside -= 1

    await asyncio.gather(*(db.run(lambda s, u=7000 + i: first_contact(s, u)) for i in range(60)))
    with db.session() as s:
        count = s.scalar(select(func.count()).select_from(User))
        assert count == 60
        assert get_user(s, 7059) is not None
    if db.is_sqlite:
        assert (most, len(threads)) == (1, 1)
    else:
        assert most >= 2


async def test_a_session_inside_a_session_is_refused(migrated_db: Database) -> None:
    with (
        migrated_db.session(),
        pytest.raises(RuntimeError, match="inside another"),
        migrated_db.session(),  # the second one, opened inside the first
    ):
        pass
    with migrated_db.session() as s:  # and the refusal left nothing held
        assert s.scalar(select(func.count()).select_from(User)) == 0


async def test_a_unit_of_work_that_raises_leaves_nothing(migrated_db: Database) -> None:
    """Database.run commits when the work returns and rolls back when it raises."""

    def half_done(s: Session) -> None:
        get_or_create_user(s, 8000, 8000, NOW)
        s.flush()
        raise ValueError("changed my mind")

    with pytest.raises(ValueError, match="changed my mind"):
        await migrated_db.run(half_done)
    assert await migrated_db.run(lambda s: get_user(s, 8000)) is None
    await migrated_db.run(lambda s: get_or_create_user(s, 8000, 8000, NOW))
    assert await migrated_db.run(lambda s: get_user(s, 8000)) is not None
