"""Who is asking: the person's row (locked for the unit of work), their profile, what the
bot waits for from them, and their next push instant."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from bot.coach import programs as prog
from bot.coach import schedule
from bot.coach.profile import Profile
from bot.coach.schedule.pause_end import pause_end, skip_end
from bot.coach.setlog_day import day_said
from bot.coach.stats import monday
from bot.coach.status import SessionStatus
from bot.runtime.services import Services
from bot.store import deliveries, logs, users
from bot.store.models import User
from bot.training.awaiting import Awaiting
from bot.training.days_back import next_push, usual_days_back

# A log for another day may go back this many days before today (logbook_day.py, whole_day.py)
MAX_DAYS_BACK = 6


@dataclass(frozen=True)
class Caller:
    """The ids Telegram vouches for; nothing a person typed or pressed."""

    user_id: int
    chat_id: int
    first_name: str | None = None


def person(s: Session, caller: Caller, now: datetime) -> User:
    """The person's row, locked for this unit of work, created on first contact (a pause
    whose day came is over first, so nothing said today hears "paused")."""
    user = users.get_or_create_user(s, caller.user_id, caller.chat_id, now)
    end_pause_if_over(user, now)
    if usual_days_back(user, now):  # "this week ... wed and sun": the week is over
        reschedule(user, now)
    return user


def end_pause_if_over(user: User, now: datetime) -> None:
    """A pause said with a length ends on its day, the person's local date: the push
    dispatcher (push_view) and every message ask this same question, so they agree."""
    until = user.paused_until if user.paused else None
    if until is not None and user.tz and schedule.local_date(now, user.tz) >= until:
        users.end_pause(user)


def profile_of(user: User) -> Profile | None:
    return users.profile_of(user)


def finished_profile(user: User) -> Profile | None:
    """The profile of someone who finished the setup, else None (a half-done setup, or one
    being redone after "start over", has no profile to act on)."""
    return profile_of(user) if user.onboarded_at is not None else None


def planning(s: Session, user: User, day: date) -> Profile | None:
    """The finished profile that plans `day`'s workout, asked before it is computed (pushed,
    shown by /today, /week or a button, or logged), so every way of asking agrees.

    After 2+ weeks without training the week count leaves them out (_after_a_long_gap).

    The program starts with the first workout, not on the day of setup: until the person has
    trained (a set saved, a session done; a skip or a move is not training), a workout needed
    in a later week than the start's moves the start to it (bot.coach.programs:
    start_moved_to), week 1 and session A. Once they have trained, it never moves again."""
    profile = finished_profile(user)
    if profile is None or profile.started_on is None:
        return profile
    moved = prog.start_moved_to(profile, day)
    if moved is not None and not logs.has_trained(s, user.id):
        users.restart_program(user, moved)
        return finished_profile(user)
    return _after_a_long_gap(s, user, profile, day)


def planning_logged(s: Session, user: User, day: date) -> Profile | None:
    """planning() for a workout being logged on `day`. Sets for a training day before the
    start, in the start's own week, logged by someone who has not trained yet (Monday's
    workout typed as yesterday's once Tuesday's push showed session A), make that day the
    first workout: the start moves back to it, so it is session A and today the next."""
    profile = finished_profile(user)
    start = profile.started_on if profile is not None else None
    if profile is None or start is None or not day < start or monday(day) != monday(start):
        return planning(s, user, day)
    if day.weekday() in profile.days and not logs.has_trained(s, user.id):
        users.restart_program(user, day)
    return planning(s, user, day)


def _after_a_long_gap(s: Session, user: User, profile: Profile, day: date) -> Profile:
    """Back after 2+ weeks without training (prog.LONG_GAP_WEEKS): the program's count
    leaves those weeks out, so `day` falls in the week after the last one trained; loads
    start from the last ones managed (targets: back_after_break)."""
    gap = _weeks_left_out(s, user.id, profile, day)
    if gap is None:
        return profile
    users.add_weeks_off(user, *gap)
    return finished_profile(user) or profile


def _weeks_left_out(
    s: Session, user_id: int, profile: Profile, day: date
) -> tuple[date, int] | None:
    """(since, weeks): the weeks without training the count leaves out when `day` is the
    first workout after a long gap; None: nothing (more) to leave out."""
    last = logs.last_trained_before(s, user_id, day)
    off = prog.weeks_to_leave_out(profile, last, day) if last is not None else 0
    if off <= 0 or last is None:
        return None
    return monday(last) + timedelta(days=7), off


def planning_ahead(s: Session, user_id: int, profile: Profile, day: date) -> Profile:
    """`profile` (planning today's) as it will plan `day`, a later workout shown ahead of
    its day (/today on a rest day offers the next one): the weeks a long gap leaves out
    then are left out of its number now too, so the push that day shows the same week.
    Nothing is stored: training before then would make it no gap at all."""
    gap = _weeks_left_out(s, user_id, profile, day)
    return profile if gap is None else replace(profile, weeks_off=(*profile.weeks_off, gap))


def back_after_break(s: Session, user_id: int, day: date) -> bool:
    """Whether `day`'s workout is the first after 2+ weeks without training."""
    last = logs.last_trained_before(s, user_id, day)
    return last is not None and prog.silent_weeks(last, day) >= prog.LONG_GAP_WEEKS


def welcome_back_due(s: Session, user_id: int, day: date) -> bool:
    """Whether `day`'s workout says welcome back: the first after 2+ weeks without training,
    with no push since the gap grew that long (one already said it: said once, not on every
    push until she logs)."""
    last = logs.last_trained_before(s, user_id, day)
    if last is None or prog.silent_weeks(last, day) < prog.LONG_GAP_WEEKS:
        return False
    gap_from = monday(last) + timedelta(weeks=prog.LONG_GAP_WEEKS + 1)
    return not deliveries.pushed_between(s, user_id, gap_from, day)


def onboarded(s: Session, caller: Caller, now: datetime) -> tuple[User, Profile] | None:
    """The person's row and profile, or None while the setup is unfinished."""
    user = person(s, caller, now)
    profile = finished_profile(user)
    return (user, profile) if profile is not None else None


def awaiting(user: User) -> Awaiting | None:
    return Awaiting.parse(user.awaiting)


def expect(user: User, what: Awaiting | None, draft: str | None = None) -> None:
    users.set_awaiting(user, str(what) if what else None, draft)


def local_today(profile: Profile, now: datetime) -> date:
    return schedule.local_date(now, profile.tz)


def reschedule(user: User, now: datetime) -> None:
    """Recompute the next push from days, time and zone; none when no push is due."""
    profile = profile_of(user)
    until = user.paused_until if user.paused else None  # a pause with a length
    off = user.paused and until is None
    if profile is None or user.onboarded_at is None or not user.active or off:
        users.set_next_push(user, None)
        return
    after = now
    if until is not None:  # the first push on or after the day the pause ends
        back = datetime.combine(until, time(0), ZoneInfo(profile.tz))
        after = max(now, back - timedelta(seconds=1))
    push = next_push(profile.days, profile.push_time, profile.tz, after, user.days_history)
    users.set_next_push(user, push)  # days for a while: the usual ones after the week's end


def next_push_text(user: User) -> str | None:
    """When the next push arrives, in the person's own time: "Thursday at 18:30"."""
    if user.next_push_at is None or not user.tz:
        return None
    return user.next_push_at.astimezone(ZoneInfo(user.tz)).strftime("%A at %H:%M")


def next_push_dated(user: User) -> str | None:
    """The next push with its date, for one weeks away: "Monday 14 December at 18:30"."""
    if user.next_push_at is None or not user.tz:
        return None
    local = user.next_push_at.astimezone(ZoneInfo(user.tz))
    return f"{local:%A} {local.day} {local:%B at %H:%M}"


def day_asked(user: User, text: str, now: datetime) -> date | None:
    """ "what did I do last tuesday": the day asked about, in the person's time; None for
    a week or no day said."""
    if not user.tz:
        return None
    said, _ = day_said(text, schedule.local_date(now, user.tz))
    return said.day if said is not None and "week" not in said.words else None


def pause_end_said(user: User, text: str, now: datetime, *, skipping: bool = False) -> date | None:
    """ "stop sending me workouts for a week": the day they come back, in the person's time;
    `skipping` ("sick this week, skip"): "this week" is until Monday."""
    if not user.tz:
        return None
    today = schedule.local_date(now, user.tz)
    return skip_end(text, today) if skipping else pause_end(text, today)


def paused_until_text(user: User) -> str | None:
    """The day a timed pause ends, while it runs: "Monday 14 December"."""
    if not user.paused or user.paused_until is None:
        return None
    return day_text(user.paused_until)


def day_text(day: date) -> str:
    """ "Monday 14 December" """
    return f"{day:%A} {day.day} {day:%B}"


@dataclass(frozen=True)
class Owed:
    """What a message the bot can't read should point back to: a setup question (its
    step), or an exercise being logged (its name; `mode` says whether sets, their load or
    a Save are owed)."""

    step: str | None = None
    exercise: str | None = None
    mode: str | None = None


def owed(svc: Services, s: Session, user_id: int) -> Owed:
    user = users.get_user(s, user_id)
    what = Awaiting.parse(user.awaiting) if user else None
    if what is None:
        return Owed()
    if what.step is not None:
        return Owed(step=what.step)
    return exercise_owed(svc, s, user_id, what)


def exercise_owed(svc: Services, s: Session, user_id: int, what: Awaiting) -> Owed:
    """The exercise a logging step waits for, by name; nothing if its log is gone."""
    log = logs.exercise_log(s, user_id, what.log_id) if what.log_id is not None else None
    card = svc.content.exercises.get(log.exercise_id) if log is not None else None
    return Owed(exercise=card.name, mode=what.mode.value) if card is not None else Owed()


def night_of(profile: Profile, now: datetime) -> date | None:
    """Yesterday while its workout may still be told after midnight: a late push's evening,
    or after a morning push till 4 in the morning while today's is not due."""
    days, at, tz = profile.days, profile.push_time, profile.tz
    return schedule.still_last_night(days, at, tz, now) or schedule.before_dawn_after(
        days, at, tz, now
    )


def last_night(s: Session, user: User, profile: Profile, now: datetime) -> date | None:
    """Yesterday, while its late push's evening lasts (or, after a morning push, till 4 in
    the morning while today's is not due) and its workout is neither logged nor skipped and
    today holds nothing yet: pushed at 23:30 and asking at 00:40, the workout being done is
    Sunday's, not Monday's rest day; pushed at 6:00 and told at 00:40, it is Friday's."""
    if user.paused:
        return None
    night = night_of(profile, now)
    if night is None or logs.session_on(s, user.id, night + timedelta(days=1)) is not None:
        return None
    session = logs.session_on(s, user.id, night)
    return night if session is None or session.status == SessionStatus.OPEN else None


def logging_today(s: Session, user: User, profile: Profile, now: datetime) -> date:
    """The day sets typed with nothing being logged go into: last night's late workout while
    it lasts (typed at 00:40 after a 23:30 push), else the local today."""
    return last_night(s, user, profile, now) or local_today(profile, now)
