"""What the end-to-end tests do again and again: walk a person through onboarding, find the
workout pushes in a chat, read a person's row. The harness (harness.py) runs the bot; this
module drives it."""

from __future__ import annotations

from sqlalchemy import select

from bot.standin.server import BotApiStandIn, SentMessage
from bot.store.models import User
from tests.e2e.harness import Chat, Env

# The onboarding questions in order, and the button onboard() taps for each.
ONBOARDING_BUTTONS = (
    ("goal", "Tone up"),
    ("experience", "New to lifting"),
    ("place", "A gym"),
    ("days", "Use suggested"),
    ("days_done", "Done"),
    ("time", "18:30"),
    ("zone", "Europe/Berlin"),
    ("unit", "kg"),
)

# Callback data of a push's "Start logging" button (callback data is versioned: "1:").
PUSH_START = "1:push:start:"


async def at_step(chat: Chat, step: str) -> None:
    """Walk a fresh person by buttons up to onboarding question `step`, left unanswered."""
    await chat.say("/start")
    for name, label in ONBOARDING_BUTTONS:
        if name == step:
            return
        await chat.tap(label)


async def onboard(
    chat: Chat, *, goal: str = "Tone up", experience: str | None = None, place: str | None = None
) -> list[SentMessage]:
    """Onboard by buttons: `goal`, new to lifting, at a gym, Mon + Thu at 18:30 in
    Europe/Berlin, kg (`experience` and `place` buttons change those two). Returns the
    bot's replies to the last answer (the summary)."""
    await chat.say("/start")
    replies: list[SentMessage] = []
    chosen = {"goal": goal, "experience": experience, "place": place}
    for name, label in ONBOARDING_BUTTONS:
        replies = await chat.tap(chosen.get(name) or label)
    return replies


def is_push(message: SentMessage) -> bool:
    """A workout push, known by its keyboard rather than its wording: it offers "Start
    logging" for a day. (/today's answer is that same message on demand. Skip and Move take
    the keyboard away: the message is no longer a push one can act on.)"""
    return any(data and data.startswith(PUSH_START) for row in message.buttons for _, data in row)


def pushes(
    standin: BotApiStandIn, chat_id: int, *, after: SentMessage | None = None
) -> list[SentMessage]:
    """The chat's pushes, oldest first; with `after`, only those sent after that message."""
    newer_than = 0 if after is None else after.message_id
    return [m for m in standin.messages(chat_id) if is_push(m) and m.message_id > newer_than]


async def load_user(env: Env, user_id: int) -> User | None:
    with env.svc.db.session() as s:
        return (s.execute(select(User).where(User.id == user_id))).scalar_one_or_none()
