"""Training days changed from next week: "from next week i can only do tue and fri",
"starting monday my days are tue and fri". This week stays as planned; the new days start
on the coming Monday, at midnight in the person's time zone. Kept as a change of days for
a while is (users.days_history, its "back" and "usual" marks, days_back.py): the days now
stay on until then and the new ones come by themselves, so the pushes, /week's Next week
and the rotation follow them as they follow the usual days back after a week's change."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from bot.coach import onboarding, schedule
from bot.coach.days_for_a_while import days_from_next_week
from bot.coach.smalltalk_workout import moved_said
from bot.runtime.services import Services
from bot.store import users
from bot.store.models import User
from bot.training.days_back import usual_days_coming, week_end
from bot.training.people import next_push_dated, reschedule


@dataclass(frozen=True)
class DaysFrom:
    """The days said from next week, kept for then: the days now, the new ones, the day they
    start ("Monday 26 October") and this week's next push ("Thursday 22 October at 18:30")."""

    days: str  # users.days' form
    now: str
    on: str
    next_push: str | None
    same: bool = False  # said again: those are already the days from then


def days_from_next_week_said(svc: Services, user: User, text: str) -> DaysFrom | None:
    """ "from next week i can only do tue and fri": kept for the coming Monday, said back with
    when; the days next week has already said so. None for anything else."""
    said = days_from_next_week(text)
    if said is None or user.days is None or moved_said(text) is not None:
        return None
    answer = onboarding.answer_named("days", said, svc.content.goals)
    if answer is None:
        return None
    now, tz = svc.clock.now(), user.tz or "UTC"
    coming = usual_days_coming(user)
    on = coming[0] if coming else week_end(schedule.local_date(now, tz), tz)
    ahead = coming[1] if coming else user.days  # the days next week has as things stand
    if answer.value == ahead:
        return _said(user, answer.value, on, same=True)
    if coming is None:  # the days now kept until Monday, the new ones then
        users.change_days(user, user.days, now)
        users.mark_days_change(user, "back", on.isoformat())
    users.mark_days_change(user, "usual", answer.value)
    reschedule(user, now)  # a push after the week's end comes on the new days
    return _said(user, answer.value, on)


def _said(user: User, days: str, at: datetime, *, same: bool = False) -> DaysFrom:
    on = at.astimezone(ZoneInfo(user.tz or "UTC"))
    return DaysFrom(days, user.days or "", f"{on:%A} {on.day} {on:%B}", next_push_dated(user), same)
