"""What a person has at home, from the words of the place answer. The home programs use
resistance bands and an exercise ball; someone who says bands and no ball ("At home. I have
some resistance bands.") gets them without the ball moves, as the toning plan with no
equipment goes without the ball curl. The tapped "Home: bands or a ball" says nothing more,
and keeps both. Pure: text in, a yes or no out."""

from __future__ import annotations

import re

from bot.coach.matcher import words

_BALL = re.compile(r"\bballs?\b")
_BANDS = re.compile(r"\b(bands?|resistance|tubes?|loops?)\b")
_NO_BALL = re.compile(
    r"\b(no|not|without|dont have|do not have|havent got|never had)"
    r"( a| an| any| the)?( exercise| stability| swiss| gym| yoga)? balls?\b"
)


def no_ball_said(text: str) -> bool:
    """Bands said with no ball ("I have some resistance bands"), or no ball said outright
    ("home, bands but no ball")."""
    said = " ".join(words(text))  # folded: "don't" is "dont", "a" dropped
    if _NO_BALL.search(said):
        return True
    return bool(_BANDS.search(said)) and not _BALL.search(said)
