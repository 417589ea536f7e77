"""A barbell said where someone trains at home ("home, I have a barbell, plates and a
bench", "garage gym: barbell, rack, bench", "home gym with a squat rack"): a home gym,
planned as the gym plan without its machine moves (bot/coach/programs/home_gym.py). Pure:
text in, the kit kept ("barbell", "barbell bands") or None out."""

from __future__ import annotations

import re

from bot.coach.home_kit import bands_said
from bot.coach.matcher import words
from bot.coach.programs.home_gym import BANDS

_BARBELL = re.compile(
    r"\b(barbells?|olympic bar|bar and plates|(squat|power) (racks?|cages?|stands?))\b"
)
_NO_BARBELL = re.compile(
    r"\b(no|not|without|dont have|do not have|havent got|never had)( a| an| any| the)?"
    r" (barbells?|olympic bar|(squat|power) (racks?|cages?))\b"
)


def barbell_said(text: str) -> bool:
    """A barbell (or a squat rack, which holds one) said as had, not as missing."""
    said = " ".join(words(text))
    return bool(_BARBELL.search(said)) and not _NO_BARBELL.search(said)


def home_gym_kit(text: str) -> str | None:
    """The home gym kit kept for a place answer saying a barbell: "barbell", or "barbell
    bands" with bands said as had too; None without a barbell."""
    if not barbell_said(text):
        return None
    return f"barbell {BANDS}" if bands_said(text) else "barbell"
