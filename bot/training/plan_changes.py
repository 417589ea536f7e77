"""Asked "what changes now?" after a change of place ("got a gym membership!"), goal or
experience: the plan they now follow, its moves new to them, those left behind and those
kept, as the log of the last four weeks tells (the plan before isn't stored: what they did
is what it was), and when the next workout comes. Before, a general article answered."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy.orm import Session

from bot.coach import programs as prog
from bot.coach.knowledge import Loading
from bot.runtime.services import Services
from bot.store import reports as store
from bot.store.models import User
from bot.training.people import finished_profile, local_today, planning, planning_ahead

RECENT_DAYS = 28  # the moves done this long ago or since are the plan they came from
PLAN_DAYS = 14  # the workouts of the next two weeks hold every session of the rotation

_ASKS = re.compile(
    r"^(?:(?:so|ok|okay|and|great|cool|nice)[,!]?\s+)*(?:what|wat|wht)(?:\s+|'?s\s+)"
    r"(?:changes?|changed|(?:is\s+|s\s+)?different|will\s+change|(?:does|did)\s+(?:that|this|it)"
    r"\s+change|do\s+i\s+do\s+differently|happens\s+(?:to\s+my\s+plan|with\s+my\s+plan))"
    r"(?:\s+(?:now|then|for\s+me|in\s+my\s+(?:plan|program|workouts?)|with\s+my\s+plan))?"
    r"\s*[?!.]*$",
    re.I,
)


@dataclass(frozen=True)
class PlanChanges:
    why: str  # the program's own line
    next_day: date | None
    new: tuple[str, ...]  # moves of the plan not done in the last four weeks
    dropped: tuple[str, ...]  # moves done then that the plan no longer has
    kept: tuple[str, ...]
    logged: bool  # anything done in the last four weeks to compare with
    new_loaded: bool = False  # a new move takes weights: its load is asked the first time
    today: bool = False  # the next workout is today's


def asks_changes(text: str) -> bool:
    return bool(_ASKS.match(" ".join(text.strip().split())))


def on_text(svc: Services, s: Session, user: User, text: str) -> PlanChanges | None:
    profile = finished_profile(user)
    if profile is None or user.awaiting or not asks_changes(text):
        return None
    today = local_today(profile, svc.clock.now())
    profile = planning(s, user, today) or profile
    workouts = [
        w
        for d in (today + timedelta(days=i) for i in range(PLAN_DAYS))
        if (w := prog.workout_for(svc.programs, planning_ahead(s, user.id, profile, d), d))
    ]
    planned = list(dict.fromkeys(p.exercise_id for w in workouts for p in w.exercises))
    since = today - timedelta(days=RECENT_DAYS)
    done = list(
        dict.fromkeys(x.exercise_id for x in store.logged_sets(s, user.id) if x.day >= since)
    )
    name = svc.content.exercises
    new = [i for i in planned if i not in done]
    program = svc.programs.program_for(profile.goal, profile.place)
    return PlanChanges(
        why=program.why,
        next_day=workouts[0].day if workouts else None,
        new=tuple(name[i].name for i in new),
        dropped=tuple(name[i].name for i in done if i not in planned),
        kept=tuple(name[i].name for i in planned if i in done),
        logged=bool(done),
        new_loaded=any(name[i].loading == Loading.WEIGHTED for i in new),
        today=bool(workouts) and workouts[0].day == today,
    )
