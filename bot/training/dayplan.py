"""One workout of the day: the push, /today, "Start logging", /week and the finish all ask
here which workout a date holds (issue 11).

A day with a logged session (opened by "Start logging", a typed entry, or a move to that
day) holds that session's workout, whatever the plan says now; any other day holds what the
program gives it. So a moved workout shows on the day it moved to, a finished day shows as
done, and a change of goal takes effect from the next session not yet started.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime, timedelta

from sqlalchemy.orm import Session

from bot.coach import programs as prog
from bot.coach.profile import Profile
from bot.coach.schedule import local_date
from bot.coach.status import ExerciseStatus, SessionStatus
from bot.runtime.services import Services
from bot.store import logs
from bot.store.models import ExerciseLog, WorkoutSession
from bot.training.people import planning_ahead
from bot.training.targets import targets, workout_on

DEFAULT_REST = 60


def logged_workout(
    svc: Services, profile: Profile, session: WorkoutSession, rows: Sequence[ExerciseLog]
) -> prog.Workout:
    """The workout a logged session holds: its exercises as planned when it was opened, with
    the rest each was given then (a rotating slot's rest is its rep range's, not the slot's)."""
    slots = {
        slot.exercise_id: slot
        for program in svc.programs.programs
        if program.id == session.program_id
        for planned in program.sessions
        if planned.label == session.session_label
        for slot in planned.slots
    }
    exercises = tuple(
        prog.PlannedExercise(
            x.exercise_id,
            x.planned_sets,
            x.rep_low,
            x.rep_high,
            _rest(x, slots),
            slots[x.exercise_id].note_key if x.exercise_id in slots else None,
        )
        for x in rows
    )
    week = prog.week_number(profile, session.day) if profile.started_on else 1
    return prog.Workout(session.day, session.session_label, week, exercises, session.program_id)


def _rest(row: ExerciseLog, slots: dict[str, prog.Slot]) -> int:
    if row.rest_seconds is not None:
        return row.rest_seconds
    slot = slots.get(row.exercise_id)  # a row from before rests were kept
    return slot.rest_seconds if slot is not None else DEFAULT_REST


def workout_of_day(
    svc: Services, s: Session, user_id: int, profile: Profile, day: date
) -> tuple[prog.Workout, str | None]:
    """The workout `day` holds and its session's status (None: not started): the logged
    session's, else the plan's (the next planned one on a rest day)."""
    session = logs.session_on(s, user_id, day)
    if session is not None:
        rows = logs.exercises_of(s, user_id, session.id)
        if rows:
            return logged_workout(svc, profile, session, rows), session.status
    return workout_on(svc, profile, day), None


def day_done(s: Session, user_id: int, day: date) -> bool:
    """Whether `day`'s workout is done: its session finished with something done, brought
    forward to an earlier rest day, or every exercise entered with at least one done (never
    pushed again that day)."""
    session = logs.session_on(s, user_id, day)
    if session is None:
        return False
    if session.status in (SessionStatus.DONE, SessionStatus.MOVED):
        return True
    rows = logs.exercises_of(s, user_id, session.id)
    entered = [x.status for x in rows]
    return bool(rows) and ExerciseStatus.PENDING not in entered and ExerciseStatus.DONE in entered


def week_days(
    svc: Services,
    s: Session,
    user_id: int,
    profile: Profile,
    monday: date,
    history: Sequence[tuple[datetime, tuple[int, ...]]] = (),
    today: date | None = None,
    later: tuple[date, Profile] | None = None,
) -> list[tuple[prog.Workout, str | None]]:
    """The week's workouts day by day with their session's status: logged sessions as
    logged (a day moved to included), planned days not yet started as planned; a day gone
    by (before `today`) by the training days in effect then (`history`, users.days_history),
    so days changed for a week and back leave no workouts on days that were rest days then.
    An open session with nothing entered yet (moved there, or opened by Start logging) has
    no status: it is not started. `later`: the day new days take over, and the profile
    from then (days_back.days_coming_on)."""
    out: list[tuple[prog.Workout, str | None]] = []
    for offset in range(7):
        day = monday + timedelta(days=offset)
        session = logs.session_on(s, user_id, day)
        rows = logs.exercises_of(s, user_id, session.id) if session is not None else []
        if session is not None and rows:
            status: str | None = session.status
            if status == SessionStatus.OPEN and all(
                x.status == ExerciseStatus.PENDING for x in rows
            ):
                status = None
            out.append((logged_workout(svc, profile, session, rows), status))
            continue
        then = profile
        if today is not None and day < today:
            then = replace(profile, days=days_then(profile, day, history))
        elif later is not None and day >= later[0]:
            then = later[1]
        if (planned := prog.workout_for(svc.programs, then, day)) is not None:
            out.append((planned, None))
    return out


def days_then(
    profile: Profile,
    day: date,
    history: Sequence[tuple[datetime, tuple[int, ...]]],
    when: datetime | None = None,
) -> tuple[int, ...]:
    """The training days in effect for `day`: at the moment `when`, else at the day's end
    (`history`: (until, days) of earlier training days, oldest first)."""
    for until, before in history:
        if until > when if when is not None else local_date(until, profile.tz) > day:
            return before
    return profile.days


def move_to(
    svc: Services, s: Session, user_id: int, profile: Profile, day: date, to: date
) -> prog.Workout:
    """Carry `day`'s workout to `to`: `to` holds it as a session not yet started and `day`
    is left skipped. Nothing moves onto a day that already has a session."""
    workout, _ = workout_of_day(svc, s, user_id, profile, day)
    now = svc.clock.now()
    plan = [
        logs.PlanRow(
            t.exercise_id,
            t.sets,
            t.rep_low,
            t.rep_high,
            t.load,
            profile.unit.value,
            t.rest_seconds,
        )
        for t in targets(svc, s, user_id, profile, workout)
    ]
    if logs.session_on(s, user_id, to) is None:
        logs.open_session(s, user_id, to, workout.program_id, workout.session_label, plan, now)
    session = logs.session_on(s, user_id, day)
    if session is None:
        session = logs.open_session(
            s, user_id, day, workout.program_id, workout.session_label, plan, now
        )
    if session.status == SessionStatus.OPEN:
        logs.set_session_status(session, SessionStatus.SKIPPED)
    return workout


def is_rest_day(svc: Services, s: Session, user_id: int, profile: Profile, day: date) -> bool:
    """A day the plan leaves free and nothing was logged or moved onto."""
    return logs.session_on(s, user_id, day) is None and (
        prog.workout_for(svc.programs, profile, day) is None
    )


def bring_forward(
    svc: Services, s: Session, user_id: int, profile: Profile, day: date
) -> tuple[WorkoutSession, prog.Workout]:
    """Log the next planned workout on rest day `day`: `day` holds it (with the targets it
    would have had), and the day it was planned for holds it as moved, so that day is
    neither pushed nor counted twice. After a long gap it is numbered as /today showed it
    (people.planning_ahead), not as a week of the silence."""
    planned = prog.next_workout(svc.programs, profile, day + timedelta(days=1))
    profile = planning_ahead(s, user_id, profile, planned.day)
    planned = prog.workout_for(svc.programs, profile, planned.day) or planned
    now = svc.clock.now()
    plan = [
        logs.PlanRow(t.exercise_id, t.sets, t.rep_low, t.rep_high, t.load, profile.unit.value)
        for t in targets(svc, s, user_id, profile, planned)
    ]
    session = logs.open_session(
        s, user_id, day, planned.program_id, planned.session_label, plan, now
    )
    origin = logs.session_on(s, user_id, planned.day)
    if origin is None:
        origin = logs.open_session(
            s, user_id, planned.day, planned.program_id, planned.session_label, plan, now
        )
    if origin.status in (SessionStatus.OPEN, SessionStatus.SKIPPED):
        logs.set_session_status(origin, SessionStatus.MOVED)
    return session, planned


def open_extra(
    svc: Services, s: Session, user_id: int, profile: Profile, day: date
) -> WorkoutSession:
    """A session of single exercises on a rest day (an extra in the recap)."""
    program = svc.programs.program_for(profile.goal, profile.place_on(day)).id
    return logs.open_session(s, user_id, day, program, prog.EXTRA_LABEL, [], svc.clock.now())
