"""Small helpers shared by the handlers: who is asking, the unit of work, callback data,
keyboards and replies.

A handler parses its update, runs one use case from bot/training/ as one unit of work
(`run`), and renders what it returns. Replies go out only after that unit of work has
committed, so a person is never told about a change that was then rolled back.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Coroutine, Sequence
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy.orm import Session
from telegram import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.error import BadRequest
from telegram.ext import ContextTypes

from bot.runtime.services import Services
from bot.training.people import Caller

T = TypeVar("T")

CALLBACK_VERSION = "1"
MAX_CALLBACK_BYTES = 64

Rows = Sequence[Sequence[tuple[str, str]]]
Context = ContextTypes.DEFAULT_TYPE
Handler = Callable[[Update, Context], Coroutine[Any, Any, None]]


def services(context: Context) -> Services:
    svc: Services = context.application.bot_data["services"]
    return svc


def caller(update: Update) -> Caller:
    """The person behind an update: the ids Telegram vouches for, never callback data."""
    user, chat = update.effective_user, update.effective_chat
    assert user is not None
    return Caller(user.id, chat.id if chat else user.id, user.first_name)


async def run(context: Context, work: Callable[[Session], T]) -> T:
    """One use case as one unit of work, committed before this returns."""
    return await services(context).db.run(work)


async def for_profile(
    update: Update, context: Context, use_case: Callable[[Services, Session, Caller], T | None]
) -> T | None:
    """Run a use case that needs a finished setup; None when the use case found none, after
    asking the person to finish their setup (its next question) or, never begun, to /start."""
    svc, who = services(context), caller(update)
    result = await run(context, lambda s: use_case(svc, s, who))
    if result is None:
        from bot.handlers import onboarding  # it builds on this module

        await onboarding.finish_first(update, context)
    return result


def cb(*parts: str | int) -> str:
    """Callback data: short, versioned, ':'-separated. Never trusted when read back."""
    data = ":".join([CALLBACK_VERSION, *(str(p) for p in parts)])
    if len(data.encode()) > MAX_CALLBACK_BYTES:
        raise ValueError(f"callback data over {MAX_CALLBACK_BYTES} bytes: {data!r}")
    return data


def parse_cb(data: str | None) -> list[str] | None:
    """The parts after the version, or None for anything we did not make."""
    if not data or len(data.encode()) > MAX_CALLBACK_BYTES:
        return None
    parts = data.split(":")
    if len(parts) < 2 or parts[0] != CALLBACK_VERSION:
        return None
    return parts[1:]


def keyboard(rows: Rows) -> InlineKeyboardMarkup | None:
    rows = [list(r) for r in rows if r]
    if not rows:
        return None
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(text, callback_data=data) for text, data in row] for row in rows]
    )


# --- replies ------------------------------------------------------------------------------


async def send(update: Update, context: Context, text: str, rows: Rows = ()) -> None:
    chat = update.effective_chat
    assert chat is not None
    await context.bot.send_message(chat.id, text, reply_markup=keyboard(rows))


async def send_template(
    update: Update, context: Context, template: str, rows: Rows = (), **ctx: object
) -> None:
    await send(update, context, services(context).render.text(template, **ctx), rows)


_answered: ContextVar[frozenset[str]] = ContextVar("answered", default=frozenset())


async def send_view(
    update: Update, context: Context, template: str, view: object, rows: Rows = ()
) -> None:
    """A use case's result rendered as is: its dataclass fields are the template's variables."""
    await send_template(update, context, template, rows, **vars(view))


async def answer_query(
    query: CallbackQuery, text: str | None = None, *, alert: bool = False
) -> None:
    """Every press is answered once (Telegram shows a spinner until it is, and refuses a
    second answer): within one update, a later answer to the same press is dropped."""
    answered = _answered.get()
    if query.id in answered:
        return
    _answered.set(answered | {query.id})  # each update runs in a task of its own
    await query.answer(text, show_alert=alert)


async def _unless_unchanged(edit: Awaitable[object]) -> None:
    """An edit that would change nothing (a double tap, a repeated choice) is not an error:
    the message already shows what we want."""
    try:
        await edit
    except BadRequest as err:
        if "not modified" not in str(err).lower():
            raise


async def edit_text(query: CallbackQuery, text: str, rows: Rows = ()) -> None:
    await _unless_unchanged(query.edit_message_text(text, reply_markup=keyboard(rows)))


async def drop_buttons(query: CallbackQuery) -> None:
    """Remove a message's keyboard so its buttons can't be pressed twice."""
    await _unless_unchanged(query.edit_message_reply_markup(None))


@dataclass(frozen=True)
class Press:
    """A button press as the feature handlers see it: the query and its parsed parts."""

    update: Update
    context: Context
    query: CallbackQuery
    parts: list[str]
