"""A workout moved a day, typed: "move to tomorrow", "push it to tomorrow" or "move thursday
to friday" on Thursday moves today's workout to tomorrow, as its Move to tomorrow button does;
said before that day ("move thursday to friday this week" on Wednesday), the reply says how
to move it on the day, in words. Before, both got how to tap the button."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy.orm import Session

from bot.coach.smalltalk_workout import moved_said
from bot.runtime.services import Services
from bot.store.models import User
from bot.training.dayplan import day_done
from bot.training.people import finished_profile, local_today
from bot.training.workouts import PushAction, PushAnswer, push_button


@dataclass(frozen=True)
class MoveLater:
    """A move said for a later training day: said back, and how to make it on the day."""

    day: date
    to: date


def on_text(svc: Services, s: Session, user: User, text: str) -> PushAnswer | MoveLater | None:
    said = moved_said(text)
    profile = finished_profile(user)
    if said is None or profile is None or user.awaiting:
        return None
    today = local_today(profile, svc.clock.now())
    src = today if said[0] is None else today + timedelta((said[0] - today.weekday()) % 7)
    dst = src + timedelta(1) if said[1] is None else src + timedelta((said[1] - src.weekday()) % 7)
    if dst != src + timedelta(1) or src.weekday() not in profile.days:
        return None  # only a day's move to the next, as the button does: the rest as before
    if src > today:
        return MoveLater(src, dst)
    if day_done(s, user.id, today):
        return None  # done already: nothing to move
    return push_button(svc, s, user, ["push", PushAction.MOVE.value, today.strftime("%Y%m%d")])
