"""Today's workout renumbered by a log for an earlier day: Monday's workout typed as
yesterday's once Tuesday's push showed session A makes Monday the first workout
(people.planning_logged), so today is now session B. The reply says so ("Today's workout
is now session B ..."), as /today and /week now show it; before, it was silent and the
push seen last still said A."""

from __future__ import annotations

from dataclasses import replace

from bot.coach import programs as prog
from bot.coach.profile import Profile
from bot.runtime.services import Services
from bot.store.models import User
from bot.training.logbook_replies import Echo, NeedLoad, TodayNow
from bot.training.people import finished_profile, local_today


def today_now(svc: Services, user: User, before: Profile | None) -> TodayNow | None:
    """How today's workout changed since `before` (the profile before the log), when the
    log moved the program's start; None when it didn't, or today is no training day."""
    after = finished_profile(user)
    if before is None or after is None or after.started_on == before.started_on:
        return None
    if after.started_on is None or before.started_on is None:
        return None
    today = local_today(after, svc.clock.now())
    now, then = (prog.workout_for(svc.programs, p, today) for p in (after, before))
    if now is None or then is None or now.session_label == then.session_label:
        return None
    return TodayNow(now.session_label, then.session_label, after.started_on.strftime("%A"))


def said(out: Echo | NeedLoad, moved: TodayNow | None) -> Echo | NeedLoad:
    return out if moved is None else replace(out, today_now=moved)
