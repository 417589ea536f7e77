"""Training days changed for a while ("this week can we do wed and sun instead"): the days
they replaced come back by themselves when the week is over, at midnight starting the next
Monday in the person's time zone, as if "back to normal days" had been said then. The
change keeps when (users.days_history, its "back" mark); the return is made the first time
the person's row is read after it (a message, a tap, the push), before anything else."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from bot.coach import onboarding, schedule
from bot.coach.profile import Profile
from bot.coach.programs import session_index
from bot.coach.stats import monday
from bot.store import users
from bot.store.models import User


def week_end(today: date, tz: str) -> datetime:
    """When this week is over: the next Monday's midnight in `tz`."""
    return datetime.combine(monday(today) + timedelta(days=7), time(0), ZoneInfo(tz))


def next_push(
    days: Sequence[int], at: time, tz: str, after: datetime, history: str | None
) -> datetime | None:
    """The next push after `after` on `days`, or on the usual days once a while's days are
    over (`history`: users.days_history), so the push after the week's last one is on them."""
    push = schedule.next_push_at(days, at, tz, after)
    coming = usual_days_coming_in(history)
    if coming is None or push is None or push < coming[0]:
        return push
    usual = onboarding.decode_days(coming[1])
    return schedule.next_push_at(usual, at, tz, max(after, coming[0] - timedelta(seconds=1)))


def usual_days_coming(user: User) -> tuple[datetime, str] | None:
    """When the days a change for a while replaced come back, and those days (users.days'
    form); None when the last change of days was not for a while."""
    return usual_days_coming_in(user.days_history)


def usual_days_coming_in(history: str | None) -> tuple[datetime, str] | None:
    """usual_days_coming, read from a users.days_history value."""
    last = users.last_change_in(history)
    try:
        back = datetime.fromisoformat(str(last["back"]))
    except (KeyError, TypeError, ValueError):
        return None
    usual = str(last.get("usual", last.get("days", "")))
    return (back, usual) if back.tzinfo is not None else None


def days_coming_on(user: User, profile: Profile) -> tuple[date, Profile] | None:
    """The local day the days coming take over (the usual ones after a while, or new ones
    said from a date) and `profile` from then, the rotation going on from the days before
    it (as usual_days_back will store it); None when no days are coming."""
    coming = usual_days_coming(user)
    if coming is None:
        return None
    on = schedule.local_date(coming[0], profile.tz)
    after = replace(profile, days=onboarding.decode_days(coming[1]))
    if profile.started_on is None:
        return on, after
    shift = session_index(profile, on) - session_index(after, on)
    return on, replace(after, session_offset=profile.session_offset + shift)


def usual_days_back(user: User, now: datetime) -> bool:
    """The usual days back once the while is over (True when that happened now): the
    rotation goes on from the days for the while, kept as in effect until its end."""
    coming = usual_days_coming(user)
    if coming is None or now < coming[0]:
        return False
    back, usual = coming
    before = users.profile_of(user)
    if before is None:
        return False
    users.set_days(user, usual)
    after = users.profile_of(user)
    if after is not None and before.started_on is not None:
        upto = schedule.local_date(back, before.tz)
        users.shift_sessions(user, session_index(before, upto) - session_index(after, upto))
    users.change_days(user, onboarding.encode_days(before.days), back)
    users.mark_days_change(user, "while", True)
    return True


def usual_days_said(user: User) -> bool:
    """Whether the days now are the usual ones: no change of days ever, or the last one
    brought the usual days back (said, or the while over)."""
    last = users.last_days_change(user)
    return not last or last.get("while") is True
