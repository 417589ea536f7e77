"""The example of a typed log in a reply ("I'll train later", "how do I log?"): a move of
the person's own workout today (the next one on a rest day), with its load only when it
takes one, in their unit, and its own sets and reps. Before, it was always "squat 60kg 12
12 10": a barbell and kilograms, told to someone at home with bands who counts in pounds."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from bot.coach.knowledge import Loading
from bot.runtime.services import Services
from bot.store import users
from bot.store.models import User
from bot.training.outcomes import LogExample
from bot.training.people import finished_profile, logging_today, planning
from bot.training.targets import targets, workout_on


def log_example(
    svc: Services, s: Session, user: User, day: date | None = None
) -> LogExample | None:
    """The first move of today's workout (`day`'s: a day said; the next one on a rest day;
    last night's at 00:40, whose planning the rest day today would move the start past);
    None: not set up."""
    profile = finished_profile(user)
    if profile is None:
        return None
    today = day or logging_today(s, user, profile, svc.clock.now())
    plan = planning(s, user, today) or profile
    workout = workout_on(svc, plan, today)
    found = targets(svc, s, user.id, plan, workout)
    if not found:
        return None
    first = found[0]
    # a move with weights, or one done holding a load (dumbbells in a split squat at home)
    load = first.load
    weighted = (
        load is not None or svc.content.exercises[first.exercise_id].loading == Loading.WEIGHTED
    )
    unit = first.unit or profile.unit.value
    return LogExample(
        first.name, load, weighted, unit, max(1, first.sets), first.rep_low, first.rep_high
    )


def example_of(svc: Services, s: Session, user_id: int) -> LogExample | None:
    """log_example for the person with `user_id`; None: no such person, or not set up."""
    user = users.get_user(s, user_id)
    return log_example(svc, s, user) if user is not None else None
