"""Everything that isn't a command or answer we know: each gets a short, friendly reply."""

from __future__ import annotations

import html
import logging

from telegram import Update
from telegram.constants import ChatType
from telegram.error import Forbidden, RetryAfter
from telegram.ext import ApplicationHandlerStop, ContextTypes

from bot.handlers.common import run, send_template, services
from bot.store.db import AlreadyDone
from bot.training import people

log = logging.getLogger(__name__)

_KINDS = (
    ("sticker", "stickers"),
    ("photo", "photos"),
    ("voice", "voice notes"),
    ("video_note", "video notes"),
    ("video", "videos"),
    ("animation", "GIFs"),
    ("audio", "audio"),
    ("document", "files"),
    ("location", "locations"),
    ("contact", "contacts"),
    ("poll", "polls"),
    ("dice", "dice"),
)


async def private_only(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Runs first for every update: groups and channels get one polite line and no more."""
    chat = update.effective_chat
    if chat is None or chat.type == ChatType.PRIVATE:
        return
    if update.callback_query is not None:
        await update.callback_query.answer()
    elif update.message is not None and chat.type in (ChatType.GROUP, ChatType.SUPERGROUP):
        text = update.message.text or ""
        mentioned = context.bot.username and f"@{context.bot.username}".lower() in text.lower()
        # Reply to commands and mentions only, so the bot doesn't chatter in a busy group.
        if text.startswith("/") or mentioned:
            await send_template(update, context, "group_chat")
    raise ApplicationHandlerStop


async def edited(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await send_template(update, context, "edited")


async def unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    assert message is not None
    command = (message.text or "/").split()[0].split("@")[0][:40]
    await send_template(update, context, "unknown_command", command=command)


async def non_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    svc = services(context)
    message, tg_user = update.effective_message, update.effective_user
    assert message is not None and tg_user is not None
    kind = next((name for attr, name in _KINDS if getattr(message, attr, None)), None)

    what = await run(context, lambda s: people.owed(svc, s, tg_user.id))
    waiting_for = svc.render.label("step", what.step).lower() if what.step else None
    await send_template(
        update,
        context,
        "non_text",
        kind=kind,
        waiting_for=waiting_for,
        exercise=what.exercise,
        mode=what.mode,
    )


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log what went wrong (never the token or the person's text) and tell the person."""
    err = context.error
    if isinstance(err, AlreadyDone):  # another worker did this update: nothing went wrong
        return
    if isinstance(err, Forbidden):
        log.info("a user has blocked the bot")
        return
    if isinstance(err, RetryAfter):
        log.warning("flood control: retry after %s s", err.retry_after)
        return
    log.error(
        "handler failed: %s",
        html.escape(type(err).__name__),
        exc_info=(type(err), err, err.__traceback__) if err else None,
    )
    if isinstance(update, Update) and update.effective_chat is not None:
        try:
            await send_template(update, context, "error")
        except Exception:  # the reply itself failed (network, blocked): already logged above
            log.warning("could not tell the user about the error")
