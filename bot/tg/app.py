"""Builds the python-telegram-bot Application; bot/handlers/routes.py wires every handler."""

from __future__ import annotations

from telegram.constants import ParseMode
from telegram.ext import Application, ApplicationBuilder, Defaults

from bot.handlers import routes
from bot.handlers.routes import register_commands
from bot.runtime.services import Services
from bot.tg.http_client import AiohttpRequest
from bot.tg.send_retry import RetryingLimiter
from bot.tg.update_log import UpdateLoggingApplication, salt_from_env
from bot.tg.update_order import PerChatUpdateProcessor

# Updates in progress at once. Their units of work queue for the database threads
# (bot/store/db.py); the rest of each update is mostly waiting on Telegram.
CONCURRENT_UPDATES = 32
# Bot API requests in flight at once: replies plus a push wave's sends (PTB's default).
CONNECTIONS = 256


def bot_request() -> AiohttpRequest:
    """The client for every Bot API call but getUpdates (tests/faults.py shortens it)."""
    return AiohttpRequest(CONNECTIONS)


def file_url(base_url: str) -> str:
    """Where files are downloaded: Telegram's https://api.telegram.org/file/bot beside its
    https://api.telegram.org/bot (a local Bot API server and the stand-in alike)."""
    root, sep, _ = base_url.rstrip("/").rpartition("/bot")
    return f"{root}/file/bot" if sep else "https://api.telegram.org/file/bot"


def build_application(
    svc: Services, token: str, base_url: str, *, polling: bool = True
) -> Application:
    """polling=False builds it without an Updater: a webhook server feeds update_queue."""
    builder = (
        ApplicationBuilder()
        # One INFO line per update (bot/tg/update_log.py).
        .application_class(UpdateLoggingApplication, {"log_salt": salt_from_env()})
        .token(token)
        .base_url(base_url)
        .base_file_url(file_url(base_url))
        .defaults(Defaults(parse_mode=ParseMode.HTML))
        # aiohttp, not PTB's default httpx: half the CPU per call (bot/tg/http_client.py).
        .request(bot_request())
        # On stop, PTB makes one last getUpdates to confirm the offset while the long poll
        # may still hold a connection: a pool of one would time out there.
        .get_updates_request(AiohttpRequest(2))
        .rate_limiter(RetryingLimiter())
        # Concurrent across people, in order for each (bot/tg/update_order.py).
        .concurrent_updates(PerChatUpdateProcessor(CONCURRENT_UPDATES))
    )
    if not polling:
        builder = builder.updater(None)
    app = builder.build()
    app.bot_data["services"] = svc
    routes.register(app)
    return app


__all__ = ["build_application", "register_commands"]
