"""A question naming a show that an article answers all the same ("how much cardio should I
do for my show"), told apart from show prep itself, which the articles skip."""

from __future__ import annotations

from bot.coach.matcher.scope import anchored, asked_part, may_lean
from bot.runtime.services import Services

_SURE_OF_SHOW_QUESTION = 0.6  # above the answer threshold: "for my show" is easily the point
_SURE_OF_TOLD = 0.5  # a claim told, then "is that true?"


def asks_covered(svc: Services, text: str) -> bool:
    """A message naming a show that asks, in words naming its subject, what an article
    answers outright ("how much cardio should I do for my show"); not show prep itself ("show
    is in 6 weeks, anything I should change?", "go heavy on squats before my show")."""
    best = svc.matcher.match(text)
    if best.kind != "answer" or best.best is None:
        return False
    asked = asked_part(text)
    if anchored(asked):
        return best.best.score >= _SURE_OF_SHOW_QUESTION
    # "My coach says I need to get leaner before my show for my glutes to look good. Is that
    # true?": what is asked is what was told, which an article answers
    return may_lean(asked) and best.best.score >= _SURE_OF_TOLD and best.best.kind == "entry"
