"""The weekly recap: sessions done against planned, the week's load records, hard sets and
the weekly streak (rendered by bot/handlers/reports.py: recap_text). What each figure means
is in bot/coach/stats.py.

Planned sessions are the program's training days from the person's start date, each day by
the training days in effect then (users.days_history keeps those a change replaced): those
when its session was opened, if that was by the day's end, else those at its end. So Monday's
workout stays planned when the days change on Tuesday. Done ones are workout sessions with
status "done": the program's sessions count against the plan, up to the number planned (a
workout moved to another day still counts once); the rest, and sessions of single
exercises, are extras.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from sqlalchemy.orm import Session

from bot.coach import programs as prog
from bot.coach.profile import Profile
from bot.coach.schedule import local_date
from bot.coach.stats import (
    LoggedSet,
    load_records,
    monday,
    planned_sessions_done,
    weekly_hard_sets,
    weekly_streak,
)
from bot.runtime.services import Services
from bot.store import reports as store
from bot.store import users
from bot.store.models import User
from bot.training.dayplan import day_done, days_then
from bot.training.people import profile_of


@dataclass(frozen=True)
class Record:
    name: str
    set: LoggedSet
    before: LoggedSet | None = None  # the earlier set it beat


@dataclass(frozen=True)
class Recap:
    """What content/templates/recap.html.j2 shows."""

    week: date  # the Monday
    planned: int
    done: int  # planned sessions done, never more than planned
    extra: int  # sessions beyond the plan, or of single exercises
    records: list[Record]  # by exercise name
    hard_sets: Mapping[str, int]  # muscle group -> hard sets this week
    streak: int  # weeks in a row with every planned session done


def planned_by_week(
    book: prog.ProgramBook,
    profile: Profile,
    first: date,
    last: date,
    history: Sequence[tuple[datetime, tuple[int, ...]]] = (),
    opened: Mapping[date, datetime] | None = None,
) -> dict[date, int]:
    """Planned sessions per Monday from the week holding `first` to the one holding `last`:
    with the training days of now, or with `history` ((until, days) of earlier training
    days, oldest first) each day by the days in effect when its session was `opened` (by
    the day's end), else at the day's end."""
    out: dict[date, int] = {}
    week = monday(first)
    while week <= last:
        days = (week + timedelta(days=i) for i in range(7))
        out[week] = sum(_planned_on(book, profile, d, history, (opened or {}).get(d)) for d in days)
        week += timedelta(days=7)
    return out


def _planned_on(
    book: prog.ProgramBook,
    profile: Profile,
    day: date,
    history: Sequence[tuple[datetime, tuple[int, ...]]],
    opened: datetime | None,
) -> bool:
    """Whether `day` was a training day: by the days in effect when its session was opened
    (if by the day's end), else by those in effect at its end."""
    when = opened if opened is not None and local_date(opened, profile.tz) <= day else None
    days = days_then(profile, day, history, when)
    return prog.workout_for(book, replace(profile, days=days), day) is not None


def weekly(svc: Services, s: Session, user: User, week_start: date) -> Recap | None:
    """The recap for the Monday-to-Sunday week holding `week_start`, or None when there is
    nothing to recap (no profile yet, or nothing planned, done or logged that week)."""
    profile = profile_of(user)
    if profile is None or profile.started_on is None:
        return None
    week = monday(week_start)
    if week < monday(profile.started_on):  # before the program: sets logged for a day then
        return None  # ("3 days ago" on a first Monday) count as history, with no week's recap
    sunday = week + timedelta(days=6)

    history = users.days_history(user)
    opened = store.opened_on(s, user.id, profile.started_on, sunday) if history else {}
    planned = planned_by_week(svc.programs, profile, profile.started_on, week, history, opened)
    first = min(planned, default=week)
    program = store.done_days(s, user.id, first, sunday, extra=False)
    extras = store.done_days(s, user.id, first, sunday, extra=True)
    counted = {
        w: planned_sessions_done(
            planned.get(w, 0),
            sum(n for day, n in program.items() if monday(day) == w),
            sum(n for day, n in extras.items() if monday(day) == w),
        )
        for w in planned
    }
    sets = store.logged_sets(s, user.id, last=sunday)
    this_week = [x for x in sets if x.day >= week]
    planned_now = planned.get(week, 0)
    done_now, extra_now = counted.get(week, (0, 0))
    if not planned_now and not done_now and not extra_now and not this_week:
        return None

    cards = svc.content.exercises

    def name(exercise_id: str) -> str:
        card = cards.get(exercise_id)
        return card.name if card else exercise_id

    def muscles(exercise_id: str) -> tuple[str, ...]:
        card = cards.get(exercise_id)
        return card.muscles if card else ()

    found = load_records([x for x in sets if x.day < week], this_week)
    records = sorted(
        (Record(name(ex), x, was) for ex, (x, was) in found.items()), key=lambda r: r.name
    )
    return Recap(
        week=week,
        planned=planned_now,
        done=done_now,
        extra=extra_now,
        records=records,
        hard_sets=weekly_hard_sets(this_week, muscles, week),
        streak=weekly_streak(planned, {w: n for w, (n, _) in counted.items()}, week),
    )


def closes_the_week(s: Session, user_id: int, profile: Profile, day: date) -> bool:
    """Whether a session finished (or skipped) on `day` is the week's last: no training day
    after it that week still has its workout to do. That is the week's last training day, or
    an earlier day once the later ones are done (their workout brought forward to a rest day
    before them, as when Friday's is logged on Thursday: the week ends there, not on Friday)."""
    week = day - timedelta(days=day.weekday())
    later = (week + timedelta(days=d) for d in profile.days if d > day.weekday())
    return all(day_done(s, user_id, d) for d in later)


def due(svc: Services, s: Session, user: User, profile: Profile, day: date) -> Recap | None:
    """The week's recap when `day` closes the week and it was not given yet; given once."""
    week = day - timedelta(days=day.weekday())
    if not users.recap_due(user, week) or not closes_the_week(s, user.id, profile, day):
        return None
    users.mark_recapped(user, week)  # a session finished later that week brings none
    return weekly(svc, s, user, week)
