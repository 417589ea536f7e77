"""Small helpers shared by the handlers: services, callback data, keyboards, replies."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.ext.asyncio import AsyncSession
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
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


def keyboard(rows: Rows) -> InlineKeyboardMarkup | None:
    rows = [list(r) for r in rows if r]
    if not rows:
        return None
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(text, callback_data=data) for text, data in row] for row in rows]
    )


async def send(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    text: str,
    rows: Rows = (),
) -> Message:
    chat = update.effective_chat
    assert chat is not None
    return await context.bot.send_message(chat.id, text, reply_markup=keyboard(rows))


async def send_template(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    template: str,
    rows: Rows = (),
    **ctx: object,
) -> Message:
    return await send(update, context, services(context).render.text(template, **ctx), rows)


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
