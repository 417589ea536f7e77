"""What a home gym with a barbell changes in the goal's gym plan, by the moves' names, for
the setup reply and /program (bot/coach/programs/home_gym.py decides it)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from bot.coach.barbell_kit import home_gym_kit
from bot.coach.compose import instead_of
from bot.coach.home_kit import bands_gone, bands_said, dumbbells_gone
from bot.coach.matcher import words
from bot.coach.onboarding import Answer, AnswerError, parse_text
from bot.coach.profile import Place
from bot.coach.programs.home_gym import BANDS, home_gym_changes, lacks_kit
from bot.runtime.services import Services
from bot.store import users
from bot.store.models import User
from bot.training.kit_at_home import AWAY_SAID, HAD_SAID
from bot.training.typed import asks


@dataclass(frozen=True)
class HomeGymPlan:
    bands: bool  # bands said beside the barbell: the band work stays
    swapped: tuple[tuple[str, str], ...]  # (the gym plan's move, the one in its place)
    left_out: tuple[str, ...]  # moves with nothing to stand in: they need a band
    needs: tuple[tuple[str, str], ...] = ()  # a move swapped in and what it needs (a Nordic)
    ids_out: tuple[str, ...] = ()  # the exercise ids swapped or left out
    ids_in: tuple[str, ...] = ()  # and those in their place
    dumbbells: bool = False  # dumbbells said beside the barbell: named with it


def home_gym_plan(
    svc: Services, goal: str | None, kit: str | None, dumbbells: bool = False
) -> HomeGymPlan | None:
    """The changes for `goal`'s gym plan at a home gym with `kit` (and dumbbells); None
    without either."""
    if not goal or not kit:
        return None
    bands = BANDS in kit.split()
    changes = home_gym_changes(svc.programs.program_for(goal, Place.GYM), bands)
    cards = svc.content.exercises
    swapped = tuple((cards[a].name, cards[b].name) for a, b in changes.swapped)
    ins = dict.fromkeys(b for _, b in changes.swapped)
    needs = tuple((cards[x].name, n) for x in ins if (n := cards[x].needs))
    left = tuple(cards[x].name for x in changes.left_out)
    out = (*(a for a, _ in changes.swapped), *changes.left_out)
    return HomeGymPlan(bands, swapped, left, needs, out, tuple(ins), dumbbells)


def home_gym_said(user: User, text: str) -> Answer | None:
    """ "I've set up a small home gym with a barbell, plates and a bench now": the place
    answer with its barbell, read as the setup question reads it; None for anything else (a
    question, a barbell away)."""
    if asks(text) or home_gym_kit(text) is None:
        return None
    try:
        answer = parse_text("place", text, None, typos=False)
        if answer.home_gym is None and _bought_at_home(user, text):  # "i bought a barbell"
            answer = parse_text("place", f"at home, {text}", None, typos=False)
    except AnswerError:
        return None
    if answer.home_gym is None:
        return None  # "the hotel gym has a barbell"
    return _joins_the_kit(user, answer, text)


def _joins_the_kit(user: User, answer: Answer, text: str) -> Answer:
    """A barbell at home joins the kit she has there, however it is said, unless it is said
    gone: her dumbbells, and her bands (home with bands, or a home gym with them), as
    dumbbells bought join the bands (kit_at_home.kit_said)."""
    kit = answer.home_gym
    if kit is None:
        return answer
    if user.dumbbells and not answer.dumbbells and not dumbbells_gone(text):
        answer = replace(answer, dumbbells=True)  # their heaviest kept (home_kit_said)
    place = users.answers_of(user).get("place")
    has_bands = place == Place.HOME.value or (
        place == Place.GYM.value and BANDS in (user.home_gym or "").split()
    )
    if BANDS in kit.split() or not has_bands or bands_gone(text):
        return answer
    return replace(answer, home_gym=f"{kit} {BANDS}")


def _bought_at_home(user: User, text: str) -> bool:
    """A barbell said as bought or had, with no place, by someone training at home: their
    home is where it is ("i bought a barbell and a bench"); not one away ("at the hotel")."""
    place = users.answers_of(user).get("place")
    said = " ".join(words(text))
    at_home = place in (Place.HOME.value, Place.BODYWEIGHT.value) or bool(user.home_gym)
    return at_home and bool(HAD_SAID.search(said)) and not AWAY_SAID.search(said)


def bands_joined(user: User, text: str) -> Answer | None:
    """ "I have bands too" at a home gym: the place answer with the bands beside the barbell
    (its band walks back in the plan; with them kept already, what she has); None for
    anything else."""
    kit = user.home_gym
    if not kit or users.answers_of(user).get("place") != Place.GYM.value:
        return None
    said = " ".join(words(text))
    if asks(text) or not bands_said(text) or not HAD_SAID.search(said) or AWAY_SAID.search(said):
        return None
    with_bands = kit if BANDS in kit.split() else f"{kit} {BANDS}"
    return Answer("place", Place.GYM.value, dumbbells=bool(user.dumbbells), home_gym=with_bands)


def home_gym_kept(user: User, answer: Answer) -> bool:
    """Whether the home gym said is the one kept already: dumbbells kept stay when unsaid,
    and ones said new, or a new heaviest, are a change."""
    kept = users.answers_of(user).get("place") == Place.GYM.value
    up_to = users.home_kit_said(user, False, True, answer.heaviest)[2]
    bells = answer.dumbbells and (not user.dumbbells or up_to != user.dumbbells_up_to)
    return kept and answer.home_gym == user.home_gym and not bells


def instead_there(
    svc: Services, user: User, card_id: str, text: str, place: Place | None
) -> list[str]:
    """The cards offered in place of `card_id` (compose.instead_of), none needing kit that
    a home gym with a barbell lacks (a leg curl machine in place of the Nordic)."""
    ids = instead_of(svc.content, card_id, text, place, bool(user.no_ball))
    if place != Place.GYM or not user.home_gym:
        return ids
    bands = BANDS in user.home_gym.split()
    return [x for x in ids if not lacks_kit(x, bands)]
