"""Use cases of bot/training/ run against a migrated database, without Telegram."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from bot.runtime.clock import Clock
from bot.runtime.config import load_settings
from bot.runtime.services import Services
from bot.tg.runner import build_services
from tests.knowledge import shared_knowledge


@contextmanager
def services_for(url: str, clock: Clock) -> Iterator[Services]:
    """The bot's Services over a freshly migrated database at `url` (a DATABASE_URL), for
    sync tests (`with svc.db.session() as s:`); the database is closed afterwards."""
    svc = asyncio.run(
        build_services(load_settings({"DATABASE_URL": url}), clock, shared_knowledge())
    )
    try:
        yield svc
    finally:
        asyncio.run(svc.db.dispose())


def built_once(folder: Path) -> Services:
    """Content, programs and templates loaded once (the slow part), for a module's tests to
    pair with their own fresh databases (`dataclasses.replace(built, db=...)`)."""

    async def build() -> Services:
        url = f"sqlite:///{folder / 'built.sqlite3'}"
        services = await build_services(
            load_settings({"DATABASE_URL": url}), None, shared_knowledge()
        )
        await services.db.dispose()
        return services

    return asyncio.run(build())
