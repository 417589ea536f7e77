"""A competitor's show day: kept when she says it ("show is march 14"), during the setup or
after, and counted down to when she asks ("how many weeks out am i"). The plan itself does
not change: show prep isn't in the articles."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from bot.coach import schedule
from bot.coach.show_day import ShowCount, asked_weeks_out, count_to, show_day_said
from bot.coach.smalltalk import Intent
from bot.runtime.services import Services
from bot.store.models import User
from bot.training.outcomes import Talk


def today_of(svc: Services, user: User) -> date:
    """Her local date; before a zone is chosen (early in the setup), UTC's."""
    now = svc.clock.now()
    return schedule.local_date(now, user.tz) if user.tz else now.date()


def keep_said(svc: Services, user: User, text: str) -> ShowCount | None:
    """The show's day, when the message names one: kept (a later one replaces it)."""
    today = today_of(svc, user)
    day = show_day_said(text, today)
    if day is None:
        return None
    user.show_on = day
    return count_to(day, today)


def on_text(svc: Services, s: Session, user: User, text: str) -> Talk | None:
    """ "show is march 14": kept and said back; "how many weeks out am i": counted from the
    day kept, or asked for. None for anything else, and before the setup is done (the setup
    keeps a show day said to it)."""
    if user.onboarded_at is None:
        return None
    if asked_weeks_out(text):
        today = today_of(svc, user)
        show = count_to(user.show_on, today) if user.show_on else None
        return Talk(Intent.SHOW, True, show=show, show_asked=True)
    said = keep_said(svc, user, text)
    return None if said is None else Talk(Intent.SHOW, True, show=said)
