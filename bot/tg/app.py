"""Builds the python-telegram-bot Application; bot/handlers/routes.py wires every handler."""

from __future__ import annotations

from telegram.constants import ParseMode
from telegram.ext import Application, ApplicationBuilder, Defaults

from bot.handlers import routes
from bot.handlers.routes import register_commands
from bot.runtime.services import Services
from bot.tg.deferred import RecordingRequest
from bot.tg.send_retry import RetryingLimiter
from bot.tg.update_log import UpdateLoggingApplication, salt_from_env

# Updates in progress at once (bot/tg/inbox.py). Their Bot API calls are recorded, not made,
# so an update waits only on the database.
CONCURRENT_UPDATES = 32
# Bot API requests in flight at once: replies plus a push wave's sends (PTB's default).
CONNECTIONS = 256


def bot_request() -> RecordingRequest:
    """The client for every Bot API call but getUpdates (tests/faults.py shortens it)."""
    return RecordingRequest(CONNECTIONS)


def file_url(base_url: str) -> str:
    """Where files are downloaded: Telegram's https://api.telegram.org/file/bot beside its
    https://api.telegram.org/bot (a local Bot API server and the stand-in alike)."""
    root, sep, _ = base_url.rstrip("/").rpartition("/bot")
    return f"{root}/file/bot" if sep else "https://api.telegram.org/file/bot"


def build_application(svc: Services, token: str, base_url: str) -> Application:
    """The Application, without PTB's Updater: updates come through the inbox
    (bot/tg/inbox.py), which calls `process_update` itself."""
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
        .rate_limiter(RetryingLimiter())
        .updater(None)
    )
    app = builder.build()
    app.bot_data["services"] = svc
    routes.register(app)
    return app


__all__ = ["build_application", "register_commands"]
