"""Starting and stopping the bot: services, migrations, polling, background loops."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Callable, Coroutine
from typing import Any

from telegram import Update
from telegram.ext import Application

from bot.coach.matcher import Matcher
from bot.content import DEFAULT_CONTENT_DIR, ContentError, load_content
from bot.handlers import routes, workouts
from bot.runtime.clock import Clock, SystemClock
from bot.runtime.config import ConfigError, Settings
from bot.runtime.render import Renderer, RenderError
from bot.runtime.services import Services
from bot.store.migrate import open_database
from bot.tg.app import build_application, register_commands
from bot.tg.push import Dispatcher, push_loop
from bot.tg.startup import initialized

log = logging.getLogger(__name__)

Background = Callable[[Application, Services], Coroutine[Any, Any, None]]


async def build_services(settings: Settings, clock: Clock | None = None) -> Services:
    """Everything checked before the first update: schema, content, templates."""
    try:
        render = Renderer()
        render.check()
        content = load_content(DEFAULT_CONTENT_DIR)
    except (RenderError, ContentError, OSError) as err:
        raise ConfigError(f"content is invalid: {err}") from None
    db = await open_database(settings.database_url)
    svc = Services(
        settings=settings,
        db=db,
        render=render,
        clock=clock or SystemClock(),
        content=content,
        matcher=Matcher(content),
    )
    try:
        routes.check(svc)
    except ValueError as err:
        await db.dispose()
        raise ConfigError(f"content is invalid: {err}") from None
    return svc


async def run_pushes(app: Application, svc: Services) -> None:
    """The push loop; its dispatcher is kept in bot_data for tests and tools."""
    dispatcher = Dispatcher(svc, app.bot, workouts.compose_push)
    app.bot_data["dispatcher"] = dispatcher
    await push_loop(dispatcher, svc.settings.push_tick_seconds)


# Loops that run beside the handlers for as long as the bot runs.
BACKGROUND: list[Background] = [run_pushes]


@contextlib.asynccontextmanager
async def background_loops(app: Application, svc: Services) -> AsyncIterator[None]:
    """The BACKGROUND loops as tasks for the block's length."""
    tasks = [asyncio.create_task(loop(app, svc), name=loop.__name__) for loop in BACKGROUND]
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
    async with initialized(app, base_url):
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
