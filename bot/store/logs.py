"""The training log: sessions, exercises and sets, read and written for one user at a time.

Every function takes the user id the update came from; nothing here looks rows up by an id
a person could have typed or forged without also matching that user.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import bindparam, delete, func, insert, select
from sqlalchemy.orm import Session

from bot.coach.profile import Unit
from bot.coach.setlog import SetEntry
from bot.coach.status import ExerciseStatus, SessionStatus
from bot.store.loads import loaded_before
from bot.store.models import (
    Delivery,
    ExerciseLog,
    SetLog,
    UnansweredQuestion,
    User,
    WorkoutSession,
)
from bot.store.rest_timers import RestTimer


@dataclass(frozen=True)
class PlanRow:
    exercise_id: str
    sets: int
    rep_low: int
    rep_high: int
    load: float | None
    unit: str
    rest_seconds: int | None = None


_SESSION_ON = select(WorkoutSession).where(
    WorkoutSession.user_id == bindparam("user_id"), WorkoutSession.day == bindparam("day")
)


def session_on(s: Session, user_id: int, day: date) -> WorkoutSession | None:
    return s.execute(_SESSION_ON, {"user_id": user_id, "day": day}).scalar_one_or_none()


def open_session(
    s: Session,
    user_id: int,
    day: date,
    program_id: str,
    label: str,
    plan: Sequence[PlanRow],
    now: datetime,
) -> WorkoutSession:
    """The day's session, created with its planned exercises on first use."""
    session = session_on(s, user_id, day)
    if session is not None:
        if session.status == SessionStatus.SKIPPED:
            session.status = SessionStatus.OPEN
        return session
    session = WorkoutSession(
        user_id=user_id,
        day=day,
        program_id=program_id,
        session_label=label,
        status=SessionStatus.OPEN,
        started_at=now,
    )
    s.add(session)
    s.flush()
    s.add_all(_planned(session.id, user_id, position, row) for position, row in enumerate(plan))
    s.flush()
    return session


def _planned(session_id: int, user_id: int, position: int, row: PlanRow) -> ExerciseLog:
    return ExerciseLog(
        session_id=session_id,
        user_id=user_id,
        exercise_id=row.exercise_id,
        position=position,
        planned_sets=row.sets,
        rep_low=row.rep_low,
        rep_high=row.rep_high,
        planned_load=row.load,
        unit=row.unit,
        status=ExerciseStatus.PENDING,
        rest_seconds=row.rest_seconds,
    )


_EXERCISES_OF = (
    select(ExerciseLog)
    .where(
        ExerciseLog.session_id == bindparam("session_id"),
        ExerciseLog.user_id == bindparam("user_id"),
    )
    .order_by(ExerciseLog.position)
)
_EXERCISE_LOG = select(ExerciseLog).where(
    ExerciseLog.id == bindparam("log_id"), ExerciseLog.user_id == bindparam("user_id")
)


def exercises_of(s: Session, user_id: int, session_id: int) -> list[ExerciseLog]:
    params = {"session_id": session_id, "user_id": user_id}
    return list(s.scalars(_EXERCISES_OF, params))


def exercise_log(s: Session, user_id: int, log_id: int) -> ExerciseLog | None:
    params = {"log_id": log_id, "user_id": user_id}
    return s.execute(_EXERCISE_LOG, params).scalar_one_or_none()


def sets_of(s: Session, exercise_log_id: int) -> list[SetLog]:
    stmt = select(SetLog).where(SetLog.exercise_log_id == exercise_log_id).order_by(SetLog.set_no)
    return list((s.execute(stmt)).scalars())


def save_sets(
    s: Session,
    log: ExerciseLog,
    day: date,
    sets: Sequence[SetEntry],
    raw: str | None,
    now: datetime,
    *,
    add: bool = False,
) -> None:
    """Record what was done for one exercise: with `add`, these sets follow the ones saved
    before (more sets done later); else they replace any earlier entry (a correction). The
    entry as it was is kept, for Undo to put back."""
    # only a done entry has sets: the first save of an exercise costs no extra query
    earlier = sets_of(s, log.id) if log.status == ExerciseStatus.DONE else []
    kept = earlier if add and sets else []
    log.before_save = _snapshot(log, earlier, kept=len(kept))
    if not kept:
        s.execute(delete(SetLog).where(SetLog.exercise_log_id == log.id))
    earlier = kept
    _insert_sets(s, log, day, sets, first=len(earlier) + 1)
    log.status = ExerciseStatus.DONE if sets or earlier else ExerciseStatus.SKIPPED
    typed = " + ".join(x for x in ((log.raw_text if earlier else None), raw) if x)
    log.raw_text = typed[:500] or None
    log.logged_at = now
    log.times_logged = (log.times_logged or 0) + 1


def _insert_sets(
    s: Session, log: ExerciseLog, day: date, sets: Sequence[SetEntry], *, first: int
) -> None:
    if sets:  # one executemany, not one INSERT per set
        s.execute(
            insert(SetLog),
            [
                {
                    "exercise_log_id": log.id,
                    "user_id": log.user_id,
                    "day": day,
                    "exercise_id": log.exercise_id,
                    "set_no": number,
                    "reps": entry.reps,
                    "load": entry.load,
                    "unit": entry.unit.value if entry.unit else None,
                }
                for number, entry in enumerate(sets, start=first)
            ],
        )


def _snapshot(log: ExerciseLog, rows: Sequence[SetLog], *, kept: int) -> str:
    return json.dumps(
        {
            "status": log.status,
            "raw": log.raw_text,
            "at": log.logged_at.isoformat() if log.logged_at else None,
            "sets": [[r.reps, r.load, r.unit] for r in rows],
            "kept": kept,  # sets the save added to: the first `kept` are those saved before
        }
    )


def sets_kept(log: ExerciseLog) -> int:
    """How many of the entry's sets were there before its latest save added to them (0
    when that save replaced them, or can't be told)."""
    try:
        kept = json.loads(log.before_save or "").get("kept", 0)
    except (ValueError, AttributeError):
        return 0
    return kept if isinstance(kept, int) else 0


def undo_save(s: Session, log: ExerciseLog, day: date) -> None:
    """Put the entry back as it was before its latest save (sets saved earlier come back,
    sets added go); an entry saved before that was kept is cleared instead. Once."""
    try:
        was = json.loads(log.before_save or "")
        rows = [SetEntry(int(r), w, Unit(u) if u else None) for r, w, u in was["sets"]]
        at = datetime.fromisoformat(was["at"]) if was["at"] else None
        status, raw = str(was["status"]), was["raw"]
    except (ValueError, TypeError, KeyError):
        clear_exercise(s, log)
        return
    s.execute(delete(SetLog).where(SetLog.exercise_log_id == log.id))
    _insert_sets(s, log, day, rows, first=1)
    log.status, log.raw_text, log.logged_at, log.before_save = status, raw, at, None


def clear_exercise(s: Session, log: ExerciseLog) -> None:
    s.execute(delete(SetLog).where(SetLog.exercise_log_id == log.id))
    log.status = ExerciseStatus.PENDING
    log.raw_text = None
    log.logged_at = None
    log.before_save = None


def last_logged(s: Session, user_id: int) -> ExerciseLog | None:
    """The exercise entry this person logged most recently (for undo)."""
    stmt = (
        select(ExerciseLog)
        .where(ExerciseLog.user_id == user_id, ExerciseLog.logged_at.is_not(None))
        .order_by(ExerciseLog.logged_at.desc(), ExerciseLog.id.desc())
        .limit(1)
    )
    return (s.execute(stmt)).scalar_one_or_none()


def last_load(s: Session, user_id: int, exercise_id: str, before: date) -> tuple[float, str] | None:
    """The load this exercise was last done with before `before` (and its unit), however
    long ago: the last time it may have gone without one."""
    stmt = (
        loaded_before(user_id, exercise_id, before)
        .order_by(SetLog.day.desc(), SetLog.id.desc())
        .limit(1)
    )
    row = s.execute(stmt).first()
    return (float(row.load), str(row.unit)) if row is not None and row.unit else None


def previous_done(
    s: Session, user_id: int, exercise_id: str, before: date
) -> tuple[ExerciseLog, list[SetLog]] | None:
    """The last time this exercise was done before `before`, with its sets."""
    return (previous_done_many(s, user_id, [exercise_id], before)).get(exercise_id)


# The hot reads of every set log and Save, built once: constructing a statement costs more
# CPU than running it; only the parameters change between calls.
_NEWEST_FIRST = func.row_number().over(
    partition_by=ExerciseLog.exercise_id,
    order_by=(WorkoutSession.day.desc(), ExerciseLog.id.desc()),
)
_RANKED = (
    select(ExerciseLog.id, _NEWEST_FIRST.label("rank"))
    .join(WorkoutSession, WorkoutSession.id == ExerciseLog.session_id)
    .where(
        ExerciseLog.user_id == bindparam("user_id"),
        ExerciseLog.exercise_id.in_(bindparam("exercise_ids", expanding=True)),
        ExerciseLog.status == ExerciseStatus.DONE,
        WorkoutSession.day < bindparam("before"),
    )
    .subquery()
)
_LAST_DONE = (
    select(ExerciseLog).join(_RANKED, _RANKED.c.id == ExerciseLog.id).where(_RANKED.c.rank == 1)
)
_SETS_OF = (
    select(SetLog)
    .where(SetLog.exercise_log_id.in_(bindparam("log_ids", expanding=True)))
    .order_by(SetLog.exercise_log_id, SetLog.set_no)
)


def previous_done_many(
    s: Session, user_id: int, exercise_ids: Sequence[str], before: date
) -> dict[str, tuple[ExerciseLog, list[SetLog]]]:
    """For each exercise, the last time it was done before `before`, with its sets; those
    never done are left out. Two queries however many exercises a workout has."""
    if not exercise_ids:
        return {}
    params = {"user_id": user_id, "exercise_ids": list(exercise_ids), "before": before}
    found = list(s.scalars(_LAST_DONE, params))
    if not found:
        return {}
    sets: dict[int, list[SetLog]] = {log.id: [] for log in found}
    rows = s.scalars(_SETS_OF, {"log_ids": list(sets)})
    for row in rows:
        sets[row.exercise_log_id].append(row)
    return {log.exercise_id: (log, sets[log.id]) for log in found}


def sessions_between(s: Session, user_id: int, first: date, last: date) -> list[WorkoutSession]:
    stmt = (
        select(WorkoutSession)
        .where(
            WorkoutSession.user_id == user_id,
            WorkoutSession.day >= first,
            WorkoutSession.day <= last,
        )
        .order_by(WorkoutSession.day)
    )
    return list((s.execute(stmt)).scalars())


def recent_sessions(s: Session, user_id: int, limit: int = 5) -> list[WorkoutSession]:
    stmt = (
        select(WorkoutSession)
        .where(WorkoutSession.user_id == user_id)
        .order_by(WorkoutSession.day.desc())
        .limit(limit)
    )
    return list((s.execute(stmt)).scalars())


def count_sets(s: Session, user_id: int) -> int:
    stmt = select(func.count()).select_from(SetLog).where(SetLog.user_id == user_id)
    return int((s.execute(stmt)).scalar_one())


# Trained at all: a set saved or a session finished with something done. Skips, moves and
# a session opened with nothing entered are not training (bot/training/people.py: planning).
_TRAINED = select(
    select(SetLog.id).where(SetLog.user_id == bindparam("user_id")).exists()
    | select(WorkoutSession.id)
    .where(
        WorkoutSession.user_id == bindparam("user_id"),
        WorkoutSession.status == SessionStatus.DONE.value,
    )
    .exists()
)


def last_trained_before(s: Session, user_id: int, day: date) -> date | None:
    """The last day before `day` with training logged: a set, or a session done."""
    sets = select(func.max(SetLog.day)).where(SetLog.user_id == user_id, SetLog.day < day)
    done = select(func.max(WorkoutSession.day)).where(
        WorkoutSession.user_id == user_id,
        WorkoutSession.day < day,
        WorkoutSession.status == SessionStatus.DONE.value,
    )
    found = [d for d in (s.scalar(sets), s.scalar(done)) if d is not None]
    return max(found) if found else None


def has_trained(s: Session, user_id: int) -> bool:
    """Whether the person has logged any training: a set, or a session done."""
    return bool(s.execute(_TRAINED, {"user_id": user_id}).scalar_one())


def count_sessions(s: Session, user_id: int) -> int:
    """Sessions in the log: opened, done or skipped, with or without sets."""
    stmt = select(func.count()).select_from(WorkoutSession).where(WorkoutSession.user_id == user_id)
    return int((s.execute(stmt)).scalar_one())


def wipe_log(s: Session, user_id: int) -> None:
    """Delete the training log (and a rest timer running for it), keep the profile."""
    s.execute(delete(RestTimer).where(RestTimer.user_id == user_id))
    s.execute(delete(SetLog).where(SetLog.user_id == user_id))
    s.execute(delete(ExerciseLog).where(ExerciseLog.user_id == user_id))
    s.execute(delete(WorkoutSession).where(WorkoutSession.user_id == user_id))


def erase_user(s: Session, user_id: int) -> None:
    """Delete everything stored about this person."""
    wipe_log(s, user_id)
    s.execute(delete(Delivery).where(Delivery.user_id == user_id))
    s.execute(delete(UnansweredQuestion).where(UnansweredQuestion.user_id == user_id))
    s.execute(delete(User).where(User.id == user_id))


def set_session_status(session: WorkoutSession, status: SessionStatus) -> None:
    session.status = status


def finish_session(session: WorkoutSession, status: SessionStatus, now: datetime) -> None:
    session.status = status
    session.finished_at = now


def session_of(s: Session, user_id: int, session_id: int) -> WorkoutSession:
    """One of this person's sessions; no query when the unit of work already loaded it."""
    session = s.get(WorkoutSession, session_id)
    if session is None or session.user_id != user_id:
        raise LookupError(f"no session {session_id} for this user")
    return session


def add_exercise(
    s: Session, session_id: int, user_id: int, position: int, row: PlanRow
) -> ExerciseLog:
    """An exercise the plan didn't have, added to a session at `position` (id assigned)."""
    log = _planned(session_id, user_id, position, row)
    s.add(log)
    s.flush()
    return log


def swap_exercise(log: ExerciseLog, exercise_id: str) -> None:
    """Do `exercise_id` instead, remembering what the plan had (the first swap's original)."""
    log.swapped_from = log.swapped_from or log.exercise_id
    log.exercise_id = exercise_id


def put_last(s: Session, log: ExerciseLog) -> None:
    """Move an entry to the end of its session's order ("can I do this one later?")."""
    held = exercises_of(s, log.user_id, log.session_id)
    log.position = max(x.position for x in held) + 1
    s.flush()


def retarget(log: ExerciseLog, load: float | None, unit: str, reps: tuple[int, int]) -> None:
    """A new target for an entry still to do (a move swapped in, by its own history)."""
    log.planned_load = load
    log.unit = unit
    log.rep_low, log.rep_high = reps


def keep_raw_text(log: ExerciseLog, raw: str) -> None:
    """What the person typed, kept even when it could not be read; an entry saved (asked
    for again) keeps the text it was saved with."""
    if log.status == ExerciseStatus.PENDING:
        log.raw_text = raw[:500]


def keep_remark(log: ExerciseLog, raw: str) -> None:
    """A remark typed with a whole day's log ("did it all 👍 bit tired today"), kept with an
    entry saved from it that has no typed text of its own."""
    if log.raw_text is None:
        log.raw_text = raw[:500]
