"""Kit said after the place, by someone training away from a gym: "I don't have bands or a
ball, just adjustable dumbbells up to 24kg and a bench", "I only have dumbbells and a
bench", "no bands, just dumbbells", "I have dumbbells too". The place is home (or
bodyweight) already, so the words name no place and were no change at all ("I don't know
that one yet", or "New kit on its own doesn't change your plan"): they are the place answer
again with its kit, read as the setup question reads it (home with dumbbells)."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.coach.home_kit import bands_gone, dumbbells_said, heaviest_said
from bot.coach.matcher import words
from bot.coach.onboarding import Answer, AnswerError, parse_text
from bot.coach.profile import Place, Unit
from bot.coach.progression import convert
from bot.store import users
from bot.store.models import User
from bot.training.typed import asks

# Said as had: "I have", "I've got", "just", "only", "too", "also".
HAD_SAID = re.compile(r"\b(have|got|own|bought|just|only|too|also|use|using)\b")
# The place set in other words, with its kit: "set my place to home with dumbbells", and a
# place with its kit listed after a colon: "home: dumbbells, bands, a bench".
_PLACE_SET = re.compile(
    r"^((can|could|would|will) you |please |pls )*(set|change|switch|update|make|put)"
    r" (me |my )?(place|location|training place|training location|where i train)"
    r"( to| as| at)? .*\b(home|bodyweight)\b"
)
_PLACE_LISTED = re.compile(
    r"^\s*(at )?home( gym)?\s*[:–-]\s*.*\b(dumb+ells?|dumbells?|bands?|balls?|bench)\b", re.I
)
# Another pair said as bought: "just got another pair of dumbbells!", "new dumbbells 15kg";
# with its weight, bought or got will do ("just got a pair of 15kg dumbbells").
_NEW_PAIR = re.compile(r"\b(another|new|more|extra|heavier|second)\b")
# A pair said as just bought, no "another" needed: "just got a pair of dumbbells!".
_A_PAIR = re.compile(r"\b(pairs? of|bought|just got)\b")
_BOUGHT = re.compile(r"\b(another|new|more|extra|heavier|second|bought|got|get)\b")
AWAY_SAID = re.compile(r"\b(hotel|trip|travel\w*|away|airbnb|next week|this week|until|till)\b")


def place_set(text: str) -> bool:
    """The place set in words the settings requests don't name ("set my place to home with
    dumbbells", "home: dumbbells, bands, a bench"): the place answer is in the message."""
    return bool(_PLACE_SET.search(" ".join(words(text))) or _PLACE_LISTED.search(text))


def kit_said(user: User, text: str) -> Answer | None:
    """The place answer with its dumbbells, for kit said at home; None for anything else
    (a question, dumbbells kept already, a gym, a while away: bot.coach.away_kit)."""
    place = users.answers_of(user).get("place")
    if place not in (Place.HOME.value, Place.BODYWEIGHT.value) or user.dumbbells:
        return None
    said = " ".join(words(text))
    if asks(text) or not dumbbells_said(text) or not HAD_SAID.search(said):
        return None
    if AWAY_SAID.search(said):  # a while away: bot.coach.away_kit
        return None
    try:
        answer = parse_text("place", f"at home, {text}", None, typos=False)
    except AnswerError:
        return None
    if not answer.dumbbells or answer.value == Place.GYM.value:
        return None
    if (
        place == Place.HOME.value
        and answer.value == Place.BODYWEIGHT.value
        and not bands_gone(text)
    ):
        return replace(answer, value=Place.HOME.value)  # "I bought dumbbells": beside the bands
    return answer


ASK_HOW_HEAVY = "how heavy"  # another pair said with no weight: asked how heavy it is
NO_HEAVIER = "no heavier"  # another pair no heavier than the heaviest kept: it stays


def new_pair(user: User, text: str) -> Answer | str | None:
    """Another pair of dumbbells said at home with dumbbells kept: the place answer with the
    new heaviest when its weight is said and it is heavier than the one kept ("just got a
    pair of 15kg dumbbells"), ASK_HOW_HEAVY when no weight is said ("just got another pair
    of dumbbells!", "just got a pair of dumbbells!"), NO_HEAVIER for a pair no heavier than
    the one kept; None for anything else."""
    place = users.answers_of(user).get("place")
    if place not in (Place.HOME.value, Place.BODYWEIGHT.value) or not user.dumbbells:
        return None
    said = " ".join(words(text))
    if asks(text) or not dumbbells_said(text) or not _BOUGHT.search(said) or AWAY_SAID.search(said):
        return None
    heaviest = heaviest_said(text)
    if heaviest is None:  # "I got dumbbells" again is no news: "already"
        return ASK_HOW_HEAVY if _NEW_PAIR.search(said) or _A_PAIR.search(said) else None
    return pair_weighing(user, heaviest)


def pair_weighing(user: User, heaviest: tuple[float, Unit | None]) -> Answer | str:
    """A new pair weighing `heaviest` (no unit: the person's): the place answer with it as
    the heaviest when heavier than the one kept, else NO_HEAVIER."""
    place = users.answers_of(user).get("place") or Place.HOME.value
    new = convert(heaviest[0], heaviest[1] or Unit(user.unit or Unit.KG.value), Unit.KG)
    kept = users.heaviest_kept(user)
    if kept is not None and new <= convert(*kept, Unit.KG):
        return NO_HEAVIER
    return Answer("place", place, bool(user.no_ball), False, True, heaviest)
