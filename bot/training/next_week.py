"""Next week's plan, asked in words ("next week?") or by /week's Next week button: its
days, sessions and moves with the loads the plan gives now, planned as that week's pushes
will plan them (the usual days back after days for a while, the start moved for someone
yet to train, the weeks a long gap leaves out), with nothing stored. A pause or a while
away holding those days is said, with the day it ends."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

from sqlalchemy.orm import Session

from bot.coach import programs as prog
from bot.coach.next_week_asked import next_week_asked
from bot.coach.profile import Away, Profile
from bot.coach.stats import monday
from bot.runtime.services import Services
from bot.store import logs
from bot.store.models import User
from bot.training.dayplan import week_days
from bot.training.days_back import days_coming_on
from bot.training.people import (
    Caller,
    end_pause_if_over,
    finished_profile,
    last_night,
    local_today,
    next_push_dated,
    planning,
    planning_ahead,
)
from bot.training.targets import Target, targets
from bot.training.workouts import WeekView, week


@dataclass(frozen=True)
class NextWeekView:
    days: list[tuple[prog.Workout, list[Target]]]
    today: date
    monday: date
    unit: str
    paused: bool = False  # no workouts come until /resume
    paused_until: date | None = None  # a timed pause ends that day, within or after the week
    next_push: str | None = None  # the first push after the pause, dated
    aways: tuple[Away, ...] = ()  # whiles away holding days of the week
    second: bool = False  # the week after the program's first, shown by /week ahead of it


def on_text(svc: Services, s: Session, user: User, text: str) -> NextWeekView | None:
    """ "next week?", "what am I doing next week": None for other text."""
    profile = finished_profile(user)
    if profile is None or user.awaiting or not next_week_asked(text):
        return None
    return next_week(svc, s, user, profile)


def on_press(
    svc: Services, s: Session, user: User, parts: list[str]
) -> NextWeekView | WeekView | None:
    """ "week:next" turns /week into next week's plan, "week:this" back; "week:after", under
    /week showing the program's first week ahead, the week after it. None without a profile
    or for data no button of ours has."""
    profile = finished_profile(user)
    if profile is None or len(parts) != 2 or parts[1] not in ("next", "this", "after"):
        return None
    if parts[1] == "this":
        return week(svc, s, Caller(user.id, user.chat_id))
    return next_week(svc, s, user, profile, after_first=parts[1] == "after")


def next_week(
    svc: Services, s: Session, user: User, profile: Profile, after_first: bool = False
) -> NextWeekView:
    now = svc.clock.now()
    end_pause_if_over(user, now)
    today = last_night(s, user, profile, now) or local_today(profile, now)
    base = planning(s, user, today) or profile  # this week as /week has it
    first = monday(today) + timedelta(days=7)
    start = base.started_on
    # /week showed the program's first week, a week ahead: the week after it, planned as
    # if that first week is trained (nothing moves the start past it then).
    second = after_first and start is not None and monday(start) > monday(today)
    first = monday(start) + timedelta(days=7) if second and start else first
    ahead = _usual_days_by(user, base, first)
    if not second and not logs.has_trained(s, user.id):  # the first workout pushed: week 1, A
        moved = prog.start_moved_to(ahead, first)
        if moved is not None:
            ahead = replace(ahead, started_on=moved, session_offset=0, weeks_off=())
    until = user.paused_until if user.paused else None
    days: list[tuple[prog.Workout, list[Target]]] = []
    later = days_coming_on(user, ahead)  # new days said from a day within the week
    for workout, status in week_days(svc, s, user.id, ahead, first, later=later):
        if status is None and user.paused and (until is None or workout.day < until):
            continue  # not pushed: paused
        planned = later[1] if later and workout.day >= later[0] else ahead
        if status is None:  # numbered as its push will, a long gap's weeks left out
            planned = planning_ahead(s, user.id, ahead, workout.day)
            if planned != ahead:
                workout = prog.workout_for(svc.programs, planned, workout.day) or workout
        days.append((workout, targets(svc, s, user.id, planned, workout)))
    last = first + timedelta(days=6)
    return NextWeekView(
        days,
        today,
        first,
        ahead.unit.value,
        paused=user.paused and until is None,
        paused_until=until if until is not None and until > first else None,
        next_push=next_push_dated(user) if until is not None and until > last else None,
        aways=tuple(a for a in ahead.aways if a.first <= last and a.last >= first),
        second=second,
    )


def _usual_days_by(user: User, profile: Profile, first: date) -> Profile:
    """`profile` with the usual days back when days for a while end by `first`'s midnight,
    the rotation going on from them (as days_back.usual_days_back will store it)."""
    later = days_coming_on(user, profile)
    return profile if later is None or later[0] > first else later[1]
