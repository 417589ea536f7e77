"""How heavy a new pair of dumbbells is, asked ("just got another pair of dumbbells!"): kept
in the draft beside nothing awaited, so that the weight said next on its own ("15kg",
"they're 15s") is taken as the answer, as a setup question takes its own; before, "15kg"
opened the units question. Whatever is typed next takes it out (bot.training.which_pending
keeps sets the same way); after half an hour it is no longer in mind."""

from __future__ import annotations

import json
from datetime import datetime

from bot.coach.follow_up import in_time
from bot.store import users
from bot.store.models import User
from bot.training.people import awaiting

_KEY = "pair_asked"


def keep(user: User, now: datetime) -> None:
    """The question asked; not while a workout is being logged (its step owns the draft)."""
    if awaiting(user) is None:
        users.set_draft(user, json.dumps({_KEY: now.isoformat()}))


def taken(user: User, now: datetime) -> bool:
    """Whether the question was asked just before; taken out of the draft either way."""
    try:
        data = json.loads(user.draft or "")
    except ValueError:
        return False
    if not isinstance(data, dict) or _KEY not in data or awaiting(user) is not None:
        return False
    users.set_draft(user, None)
    try:
        asked = datetime.fromisoformat(str(data[_KEY]))
    except ValueError:
        return False
    return in_time(asked, now)
