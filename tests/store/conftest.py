from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from bot.runtime.config import database_url
from bot.store.db import Database
from bot.store.migrate import upgrade


@pytest.fixture
async def migrated_db(db_url: str) -> AsyncIterator[Database]:
    """A Database on an empty schema at the newest migration (SQLite and PostgreSQL)."""
    database = Database(database_url(db_url))
    await upgrade(database)
    try:
        yield database
    finally:
        await database.dispose()
