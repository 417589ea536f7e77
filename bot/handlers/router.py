"""The generic part of routing: free text tried against a literal list of steps in one unit
of work, and button presses handed to the one family that owns their prefix.

Every update is keyed by the Telegram user who sent it; callback data only says *what*
was pressed, never *whose* data to touch, so a forged button can't reach another person.
The lists themselves live in bot/handlers/routes.py.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session
from telegram import Message, Update

from bot.handlers import onboarding
from bot.handlers.common import (
    Context,
    Handler,
    Press,
    answer_query,
    caller,
    parse_cb,
    run,
    services,
)
from bot.runtime.services import Services
from bot.store.models import User
from bot.training import setup
from bot.training.people import person
from bot.training.replied_day import Replied, with_replied_day

log = logging.getLogger(__name__)

MAX_TEXT_CHARS = 4096

# A step decides in the unit of work and returns what to show, or None for "not mine".
TextStep = Callable[[Services, Session, User, str], Any]
ButtonStep = Callable[[Services, Session, User, list[str]], Any]


@dataclass(frozen=True)
class TextRoute:
    step: TextStep
    show: Callable[[Update, Context, Any], Awaitable[None]]


@dataclass(frozen=True)
class ButtonRoute:
    prefix: str  # the first part of the callback data after the version: "lg", "push:skip"
    step: ButtonStep
    show: Callable[[Press, Any], Awaitable[None]]

    @property
    def pattern(self) -> str:
        return rf"^1:{self.prefix}(:|$)"


def text_entry(routes: Sequence[TextRoute], last: TextRoute, otherwise: Handler) -> Handler:
    """The one handler for free text, and for a photo's caption read as text: the first
    route whose step claims it, else `last`, which always answers (a question for the
    coach); a caption no route claims gets `otherwise` (what a photo gets)."""

    async def on_text(update: Update, context: Context) -> None:
        svc, who = services(context), caller(update)
        message = update.effective_message
        assert message is not None
        typed = (message.text or message.caption or "")[:MAX_TEXT_CHARS]  # a photo's caption
        replied = replied_to(message)
        caption = message.text is None

        def work(s: Session) -> tuple[TextRoute | None, Any]:
            user = person(s, who, svc.clock.now())
            text = with_replied_day(svc, s, user, typed, replied)  # Monday's push answered
            for route in routes:
                outcome = route.step(svc, s, user, text)
                if outcome is not None:
                    return route, outcome
            if caption:  # a photo whose caption is no log: answered as a photo
                return None, None
            return last, last.step(svc, s, user, text)

        route, outcome = await run(context, work)
        if route is None:
            await otherwise(update, context)
        else:
            await route.show(update, context, outcome)

    on_text.__qualname__ = "on_text"  # as the per-update log line names it
    return on_text


def replied_to(message: Message) -> Replied | None:
    """The bot's message this one replies to (a push carries its day on its buttons)."""
    reply = message.reply_to_message
    if reply is None or reply.from_user is None or not reply.from_user.is_bot:
        return None
    markup = reply.reply_markup
    data = [b.callback_data for row in markup.inline_keyboard for b in row] if markup else []
    stamps = [d.split(":")[-1] for d in data if isinstance(d, str) and d.startswith(PUSH_START)]
    return Replied(reply.date, stamps[0] if stamps else None)


# A push's "Start logging" (bot/handlers/workouts.py): its callback data ends in the day.
PUSH_START = "1:push:start:"


@dataclass(frozen=True)
class Stale:
    """An old, foreign or forged press; the question the person owes, to ask again."""

    question: setup.Question | None


def button_entry(route: ButtonRoute) -> Handler:
    """A handler for one family of buttons: its step in one unit of work, then its show;
    a press the step does not accept is answered as stale."""

    async def on_press(update: Update, context: Context) -> None:
        svc, who = services(context), caller(update)
        query = update.callback_query
        assert query is not None
        parts = parse_cb(query.data)  # None only for data no client could send (over 64 bytes)

        def work(s: Session) -> Any:
            user = person(s, who, svc.clock.now())
            outcome = route.step(svc, s, user, parts) if parts else None
            return outcome if outcome is not None else Stale(setup.pending_question(svc, user))

        outcome = await run(context, work)
        press = Press(update, context, query, parts or [])
        if isinstance(outcome, Stale):
            await show_stale(press, outcome)
        else:
            await route.show(press, outcome)

    on_press.__qualname__ = f"on_press[{route.prefix}]"  # as the per-update log line names it
    return on_press


async def on_unknown_press(update: Update, context: Context) -> None:
    """A press no family claims (old versions, forged data)."""
    svc, who = services(context), caller(update)
    query = update.callback_query
    assert query is not None
    stale = await run(
        context, lambda s: Stale(setup.pending_question(svc, person(s, who, svc.clock.now())))
    )
    await show_stale(Press(update, context, query, []), stale)


async def show_stale(press: Press, stale: Stale) -> None:
    """Say the button is stale, and re-ask what we're waiting for."""
    log.info("stale or unknown callback data from a user")
    await answer_query(press.query, services(press.context).render.text("stale_button"))
    if stale.question is not None:
        await onboarding.ask(press.update, press.context, stale.question)
