"""Alembic environment: runs on the bot's engine, or on a connection handed in."""

from __future__ import annotations

from alembic import context
from sqlalchemy.engine import Connection

import bot.store.report_models  # noqa: F401  (registers its table on Base.metadata)
from bot.store.db import make_engine
from bot.store.models import Base

config = context.config
target_metadata = Base.metadata


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",  # SQLite can't ALTER much
    )
    with context.begin_transaction():
        context.run_migrations()


def _run_standalone() -> None:
    engine = make_engine(config.get_main_option("sqlalchemy.url") or "", foreign_keys=False)
    try:
        with engine.connect() as connection:
            _run(connection)
            connection.commit()
    finally:
        engine.dispose()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    _run_standalone()
