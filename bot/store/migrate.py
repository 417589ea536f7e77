"""Alembic upgrade to head, from the command line or at start."""

from __future__ import annotations

import asyncio
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import text
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.exc import OperationalError

from bot.store.db import Database, make_engine

MIGRATIONS = Path(__file__).with_name("migrations")
LOCK_KEY = 0x61C0AC4  # any fixed number: the advisory lock that serialises migrations


class DatabaseUnavailable(Exception):
    """The database could not be opened at start; str() is one line, without the password."""


async def open_database(url: str) -> Database:
    """A Database with its schema brought up to date, or DatabaseUnavailable in one line
    when it can't be reached or opened (server down, wrong password, unwritable file)."""
    db = Database(url)
    try:
        await upgrade(db)
    except (OperationalError, OSError) as err:
        await db.dispose()
        shown = make_url(url).render_as_string(hide_password=True)
        reason = str(getattr(err, "orig", None) or err).strip().splitlines()
        raise DatabaseUnavailable(
            f"cannot open the database {shown}: {reason[0] if reason else type(err).__name__}"
        ) from None
    return db


def alembic_config(url: str) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    # ConfigParser treats % specially; URLs may carry %-escaped passwords.
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


async def upgrade(db: Database, revision: str = "head") -> None:
    """Bring the schema to `revision` (safe to call on every start)."""
    await migrate(db, "upgrade", revision)


async def migrate(db: Database, action: str, revision: str) -> None:
    """Run `alembic upgrade|downgrade revision` safely on either database, off the loop."""
    await asyncio.to_thread(migrate_now, db, action, revision)


def migrate_now(db: Database, action: str, revision: str) -> None:
    def _run(connection: Connection) -> None:
        cfg = alembic_config(db.url)
        cfg.attributes["connection"] = connection
        {"upgrade": command.upgrade, "downgrade": command.downgrade}[action](cfg, revision)

    if db.is_postgres:
        with db.engine.begin() as connection:
            # Several workers starting at once: one migrates, the others wait, then find
            # nothing to do. The lock ends with this transaction.
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": LOCK_KEY})
            _run(connection)
        return
    # SQLite rebuilds a table to alter it (batch mode); with foreign keys on, dropping the
    # old table would cascade deletes into every child table. The pragma can't change inside
    # a transaction, so migrations get their own connection with it off, and a check after.
    engine = make_engine(db.url, foreign_keys=False)
    try:
        with engine.begin() as connection:
            _run(connection)
            problems = connection.exec_driver_sql("PRAGMA foreign_key_check").all()
            if problems:
                raise RuntimeError(f"migration left rows with broken references: {problems[:5]}")
    finally:
        engine.dispose()
