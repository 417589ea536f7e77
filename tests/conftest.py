"""Fixtures for the whole suite: the database under test, on SQLite and on PostgreSQL.

`db_url` is a DATABASE_URL as a person would set it (`sqlite:///…` or `postgresql://…`);
pass it through load_settings / bot.runtime.config.database_url for the SQLAlchemy form. The
PostgreSQL side needs a server named by TEST_POSTGRES_URL (`bash .ci/run` starts one with
scripts/pg-test-server); each test gets a database of its own there, dropped afterwards.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import psycopg
import pytest
from sqlalchemy.engine import make_url

PG_ENV = "TEST_POSTGRES_URL"
PG_SKIP = (
    f"{PG_ENV} is not set: PostgreSQL tests need a server "
    "(`bash .ci/run` starts one; or `scripts/pg-test-server start` and export the URL it prints)"
)


def pytest_configure(config: pytest.Config) -> None:
    # The bot processes tests start (`python -m bot`, some 70 starts, most in the kill tests)
    # would compile every module of bot/ from source at each start where the environment
    # says not to write bytecode; let them write it once (into __pycache__, git-ignored).
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    config.addinivalue_line("markers", f"postgres: runs against the {PG_ENV} server")


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Say why the PostgreSQL tests did not run, even under -q."""
    skipped = [
        r
        for r in terminalreporter.stats.get("skipped", [])
        if isinstance(r.longrepr, tuple) and PG_ENV in str(r.longrepr[2])
    ]
    if skipped:
        terminalreporter.write_line(f"{len(skipped)} PostgreSQL test(s) skipped: {PG_SKIP}")


def pg_server_url() -> str:
    """The PostgreSQL test server's URL, or skip the test saying how to get one."""
    url = os.environ.get(PG_ENV, "").strip()
    if not url:
        pytest.skip(PG_SKIP)
    return url


@contextmanager
def fresh_pg_database(server_url: str) -> Iterator[str]:
    """A new, empty database on the server for one test; its URL (postgresql://…)."""
    name = f"glute_t_{uuid.uuid4().hex[:12]}"
    admin = make_url(server_url)
    url = admin.set(database=name).render_as_string(hide_password=False)
    # psycopg wants a libpq URL: no "+driver" in the scheme.
    dsn = admin.set(drivername="postgresql").render_as_string(hide_password=False)
    # CREATE/DROP DATABASE cannot run inside a transaction: autocommit.
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
        try:
            yield url
        finally:
            # FORCE: a test that failed may have left connections open.
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path) -> Iterator[str]:
    """A DATABASE_URL for an empty database: a SQLite file, or a fresh PostgreSQL database."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'test.sqlite3'}"
        return
    with fresh_pg_database(pg_server_url()) as url:
        yield url
