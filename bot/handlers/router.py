"""Routes free text and button presses to the part of the bot that owns them.

Every update is keyed by the Telegram user who sent it; callback data only says *what*
was pressed, never *whose* data to touch, so a forged button can't reach another person.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

from telegram import Update
from telegram.ext import ContextTypes

from bot.handlers import onboarding
from bot.handlers.common import answer_query, parse_cb, send_template, services, transaction
from bot.store.models import User
from bot.store.users import get_or_create_user

log = logging.getLogger(__name__)

# Hooks later features register: (update, context, user, text) -> handled?
TextHook = Callable[[Update, ContextTypes.DEFAULT_TYPE, User, str], Awaitable[bool]]
CallbackHook = Callable[[Update, ContextTypes.DEFAULT_TYPE, User, list[str]], Awaitable[bool]]

MAX_TEXT_CHARS = 4096


async def on_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    svc = services(context)
    message, tg_user, chat = update.effective_message, update.effective_user, update.effective_chat
    assert message is not None and tg_user is not None and chat is not None
    text = (message.text or "")[:MAX_TEXT_CHARS]
    async with transaction(context) as s:
        user = await get_or_create_user(s, tg_user.id, chat.id, svc.clock.now())
        if await onboarding.on_text_answer(update, context, user, text):
            return
        for hook in svc.extras.get("text_hooks", []):
            if await hook(update, context, user, text):
                return
        await send_template(update, context, "not_understood")  # no feature claimed it


async def on_callback(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    svc = services(context)
    query, tg_user, chat = update.callback_query, update.effective_user, update.effective_chat
    assert query is not None and tg_user is not None
    parts = parse_cb(query.data)
    chat_id = chat.id if chat else tg_user.id
    handled = False
    async with transaction(context) as s:
        user = await get_or_create_user(s, tg_user.id, chat_id, svc.clock.now())
        if parts:
            handled = await onboarding.on_callback(update, context, user, parts)
            for hook in svc.extras.get("callback_hooks", []):
                if handled:
                    break
                handled = await hook(update, context, user, parts)
        if not handled:
            await stale(update, context, user)


async def stale(update: Update, context: ContextTypes.DEFAULT_TYPE, user: User) -> None:
    """A press on an old, foreign or forged button: say so, and re-ask what we're waiting for."""
    svc = services(context)
    query = update.callback_query
    assert query is not None
    log.info("stale or unknown callback data from a user")
    await answer_query(query, svc.render.text("stale_button"))
    step = onboarding.pending_step(user)
    if step is not None:
        await onboarding.ask(update, context, user, step)
