"""What a history question asks for: a day ("what did I do last tuesday"), a week ("what did
I do last week", asked on a Friday, listed this week's sessions too: now Monday to Sunday
before this one) or a move ("how much did I do on the hip thrust" got the exercise card: now
that move's last sessions)."""

from __future__ import annotations

import re
from datetime import timedelta

from bot.coach.compose import named_cards
from bot.coach.matcher import words
from bot.coach.schedule import local_date
from bot.runtime.services import Services
from bot.store.models import User
from bot.training.outcomes import HistoryAsked
from bot.training.people import day_asked

_WEEK = re.compile(r"\b(?P<which>last|this|previous|current) week\b")


def history_asked(svc: Services, user: User, text: str) -> HistoryAsked | None:
    """None before the setup is done, or with no time zone to date the days by."""
    if user.onboarded_at is None:
        return None
    now = svc.clock.now()
    said = _WEEK.search(" ".join(words(text)))
    if said is not None and user.tz:
        monday = local_date(now, user.tz)
        monday -= timedelta(days=monday.weekday())
        back = said["which"] in ("last", "previous")
        return HistoryAsked(week=monday - timedelta(days=7) if back else monday)
    day = day_asked(user, text, now)
    moves = named_cards(svc.content, text)
    return HistoryAsked(day=day, move=moves[0] if moves and day is None else None)
