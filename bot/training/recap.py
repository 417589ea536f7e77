"""The weekly recap: sessions done against planned, the week's new records, hard sets and the
weekly streak (rendered by bot/handlers/reports.py: recap_text).

Planned sessions come from the program's week_plan with the person's current training days,
counted from their start date; done ones are workout sessions with status "done".
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy.orm import Session

from bot.coach import programs as prog
from bot.coach.profile import Profile
from bot.coach.stats import LoggedSet, monday, new_records, weekly_hard_sets, weekly_streak
from bot.runtime.services import Services
from bot.store import reports as store
from bot.store.models import User
from bot.training.people import profile_of


@dataclass(frozen=True)
class Record:
    name: str
    set: LoggedSet


@dataclass(frozen=True)
class Recap:
    """What content/templates/recap.html.j2 shows."""

    week: date  # the Monday
    planned: int
    done: int
    records: list[Record]  # by exercise name
    hard_sets: Mapping[str, int]  # muscle group -> hard sets this week
    streak: int  # weeks in a row with every planned session done


def planned_by_week(
    book: prog.ProgramBook, profile: Profile, first: date, last: date
) -> dict[date, int]:
    """Planned sessions per Monday from the week holding `first` to the one holding `last`."""
    out: dict[date, int] = {}
    week = monday(first)
    while week <= last:
        out[week] = len(prog.week_plan(book, profile, week))
        week += timedelta(days=7)
    return out


def weekly(svc: Services, s: Session, user: User, week_start: date) -> Recap | None:
    """The recap for the Monday-to-Sunday week holding `week_start`, or None when there is
    nothing to recap (no profile yet, or nothing planned, done or logged that week)."""
    profile = profile_of(user)
    if profile is None or profile.started_on is None:
        return None
    week = monday(week_start)
    sunday = week + timedelta(days=6)

    planned = planned_by_week(svc.programs, profile, profile.started_on, week)
    first = min(planned, default=week)
    done = store.done_days(s, user.id, first, sunday)
    sets = store.logged_sets(s, user.id, last=sunday)
    this_week = [x for x in sets if x.day >= week]
    planned_now = planned.get(week, 0)
    done_now = sum(n for day, n in done.items() if day >= week)
    if not planned_now and not done_now and not this_week:
        return None

    cards = svc.content.exercises

    def name(exercise_id: str) -> str:
        card = cards.get(exercise_id)
        return card.name if card else exercise_id

    def muscles(exercise_id: str) -> tuple[str, ...]:
        card = cards.get(exercise_id)
        return card.muscles if card else ()

    found = new_records([x for x in sets if x.day < week], this_week)
    records = sorted((Record(name(ex), x) for ex, x in found.items()), key=lambda r: r.name)
    return Recap(
        week=week,
        planned=planned_now,
        done=done_now,
        records=records,
        hard_sets=weekly_hard_sets(this_week, muscles, week),
        streak=weekly_streak(planned, done, week),
    )
