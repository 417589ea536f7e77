"""Database.session(): many at once from one process, and never one inside another."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select

from bot.store.db import Database
from bot.store.models import User
from bot.store.users import get_or_create_user, get_user

NOW = datetime(2026, 11, 16, 9, 0, tzinfo=UTC)


async def test_concurrent_transactions_in_one_process_all_commit(migrated_db: Database) -> None:
    """Many updates at once (bot/update_order.py) each write in a transaction of their
    own; on SQLite they take turns on the event loop, on PostgreSQL they run side by side."""

    async def first_contact(user_id: int) -> None:
        async with migrated_db.session() as s:
            await get_or_create_user(s, user_id, user_id, NOW)
            await asyncio.sleep(0)  # let the others start their transactions meanwhile

    await asyncio.gather(*(first_contact(7000 + i) for i in range(60)))
    async with migrated_db.session() as s:
        count = await s.scalar(select(func.count()).select_from(User))
        assert count == 60
        assert await get_user(s, 7059) is not None


async def test_a_session_inside_a_session_is_refused(migrated_db: Database) -> None:
    async with migrated_db.session():
        with pytest.raises(RuntimeError, match="inside another"):
            async with migrated_db.session():
                pass
    async with migrated_db.session() as s:  # and the refusal left nothing held
        assert await s.scalar(select(func.count()).select_from(User)) == 0
