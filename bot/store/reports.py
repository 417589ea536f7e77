"""Reads for /history, /progress, /export and the weekly recap, plus the reports table's
state (chart cooldown, pending deletion). Everything is keyed by the presser's user id.

Callers hold the user row (get_or_create_user locks it on PostgreSQL; SQLite's
BEGIN IMMEDIATE serialises writers), so the read-then-write steps here don't race.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from bot.coach.profile import Unit
from bot.coach.programs import EXTRA_LABEL
from bot.coach.stats import LoggedSet
from bot.coach.status import SessionStatus
from bot.store import logs
from bot.store.models import ExerciseLog, SetLog, WorkoutSession

# Importing the model here puts report_state into Base.metadata wherever reports load.
from bot.store.report_models import ReportState
from bot.store.rest_timers import RestTimer

DELETE_KINDS = ("log", "all")


# ---------------------------------------------------------------------------------------------
# Training log reads


@dataclass(frozen=True)
class SessionDetail:
    session: WorkoutSession
    exercises: list[tuple[ExerciseLog, list[SetLog]]]


def recent_details(s: Session, user_id: int, limit: int = 5) -> list[SessionDetail]:
    """The last `limit` sessions, newest first, each with its exercises and sets (3 queries)."""
    return _details(s, user_id, logs.recent_sessions(s, user_id, limit))


def day_details(s: Session, user_id: int, day: date) -> list[SessionDetail]:
    """The session of `day` with its exercises and sets, if one was logged or skipped."""
    session = logs.session_on(s, user_id, day)
    return _details(s, user_id, [session] if session is not None else [])


def week_details(s: Session, user_id: int, first: date, last: date) -> list[SessionDetail]:
    """The sessions from `first` to `last`, newest first."""
    stmt = (
        select(WorkoutSession)
        .where(
            WorkoutSession.user_id == user_id,
            WorkoutSession.day >= first,
            WorkoutSession.day <= last,
        )
        .order_by(WorkoutSession.day.desc())
    )
    return _details(s, user_id, list(s.execute(stmt).scalars()))


def move_details(s: Session, user_id: int, exercise_id: str, limit: int) -> list[SessionDetail]:
    """The last `limit` sessions with sets of `exercise_id`, newest first, each with that
    exercise alone."""
    done = (
        select(ExerciseLog.session_id)
        .join(SetLog, SetLog.exercise_log_id == ExerciseLog.id)
        .where(ExerciseLog.user_id == user_id, ExerciseLog.exercise_id == exercise_id)
    )
    stmt = (
        select(WorkoutSession)
        .where(WorkoutSession.user_id == user_id, WorkoutSession.id.in_(done))
        .order_by(WorkoutSession.day.desc())
        .limit(limit)
    )
    found = _details(s, user_id, list(s.execute(stmt).scalars()))
    return [
        SessionDetail(d.session, [(e, x) for e, x in d.exercises if e.exercise_id == exercise_id])
        for d in found
    ]


def _details(s: Session, user_id: int, sessions: list[WorkoutSession]) -> list[SessionDetail]:
    if not sessions:
        return []
    ids = [x.id for x in sessions]
    ex_rows = (
        s.execute(
            select(ExerciseLog)
            .where(ExerciseLog.user_id == user_id, ExerciseLog.session_id.in_(ids))
            .order_by(ExerciseLog.session_id, ExerciseLog.position)
        )
    ).scalars()
    exercises = list(ex_rows)
    set_rows = (
        s.execute(
            select(SetLog)
            .where(
                SetLog.user_id == user_id,
                SetLog.exercise_log_id.in_([e.id for e in exercises] or [-1]),
            )
            .order_by(SetLog.exercise_log_id, SetLog.set_no)
        )
    ).scalars()
    sets_by_ex: dict[int, list[SetLog]] = {}
    for row in set_rows:
        sets_by_ex.setdefault(row.exercise_log_id, []).append(row)
    by_session: dict[int, list[tuple[ExerciseLog, list[SetLog]]]] = {i: [] for i in ids}
    for e in exercises:
        by_session[e.session_id].append((e, sets_by_ex.get(e.id, [])))
    return [SessionDetail(x, by_session[x.id]) for x in sessions]


def export_rows(s: Session, user_id: int) -> list[tuple[SetLog, str | None]]:
    """Every set with what the person typed for its exercise, in training order."""
    stmt = (
        select(SetLog, ExerciseLog.raw_text)
        .join(ExerciseLog, ExerciseLog.id == SetLog.exercise_log_id)
        .where(SetLog.user_id == user_id, ExerciseLog.user_id == user_id)
        .order_by(SetLog.day, ExerciseLog.position, SetLog.exercise_log_id, SetLog.set_no)
    )
    return [(row[0], row[1]) for row in (s.execute(stmt)).all()]


def _unit(value: str | None) -> Unit | None:
    return Unit(value) if value in ("kg", "lb") else None


def logged_sets(s: Session, user_id: int, last: date | None = None) -> list[LoggedSet]:
    """Every set up to `last` (inclusive) as the stats functions take them, with the top of
    its exercise's planned range."""
    stmt = (
        select(SetLog, ExerciseLog.rep_high)
        .join(ExerciseLog, ExerciseLog.id == SetLog.exercise_log_id)
        .where(SetLog.user_id == user_id)
    )
    if last is not None:
        stmt = stmt.where(SetLog.day <= last)
    stmt = stmt.order_by(SetLog.day, SetLog.set_no)
    return [
        LoggedSet(r.day, r.exercise_id, r.set_no, r.reps, r.load, _unit(r.unit), rep_high)
        for r, rep_high in s.execute(stmt).all()
    ]


def done_days(
    s: Session, user_id: int, first: date, last: date, *, extra: bool | None = None
) -> dict[date, int]:
    """Sessions marked done per day between `first` and `last` (inclusive). With `extra`,
    only sessions of single exercises (True) or only the program's sessions (False)."""
    sessions = logs.sessions_between(s, user_id, first, last)
    out: dict[date, int] = {}
    for x in sessions:
        if x.status != SessionStatus.DONE:
            continue
        if extra is not None and (x.session_label == EXTRA_LABEL) != extra:
            continue
        out[x.day] = out.get(x.day, 0) + 1
    return out


def opened_on(s: Session, user_id: int, first: date, last: date) -> dict[date, datetime]:
    """When each day's session between `first` and `last` (inclusive) was opened."""
    return {x.day: x.started_at for x in logs.sessions_between(s, user_id, first, last)}


# ---------------------------------------------------------------------------------------------
# Reports state: chart cooldown and pending deletion


def _state(s: Session, user_id: int) -> ReportState:
    state = s.get(ReportState, user_id)
    if state is None:
        state = ReportState(user_id=user_id)
        s.add(state)
        s.flush()
    return state


def claim_chart(s: Session, user_id: int, now: datetime, cooldown: timedelta) -> timedelta | None:
    """Take this person's chart slot: None when taken, else how long until the next one."""
    state = _state(s, user_id)
    if state.last_chart_at is not None:
        wait = state.last_chart_at + cooldown - now
        if wait > timedelta(0):
            return wait
    state.last_chart_at = now
    return None


def logged_since_chart(s: Session, user_id: int) -> bool:
    """Whether an exercise was saved since the last chart was made (or no chart was)."""
    made = _state(s, user_id).last_chart_at
    if made is None:
        return True
    stmt = select(ExerciseLog.id).where(
        ExerciseLog.user_id == user_id, ExerciseLog.logged_at > made
    )
    return s.execute(stmt.limit(1)).first() is not None


def offer_delete(s: Session, user_id: int, now: datetime, ttl: timedelta) -> str:
    """Start a /delete: a fresh nonce for its buttons; any earlier offer stops working."""
    state = _state(s, user_id)
    state.delete_nonce = secrets.token_hex(4)
    state.delete_kind = None
    state.delete_until = now + ttl
    return state.delete_nonce


def _pending(s: Session, user_id: int, nonce: str, now: datetime) -> ReportState | None:
    state = s.get(ReportState, user_id)
    if (
        state is None
        or state.delete_nonce is None
        or not secrets.compare_digest(state.delete_nonce, nonce)
        or state.delete_until is None
        or now >= state.delete_until
    ):
        return None
    return state


def pick_delete(s: Session, user_id: int, nonce: str, kind: str, now: datetime) -> bool:
    """Record which deletion this person picked on their own live offer."""
    state = _pending(s, user_id, nonce, now)
    if state is None or kind not in DELETE_KINDS:
        return False
    state.delete_kind = kind
    return True


def take_delete(s: Session, user_id: int, nonce: str, now: datetime) -> str | None:
    """The picked deletion if this confirm matches the live offer; the offer is used up."""
    state = _pending(s, user_id, nonce, now)
    if state is None or state.delete_kind is None:
        return None
    kind = state.delete_kind
    _clear_offer(state)
    return kind


def take_offer(s: Session, user_id: int, nonce: str, now: datetime) -> bool:
    """A one-tap deletion (a day's log) on this person's live offer; the offer is used up."""
    state = _pending(s, user_id, nonce, now)
    if state is None:
        return False
    _clear_offer(state)
    return True


def delete_session(s: Session, user_id: int, session_id: int) -> None:
    """One day's session, its entries and their sets (a rest timer running for one too)."""
    ids = select(ExerciseLog.id).where(
        ExerciseLog.user_id == user_id, ExerciseLog.session_id == session_id
    )
    s.execute(delete(RestTimer).where(RestTimer.user_id == user_id, RestTimer.log_id.in_(ids)))
    s.execute(delete(SetLog).where(SetLog.user_id == user_id, SetLog.exercise_log_id.in_(ids)))
    s.execute(
        delete(ExerciseLog).where(
            ExerciseLog.user_id == user_id, ExerciseLog.session_id == session_id
        )
    )
    s.execute(
        delete(WorkoutSession).where(
            WorkoutSession.user_id == user_id, WorkoutSession.id == session_id
        )
    )


def cancel_delete(s: Session, user_id: int, nonce: str, now: datetime) -> bool:
    """The live offer dropped, as a tap on it uses it up."""
    return take_offer(s, user_id, nonce, now)


def _clear_offer(state: ReportState) -> None:
    state.delete_nonce = state.delete_kind = state.delete_until = None


def erase_everything(s: Session, user_id: int) -> None:
    """logs.erase_user, plus this feature's own row."""
    s.execute(delete(ReportState).where(ReportState.user_id == user_id))
    logs.erase_user(s, user_id)
