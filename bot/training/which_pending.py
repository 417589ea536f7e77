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


def taken(user: User) -> tuple[str, date] | None:
    """The numbers kept and the day they were typed for, if any; taken out of the draft
    either way (read before anything else: most messages have none, and no query is made)."""
    try:
        data = json.loads(user.draft or "")
    except ValueError:
        return None
    if not isinstance(data, dict) or _KEY not in data:
        return None
    users.set_draft(user, None)
    numbers, on = data.get(_KEY), data.get("on")
    if not isinstance(numbers, str) or not isinstance(on, str):
        return None
    try:
        return numbers, date.fromisoformat(on)
    except ValueError:
        return None
