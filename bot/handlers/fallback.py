"""Everything that isn't a command or answer we know: each gets a short, friendly reply."""

from __future__ import annotations

import html
import logging

from telegram import Message, MessageOriginUser, Update
from telegram.constants import ChatType
from telegram.error import Forbidden, RetryAfter
from telegram.ext import ApplicationHandlerStop, ContextTypes, filters

from bot.handlers.common import run, send_template, services
from bot.store.db import AlreadyDone
from bot.training import people
from bot.training.log_example import example_of
from bot.training.pasted_workout import pasted
from bot.training.sent_instead import workout_waiting

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

# What could be the workout itself: a photo or video of it, a voice note telling it.
_SHOWING = frozenset({"photos", "voice notes", "video notes", "videos"})


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


async def _reply_with_what_is_owed(
    update: Update, context: ContextTypes.DEFAULT_TYPE, template: str, kind: str | None = None
) -> None:
    """A reply to a message the bot won't act on, naming what it waits for: a setup
    question, or the exercise being logged (and whether its sets, load or Save are owed),
    or today's workout, not logged yet, to tell in words. `kind`: what was sent instead of
    text ("stickers"), for non_text."""
    svc, tg_user = services(context), update.effective_user
    assert tg_user is not None
    what = await run(context, lambda s: people.owed(svc, s, tg_user.id))
    shows = kind in _SHOWING
    waiting = shows and await run(context, lambda s: workout_waiting(svc, s, tg_user.id))
    waiting_for = svc.render.label("step", what.step).lower() if what.step else None
    example = None
    if template == "forwarded" and not what.step and not what.exercise:  # their own move
        example = await run(context, lambda s: example_of(svc, s, tg_user.id))
    await send_template(
        update,
        context,
        template,
        waiting_for=waiting_for,
        exercise=what.exercise,
        mode=what.mode,
        kind=kind,
        workout_waiting=waiting,
        example=example,
    )


async def non_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    assert message is not None
    kind = next((name for attr, name in _KINDS if getattr(message, attr, None)), None)
    await _reply_with_what_is_owed(update, context, "non_text", kind=kind)


def from_someone_else(message: Message) -> bool:
    """Forwarded, and not the sender's own message forwarded back (from Saved Messages, say,
    where sets jotted down mid-workout are still theirs). A hidden sender, a chat or a
    channel counts as someone else."""
    origin = message.forward_origin
    if origin is None:
        return False
    if isinstance(origin, MessageOriginUser):
        if origin.sender_user.id == message.get_bot().id and pasted(message.text or ""):
            return False  # the bot's own workout forwarded back: shown again, as pasted
        return message.from_user is None or origin.sender_user.id != message.from_user.id
    return True


class _ForwardedFromSomeoneElse(filters.MessageFilter):
    def filter(self, message: Message) -> bool:
        return from_someone_else(message)


FORWARDED_FROM_SOMEONE_ELSE = _ForwardedFromSomeoneElse(name="forwarded_from_someone_else")


async def forwarded(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Someone else's words forwarded: not logged as the person's sets, not an answer to a
    setup question, not their question for the coach."""
    await _reply_with_what_is_owed(update, context, "forwarded")


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
