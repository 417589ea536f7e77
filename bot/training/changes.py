"""A change of profile asked for in words once the setup is done: "change my training days
to tue and fri", "switch to pounds". Made when the new answer is in the message; else that
one /settings question is asked straight away."""

from __future__ import annotations

from sqlalchemy.orm import Session

from bot.coach import onboarding
from bot.coach.smalltalk import Intent, bare_setting, setting_named, understand
from bot.runtime.services import Services
from bot.store.models import User
from bot.training.awaiting import LOGGING_MODES
from bot.training.people import awaiting
from bot.training.setup import Applied, Changing, apply, open_setting


def change_asked(svc: Services, s: Session, user: User, text: str) -> Applied | Changing | None:
    """ "change my training days to tue and fri", "switch to pounds": done, when the new
    answer is in the message; else that one /settings question, asked straight away. None
    for anything else."""
    owed = awaiting(user)  # a logging step is held while the setting changes
    if user.onboarded_at is None or (owed is not None and owed.mode not in LOGGING_MODES):
        return None
    step = setting_named(text) if understand(text) == Intent.SETTINGS else bare_setting(text)
    if step is None:
        return None
    changing = open_setting(svc, user, step)
    answer = onboarding.answer_named(step, text, svc.content.goals)
    return apply(svc, s, user, answer) if answer else changing
