"""Workouts: the workout of a day, the week, the program, pause and resume, and the push
buttons (skip today, move to tomorrow)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from bot.coach import programs as prog
from bot.coach import schedule
from bot.coach.away_kit import away_next, away_soon
from bot.coach.knowledge import Source
from bot.coach.profile import Away, Place, Profile, Unit
from bot.coach.schedule.pause_end import MAX_DAYS, pause_end
from bot.coach.smalltalk_workout import asks_tomorrow
from bot.coach.stats import monday
from bot.coach.status import SessionStatus
from bot.runtime.services import Services
from bot.store import logs, users
from bot.store.models import User
from bot.training.dayplan import day_done, is_rest_day, move_to, week_days, workout_of_day
from bot.training.days_back import days_coming_on, usual_days_back
from bot.training.home_gym import HomeGymPlan, home_gym_plan
from bot.training.logbook_steps import open_day
from bot.training.parts import day_part
from bot.training.people import (
    Caller,
    end_pause_if_over,
    finished_profile,
    last_night,
    local_today,
    next_push_dated,
    next_push_text,
    onboarded,
    paused_until_text,
    planning,
    planning_ahead,
    reschedule,
    welcome_back_due,
)
from bot.training.recap import Recap
from bot.training.recap import due as recap_due
from bot.training.stale_owed import release_earlier_day
from bot.training.targets import (
    Target,
    held_moves,
    most_held,
    sets_text,
    targets,
    workout_on,
)


@dataclass(frozen=True)
class KeptNote:
    """Sets left at an earlier day's "Save it?", saved into that day as the workout came."""

    name: str
    day: date
    sets: str
    load_asked: bool = False  # they waited for their load: saved without one
    then: tuple[str, ...] = ()  # moves from the same message saved with it ("Lunge: 20, 20")


@dataclass(frozen=True)
class WorkoutView:
    workout: prog.Workout
    targets: list[Target]
    today: date  # the person's local date: buttons log into today's session
    is_today: bool
    unit: str
    status: str | None = None  # the day's logged session: open, done, skipped; None: none
    rest_day: bool = False  # today is a day off the plan with nothing logged: ask what to log
    moved: bool = False  # skipped by "Move to tomorrow": tomorrow's push carries it
    next_push: str | None = None  # when the next push comes, for a day skipped or moved
    first_week_again: bool = False  # untrained past the setup's week: says why it is week 1
    back_from_pause: bool = False  # a pause with a length ended: the first push says welcome back
    paused_until: str | None = None  # a pause with a length runs: the day it ends
    back_after_break: bool = False  # the first workout after 2+ weeks off, not yet pushed
    last_night: bool = False  # after midnight, still on last night's late workout
    tomorrow_rest: bool = False  # "what's tomorrow?" on the eve of a rest day: the next one
    kept: KeptNote | None = None  # sets left at an earlier day's "Save it?": saved there
    away_next: Away | None = None  # the next workout is in a while away said ahead: recalled
    away_on: Away | None = None  # this workout is in a while away: its kit said

    def buttons(self, push: bool) -> bool:
        """Whether it carries the start / skip / move buttons (not once the day is done)."""
        return (self.is_today or push) and self.status not in (
            SessionStatus.DONE,
            SessionStatus.MOVED,
        )

    def passed(self, push: bool) -> bool:
        """/today on a day skipped or moved on: it says so, and only Start logging is
        offered (done after all); skipping or moving it again would mean nothing."""
        return not push and self.is_today and self.status == SessionStatus.SKIPPED


def workout_view(
    svc: Services, s: Session, user: User, profile: Profile, day: date, back: bool | None = None
) -> WorkoutView:
    """The workout `day` holds (its logged session's, else the plan's), or the next one
    when `day` is a rest day. `back`: a timed pause ended since the last push (None: look,
    without using up the push's welcome back)."""
    today = local_today(profile, svc.clock.now())
    if back is None:
        back = not user.paused and user.paused_until is not None
    workout, status = workout_of_day(svc, s, user.id, profile, day)
    if status is None and workout.day > day:  # the next workout, numbered as it will be
        profile = planning_ahead(s, user.id, profile, workout.day)
        workout = workout_on(svc, profile, workout.day)
    skipped = status == SessionStatus.SKIPPED
    return WorkoutView(
        workout,
        targets(svc, s, user.id, profile, workout),
        today,
        workout.day == today,
        profile.unit.value,
        status,
        rest_day=day == today and is_rest_day(svc, s, user.id, profile, today),
        moved=skipped and user.moved_from == day,
        next_push=next_push_text(user) if skipped else None,
        first_week_again=first_week_again(s, user, profile, workout),
        back_from_pause=back,
        paused_until=paused_until_text(user),
        back_after_break=welcome_back_due(s, user.id, workout.day),
        away_next=away_next(profile, workout.day),
        away_on=profile.away_on(workout.day),
    )


def first_week_again(s: Session, user: User, profile: Profile, workout: prog.Workout) -> bool:
    """Whether `workout` is week 1 again: untrained, each week let go by starts the program
    over (people.planning), so past the setup's own week a week-1 workout needs a word of
    why (within it, week 1 is no news; nor is it when no workout came since the setup: set
    up on Sunday, Monday's is simply the first)."""
    if workout.week_number != 1 or user.onboarded_at is None:
        return False
    set_up = user.onboarded_at.astimezone(ZoneInfo(profile.tz))
    later = monday(workout.day) > monday(set_up.date())
    return later and _let_go_by(profile, set_up, workout.day) and not logs.has_trained(s, user.id)


def _let_go_by(profile: Profile, set_up: datetime, day: date) -> bool:
    """Whether a training day's push came between the setup and `day`."""
    first = set_up.date() if set_up.time() < profile.push_time else set_up.date() + timedelta(1)
    return any((first + timedelta(n)).weekday() in profile.days for n in range((day - first).days))


def today(svc: Services, s: Session, caller: Caller) -> WorkoutView | None:
    found = onboarded(s, caller, svc.clock.now())
    if found is None:
        return None
    user, profile = found
    night = last_night(s, user, profile, svc.clock.now())
    if night is not None:  # its buttons log into that day, as the push's do
        view = workout_view(svc, s, user, planning(s, user, night) or profile, night)
        return replace(view, today=night, is_today=True, rest_day=False, last_night=True)
    day = local_today(profile, svc.clock.now())
    kept = _released(svc, s, user, day)  # a new day's workout: an old prompt is owed no more
    view = workout_view(svc, s, user, planning(s, user, day) or profile, day)
    return replace(view, kept=kept)


def _released(svc: Services, s: Session, user: User, today: date) -> KeptNote | None:
    """An exercise asked on a day before `today` owed no more; the sets that waited for its
    Save, saved into that day, named for the workout to say so."""
    kept = release_earlier_day(s, user, today, svc.clock.now())[1]
    if kept is None:
        return None
    name = svc.content.exercises[kept.exercise_id].name
    then = tuple(f"{svc.content.exercises[x].name}: {sets_text(e)}" for x, e in kept.then)
    return KeptNote(name, kept.day, sets_text(kept.entries), kept.load_asked, then)


def tomorrow(svc: Services, s: Session, user: User, text: str) -> WorkoutView | None:
    """ "what's tomorrow?": tomorrow's workout, or on the eve of a rest day the next one,
    said so (it got today's, done hours before). None for other text."""
    profile = finished_profile(user)
    if profile is None or user.awaiting or not asks_tomorrow(text):
        return None
    today = local_today(profile, svc.clock.now())
    day = today + timedelta(days=1)
    # planned as today's is, then ahead with nothing stored: planning tomorrow itself could
    # move the program's start past today, turning today's workout into a rest day
    ahead = planning_ahead(s, user.id, planning(s, user, today) or profile, day)
    view = workout_view(svc, s, user, ahead, day)
    return replace(view, is_today=False, rest_day=False, tomorrow_rest=view.workout.day > day)


def push_view(svc: Services, s: Session, user_id: int, day: date) -> WorkoutView | None:
    """The push for `day` (a moved push carries the workout of the day it came from); None
    when today's workout is already done: a logged day is never pushed again."""
    user = users.get_user(s, user_id, lock=True)  # the push may move the program's start
    profile = users.profile_of(user) if user else None
    assert user is not None and profile is not None, "pushes go to people with a profile"
    end_pause_if_over(user, svc.clock.now())
    if usual_days_back(user, svc.clock.now()):  # the week's days for a while are over
        reschedule(user, svc.clock.now())
    back = users.pop_back_from_pause(user)  # said by this push, or by none when it is skipped
    today = local_today(profile, svc.clock.now())
    if day_done(s, user_id, today) or day_done(s, user_id, day):
        return None
    kept = _released(svc, s, user, today)  # a new day's workout: an old prompt is owed no more
    view = workout_view(svc, s, user, planning(s, user, day) or profile, day, back)
    return replace(view, kept=kept)


@dataclass(frozen=True)
class WeekView:
    days: list[tuple[prog.Workout, list[Target]]]
    today: date
    monday: date
    unit: str
    statuses: dict[date, str] = field(default_factory=dict)  # logged sessions' statuses
    starts_on: date | None = None  # the program starts in a later week: that week is shown
    away_next: Away | None = None  # a while away said ahead starts the week after: recalled


def week(svc: Services, s: Session, caller: Caller) -> WeekView | None:
    found = onboarded(s, caller, svc.clock.now())
    if found is None:
        return None
    user, profile = found
    # After midnight on last night's workout, the week is the one /today's workout is in.
    day = last_night(s, user, profile, svc.clock.now()) or local_today(profile, svc.clock.now())
    profile = planning(s, user, day) or profile  # the week as today's workout has it
    monday = day - timedelta(days=day.weekday())
    start, starts_on = profile.started_on, None
    if start is not None and start - timedelta(days=start.weekday()) > monday:
        # Untrained past this week's last training day and asked on a rest day: the program
        # starts with next week's first workout (as /today and the push have it), and this
        # week holds nothing of it; "No training days this week" would read as a wrong plan.
        monday, starts_on = start - timedelta(days=start.weekday()), start
    today = local_today(profile, svc.clock.now())
    history = users.days_history(user)
    later = days_coming_on(user, profile)  # new days said from a day within the week
    held = week_days(svc, s, user.id, profile, monday, history, today, later)
    days = [(w, targets(svc, s, user.id, profile, w)) for w, _ in held]
    statuses = {w.day: status for w, status in held if status is not None}
    # Move to tomorrow leaves the day skipped and the next day holding its workout: said so
    kept = {w.day: (w.program_id, w.session_label) for w, _ in held}
    for w, status in held:
        ahead = kept.get(w.day + timedelta(days=1))
        if status == SessionStatus.SKIPPED and ahead == (w.program_id, w.session_label):
            statuses[w.day] = "moved_on"
    soon = away_soon(profile.aways, monday + timedelta(days=6))
    return WeekView(days, today, monday, profile.unit.value, statuses, starts_on, soon)


@dataclass(frozen=True)
class ProgramView:
    program: prog.Program
    profile: Profile
    names: list[str]
    sources: list[Source]
    sessions: int  # in the program's rotation
    adaptation: prog.Adaptation  # what the person's experience changes
    easier: list[tuple[str, str]]  # (exercise name, easier exercise name) in the first weeks
    place: Place  # the one today is planned for: a while away's on its days (Profile.away)
    away: Away | None = None  # today falls in a while away: its plan is shown
    asked_on: date | None = None
    away_next: Away | None = None  # a while away said ahead starts within a week: recalled
    held: tuple[str, ...] = ()  # moves done holding a dumbbell today (targets.held_moves)
    up_to: tuple[float, Unit] | None = None  # the heaviest dumbbell at home (most_held)
    home_gym: HomeGymPlan | None = None  # a home gym with a barbell: what it changes


def program(svc: Services, s: Session, caller: Caller) -> ProgramView | None:
    found = onboarded(s, caller, svc.clock.now())
    if found is None:
        return None
    profile = found[1]
    today = local_today(profile, svc.clock.now())
    place = profile.place_on(today)
    chosen = svc.programs.program_for(profile.goal, place)
    lacking = prog.left_out(svc.programs, profile, place)
    ids = chosen.exercise_ids() - lacking
    gym = home_gym_plan(svc, profile.goal, profile.home_gym) if place == Place.GYM else None
    if gym is not None:  # a home gym: the moves in place of those needing a machine or band
        ids = {x for x in ids if x not in gym.ids_out} | set(gym.ids_in)
    names = sorted(svc.content.exercises[x].name for x in ids)
    cards = svc.content.exercises
    ins = gym.ids_in if gym is not None else ()  # each named by an article cited
    cited = [
        *chosen.sources,
        *(cards[x].sources[0] for x in ins if not set(cards[x].sources) & set(chosen.sources)),
    ]
    sources = [svc.content.sources[sid] for sid in dict.fromkeys(cited)]
    adapted = prog.adaptation(chosen, profile.experience, svc.programs.easier)
    easier = [(cards[a].name, cards[b].name) for a, b in adapted.easier]
    return ProgramView(
        chosen, profile, names, sources, len(chosen.sessions), adapted, easier, place,
        profile.away_on(today), today, away_soon(profile.aways, today),
        held_moves(svc, profile, today),
        None if profile.away_on(today) else most_held(profile, today), gym,
    )  # fmt: skip


@dataclass(frozen=True)
class NextPush:
    when: str | None  # "Thursday at 18:30" in the person's time; None: no push planned
    unchanged: bool = False  # they were already paused (or already on): nothing changed
    until: str | None = None  # a pause with a length: the day it ends, "Monday 14 December"


def pause(
    svc: Services, s: Session, caller: Caller, paused: bool, said: str = ""
) -> NextPush | None:
    """Pause or resume pushes; a pause said with a length (`said`: "for 2 weeks") ends by
    itself. None without a profile."""
    found = onboarded(s, caller, svc.clock.now())
    if found is None:
        return None
    user, profile = found
    until = pause_end(said, local_today(profile, svc.clock.now())) if paused and said else None
    return set_paused(svc, user, paused, until)


def set_paused(svc: Services, user: User, paused: bool, until: date | None = None) -> NextPush:
    """Pause (until a local day, or until /resume) or resume pushes; the next one, said."""
    # "On" means pushes go out: not paused, and not turned off by a block (which /resume
    # also turns back on). A pause given a length is a change even when already paused.
    same = user.paused and user.paused_until == until
    unchanged = same if paused else (not user.paused and user.active)
    users.set_paused(user, paused, until)
    reschedule(user, svc.clock.now())
    if until is not None:
        return NextPush(next_push_dated(user), unchanged, paused_until_text(user))
    return NextPush(next_push_text(user), unchanged)


@dataclass(frozen=True)
class Paused:
    """A Pause or Resume button pressed: which, and the next push."""

    paused: bool
    push: NextPush


def pause_button(svc: Services, s: Session, user: User, parts: list[str]) -> Paused | None:
    """ "pause:on" / "pause:off", under the reply to "stop sending me workouts" or "I'm
    back": what /pause and /resume do, a tap away; "pause:on:<day>" pauses until that
    local day ("for a week"). None without a profile."""
    profile = finished_profile(user)
    if len(parts) not in (2, 3) or parts[1] not in ("on", "off") or profile is None:
        return None
    paused = parts[1] == "on"
    until = day_part(parts[2]) if len(parts) == 3 else None
    if len(parts) == 3 and (until is None or not paused):
        return None
    today = local_today(profile, svc.clock.now())
    if until is not None and until > today + timedelta(days=MAX_DAYS):
        return None  # no button of ours says that
    if until is not None and until <= today:
        until = None  # tapped on or after its day: a pause until /resume, as the button says
    return Paused(paused, set_paused(svc, user, paused, until))


class PushAction(StrEnum):
    SKIP = "skip"
    MOVE = "move"


@dataclass(frozen=True)
class PushAnswer:
    action: PushAction
    expired: bool  # the button is from another day: nothing changed
    when: str | None = None  # the next push, in the person's time
    recap: Recap | None = None  # skipping the week's last workout closes the week
    last_night: bool = False  # last night's workout, pressed after midnight


def push_button(svc: Services, s: Session, user: User, parts: list[str]) -> PushAnswer | None:
    """ "push:skip:<day>" skips today; "push:move:<day>" moves today's workout to tomorrow.
    None: not a press this person can make."""
    now = svc.clock.now()
    profile = finished_profile(user)
    day = day_part(parts[2]) if len(parts) == 3 and parts[1] in set(PushAction) else None
    if profile is None or day is None:
        return None
    action = PushAction(parts[1])
    # last night's (at 00:30, /today's "Last night's workout") is still the one on
    if day not in (local_today(profile, now), last_night(s, user, profile, now)):
        return PushAnswer(action, expired=True)
    profile = planning(s, user, day) or profile
    if action == PushAction.SKIP:
        # The day counts as planned but not done: stored, so /today and /week say so (a
        # session is opened from the plan first when logging hadn't started).
        session = logs.session_on(s, user.id, day) or open_day(svc, s, user, profile, day)[0]
        if session.status == SessionStatus.OPEN:
            logs.set_session_status(session, SessionStatus.SKIPPED)
        recap = recap_due(svc, s, user, profile, day)
        night = day != local_today(profile, now)
        return PushAnswer(action, False, next_push_text(user), recap, last_night=night)
    # Tomorrow at the usual time carries today's workout; the regular schedule resumes after.
    tomorrow = day + timedelta(days=1)
    moved_at = schedule.next_push_at(
        (tomorrow.weekday(),),
        profile.push_time,
        profile.tz,
        datetime.combine(day, profile.push_time, ZoneInfo(profile.tz)),
    )
    assert moved_at is not None  # one weekday and a time always have a next instant
    move_to(svc, s, user.id, profile, day, tomorrow)  # tomorrow holds it, today is skipped
    users.move_push(user, day, moved_at)
    return PushAnswer(action, expired=False, when=next_push_text(user))
