"""Small helpers shared by the handlers: services, callback data, keyboards, replies."""

from __future__ import annotations

import functools
import re
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from contextlib import asynccontextmanager
from contextvars import ContextVar

from sqlalchemy.ext.asyncio import AsyncSession, async_object_session
from telegram import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.error import BadRequest
from telegram.ext import ContextTypes

from bot.coach.profile import Profile
from bot.services import Services
from bot.store.models import User
from bot.store.users import get_or_create_user, profile_of

CALLBACK_VERSION = "1"
MAX_CALLBACK_BYTES = 64

Rows = Sequence[Sequence[tuple[str, str]]]


def services(context: ContextTypes.DEFAULT_TYPE) -> Services:
    return context.application.bot_data["services"]


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


_ID = re.compile(r"[0-9]{1,18}")  # ASCII digits that fit a 64-bit integer column


def id_part(part: str) -> int | None:
    """A number from callback data, or None: '²' and 20-digit ids are not ids."""
    return int(part) if _ID.fullmatch(part) else None


def keyboard(rows: Rows) -> InlineKeyboardMarkup | None:
    rows = [list(r) for r in rows if r]
    if not rows:
        return None
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(text, callback_data=data) for text, data in row] for row in rows]
    )


# --- replies go out after the transaction commits -----------------------------------------
#
# A handler changes the database and replies in one go. If a reply were sent while the
# transaction was still open, a later failure in the same update (a 500, a timeout) would
# roll the change back after the person was told it was saved. So inside `transaction()`
# every Bot API call below is queued, and the queue is sent once the commit has succeeded.

_Call = Callable[[], Awaitable[object]]
_outbox: ContextVar[list[_Call] | None] = ContextVar("outbox", default=None)
_answered: ContextVar[set[str] | None] = ContextVar("answered", default=None)


async def _call(factory: _Call) -> None:
    queue = _outbox.get()
    if queue is None:
        await factory()
    else:
        queue.append(factory)


@asynccontextmanager
async def transaction(context: ContextTypes.DEFAULT_TYPE) -> AsyncIterator[AsyncSession]:
    """A database transaction for one update; its replies are sent after it commits."""
    queue: list[_Call] = []
    token, answered = _outbox.set(queue), _answered.set(set())
    try:
        async with services(context).db.session() as s:
            yield s
    finally:
        _outbox.reset(token)
        _answered.reset(answered)
    for factory in queue:  # reached only when the commit succeeded
        await factory()


async def send(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    text: str,
    rows: Rows = (),
) -> None:
    chat = update.effective_chat
    assert chat is not None
    markup = keyboard(rows)
    await _call(lambda: context.bot.send_message(chat.id, text, reply_markup=markup))


async def send_template(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    template: str,
    rows: Rows = (),
    **ctx: object,
) -> None:
    await send(update, context, services(context).render.text(template, **ctx), rows)


async def answer_query(
    query: CallbackQuery, text: str | None = None, *, alert: bool = False
) -> None:
    """Every press is answered once (Telegram shows a spinner until it is, and refuses a
    second answer): within one update, a later answer to the same press is dropped."""
    answered = _answered.get()
    if answered is not None:
        if query.id in answered:
            return
        answered.add(query.id)
    await _call(lambda: query.answer(text, show_alert=alert))


async def _unless_unchanged(edit: Awaitable[object]) -> None:
    """An edit that would change nothing (a double tap, a repeated choice) is not an error:
    the message already shows what we want."""
    try:
        await edit
    except BadRequest as err:
        if "not modified" not in str(err).lower():
            raise


async def edit_text(query: CallbackQuery, text: str, rows: Rows = ()) -> None:
    markup = keyboard(rows)
    await _call(lambda: _unless_unchanged(query.edit_message_text(text, reply_markup=markup)))


async def drop_buttons(query: CallbackQuery) -> None:
    """Remove a message's keyboard so its buttons can't be pressed twice."""
    await _call(lambda: _unless_unchanged(query.edit_message_reply_markup(None)))


def db_of(user: User) -> AsyncSession:
    """The transaction this user row was loaded in: a handler's other rows go through it."""
    session = async_object_session(user)
    assert session is not None, "user row is not attached to a session"
    return session


ProfileCommand = Callable[
    [Update, ContextTypes.DEFAULT_TYPE, AsyncSession, User, Profile], Awaitable[None]
]


def needs_profile(
    command: ProfileCommand,
) -> Callable[[Update, ContextTypes.DEFAULT_TYPE], Awaitable[None]]:
    """A command for people who finished the setup: it runs in one transaction with their
    row and profile; anyone else is told to send /start first."""

    @functools.wraps(command)
    async def run(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        async with transaction(context) as s:
            found = await onboarded_user(update, context, s)
            if found is not None:
                await command(update, context, s, *found)

    return run


async def onboarded_user(
    update: Update, context: ContextTypes.DEFAULT_TYPE, s: AsyncSession
) -> tuple[User, Profile] | None:
    """The person's row and profile, or None after telling them to set up first."""
    svc = services(context)
    tg_user, chat = update.effective_user, update.effective_chat
    assert tg_user is not None and chat is not None
    user = await get_or_create_user(s, tg_user.id, chat.id, svc.clock.now())
    profile = profile_of(user) if user.onboarded_at is not None else None
    if profile is None:
        await send_template(update, context, "needs_profile")
        return None
    return user, profile
