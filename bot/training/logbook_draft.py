"""The entry waiting in users.draft while an exercise is owed or waits for its Save: its
sets and text, and the flags the steps leave with it ("add", "replaces", "skip_asked",
"by_set"; see logbook_steps.py)."""

from __future__ import annotations

import json

from bot.coach.profile import Unit
from bot.coach.setlog import SetEntry
from bot.store.models import ExerciseLog, User
from bot.training.awaiting import Awaiting, Mode


def asked_again(user: User, log: ExerciseLog) -> bool:
    """Whether sets typed for `log`, an exercise with sets saved today, correct them: it was
    asked for again (✎ on /log, Fix under the echo of a correction) and not after "add
    these to it, or replace it?", or the entry waiting for Save already replaces them."""
    owed = Awaiting.parse(user.awaiting)
    if owed is None or owed.log_id != log.id:
        return False  # typed naming it while another is owed, or nothing is: add or replace?
    if owed.mode == Mode.CONFIRM:
        return _draft_flag(user, "replaces")
    return not offers_add(user)


def skip_was_asked(user: User) -> bool:
    """Whether "skip" was typed once already while this entry waited for its Save."""
    return _draft_flag(user, "skip_asked")


def offers_add(user: User) -> bool:
    """Whether the entry waiting for its Save was shown with sets already saved today: it
    is then added to them unless the person chose to replace them."""
    return _draft_flag(user, "add")


def one_by_one(user: User) -> bool:
    """Whether the exercise owed is being logged one set at a time (logbook_sets.py)."""
    return _draft_flag(user, "by_set")


def _draft_flag(user: User, key: str) -> bool:
    return flag_in(user.draft, key)


def flag_in(draft: str | None, key: str) -> bool:
    """Whether a draft (users.draft, or one a setting holds) carries the flag `key`."""
    try:
        data = json.loads(draft or "")
    except ValueError:
        return False
    return isinstance(data, dict) and data.get(key) is True


def draft_of(user: User) -> tuple[tuple[SetEntry, ...], str] | None:
    """The sets and text waiting for confirmation, or None when the draft is unreadable."""
    return entry_in(user.draft)


def entry_in(draft: str | None) -> tuple[tuple[SetEntry, ...], str] | None:
    """The sets and text a draft holds (draft_of), or None."""
    try:
        data = json.loads(draft or "")
        entries = tuple(
            SetEntry(int(r), float(w) if w is not None else None, Unit(u) if u else None)
            for r, w, u in data["sets"]
        )
        return entries, str(data.get("raw", ""))
    except (ValueError, TypeError, KeyError):
        return None
