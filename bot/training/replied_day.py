"""Sets typed as a Telegram reply to an earlier day's workout (Monday's push answered on
Wednesday with "squat 40kg 3x10", or to its workout "did it all") are that day's: the day
is said before them, as if typed ("2 days ago: squat 40kg 3x10"), so they go where "... 2
days ago" goes (logbook_day.py: that day's workout, or too long ago, said; whole_day.py).
Text that names its own day, a question, or a reply to a message of today is left as typed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy.orm import Session

from bot.coach import schedule
from bot.coach.setlog_day import day_said, month_first
from bot.runtime.services import Services
from bot.store.models import User
from bot.training.parts import day_part
from bot.training.people import finished_profile, local_today, logging_today
from bot.training.typed import has_digit, is_question
from bot.training.whole_day import told_whole


@dataclass(frozen=True)
class Replied:
    """The bot's message replied to: when it was sent, and the day its "Start logging"
    button carries (a push's), if it has one."""

    sent_at: datetime
    stamp: str | None = None  # "20261116"


def with_replied_day(
    svc: Services, s: Session, user: User, text: str, replied: Replied | None
) -> str:
    """`text` with the day of the message it replies to said first, when that is an
    earlier day and the text is sets, or the whole workout, naming no day of their own."""
    profile = finished_profile(user)
    if replied is None or profile is None or is_question(text):
        return text
    whole = replied.stamp is not None and told_whole(text)  # "did it all" to a day's workout
    if not has_digit(text) and not whole:
        return text
    now = svc.clock.now()
    day, today = _day(replied, profile.tz), local_today(profile, now)
    said, _ = day_said(text, today, month_first=month_first(profile.tz))
    if said is not None or day >= logging_today(s, user, profile, now):  # last night's too
        return text
    back = (today - day).days
    return f"{'yesterday' if back == 1 else f'{back} days ago'}: {text}"


def _day(replied: Replied, tz: str) -> date:
    pushed = day_part(replied.stamp) if replied.stamp else None
    return pushed or schedule.local_date(replied.sent_at, tz)
