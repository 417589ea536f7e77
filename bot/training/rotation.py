"""New training days keep the session rotation going: the next workout is the one after the
last, not a repeat, and the days replaced are kept with the time they ended."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy.orm import Session

from bot.coach import onboarding
from bot.coach.profile import Profile
from bot.coach.programs import session_index
from bot.runtime.services import Services
from bot.store import users
from bot.store.models import User
from bot.training.dayplan import day_done
from bot.training.people import local_today, profile_of


def continue_rotation(svc: Services, s: Session, user: User, before: Profile) -> None:
    """New training days recount the sessions since the start; shift the rotation by the
    difference up to today (through today, once today's workout is done: changed after
    Sunday's, the next is the one after Sunday's, not it again), so the next workout is the
    one after the last (not a repeat). The old days are kept with the time they ended: a
    day before counts as planned then."""
    after = profile_of(user)
    if after is None or after.days == before.days:
        return
    now = svc.clock.now()
    today = local_today(before, now)
    upto = today + timedelta(days=1) if day_done(s, user.id, today) else today
    users.shift_sessions(user, session_index(before, upto) - session_index(after, upto))
    users.change_days(user, onboarding.encode_days(before.days), now)
