"""A workout being logged outlives a visit to /settings. The menu leaves the logging step
awaited as it is; a setting opened from it holds that step after its own
("set:time>log:12", bot/training/awaiting.py), and the step's draft (typed sets waiting for
Save, reps waiting for their load) under "held" in the setting's draft. Leaving the
settings (a setting changed, "Nothing, thanks", "cancel") awaits the held step again."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from bot.runtime.services import Services
from bot.store import users
from bot.store.models import User
from bot.training import awaiting as wait
from bot.training.awaiting import Awaiting, Mode
from bot.training.people import Owed, awaiting, exercise_owed, expect

HELD = "held"  # the held step's own draft, inside the draft of the setting being changed


@dataclass(frozen=True)
class Held:
    """A logging step to come back to, and its draft."""

    step: Awaiting
    draft: str | None


def _draft(user: User) -> dict[str, Any]:
    try:
        draft = json.loads(user.draft or "{}")
    except ValueError:
        return {}
    return draft if isinstance(draft, dict) else {}


def held(user: User) -> Held | None:
    """The logging step that leaving the settings comes back to: the one awaited now (the
    menu is open), or the one a setting being changed holds."""
    what = awaiting(user)
    if what is None:
        return None
    if what.log_id is not None:
        return Held(what, user.draft)
    if what.mode == Mode.SETTINGS and what.held is not None:
        kept = _draft(user).get(HELD)
        return Held(what.held, kept if isinstance(kept, str) else None)
    return None


def open_setting(user: User, step: str, days: Iterable[int] | None = None) -> None:
    """Wait for a new answer to `step` (`days`: those ticked to begin with), holding the
    logging step there is one."""
    keep = held(user)
    draft: dict[str, Any] = {} if days is None else {"days": list(days)}
    if keep is not None and keep.draft is not None:
        draft[HELD] = keep.draft
    step_held = wait.settings(step, keep.step if keep is not None else None)
    expect(user, step_held, json.dumps(draft) if draft else None)


def tick_days(user: User, days: Iterable[int]) -> None:
    """The days ticked so far, for the days question; a held step's draft stays."""
    draft: dict[str, Any] = {"days": sorted(days)}
    kept = _draft(user).get(HELD)
    if isinstance(kept, str):
        draft[HELD] = kept
    users.set_draft(user, json.dumps(draft))


def changing(user: User, step: str) -> bool:
    """Whether `step` is a setting being changed (which "cancel" leaves as it is)."""
    what = awaiting(user)
    return what is not None and what.mode == Mode.SETTINGS and what.key == step


def come_back(svc: Services, s: Session, user: User, keep: Held | None) -> Owed | None:
    """The settings are left: the held logging step is awaited again, and what it waits
    for is returned, to be said; None (nothing awaited) when no step was held or its
    exercise is gone."""
    owed = exercise_owed(svc, s, user.id, keep.step) if keep is not None else None
    if keep is None or owed is None or owed.exercise is None:
        expect(user, None)
        return None
    expect(user, keep.step, keep.draft)
    return owed
