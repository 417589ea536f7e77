"""Asked for the harder version ("what's the harder version", "whats the harder version of
hip thrusts"): each move named, else each of today's workout (the next one on a rest day),
with its harder variation, or, for a move with weights, that its load is what gets harder.
Before, with no move named it was "I don't know that one yet", and with one named its card
came without a word on it when the card has no harder variation."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy.orm import Session

from bot.coach.compose import named_cards, words
from bot.coach.knowledge import Loading
from bot.coach.profile import Place, Profile
from bot.coach.progression import AT_HEAVIEST, HEAVIER_IN_HAND, harder_with
from bot.coach.training import held_way
from bot.runtime.services import Services
from bot.store.models import User
from bot.training.outcomes import ExerciseCard
from bot.training.people import finished_profile, local_today, planning
from bot.training.targets import held_on, most_held, targets, workout_on

_ASKS = re.compile(
    r"\b(harder|tougher|more difficult|advanced|progressed?|next level) (version|variation"
    r"|variant|option|progression|way to do)s?\b"
)


@dataclass(frozen=True)
class HarderMove:
    name: str
    harder: str | None  # the card's harder variation
    by_load: bool  # a move with weights: the load is what rises


@dataclass(frozen=True)
class Harder:
    moves: tuple[HarderMove, ...]
    workout: bool  # the moves of a workout, none being named
    today: bool  # that workout is today's


def asks_harder(text: str) -> bool:
    return bool(_ASKS.search(" ".join(words(text))))


def on_text(svc: Services, s: Session, user: User, text: str) -> Harder | None:
    if not asks_harder(text):
        return None
    named = list(dict.fromkeys(named_cards(svc.content, text)))
    profile = finished_profile(user)
    if named:  # as the person's kit allows: today's, when set up (targets.held_on)
        today = None if profile is None else local_today(profile, svc.clock.now())
        held = True if profile is None or today is None else held_on(profile, today)
        top = profile is not None and today is not None and _top_at_home(profile, today)
        at = {i: _at_heaviest(svc, i) if top else None for i in named}
        moves = tuple(_move(svc, i, held, at[i], _held(svc, profile, today, i)) for i in named)
        return Harder(moves, workout=False, today=False)
    if profile is None:
        return None
    today = local_today(profile, svc.clock.now())
    plan = planning(s, user, today) or profile
    workout = workout_on(svc, plan, today)
    held = held_on(profile, workout.day)
    ids = dict.fromkeys(p.exercise_id for p in workout.exercises)
    # a move at the top with the heaviest dumbbell there: the harder version its target
    # names at that load, not the dumbbell it holds already
    kept = {t.exercise_id: t.variation for t in targets(svc, s, user.id, plan, workout)
            if t.change == "harder" and t.variation and t.load is not None}  # fmt: skip
    day = workout.day
    moves = tuple(_move(svc, i, held, kept.get(i), _held(svc, profile, day, i)) for i in ids)
    return Harder(moves, workout=True, today=workout.day == today)


def _move(
    svc: Services, exercise_id: str, held: bool, at_load: str | None = None, already: bool = False
) -> HarderMove:
    """The move's harder variation, one the kit allows (`held`: a load to hold there;
    `at_load`: the one its target names at the load it has; `already`: the plan has it held
    with a dumbbell, so the dumbbell's weight is what rises)."""
    card = svc.content.exercises[exercise_id]
    if at_load is not None:
        return HarderMove(card.name, at_load, False)
    if already:
        return HarderMove(card.name, None, True)
    found = svc.content.exercises.get(card.harder or "")
    harder = found.name if found else harder_with(card.harder, held, card.harder_bare)
    return HarderMove(card.name, harder, card.loading == Loading.WEIGHTED)


def _top_at_home(profile: Profile, day: date) -> bool:
    """At home with dumbbells up to a heaviest said (not a while away, where a move done
    bare at home gets the dumbbell first): a held move's harder version is the plan's at
    that dumbbell."""
    return profile.away_on(day) is None and most_held(profile, day) is not None


def _held(svc: Services, profile: Profile | None, day: date | None, exercise_id: str) -> bool:
    """Whether the plan has the move held with a dumbbell on `day` (at home or away with
    them): its card's harder version ("walking lunge holding dumbbells") is done already."""
    if profile is None or day is None or profile.place_on(day) == Place.GYM:
        return False
    return held_on(profile, day) and held_way(svc.content.exercises[exercise_id]) is not None


def _at_heaviest(svc: Services, exercise_id: str) -> str | None:
    """A move held with a dumbbell, at the heaviest there is: its harder version with nothing
    more to hold, at that load (as training.prescribe gives it); None for other moves."""
    card = svc.content.exercises[exercise_id]
    harder = harder_with(card.harder, False, card.harder_bare) if held_way(card) else None
    return None if harder is None else AT_HEAVIEST.format(harder=harder)


def card_for_kit(svc: Services, user: User | None, card: ExerciseCard) -> ExerciseCard:
    """An exercise card's harder version as the person's kit allows today (held_on): at home
    with bands, "the same move lowered slowly", not "walking lunge holding dumbbells"."""
    profile = finished_profile(user) if user is not None else None
    if card.harder is None or profile is None:
        return card
    today = local_today(profile, svc.clock.now())
    held = held_on(profile, today)
    top = _at_heaviest(svc, card.card.id) if _top_at_home(profile, today) else None
    if top is None and _held(svc, profile, today, card.card.id):  # held already: heavier
        top = HEAVIER_IN_HAND
    harder = top or harder_with(card.harder, held, card.card.harder_bare)
    return replace(card, harder=harder)
