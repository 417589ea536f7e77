"""What a deep link (t.me/<bot>?start=<payload>) brings to /start: a goal picked, a
knowledge entry opened, or a payload we don't know."""

from __future__ import annotations

from dataclasses import dataclass

from bot.coach.profile import Goal
from bot.runtime.services import Services
from bot.store.models import User
from bot.training import questions


@dataclass(frozen=True)
class Link:
    """What a deep link brought to /start."""

    goal: str | None = None  # pre-selected: the goal question is answered
    topic: questions.EntryAnswer | None = None  # opened: the answer is shown first
    unknown: bool = False  # a payload we don't know, ignored with a word


NO_LINK = Link()

TOPIC_LINK = "topic-"  # start=topic-<knowledge entry id> opens that entry
MAX_PAYLOAD = 64  # Telegram's limit for a start parameter


def read_link(svc: Services, user: User, payload: str | None) -> Link:
    """A deep link's payload: a goal id, "topic-<entry id>", or something unknown."""
    if not payload:
        return NO_LINK
    if len(payload) <= MAX_PAYLOAD:
        if payload in {g.value for g in Goal}:
            return Link(goal=payload)
        entry = svc.content.entries.get(payload.removeprefix(TOPIC_LINK))
        if payload.startswith(TOPIC_LINK) and entry is not None:
            return Link(topic=questions.entry_answer(svc, user, entry))
    return Link(unknown=True)
