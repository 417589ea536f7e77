"""The program's week asked ("what week am I in?", "how many weeks have I been training?"):
the week by the program's count (weeks off after a long gap left out, as pushes number
them) and the workouts done since its start. Before, "I don't know that one yet"."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from bot.coach.programs import week_number
from bot.coach.week_asked import week_asked
from bot.runtime.services import Services
from bot.store import logs
from bot.store import reports as store
from bot.store.models import User
from bot.training.people import finished_profile, local_today


@dataclass(frozen=True)
class WeekAsked:
    week: int
    started: date | None  # the first workout's day; None: not trained yet (it starts there)
    done: int  # the program's workouts done since


def on_text(svc: Services, s: Session, user: User, text: str) -> WeekAsked | None:
    profile = finished_profile(user)
    if profile is None or user.awaiting or not week_asked(text):
        return None
    today = local_today(profile, svc.clock.now())
    start = profile.started_on
    if start is None or start > today or not logs.has_trained(s, user.id):
        return WeekAsked(1, None, 0)
    done = sum(store.done_days(s, user.id, start, today, extra=False).values())
    return WeekAsked(week_number(profile, today), start, done)
