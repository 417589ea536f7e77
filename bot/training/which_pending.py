"""Sets typed with no exercise named ("225 8 8 7") are kept while the bot asks which
exercise they were, so that a reply of just its name ("hip thrust") saves them: they were
lost, and the name alone got the exercise's card. Kept in the draft beside nothing awaited,
for the day they were typed; whatever is typed next takes them out."""

from __future__ import annotations

import json
from datetime import date

from bot.store import users
from bot.store.models import User

_KEY = "which"
MAX_NAME_WORDS = 5  # "hip thrust", "the bulgarian split squats": a name, not a sentence


def keep(user: User, numbers: str, day: date) -> None:
    users.set_draft(user, json.dumps({_KEY: numbers[:200], "on": day.isoformat()}))


def taken(user: User, day: date) -> str | None:
    """The numbers kept for `day`, if any; taken out of the draft either way."""
    try:
        data = json.loads(user.draft or "")
    except ValueError:
        return None
    if not isinstance(data, dict) or _KEY not in data:
        return None
    users.set_draft(user, None)
    numbers = data.get(_KEY)
    return numbers if isinstance(numbers, str) and data.get("on") == day.isoformat() else None
