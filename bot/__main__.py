"""Command line: python -m bot run | webhook | set-webhook | chat | migrate."""

from __future__ import annotations

import argparse
import asyncio
import functools
import logging
import os
import signal
import sys
import time
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

from bot.runtime.config import ConfigError, Settings, data_folder, load_settings
from bot.runtime.logs import setup_logging
from bot.tg.webhook_config import WebhookSettings, load_webhook_settings

log = logging.getLogger("bot")


async def _migrate(settings: Settings) -> None:
    from bot.store.migrate import open_database

    db = await open_database(settings.database_url)
    await db.dispose()
    print("database is up to date")


def _stop_on_signals() -> asyncio.Event:
    """An event set by SIGINT or SIGTERM: the bot finishes what it is doing, then stops."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    return stop


async def _run(settings: Settings) -> None:
    from bot.tg.runner import build_services, running

    assert settings.bot_token is not None
    svc = await build_services(settings)
    stop = _stop_on_signals()
    try:
        async with running(svc, settings.bot_token, settings.api_url):
            await stop.wait()
    finally:
        await svc.db.dispose()


async def _webhook(settings: Settings, hook: WebhookSettings) -> None:
    from bot.tg.app import build_application
    from bot.tg.runner import build_services
    from bot.tg.webhook import serving

    assert settings.bot_token is not None
    svc = await build_services(settings)
    stop = _stop_on_signals()
    try:
        app = build_application(svc, settings.bot_token, settings.api_url)
        async with serving(app, svc, hook) as server:
            stopping = asyncio.create_task(stop.wait())
            await asyncio.wait([stopping, server.task], return_when=asyncio.FIRST_COMPLETED)
            stopping.cancel()
    finally:
        await svc.db.dispose()


async def _set_webhook(settings: Settings, hook: WebhookSettings) -> None:
    from bot.tg.webhook import set_webhook

    assert settings.bot_token is not None
    print(await set_webhook(settings.bot_token, settings.api_url, hook))


async def _chat(settings: Settings) -> None:
    from bot.standin.server import BotApiStandIn
    from bot.standin.terminal import run_terminal, stdin_reader
    from bot.store import inbox, outbox
    from bot.tg.runner import build_services, running

    files = data_folder(Path("data") / "chat-files")
    svc = await build_services(settings)
    # Ids from the clock, so a chat restarted on the same database is not taken for updates
    # of the last run delivered again (those are ignored).
    standin = BotApiStandIn(files_dir=files, first_id=int(time.time()) - 1_700_000_000)
    standin.start()
    print(
        "Offline chat with Glute Coach. Type /start to begin, a number to tap a button, "
        "Ctrl-D or /quit to leave."
    )

    async def busy() -> bool:  # updates not handled yet, or replies not sent yet
        return bool(await svc.db.run(lambda s: inbox.waiting(s) + outbox.unfinished(s)))

    try:
        async with running(svc, standin.token, standin.base_url, poll_timeout=1):
            await run_terminal(standin, user_id=1, read_line=stdin_reader, write=print, busy=busy)
    finally:
        standin.stop()
        await svc.db.dispose()


async def _unanswered(settings: Settings) -> None:
    """Questions the coach could not answer, most frequent first."""
    from bot.store.migrate import open_database
    from bot.store.unanswered import most_asked

    db = await open_database(settings.database_url)
    try:
        rows = await db.run(lambda s: most_asked(s, limit=100))
    finally:
        await db.dispose()
    if not rows:
        print("no unanswered questions yet")
        return
    print(f"{'times':>5}  {'people':>6}  {'last asked':<16}  question")
    for row in rows:
        when = row.last_asked.strftime("%Y-%m-%d %H:%M")
        print(f"{row.count:>5}  {row.users:>6}  {when:<16}  {row.example}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot", description="Glute Coach")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("run", help="run on Telegram with long polling (needs BOT_TOKEN)")
    sub.add_parser(
        "webhook",
        help="serve Telegram's webhook over HTTP (needs BOT_TOKEN, WEBHOOK_URL, WEBHOOK_SECRET)",
    )
    sub.add_parser("set-webhook", help="register WEBHOOK_URL with Telegram, once per deploy")
    sub.add_parser("chat", help="talk to the bot offline in this terminal")
    sub.add_parser("migrate", help="bring the database schema up to date")
    sub.add_parser("unanswered", help="list questions the coach could not answer")
    args = parser.parse_args(argv)

    try:
        settings = load_settings(need_token=args.command in ("run", "webhook", "set-webhook"))
        hook = load_webhook_settings() if args.command in ("webhook", "set-webhook") else None
    except ConfigError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    # The offline chat owns the terminal and unanswered prints a table: keep the log to
    # warnings there unless asked otherwise.
    level = settings.log_level
    if args.command in ("chat", "unanswered") and "LOG_LEVEL" not in os.environ:
        level = logging.WARNING
    setup_logging(level, settings.bot_token, hook.secret if hook else "")

    runners: dict[str, Callable[[Settings], Coroutine[Any, Any, None]]] = {
        "run": _run,
        "chat": _chat,
        "migrate": _migrate,
        "unanswered": _unanswered,
    }
    if hook is not None:
        runners["webhook"] = functools.partial(_webhook, hook=hook)
        runners["set-webhook"] = functools.partial(_set_webhook, hook=hook)
    try:
        asyncio.run(runners[args.command](settings))
    except KeyboardInterrupt:
        pass
    except startup_errors() as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    return 0


def startup_errors() -> tuple[type[Exception], ...]:
    """What stops the bot at start with one line: settings, the database, the Bot API."""
    from bot.store.migrate import DatabaseUnavailable
    from bot.tg.startup import BotApiUnavailable

    return (ConfigError, DatabaseUnavailable, BotApiUnavailable)


if __name__ == "__main__":
    sys.exit(main())
