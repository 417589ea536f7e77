"""Training days changed from next week: "from next week i can only do tue and fri",
"starting monday my days are tue and fri". This week stays as planned; the new days start
on the coming Monday, at midnight in the person's time zone. Kept as a change of days for
a while is (users.days_history, its "back" and "usual" marks, days_back.py): the days now
stay on until then and the new ones come by themselves, so the pushes, /week's Next week
and the rotation follow them as they follow the usual days back after a week's change."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from bot.coach import onboarding, schedule
from bot.coach.days_for_a_while import called_off, days_from
from bot.coach.schedule.from_date import start_date
from bot.coach.smalltalk_workout import moved_said
from bot.runtime.services import Services
from bot.store import users
from bot.store.models import User
from bot.training.days_back import usual_days_coming, week_end
from bot.training.people import next_push_dated, reschedule


@dataclass(frozen=True)
class DaysFrom:
    """The days said from next week or a date, kept for then: the days now, the new ones,
    the day they start ("Monday 26 October") and the next push ("Thursday 22 October at
    18:30"); or a change waiting, called off."""

    days: str  # users.days' form
    now: str
    on: str
    next_push: str | None
    same: bool = False  # said again: those are already the days from then
    dated: bool = False  # from a date, not the coming Monday: "until then" kept
    off: bool = False  # "back to my usual days": the change waiting called off


def days_from_next_week_said(
    svc: Services, user: User, text: str
) -> DaysFrom | onboarding.Answer | None:
    """ "from next week i can only do tue and fri", "from the 14th ...": kept for then, said
    back with when; the days then have already said so; a change waiting, called off ("back
    to my usual days"). The days as an answer to make now when the day said is today or
    past ("from monday on ..." typed on a Monday). None for anything else."""
    if user.days is None:
        return None
    if (off := _called_off(svc, user, text)) is not None:
        return off
    said = days_from(text)
    if said is None or moved_said(text) is not None:
        return None
    answer = onboarding.answer_named("days", said[0], svc.content.goals)
    if answer is None:
        return None
    now, tz = svc.clock.now(), user.tz or "UTC"
    today = schedule.local_date(now, tz)
    starts = _starts(said[1], text, today, tz)
    if starts is None:  # today or past: the days change now
        return answer
    coming = usual_days_coming(user)
    waiting = coming is not None and _waiting(user)
    if coming is not None and not waiting:  # within a week's change: from its end
        if said[1] == "date" and starts != coming[0]:
            return None
        starts = coming[0]
    ahead = coming[1] if coming else user.days  # the days then as things stand
    if answer.value == ahead and (coming is None or coming[0] == starts):
        return _said(user, answer.value, starts, today, same=True)
    if coming is None:  # the days now kept until then, the new ones from then
        users.change_days(user, user.days, now)
    users.mark_days_change(user, "back", starts.isoformat())
    users.mark_days_change(user, "usual", answer.value)
    reschedule(user, now)  # a push from then on comes on the new days
    return _said(user, answer.value, starts, today)


def _starts(when: str, text: str, today: date, tz: str) -> datetime | None:
    """Midnight starting the day said, in `tz`; None when it is today or past."""
    if when == "week" or (when == "monday" and today.weekday() != 0):
        return week_end(today, tz)
    day = start_date(text, today) if when == "date" else None
    if day is None or day <= today:
        return None
    return datetime.combine(day, time(0), ZoneInfo(tz))


def _waiting(user: User) -> bool:
    """Whether the change for a while coming is new days waiting (the days now kept until
    then), not the usual days back after a week's change."""
    return users.last_days_change(user).get("days") == user.days


def _called_off(svc: Services, user: User, text: str) -> DaysFrom | None:
    coming = usual_days_coming(user)
    if coming is None or not _waiting(user) or not called_off(text):
        return None
    users.mark_days_change(user, "back", "")
    users.mark_days_change(user, "while", True)  # the days now are the usual ones
    reschedule(user, svc.clock.now())
    today = schedule.local_date(svc.clock.now(), user.tz or "UTC")
    return replace(_said(user, coming[1], coming[0], today), off=True)


def _said(user: User, days: str, at: datetime, today: date, *, same: bool = False) -> DaysFrom:
    on = at.astimezone(ZoneInfo(user.tz or "UTC"))
    dated = at != week_end(today, user.tz or "UTC")
    when = f"{on:%A} {on.day} {on:%B}"
    return DaysFrom(days, user.days or "", when, next_push_dated(user), same, dated)
