"""What the person's own program says beside an article's rule, when a question asks how
long to rest or how heavy to go: the articles' "about a minute" and "8-12 reps hard" are
the toning plan's, and a plan taking turns at heavy and light sets rests and loads otherwise
(its workouts say so)."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.coach.knowledge import Aspect
from bot.coach.onboarding import decode_days
from bot.coach.profile import Experience
from bot.runtime.services import Services
from bot.store.models import User
from bot.training.outcomes import EntryAnswer, ExerciseCard

# An answer saying how many sessions a week to train ("a session twice a week"); not "hip
# thrusts several times a week", which is no count to set beside theirs.
HOW_OFTEN = re.compile(r"\b(once|twice|three times|four times|\d+ times) a week\b")
_TIMES = {"once": 1, "twice": 2, "three times": 3, "four times": 4}


def with_plan(
    svc: Services, user: User, found: EntryAnswer | ExerciseCard, asked: list[Aspect]
) -> EntryAnswer | ExerciseCard:
    """Asked how long to rest or how heavy to go: the person's own program beside the
    article's rule. Its "about a minute" and "8-12 reps hard" are the toning plan's, and a
    plan taking turns at heavy and light sets rests and loads otherwise (its workouts say so)."""
    if user.onboarded_at is None or not user.goal or not user.place:
        return found
    program = svc.programs.program_for(user.goal, user.place)
    if Aspect.REST in asked:
        found = replace(found, plan_rest=program.rests())
    days = decode_days(user.days)
    said = HOW_OFTEN.search(found.entry.answer) if isinstance(found, EntryAnswer) else None
    differs = said is not None and _TIMES.get(said[1], len(days)) != len(days)
    if isinstance(found, EntryAnswer) and (Aspect.FREQUENCY in asked or differs):
        # the article's "twice a week" beside the days they train on: asked, or not theirs
        found = replace(found, plan_days=days)
    new = user.experience == Experience.NEW  # heavy sets wait for week 5: 8-12 holds till then
    if Aspect.WEIGHT in asked and not new and len(ranges := program.rep_ranges()) > 1:
        found = replace(found, plan_ranges=ranges)
    return found
