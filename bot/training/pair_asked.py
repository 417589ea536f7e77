"""How heavy a new pair of dumbbells is, asked ("just got another pair of dumbbells!"): kept
in the draft, so that the weight said next on its own ("15kg", "they're 15s") is taken as
the answer, as a setup question takes its own; before, "15kg" opened the units question.
While a workout is being logged the mark sits beside the step's own draft (its flags, the
sets waiting for Save), which stays as it was: "15kg" there was the step's load or "15" a
set of 15. Whatever is typed next takes it out (bot.training.which_pending keeps sets the
same way); after half an hour it is no longer in mind."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from bot.coach.follow_up import in_time
from bot.store import users
from bot.store.models import User

_KEY = "pair_asked"


def keep(user: User, now: datetime) -> None:
    """The question asked: marked in the draft, beside a logging step's own."""
    data = _draft(user)
    if data is not None:
        users.set_draft(user, json.dumps({**data, _KEY: now.isoformat()}))


def taken(user: User, now: datetime) -> bool:
    """Whether the question was asked just before; taken out of the draft either way, the
    rest of it left as it was."""
    data = _draft(user)
    if data is None or _KEY not in data:
        return False
    asked = data.pop(_KEY)
    users.set_draft(user, json.dumps(data) if data else None)
    try:
        return in_time(datetime.fromisoformat(str(asked)), now)
    except ValueError:
        return False


def _draft(user: User) -> dict[str, Any] | None:
    """The draft as a dict ({} for none); None when it holds something else."""
    try:
        data = json.loads(user.draft) if user.draft else {}
    except ValueError:
        return None
    return data if isinstance(data, dict) else None
