"""Webhook mode: a Starlette app served by uvicorn feeds Telegram's POSTs to the Application.

POST {path}   X-Telegram-Bot-Api-Secret-Token must match (hmac.compare_digest), else 403;
              a body that is not a JSON object with an integer update_id gets 400;
              otherwise the update is stored in the inbox (bot/tg/inbox.py, batched with
              the others arriving meanwhile) and only then answered 200, so Telegram sends
              again whatever a crash kept from being stored (500 if the database refused).
GET /healthz  200 {"ok": true} while the Application runs and the database answers SELECT 1,
              else 503 {"ok": false}.

The Application is driven here: started with the inbox and the sender (bot/tg/runner.py
`working`), then the HTTP server; stopped in reverse. An update answered with 200 is in the
database, so whatever a stop leaves unprocessed is processed at the next start. Registering
the webhook is a separate, once-per-deploy step (`register_webhook`, `python -m bot set-webhook`).
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import json
import logging
import socket
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass

import uvicorn
from sqlalchemy.engine import Connection
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from telegram import Bot, Update, WebhookInfo
from telegram.ext import Application

from bot.runtime.config import ConfigError
from bot.runtime.services import Services
from bot.store.db import Database
from bot.store.inbox import incoming
from bot.tg.inbox import Inbox
from bot.tg.runner import working
from bot.tg.startup import bot_session
from bot.tg.webhook_config import WebhookSettings

log = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
HEALTH_TIMEOUT = 5.0  # seconds for the database to answer SELECT 1


# --------------------------------------------------------------------------- ASGI app


def _db_ping(sync_conn: Connection) -> None:
    # On the driver connection, outside a transaction: on SQLite the engine's BEGIN
    # IMMEDIATE hook would otherwise make a health check wait for the write lock.
    raw = sync_conn.connection.dbapi_connection
    assert raw is not None
    cursor = raw.cursor()
    try:
        cursor.execute("SELECT 1")
        cursor.fetchall()
    finally:
        cursor.close()


def _ping(db: Database) -> None:
    with db.engine.connect() as conn:
        _db_ping(conn)


async def database_ok(db: Database) -> bool:
    try:
        async with asyncio.timeout(HEALTH_TIMEOUT):
            await asyncio.to_thread(_ping, db)
    except Exception as err:  # any failure means "not healthy"; say which kind, no details
        log.warning("health check: database unavailable (%s)", type(err).__name__)
        return False
    return True


def create_asgi_app(
    app: Application, inbox: Inbox, db: Database, secret: str, path: str
) -> Starlette:
    """The ASGI app; it assumes `app` is running (see `serving`)."""
    expected = secret.encode()

    async def telegram(request: Request) -> Response:
        # Starlette decodes headers as latin-1, so this round-trips any byte.
        given = request.headers.get(SECRET_HEADER, "").encode("latin-1")
        if not hmac.compare_digest(given, expected):
            return Response(status_code=403)
        try:
            data = json.loads(await request.body())
            item = incoming(data) if isinstance(data, dict) else None
        except ValueError:
            item = None
        if item is None:
            log.warning("webhook: body is not a Telegram update")
            return Response(status_code=400)
        try:
            await inbox.receive(item)
        except Exception as err:  # not stored: Telegram will send it again
            log.error("webhook: could not store an update (%s)", type(err).__name__)
            return Response(status_code=500)
        return Response(status_code=200)

    async def healthz(request: Request) -> Response:
        ok = app.running and await database_ok(db)
        return JSONResponse({"ok": ok}, status_code=200 if ok else 503)

    return Starlette(
        routes=[
            Route(path, telegram, methods=["POST"]),
            Route("/healthz", healthz, methods=["GET"]),
        ]
    )


# --------------------------------------------------------------------------- lifecycle


class _Server(uvicorn.Server):
    """uvicorn without its own signal handlers: it re-raises caught signals after
    shutdown, which would kill the process before the Application and database close."""

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        yield


@dataclass
class WebhookServer:
    host: str
    port: int
    task: asyncio.Task[None]  # ends when the HTTP server stops

    @property
    def origin(self) -> str:
        return f"http://{self.host}:{self.port}"


def _bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(128)  # connections wait in the backlog until uvicorn accepts them
    except OSError as err:
        sock.close()
        raise ConfigError(f"cannot listen on {host}:{port}: {err.strerror or err}") from None
    sock.set_inheritable(True)
    return sock


async def _warn_if_not_registered(bot: Bot, url: str) -> None:
    try:
        info: WebhookInfo = await bot.get_webhook_info()
    except Exception as err:  # informative only; never stop serving for it
        log.warning("could not read the webhook info (%s)", type(err).__name__)
        return
    if info.url != url:
        log.warning(
            "Telegram's webhook is %s, not WEBHOOK_URL: run `python -m bot set-webhook`",
            "unset" if not info.url else "another URL",
        )


@contextlib.asynccontextmanager
async def serving(
    app: Application, svc: Services, settings: WebhookSettings
) -> AsyncIterator[WebhookServer]:
    """Bind, start the Application (and the push loop if PUSH_WORKER), then serve HTTP
    until the block ends; shutdown runs in reverse."""
    sock = _bind(settings.listen, settings.port)
    try:
        async with working(app, svc, pushes=settings.push_worker) as worker:
            await _warn_if_not_registered(app.bot, settings.url)
            config = uvicorn.Config(
                create_asgi_app(app, worker.inbox, svc.db, settings.secret, settings.path),
                lifespan="off",  # the Application's lifecycle is driven here instead
                log_config=None,  # keep bot.runtime.logs' setup
                access_log=False,  # bot.updates already logs one line per update
                timeout_graceful_shutdown=10,
            )
            server = _Server(config)
            task = asyncio.create_task(server.serve(sockets=[sock]), name="webhook-server")
            port = sock.getsockname()[1]
            log.info(
                "webhook server on %s:%s%s (push loop %s) as @%s",
                settings.listen,
                port,
                settings.path,
                "on" if settings.push_worker else "off",
                app.bot.username,
            )
            try:
                yield WebhookServer(settings.listen, port, task)
            finally:
                server.should_exit = True
                await task
    finally:
        sock.close()


async def register_webhook(bot: Bot, settings: WebhookSettings) -> WebhookInfo:
    """setWebhook once per deploy, not from every worker."""
    await bot.set_webhook(
        url=settings.url, secret_token=settings.secret, allowed_updates=Update.ALL_TYPES
    )
    return await bot.get_webhook_info()


async def set_webhook(token: str, api_url: str, settings: WebhookSettings) -> str:
    """`python -m bot set-webhook`: register the URL and secret; what to print."""
    from bot.tg.app import bot_request

    async with bot_session(Bot(token, base_url=api_url, request=bot_request()), api_url) as bot:
        info = await register_webhook(bot, settings)
    return f"webhook set to {info.url} ({info.pending_update_count} updates pending)"
