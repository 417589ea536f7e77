"""Builds the python-telegram-bot Application: one place wires every handler."""

from __future__ import annotations

from telegram import BotCommand, Update
from telegram.constants import ParseMode
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    Defaults,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot.handlers import fallback, onboarding, router
from bot.handlers.common import send_template, services
from bot.http_client import AiohttpRequest
from bot.send_retry import RetryingLimiter
from bot.services import Services
from bot.update_log import UpdateLoggingApplication, salt_from_env
from bot.update_order import PerChatUpdateProcessor

# Updates in progress at once. Each holds at most one pooled database connection at a time,
# and the PostgreSQL pool (bot/store/db.py) has 40.
CONCURRENT_UPDATES = 32
# Bot API requests in flight at once: replies plus a push wave's sends (PTB's default).
CONNECTIONS = 256


def bot_request() -> AiohttpRequest:
    """The client for every Bot API call but getUpdates (tests/faults.py shortens it)."""
    return AiohttpRequest(CONNECTIONS)


async def help_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await send_template(update, context, "help", commands=command_list(context.application))


def command_list(app: Application) -> list[tuple[str, str]]:
    """Registered commands with their descriptions, in content/labels.yaml order."""
    svc: Services = app.bot_data["services"]
    registered = {
        name
        for handlers in app.handlers.values()
        for h in handlers
        if isinstance(h, CommandHandler)
        for name in h.commands
    }
    return [(n, d) for n, d in svc.render.labels["commands"].items() if n in registered]


async def register_commands(app: Application) -> None:
    await app.bot.set_my_commands([BotCommand(n, d) for n, d in command_list(app)])


def build_application(
    svc: Services, token: str, base_url: str, *, polling: bool = True
) -> Application:
    """polling=False builds it without an Updater: a webhook server feeds update_queue."""
    builder = (
        ApplicationBuilder()
        # One INFO line per update (bot/update_log.py).
        .application_class(UpdateLoggingApplication, {"log_salt": salt_from_env()})
        .token(token)
        .base_url(base_url)
        .defaults(Defaults(parse_mode=ParseMode.HTML))
        # aiohttp, not PTB's default httpx: half the CPU per call (bot/http_client.py).
        .request(bot_request())
        # On stop, PTB makes one last getUpdates to confirm the offset while the long poll
        # may still hold a connection: a pool of one would time out there.
        .get_updates_request(AiohttpRequest(2))
        .rate_limiter(RetryingLimiter())
        # Concurrent across people, in order for each (bot/update_order.py).
        .concurrent_updates(PerChatUpdateProcessor(CONCURRENT_UPDATES))
    )
    if not polling:
        builder = builder.updater(None)
    app = builder.build()
    app.bot_data["services"] = svc
    private = filters.ChatType.PRIVATE

    # Group -1 runs first for every update: groups and channels stop there.
    app.add_handler(TypeHandler(Update, fallback.private_only), group=-1)

    app.add_handler(MessageHandler(filters.UpdateType.EDITED, fallback.edited))
    app.add_handler(CommandHandler("start", onboarding.start_command, filters=private))
    app.add_handler(CommandHandler("settings", onboarding.settings_command, filters=private))
    app.add_handler(CommandHandler("help", help_command, filters=private))
    for name, callback in svc.extras.get("commands", {}).items():
        app.add_handler(CommandHandler(name, callback, filters=private))
    app.add_handler(MessageHandler(filters.COMMAND, fallback.unknown_command))
    app.add_handler(MessageHandler(filters.TEXT & private, router.on_text))
    app.add_handler(CallbackQueryHandler(router.on_callback))
    app.add_handler(MessageHandler(filters.ALL, fallback.non_text))
    app.add_error_handler(fallback.on_error)
    return app


__all__ = ["build_application", "register_commands", "services"]
