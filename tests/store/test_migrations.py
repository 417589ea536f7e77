"""Alembic migrations on SQLite and PostgreSQL: idempotent, in step with the models, and
reversible one revision at a time down to an empty database."""

from __future__ import annotations

import ast
import importlib
import pkgutil
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import MetaData, inspect, text

import bot.store
from bot.runtime.config import database_url
from bot.store.db import Database
from bot.store.migrate import alembic_config, migrate, upgrade
from bot.store.models import Base

# Every model module registers its tables on Base.metadata when imported; import them all so
# a table added in a new module can't slip past the comparison.
for _mod in pkgutil.iter_modules(bot.store.__path__):
    if _mod.name != "migrations":
        importlib.import_module(f"bot.store.{_mod.name}")

NOW = datetime(2026, 11, 16, 8, 0, tzinfo=UTC)


@pytest.fixture
async def db(db_url: str) -> AsyncIterator[Database]:
    database = Database(database_url(db_url))
    try:
        yield database
    finally:
        await database.dispose()


def revisions() -> list[str]:
    """Revision ids from base to head."""
    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    return [r.revision for r in reversed(list(script.walk_revisions()))]


async def alembic(db: Database, action: str, target: str) -> None:
    """Run `alembic upgrade|downgrade target` the way the bot does (bot.store.migrate)."""
    await migrate(db, action, target)


def current(db: Database) -> str | None:
    with db.engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def schema_diff(db: Database, metadata: MetaData = Base.metadata) -> list[Any]:
    with db.engine.connect() as connection:
        return compare_metadata(MigrationContext.configure(connection), metadata)


def tables(db: Database) -> set[str]:
    with db.engine.connect() as connection:
        return set(inspect(connection).get_table_names())


def count(db: Database, table: str) -> int:
    with db.session() as s:
        return s.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()


def add_user_and_question(db: Database, user_id: int = 1) -> None:
    """Rows in the tables of the first revision, written in its own terms."""
    with db.session() as s:
        s.execute(
            text(
                "INSERT INTO users (id, chat_id, created_at, updated_at, version, active, paused)"
                " VALUES (:id, :id, :now, :now, 1, true, false)"
            ),
            {"id": user_id, "now": NOW.replace(tzinfo=None)},
        )
        s.execute(
            text(
                "INSERT INTO unanswered_questions (user_id, text, normalized, asked_at)"
                " VALUES (:id, 'does the stepmill burn glute fat?', 'stepmill glute fat', :now)"
            ),
            {"id": user_id, "now": NOW.replace(tzinfo=None)},
        )


async def test_upgrade_is_idempotent_and_matches_the_models(db: Database) -> None:
    await upgrade(db)
    await upgrade(db)  # every start runs it: the second time is a no-op
    assert current(db) == revisions()[-1]
    assert schema_diff(db) == []
    # The comparison does see differences: against no models, every table is surplus.
    surplus = {d[1].name for d in schema_diff(db, MetaData()) if d[0] == "remove_table"}
    assert surplus == set(Base.metadata.tables)


async def test_upgrade_keeps_existing_rows(db: Database) -> None:
    first = revisions()[0]
    await alembic(db, "upgrade", first)
    add_user_and_question(db)
    await upgrade(db)
    assert (count(db, "users"), count(db, "unanswered_questions")) == (1, 1)
    with db.session() as s:
        row = s.execute(text("SELECT push_lease_until, moved_from FROM users")).one()
    assert tuple(row) == (None, None)  # columns added later start empty


async def test_each_revision_steps_down_and_up_again(db: Database) -> None:
    """The 'stairway': every downgrade undoes its upgrade exactly, so it can be re-applied."""
    for rev in revisions():
        await alembic(db, "upgrade", rev)
        await alembic(db, "downgrade", "-1")
        await alembic(db, "upgrade", rev)
        assert current(db) == rev
    assert schema_diff(db) == []


async def test_downgrade_to_base_leaves_an_empty_database(db: Database) -> None:
    await upgrade(db)
    await alembic(db, "downgrade", "base")
    assert current(db) is None
    assert tables(db) == {"alembic_version"}
    await upgrade(db)  # and back up from nothing
    assert schema_diff(db) == []


async def test_downgrade_keeps_rows_of_tables_that_stay(db: Database) -> None:
    await upgrade(db)
    add_user_and_question(db)
    await alembic(db, "downgrade", revisions()[0])
    assert (count(db, "users"), count(db, "unanswered_questions")) == (1, 1)


def test_each_migration_is_described_in_one_line() -> None:
    # Alembic logs a migration's description at start; a description spanning lines made
    # a start-up failure print more than its one line (tests/test_cli.py).
    versions = Path(__file__).resolve().parents[2] / "bot" / "store" / "migrations" / "versions"
    for path in sorted(versions.glob("0*.py")):
        doc = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))) or ""
        assert doc and "\n" not in doc.split("\n\n")[0], path.name
