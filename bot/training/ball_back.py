"""The exercise ball said at home by someone whose plan leaves it out (users.no_ball: "At
home. I have some resistance bands."): "I train at home with a ball now", "I got a
stability ball". The ball moves are planned again, and the reply says so (it was "that's
what I have already", or that new kit changes nothing)."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy.orm import Session

from bot.coach.home_kit import ball_said
from bot.coach.onboarding import Answer
from bot.coach.profile import Place
from bot.coach.smalltalk import Intent, understand
from bot.runtime.services import Services
from bot.store import users
from bot.store.models import User
from bot.training.setup import Applied, apply, open_setting


def ball_back(user: User, text: str, answer: Answer | None) -> bool:
    """Whether `text` says the ball is there now, at home, for someone whose plan leaves it
    out: said as the place (`answer`: "I train at home with a ball now") or as kit got ("I
    got a stability ball")."""
    at_home = users.answers_of(user).get("place") == Place.HOME.value
    if not user.no_ball or not at_home or not ball_said(text):
        return False
    if answer is not None:
        return answer.step == "place" and answer.value == Place.HOME.value and not answer.no_ball
    return understand(text) == Intent.GEAR


def bring_back(svc: Services, s: Session, user: User) -> Applied:
    """Home with the ball: the place answer made again, with what it brings back said."""
    open_setting(svc, user, "place")  # holds a workout being logged, as /settings does
    applied = apply(svc, s, user, Answer("place", Place.HOME.value))
    program = svc.programs.program_for(users.answers_of(user)["goal"] or "", Place.HOME)
    return replace(applied, ball_back=bool(svc.programs.ball_moves & program.exercise_ids()))
