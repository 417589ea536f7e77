"""What a person has at home, from the words of the place answer. The home programs use
resistance bands and an exercise ball; someone who says bands and no ball ("At home. I have
some resistance bands.") gets them without the ball moves, as the toning plan with no
equipment goes without the ball curl. A ball and no bands ("home, just a ball") is planned
with no equipment (bot/coach/place_answer.py): every home plan has band work in each
session. The tapped "Home: bands or a ball" says nothing more, and keeps both. Dumbbells said
as had ("home with dumbbells") are held where a move takes one; said with no bands, the plan
is the one with no equipment (as with a ball alone), as on a week away with dumbbells; the
heaviest said with its unit ("a pair of 10kg dumbbells") is as far as loads go. Pure: text
in, a yes or no (or the heaviest dumbbell) out."""

from __future__ import annotations

import re

from bot.coach.matcher import words
from bot.coach.profile import Unit
from bot.coach.progression import convert

_BALL = re.compile(r"\bballs?\b")
_BANDS = re.compile(r"\b(bands?|resistance|tubes?|loops?)\b")
# No ball: "no ball", "I don't have an exercise ball", "no bands or ball".
_NO_BALL = re.compile(
    r"\b(no|not|without|dont have|do not have|havent got|never had)"
    r"( a| an| any| the)?( exercise| stability| swiss| gym| yoga)? balls?\b"
    r"|\b(no|not|without|dont have)( \w+){1,3} (or|nor)( a| an| any)? balls?\b"
)
_NO_BANDS = re.compile(
    r"\b(no|not|without|dont have|do not have|havent got|never had)( a| an| any| the)?"
    r"( resistance)? bands?\b"
    # said gone: "sold my bands", "got rid of the bands"
    r"|\b(sold|gave away|got rid of|threw out|threw away)( my| the| all my| all the)?"
    r"( resistance)? bands?\b"
)
_DUMBBELLS = re.compile(r"\b(dumb+ells?|dumbells?|dbs?)\b")
_NO_DUMBBELLS = re.compile(
    r"\b(no|not|without|dont have|do not have|havent got|never had)( a| any| the)?( pair of)?"
    r" (dumb+ells?|dumbells?|dbs?)\b"
    r"|\b(sold|gave away|got rid of)( my| the| all my| all the)? (dumb+ells?|dumbells?|dbs?)\b"
)
# A dumbbell's load said beside the word, with its unit: "a pair of 10kg dumbbells", "10 kg
# and 12 kg dumbbells", "dumbbells up to 25 lb", "adjustable dumbbells, 2 to 24 kg",
# "new dumbbells, 20lb".
_LOAD = r"(\d{1,3}(?:[.,]\d+)?) ?(kg|kgs|kilos?|kilograms?|lbs?|pounds?)\b"
_NEAR = re.compile(rf"\b{_LOAD}(?: [\w,]+){{0,4}}? (?:dumb+ells?|dumbells?|dbs?)\b")
_AFTER = re.compile(rf"\b(?:dumb+ells?|dumbells?|dbs?)\b,?(?: [\w,]+){{0,3}}? {_LOAD}")
_ANY_LOAD = re.compile(rf"\b{_LOAD}")
# The heaviest said with no unit ("dumbbells up to 20"): in the person's unit.
_BARE_UP_TO = re.compile(
    r"\b(?:dumb+ells?|dumbells?|dbs?)\b(?: [\w,]+){0,3}? up to (\d{1,3}(?:[.,]\d+)?)(?! ?\w)"
)
# The ball as all there is: "just a ball", "I only have a stability ball", "ball only".
_BALL_ONLY = re.compile(
    r"\b(just|only)( have| got| own)?( an?| one| my)?( exercise| stability| swiss| gym| yoga)?"
    r" balls?\b|\bballs? only\b"
)


def no_ball_said(text: str) -> bool:
    """Bands said with no ball ("I have some resistance bands"), or no ball said outright
    ("home, bands but no ball")."""
    said = " ".join(words(text))  # folded: "don't" is "dont", "a" dropped
    if _NO_BALL.search(said):
        return True
    return bool(_BANDS.search(said)) and not _BALL.search(said)


def ball_said(text: str) -> bool:
    """A ball said as had ("I train at home with a ball now", "I got a stability ball"), not
    as missing."""
    said = " ".join(words(text))
    return bool(_BALL.search(said)) and not _NO_BALL.search(said)


def ball_only_said(text: str) -> bool:
    """A ball said as all there is ("home, just a ball"), or with no bands ("a ball, no
    bands")."""
    said = " ".join(words(text))
    if _NO_BALL.search(said) or not _BALL.search(said):
        return False
    return bool(_BALL_ONLY.search(said) or _NO_BANDS.search(said))


def dumbbells_said(text: str) -> bool:
    """Dumbbells said as had ("at home, I have dumbbells", "home gym: dumbbells and a
    bench"), not as missing ("home, no dumbbells")."""
    said = " ".join(words(text))
    return bool(_DUMBBELLS.search(said)) and not _NO_DUMBBELLS.search(said)


def dumbbells_gone(text: str) -> bool:
    """Dumbbells said gone or missing ("sold my dumbbells", "no dumbbells")."""
    return bool(_NO_DUMBBELLS.search(" ".join(words(text))))


def bands_said(text: str) -> bool:
    """Bands said as had ("home with bands and dumbbells"), not as missing."""
    said = " ".join(words(text))
    return bool(_BANDS.search(said)) and not _NO_BANDS.search(said)


# Dumbbells as all there is: "just dumbbells", "I only have dumbbells now".
_DUMBBELLS_ONLY = re.compile(
    r"\b(just|only)( have| got| own| use)?( a pair of| some| my| two| adjustable)? (dumb+ells?"
    r"|dumbells?|dbs?)\b|\b(dumb+ells?|dumbells?|dbs?) only\b"
)


def bands_gone(text: str) -> bool:
    """The bands said gone, or the dumbbells said to be all there is ("no bands, just
    dumbbells", "I only have dumbbells now")."""
    said = " ".join(words(text))
    return bool(_NO_BANDS.search(said) or _DUMBBELLS_ONLY.search(said))


def heaviest_said(text: str) -> tuple[float, Unit | None] | None:
    """The heaviest dumbbell said, with its unit ("i have a pair of 10kg dumbbells": 10 kg;
    "dumbbells 5, 8 and 12 kg": 12 kg; "dumbbells up to 20": 20, no unit: the person's);
    None when no load is said beside the dumbbells."""
    said = " ".join(text.lower().replace("’", "'").split())
    if not dumbbells_said(text):
        return None
    loads: list[tuple[float, Unit]] = []
    for found in (*_NEAR.finditer(said), *_AFTER.finditer(said)):
        # a list of loads ("5, 8 and 12 kg") names the unit once, after the last
        loads += [_load(x) for x in _ANY_LOAD.finditer(found[0])]
    if loads:
        return max(loads, key=lambda x: convert(x[0], x[1], Unit.KG))
    bare = _BARE_UP_TO.search(said)
    return None if bare is None else (float(bare[1].replace(",", ".")), None)


def _load(found: re.Match[str]) -> tuple[float, Unit]:
    unit = Unit.LB if found[2].startswith(("lb", "pound")) else Unit.KG
    return float(found[1].replace(",", ".")), unit


# The new pair's weight said alone, answering how heavy it is: "15kg", "15", "15 kg",
# "they're 15s", "the new ones are 20 lb each".
_PAIR_WEIGHT = re.compile(
    r"^(?:(?:theyre|they are|its|it is|the new (?:pair|ones?) (?:is|are)|about|around|a pair"
    rf" of|pair of|two) )*(?:{_LOAD}|(\d{{1,3}}(?:[.,]\d+)?)s?)"
    r"(?: each| apiece| ones| dumbbells?)?$"
)


def pair_weight_said(text: str) -> tuple[float, Unit | None] | None:
    """A weight said on its own, with its unit or none (the person's): the answer to how
    heavy a new pair is; None for anything more."""
    said = " ".join(re.sub(r"['’]", "", text.lower()).strip(" .!?").split())
    found = _PAIR_WEIGHT.match(said)
    if found is None:
        return None
    if found[1] is not None:
        return _load(found)
    return float(found[3].replace(",", ".")), None
