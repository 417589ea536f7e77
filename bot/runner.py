"""Starting and stopping the bot: services, migrations, polling, background loops."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Awaitable, Callable

from telegram import Update
from telegram.ext import Application

from bot.app import build_application, register_commands
from bot.clock import Clock, SystemClock
from bot.config import ConfigError, Settings
from bot.content import ContentError
from bot.features import install_features
from bot.render import Renderer, RenderError
from bot.services import Services
from bot.store.db import Database
from bot.store.migrate import upgrade

log = logging.getLogger(__name__)

Background = Callable[[Application, Services], Awaitable[None]]


async def build_services(settings: Settings, clock: Clock | None = None) -> Services:
    """Everything checked before the first update: schema, content, templates."""
    try:
        render = Renderer()
        render.check()
    except (RenderError, ContentError, OSError) as err:
        raise ConfigError(f"templates or labels are invalid: {err}") from None
    db = Database(settings.database_url)
    await upgrade(db)
    svc = Services(settings=settings, db=db, render=render, clock=clock or SystemClock())
    install_features(svc)
    return svc


@contextlib.asynccontextmanager
async def background_loops(app: Application, svc: Services) -> AsyncIterator[None]:
    """svc.extras["background"] loops (the push loop, ...) as tasks for the block's length."""
    tasks = [
        asyncio.create_task(loop(app, svc), name=getattr(loop, "__name__", "background"))
        for loop in svc.extras.get("background", [])
    ]
    try:
        yield
    finally:
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task


@contextlib.asynccontextmanager
async def running(
    svc: Services, token: str, base_url: str, *, poll_timeout: int = 10
) -> AsyncIterator[Application]:
    """The Application polling for updates, with its background loops, until the block ends."""
    app = build_application(svc, token, base_url)
    async with app:
        await register_commands(app)
        await app.start()
        assert app.updater is not None
        await app.updater.start_polling(
            poll_interval=0, timeout=poll_timeout, allowed_updates=Update.ALL_TYPES
        )
        log.info("bot is running as @%s", app.bot.username)
        try:
            async with background_loops(app, svc):
                yield app
        finally:
            await app.updater.stop()
            await app.stop()
