"""Alembic upgrade to head, from the command line or from inside a running event loop."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import text
from sqlalchemy.engine import Connection

from bot.store.db import Database

MIGRATIONS = Path(__file__).with_name("migrations")
LOCK_KEY = 0x61C0AC4  # any fixed number: the advisory lock that serialises migrations


def alembic_config(url: str) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    # ConfigParser treats % specially; URLs may carry %-escaped passwords.
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


async def upgrade(db: Database) -> None:
    """Bring the schema to head on the bot's own engine (safe to call on every start)."""

    def _upgrade(connection: Connection) -> None:
        cfg = alembic_config(db.url)
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, "head")

    async with db.engine.begin() as connection:
        if db.is_postgres:
            # Several workers starting at once: one migrates, the others wait, then find
            # nothing to do. The lock ends with this transaction.
            await connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": LOCK_KEY})
        await connection.run_sync(_upgrade)
