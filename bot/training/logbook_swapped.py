"""A swap told in words while an exercise is asked ("swapped squats for leg press", "did leg
press instead"): done as the Swap button's choice would be, when the move named is one of
the swaps offered for the exercise asked (else said unavailable, the exercise asked again)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from sqlalchemy.orm import Session

from bot.coach.profile import Profile
from bot.runtime.services import Services
from bot.store.models import ExerciseLog, User
from bot.training.logbook_buttons import swap_to
from bot.training.logbook_replies import SwapUnavailable
from bot.training.logbook_steps import Ask

_SWAPPED = re.compile(
    r"(?:i |so i |ok i )?(?:swapped|switched|replaced|changed|subbed|traded|swap|switch)"
    r"(?: out)? (?:the |my )?(?P<was>.+?) (?:for|with|to|by) (?:the |a |some )?(?P<now>.+?)"
    r"(?: instead)?(?: today)?"
)
_INSTEAD = re.compile(
    r"(?:so |ok )?(?:i |i'?ll |i'?m |im )?(?:did|do|doing|went with|used|going with|will do"
    r"|am doing|gonna do|going to do)"
    r" (?:the |a |some )?(?P<now>.+?) instead(?: of (?:the |my )?(?P<was>.+?))?(?: today)?"
)


def swap_said(
    svc: Services,
    s: Session,
    user: User,
    profile: Profile,
    current: ExerciseLog,
    text: str,
    asked: Callable[[str], str | None],
    cards: Callable[[str], str | None],
) -> Ask | SwapUnavailable | None:
    """The swap the text tells of, for the exercise asked; None when it tells of none (or
    of another exercise than the one asked, or with numbers: sets of an extra move)."""
    plain = " ".join(re.sub(r"[.!,]+", " ", text.lower().replace("’", "'")).split())
    if any(c.isdigit() for c in plain):
        return None
    m = _SWAPPED.fullmatch(plain) or _INSTEAD.fullmatch(plain)
    if m is None:
        return None
    now = cards(m["now"])
    was = asked(m["was"]) if m["was"] else current.exercise_id
    if now is None or was != current.exercise_id or now == current.exercise_id:
        return None
    swapped = swap_to(svc, s, user, profile, current, now)
    if isinstance(swapped, SwapUnavailable):  # how to log it as an extra, then
        return replace(swapped, extra=svc.content.exercises[now].name)
    return swapped
