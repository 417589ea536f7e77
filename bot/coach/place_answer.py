"""Where someone trains, from the words of a typed place answer: from what they have rather
than what they lack. "I don't have a gym" is bodyweight, with bands it is home; home without
the kit is bodyweight, and so is a ball with no bands ("home, just a ball": every home plan
has band work in each session); home with no ball is home, its ball moves left out
(bot/coach/home_kit.py); bands or a ball kept at a gym ("at the gym, I use bands too") is
the gym.

Pure: text in, a place value (or None) out."""

from __future__ import annotations

import re

from bot.coach.answer_words import KeywordTable, by_keyword, fold
from bot.coach.home_kit import ball_only_said

PLACE_KEYWORDS: KeywordTable = (
    (
        "bodyweight",
        (
            "bodyweight",
            "body weight",
            "no equipment",
            "nothing",
            "park",
            "outside",
            "outdoors",
            "no gym",
            "travel",
            "hotel",
        ),
    ),
    ("home", ("home", "band", "bands", "ball", "house", "living room", "garage")),
    ("gym", ("gym", "fitness", "club", "studio", "weights", "barbell", "machine")),
)

_KIT = r"(?:a |an |any |the )?(gym|gyms|equipment|weights|barbell|machines?|bands?|ball)"
# "I don't have a gym", "no bands or ball": kit named only as missing is taken out before
# the keywords are read ("don't" is "don t" once punctuation is gone).
_MISSING = re.compile(
    r" (?:no|not|without|never|don t|dont|do not|can t|cant|cannot) "
    r"(?:have |own |go to |get to |belong to |access to |a member of |use )?"
    rf"{_KIT}(?: (?:or|and|nor) (?:no )?{_KIT})*(?= )"
)
_KIT_NAMED = re.compile(_KIT)

# Travelling or a hotel reads as no equipment, unless a gym is named there ("the hotel gym")
# and no other word says there is no kit.
_GYM_AWAY = re.compile(
    r"^(?!.* (bodyweight|body weight|no equipment|nothing|park|outside|outdoors) ).* gyms? "
)
_GYM = re.compile(r" gyms? ")
_HOME = re.compile(r" (home|house|living room|garage) ")
_BANDS_OR_BALL = re.compile(r" (bands?|ball) ")


def place_of(text: str) -> str | None:
    """The place value ("gym", "home", "bodyweight") the answer reads as; None: no place
    word, or only kit said missing that leaves no place."""
    words = fold(text)
    missing = {
        kit for m in _MISSING.finditer(words) for kit in _KIT_NAMED.findall(m.group(0)) if kit
    }
    kept = _MISSING.sub(" ", words)
    value = by_keyword(PLACE_KEYWORDS, kept)
    if value == "bodyweight" and _GYM_AWAY.search(kept):
        return "gym"  # "often a hotel gym when I travel": a gym, wherever it is
    if value == "home" and _GYM.search(kept) and not _HOME.search(kept):
        return "gym"  # "at the gym, I use bands too": bands kept at the gym
    no_kit = bool(missing - {"gym", "gyms"}) and not _BANDS_OR_BALL.search(kept)
    if missing == {"ball"} and value == "home":
        return "home"  # "at home, I don't have a ball": bands, no ball moves (home_kit)
    if missing and (value is None or (value == "home" and no_kit)):
        return "bodyweight"  # "home, no bands", "no equipment at home"
    if value == "home" and ball_only_said(text):
        return "bodyweight"  # "home, just a ball": no bands for the home plans' band work
    return value
