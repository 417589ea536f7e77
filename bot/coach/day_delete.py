"""One day's log asked to be deleted, in words: "delete yesterday's log", "I want to delete
just Saturday's workout, not everything", "how do I remove one day from my log?". /delete
wipes the whole log or everything; a day is its own request. What is deleted must be the
day's log itself: "remove the squats from today's workout" asks for something else."""

from __future__ import annotations

import re
from datetime import date

from bot.coach.setlog_day import day_said

_LEAD = (
    r"^(?:(?:ok|so|hey|please|pls|can you|could you|can i|could i|how do i|how can i|i want to"
    r"|i'd like to|id like to|i need to|want to|need to|just|only|also)\s+)*"
)
_VERB = r"(?:delete|remove|erase|wipe|clear|get rid of)(?: out)?"
_DAY_LOG = re.compile(
    _LEAD + _VERB + r"\s+(?:just\s+|only\s+)?(?:my\s+|the\s+|that\s+|this\s+)?(?:'s\s+)?"
    r"(?:whole\s+|entire\s+)?(?:training\s+)?(?:log|logs|workout|session|entries|sets)\b",
    re.IGNORECASE,
)
_ONE_DAY = re.compile(
    _LEAD + _VERB + r"\s+(?:just\s+)?(?:one|a|a single|a particular|a specific|a certain)\s+"
    r"(?:day|workout|session)\b",
    re.IGNORECASE,
)


def day_delete_asked(text: str, today: date) -> date | bool | None:
    """The day whose log is asked to be deleted; True when a day is meant but not said
    ("remove one day from my log"); None when no day's deletion is asked."""
    said, cut = day_said(text.strip(), today)
    if said is not None and said.day <= today and _DAY_LOG.search(cut.strip()):
        return said.day
    return True if said is None and _ONE_DAY.search(text.strip()) else None
