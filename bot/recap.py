"""The weekly recap: sessions done against planned, the week's new records, hard sets and the
weekly streak, rendered through content/templates/recap.html.j2.

Planned sessions come from the program's week_plan with the person's current training days,
counted from their start date; done ones are workout sessions with status "done".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from bot.coach import programs as prog
from bot.coach.knowledge import Content
from bot.coach.profile import Profile
from bot.coach.stats import (
    LoggedSet,
    monday,
    new_records,
    weekly_hard_sets,
    weekly_streak,
)
from bot.services import Services
from bot.store import reports as store
from bot.store.models import User
from bot.store.users import profile_of


@dataclass(frozen=True)
class Record:
    name: str
    set: LoggedSet


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


async def weekly_recap(
    svc: Services, session: AsyncSession, user: User, week_start: date
) -> str | None:
    """The recap for the Monday-to-Sunday week holding `week_start`, or None when there is
    nothing to recap (no profile yet, or nothing planned, done or logged that week)."""
    profile = profile_of(user)
    if profile is None or profile.started_on is None:
        return None
    book: prog.ProgramBook = svc.extras["programs"]
    content: Content = svc.extras["content"]
    week = monday(week_start)
    sunday = week + timedelta(days=6)

    planned = planned_by_week(book, profile, profile.started_on, week)
    first = min(planned, default=week)
    done = await store.done_days(session, user.id, first, sunday)
    sets = await store.logged_sets(session, user.id, last=sunday)
    this_week = [s for s in sets if s.day >= week]
    planned_now = planned.get(week, 0)
    done_now = sum(n for day, n in done.items() if day >= week)
    if not planned_now and not done_now and not this_week:
        return None

    def name(exercise_id: str) -> str:
        card = content.exercises.get(exercise_id)
        return card.name if card else exercise_id

    def muscles(exercise_id: str) -> tuple[str, ...]:
        card = content.exercises.get(exercise_id)
        return card.muscles if card else ()

    found = new_records([s for s in sets if s.day < week], this_week)
    records = sorted((Record(name(ex), s) for ex, s in found.items()), key=lambda r: r.name)
    return svc.render.text(
        "recap",
        week=week,
        planned=planned_now,
        done=done_now,
        records=records,
        hard_sets=weekly_hard_sets(this_week, muscles, week),
        streak=weekly_streak(planned, done, week),
    )
