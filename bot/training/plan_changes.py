"""Asked "what changes now?" after a change of place ("got a gym membership!"), goal or
experience: the plan they now follow, its moves new to them, those left behind and those
kept, as the log of the last four weeks tells (the plan before isn't stored: what they did
is what it was), and when the next workout comes. Before, a general article answered.
Asked while away (Profile.away), it is the plan of the days away, and the day the usual one
is back; a while away ahead is no change of the usual plan."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy.orm import Session

from bot.coach import programs as prog
from bot.coach.away_kit import away_soon
from bot.coach.knowledge import Loading
from bot.coach.profile import Away, Profile
from bot.runtime.services import Services
from bot.store import reports as store
from bot.store.models import User
from bot.training.awaiting import LOGGING_MODES, Awaiting
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
    away: Away | None = None  # the next workout is planned for a while away: that plan said
    asked_on: date | None = None
    away_next: Away | None = None  # a while away said ahead starts within a week: recalled


# "what can I do in a hotel gym?", "what should I do while I'm away": with a while away kept
# ahead, the plan of those days.
_ASKS_AWAY = re.compile(
    r"\bwhat (can|do|should|could|shall|will) i (do|train)\b.*\b(hotel|away|travell?ing|trip)\b"
)
_AWAY_AHEAD_DAYS = 14


def asks_changes(text: str) -> bool:
    return bool(_ASKS.match(" ".join(text.strip().split())))


def on_text(svc: Services, s: Session, user: User, text: str) -> PlanChanges | None:
    profile = finished_profile(user)
    owed = Awaiting.parse(user.awaiting)
    if profile is None or (owed is not None and owed.mode not in LOGGING_MODES):
        return None
    today = local_today(profile, svc.clock.now())
    if asks_changes(text):  # asked mid-logging too: the exercise asked waits as it was
        return _changes(svc, s, user, profile, today, today)
    said = " ".join(text.lower().replace("’", "'").split())
    ahead = away_soon(profile.aways, today - timedelta(days=1), _AWAY_AHEAD_DAYS)
    holding = profile.away_on(today) or ahead
    if holding is None or not _ASKS_AWAY.search(said):
        return None
    return _changes(svc, s, user, profile, today, max(today, holding.first))


def _changes(
    svc: Services, s: Session, user: User, profile: Profile, today: date, start: date
) -> PlanChanges:
    """The plan of the workouts from `start` on against the last four weeks' log."""
    profile = planning(s, user, today) or profile
    workouts = _coming(svc, s, user.id, profile, start)
    away = profile.away_on(workouts[0].day) if workouts else None
    planned = list(dict.fromkeys(p.exercise_id for w in workouts for p in w.exercises))
    since = today - timedelta(days=RECENT_DAYS)
    recent = [x for x in store.logged_sets(s, user.id) if x.day >= since]
    done = list(dict.fromkeys(x.exercise_id for x in recent))
    # back from a while away, its moves were never the usual plan: none of them "left behind"
    was = [x.exercise_id for x in recent if away is not None or profile.away_on(x.day) is None]
    name = svc.content.exercises
    new = [i for i in planned if i not in done]
    place = away.place if away is not None else profile.place
    program = svc.programs.program_for(profile.goal, place)
    return PlanChanges(
        why=program.why_for(profile.home_gym),
        next_day=workouts[0].day if workouts and start == today else None,
        new=tuple(name[i].name for i in new),
        dropped=tuple(name[i].name for i in dict.fromkeys(was) if i not in planned),
        kept=tuple(name[i].name for i in planned if i in done),
        logged=bool(done),
        new_loaded=any(name[i].loading == Loading.WEIGHTED for i in new),
        today=bool(workouts) and workouts[0].day == today,
        away=away,
        asked_on=today,
        away_next=None if away is not None else away_soon(profile.aways, today),
    )


def _coming(
    svc: Services, s: Session, user_id: int, profile: Profile, today: date
) -> list[prog.Workout]:
    """The workouts of the next PLAN_DAYS days planned as the next one is: its days away
    while that one is away, else those at the usual place (days away ahead are skipped, and
    as many days after them taken, so the whole rotation is seen)."""
    span = sum((a.last - a.first).days + 1 for a in profile.aways if a.last >= today)
    days = [today + timedelta(days=i) for i in range(PLAN_DAYS + span)]
    found = [
        w
        for d in days
        if (w := prog.workout_for(svc.programs, planning_ahead(s, user_id, profile, d), d))
    ]
    if not found:
        return []
    away = profile.away_on(found[0].day)
    if away is not None:
        return [w for w in found if away.holds(w.day)]
    usual = [d for d in days if profile.away_on(d) is None][:PLAN_DAYS]
    return [w for w in found if w.day in usual]
