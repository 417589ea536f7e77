"""Starting and stopping the bot: services, migrations, polling, background loops."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Callable, Coroutine
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from telegram.ext import Application

from bot.coach.knowledge import Content
from bot.coach.matcher import Matcher
from bot.content import DEFAULT_CONTENT_DIR, ContentError, load_content
from bot.handlers import logging_flow, routes, workouts
from bot.runtime.clock import AsSent, Clock, SystemClock
from bot.runtime.config import ConfigError, Settings
from bot.runtime.render import Renderer, RenderError
from bot.runtime.services import Services
from bot.store.db import PG_THREADS
from bot.store.migrate import open_database
from bot.tg.app import CONCURRENT_UPDATES, build_application, register_commands
from bot.tg.http_client import AiohttpRequest
from bot.tg.inbox import SETTLE, Inbox
from bot.tg.outbox import Sender
from bot.tg.polling import poll
from bot.tg.push import Dispatcher, push_loop
from bot.tg.rest import RestAlarm, rest_loop
from bot.tg.startup import initialized

log = logging.getLogger(__name__)

STOP_GRACE = 5.0  # seconds the sender has at stop for the replies just queued


@dataclass(frozen=True)
class Knowledge:
    """What the bot knows, read from content/: the same for every process and database."""

    render: Renderer
    content: Content
    matcher: Matcher


def load_knowledge() -> Knowledge:
    """Templates, articles' content and the question index, checked; ConfigError if broken."""
    try:
        render = Renderer()
        render.check()
        content = load_content(DEFAULT_CONTENT_DIR)
    except (RenderError, ContentError, OSError) as err:
        raise ConfigError(f"content is invalid: {err}") from None
    return Knowledge(render, content, Matcher(content))


async def build_services(
    settings: Settings, clock: Clock | None = None, knowledge: Knowledge | None = None
) -> Services:
    """Everything checked before the first update: schema, content, templates. `knowledge`
    already loaded is used as it is (tests share one per process: it never changes)."""
    known = knowledge or load_knowledge()
    db = await open_database(settings.database_url)
    svc = Services(
        settings=settings,
        db=db,
        render=known.render,
        clock=AsSent(clock or SystemClock()),
        content=known.content,
        matcher=known.matcher,
    )
    try:
        routes.check(svc)
    except ValueError as err:
        await db.dispose()
        raise ConfigError(f"content is invalid: {err}") from None
    return svc


@dataclass
class Worker:
    """What one process runs beside the Application: the inbox, the sender, the push loop
    and the rest loop."""

    inbox: Inbox
    sender: Sender
    dispatcher: Dispatcher
    rest: RestAlarm


def concurrency(svc: Services) -> int:
    """Updates in progress at once. On SQLite they take turns at the database anyway (each
    holds the write lock for its transaction); on PostgreSQL each holds a pooled connection,
    and a few connections stay free for the sender and the push loop."""
    return CONCURRENT_UPDATES if svc.db.is_sqlite else max(1, PG_THREADS - 4)


async def _forever(name: str, loop: Callable[[], Coroutine[Any, Any, None]]) -> None:
    """A background loop that outlives its own failures (a database restart, say)."""
    while True:
        try:
            await loop()
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("%s stopped; starting it again", name)
            await asyncio.sleep(1)


@contextlib.asynccontextmanager
async def working(
    app: Application, svc: Services, *, pushes: bool = True, poll_timeout: int | None = None
) -> AsyncIterator[Worker]:
    """The Application started with the inbox and sender (and the push and rest loops if
    `pushes`, and long polling if `poll_timeout` is given) until the block ends. Stopping:
    polling first, then the updates in progress finish, then the sender gets a few seconds
    for what they queued; anything left waits in the database for the next start."""
    async with initialized(app, app.bot.base_url):
        await register_commands(app)
        await app.start()
        # Polling reads updates in order, one batch at a time; webhook requests come side by side.
        settle = timedelta(0) if poll_timeout is not None else SETTLE
        inbox = Inbox(app, svc, concurrency(svc), settle)
        sender = Sender(svc, _request(app), app.bot.base_url)
        dispatcher = Dispatcher(svc, app.bot, workouts.compose_push)
        dispatcher.queued = sender.wake.set
        alarm = RestAlarm(svc, app.bot, logging_flow.rest_over_message)
        alarm.queued = sender.wake.set
        inbox.sender = sender  # an update's commit hands its replies over
        worker = Worker(inbox, sender, dispatcher, alarm)
        app.bot_data["worker"] = worker
        app.bot_data["dispatcher"] = dispatcher
        poller = AiohttpRequest(2)
        await poller.initialize()
        await sender.start()  # before the inbox can hand it a claim
        loops = {"inbox": inbox.run, "sender": sender.run}
        if pushes:
            loops["push loop"] = lambda: push_loop(dispatcher, svc.settings.push_tick_seconds)
            loops["rest loop"] = lambda: rest_loop(alarm)
        tasks = {
            name: asyncio.create_task(_forever(name, loop), name=name)
            for name, loop in loops.items()
        }
        if poll_timeout is not None:
            tasks["polling"] = asyncio.create_task(
                _forever("polling", lambda: poll(inbox, poller, app.bot.base_url, poll_timeout))
            )
        try:
            yield worker
        finally:
            for name in ("polling", "inbox", "push loop", "rest loop"):
                await _cancel(tasks.pop(name, None))
            await inbox.drain()
            await sender.drain(STOP_GRACE)
            await _cancel(tasks.pop("sender"))
            await poller.shutdown()
            await app.stop()


def _request(app: Application) -> AiohttpRequest:
    request = app.bot.request
    if not isinstance(request, AiohttpRequest):
        raise TypeError("the sender needs the bot's own HTTP client (bot/tg/http_client.py)")
    return request


async def _cancel(task: asyncio.Task[None] | None) -> None:
    if task is None:
        return
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task


@contextlib.asynccontextmanager
async def running(
    svc: Services, token: str, base_url: str, *, poll_timeout: int = 10
) -> AsyncIterator[Application]:
    """The Application polling for updates, with its background loops, until the block ends."""
    app = build_application(svc, token, base_url)
    async with working(app, svc, poll_timeout=poll_timeout):
        log.info("bot is running as @%s", app.bot.username)
        yield app
