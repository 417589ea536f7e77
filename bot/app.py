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
from bot.send_retry import RetryingLimiter
from bot.services import Services
from bot.update_log import UpdateLoggingApplication, salt_from_env


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
        # On stop, PTB makes one last getUpdates to confirm the offset while the long poll
        # may still hold a connection: a pool of one would time out there.
        .get_updates_connection_pool_size(2)
        .rate_limiter(RetryingLimiter())
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
