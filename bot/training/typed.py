"""Reading what a person types while logging: a "yes" to an echoed entry, a load alone after
"what load did you use?", bodyweight named instead of a load, "undo"."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.coach.profile import Profile, Unit
from bot.coach.setlog import MAX_LOAD, SetEntry
from bot.coach.training import planned_sets
from bot.store.models import ExerciseLog
from bot.training.targets import planned_of

BODYWEIGHT = re.compile(r"\b(bw|body[- ]?weight)\b", re.I)
_UNDO = re.compile(
    r"(?:please )?(?:undo|take (?:that|it) back|(?:delete|remove) (?:that|it|my last entry))"
    r"(?: (?:that|it|last|the last one|my last entry))?(?: please)?[.!]*",
    re.I,
)
_BARE_LOAD = re.compile(r"\s*(\d{1,4}(?:[.,]\d{1,2})?)\s*(kg|kgs|kilos?|lb|lbs|pounds?)?\s*", re.I)


def the_load_asked(log: ExerciseLog, profile: Profile, text: str) -> tuple[SetEntry, ...] | None:
    """After "what load did you use?", a load alone ("40", "42.5 kg") means the sets were
    done as planned at that load; None for anything else (read as a log entry)."""
    m = _BARE_LOAD.fullmatch(text)
    if m is None:
        return None
    unit = profile.unit
    if m.group(2):
        unit = Unit.LB if m.group(2).lower().startswith(("lb", "pound")) else Unit.KG
    value = float(m.group(1).replace(",", "."))
    if not 0 < value <= MAX_LOAD[unit]:
        return None
    return planned_sets(replace(planned_of(log), load=value, unit=unit))


CONFIRMATIONS = frozenset(
    [
        "yes",
        "y",
        "yep",
        "yeah",
        "yup",
        "ok",
        "okay",
        "k",
        "save",
        "saved",
        "confirm",
        "correct",
        "right",
        "done",
        "sure",
        "👍",
        "✅",
        "✔",
        "✔️",
        "👌",
    ]
)


def is_confirmation(text: str) -> bool:
    """A typed "yes" to the echo of a typed entry."""
    words = text.strip().lower().strip(".!").replace(",", " ").split()
    return bool(words) and all(w in CONFIRMATIONS or w in ("it", "that", "please") for w in words)


def has_digit(text: str) -> bool:
    return any(ch.isdigit() for ch in text)


def is_undo(text: str) -> bool:
    """ "undo", "undo that", "take that back": the /undo command typed."""
    return _UNDO.fullmatch(" ".join(text.split())) is not None
