"""A swap asked for in words ("can i swap the lunges for something", "can I replace squats",
"something instead of the stiff-leg deadlift?"): on a training day whose workout still holds
that move (or a variation of it: "lunges" for the walking lunge), the Swap choices logging
offers, opened at it; else, when a workout in the next two weeks holds it, how to swap it
when it comes and for what. Anything else (a move not in the plan) is left to the coach's
card, whose "Instead" moves may be in the workout already."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy.orm import Session

from bot.coach import programs as prog
from bot.coach.compose import words
from bot.coach.move_named import move_in
from bot.coach.profile import Profile
from bot.runtime.services import Services
from bot.store.models import User
from bot.training.logbook_replies import Swaps
from bot.training.logbook_steps import SWAPS_OFFERED, kit_swaps
from bot.training.pain_offer import free_swaps, moves_of, swaps_at, today_open
from bot.training.people import finished_profile, local_today, planning, planning_ahead

LOOK_AHEAD_DAYS = 14

_ASKS = re.compile(
    r"\b(swap|swop|replace|substitute|sub|switch|instead|alternatives?|other than)\b"
)
# Told, not asked: "swapped lunges for split squats", "did leg press instead" (the log's).
_TOLD = re.compile(r"\b(swapped|replaced|subbed|switched|did|done|finished)\b")


@dataclass(frozen=True)
class SwapLater:
    """A move of a later workout (`day`'s) asked to be swapped: Swap while logging it, for
    one of `options`; none: every move doing the same job is in that workout already."""

    name: str
    day: date
    options: tuple[str, ...]
    today: bool = False  # today's workout, whose other moves are all its swaps


def asks_swap(text: str) -> bool:
    said = " ".join(words(text))
    return bool(_ASKS.search(said)) and not _TOLD.search(said) and not re.search(r"\d", text)


def on_text(svc: Services, s: Session, user: User, text: str) -> Swaps | SwapLater | None:
    profile = finished_profile(user)
    if profile is None or not asks_swap(text):
        return None
    found = today_open(svc, s, user)
    if found is not None:
        left, held = moves_of(svc, s, user, *found)
        named = move_in(svc.content, text, left)
        if named is not None and not _has_swaps(svc, found[0], named, found[1]):
            return None  # the card's moves doing the same job with other equipment
        if named is not None and not free_swaps(svc, found[0], named, held, found[1]):
            return SwapLater(svc.content.exercises[named].name, found[1], (), today=True)
        if named is not None:
            return swaps_at(svc, s, user, *found, named)
    return _later(svc, s, user, profile, text)


def _has_swaps(svc: Services, profile: Profile, exercise_id: str, day: date) -> bool:
    return bool(kit_swaps(svc, profile, exercise_id, day))


def _later(svc: Services, s: Session, user: User, profile: Profile, text: str) -> SwapLater | None:
    """The next workout after today holding the move named, with what could stand in."""
    today = local_today(profile, svc.clock.now())
    profile = planning(s, user, today) or profile
    for ahead in range(1, LOOK_AHEAD_DAYS + 1):
        day = today + timedelta(days=ahead)
        workout = prog.workout_for(svc.programs, planning_ahead(s, user.id, profile, day), day)
        if workout is None:
            continue
        held = [p.exercise_id for p in workout.exercises]
        named = move_in(svc.content, text, held)
        if named is None:
            continue
        if not _has_swaps(svc, profile, named, day):
            return None
        options = free_swaps(svc, profile, named, set(held), day)[:SWAPS_OFFERED]
        names = tuple(svc.content.exercises[i].name for i in options)
        return SwapLater(svc.content.exercises[named].name, day, names)
    return None
