"""Reps typed for a loaded move with no load known wait for it ("monday: squat 3x10": "What
load did you use for Squat?"). Another exercise typed instead of the load ("hip thrust 50kg
3x10", that day or the next) dropped them without a word, Monday's squat left unlogged.
Now they are saved without a load where the move goes without one (a squat, a hip thrust:
the body's weight, as a push saves them, stale_owed.py), said so before the new entry; a
machine's move, whose stack is always a load, is said not saved, with what to send."""

from __future__ import annotations

from sqlalchemy.orm import Session

from bot.coach.setlog import SetEntry
from bot.coach.status import ExerciseStatus, SessionStatus
from bot.coach.training import goes_unloaded
from bot.runtime.services import Services
from bot.store import logs
from bot.store.models import ExerciseLog, User
from bot.training.logbook_replies import Echo, LoadLeft, NeedLoad, Saved
from bot.training.logbook_steps import day_shown, name_of
from bot.training.targets import sets_text


def load_left(
    svc: Services,
    s: Session,
    user: User,
    log: ExerciseLog,
    waiting: tuple[tuple[SetEntry, ...], str],
    add: bool,
    out: Echo | NeedLoad,
) -> Saved | Echo | NeedLoad:
    """`out` (another exercise typed at the load asked for `log`), after the reps that
    waited for that load, saved without one or said not saved."""
    entries = waiting[0]
    if not entries:
        return out
    day, back = day_shown(svc, s, user, log)
    name = name_of(svc, log.exercise_id)
    if not goes_unloaded(svc.content.exercises[log.exercise_id]):
        when = "" if day is None else " yesterday" if back == 1 else f" {back} days ago"
        reps = " ".join(str(e.reps) for e in entries)
        example = f"{name.lower()} {95 if log.unit == 'lb' else 40}{log.unit} {reps}{when}"
        left = LoadLeft(False, example)
        return Saved(name, sets_text(entries), False, out, day=day, days_back=back, load_left=left)
    session = logs.session_of(s, user.id, log.session_id)
    logs.save_sets(s, log, session.day, entries, waiting[1], svc.clock.now(), add=add)
    if all(x.status != ExerciseStatus.PENDING for x in logs.exercises_of(s, user.id, session.id)):
        logs.finish_session(session, SessionStatus.DONE, svc.clock.now())
    left = LoadLeft(True)
    return Saved(name, sets_text(entries), False, out, day=day, days_back=back, load_left=left)
