"""Taking back what was logged last (/undo, "undo", an Undo button): the entry, and the
exercise asked again."""

from __future__ import annotations

from sqlalchemy.orm import Session

from bot.coach.status import ExerciseStatus, SessionStatus
from bot.runtime.services import Services
from bot.store import logs
from bot.store.models import User
from bot.training.logbook_replies import NothingToUndo, Undone
from bot.training.logbook_steps import ask, name_of
from bot.training.people import expect
from bot.training.targets import entries_of, sets_text


def undo_last(
    svc: Services, s: Session, user: User, only: int | None = None, stamp: int | None = None
) -> Undone | NothingToUndo:
    """Take back the most recent entry and ask for that exercise again. With `only` (an Undo
    button's entry id), only that entry and only while it is still the newest; with `stamp`
    too, only the logging the button was made for: a second tap, or an old button after the
    exercise was logged again, takes back nothing."""
    last = logs.last_logged(s, user.id)
    if last is None or (only is not None and last.id != only):
        return NothingToUndo()
    if stamp is not None and last.times_logged != stamp:
        return NothingToUndo()
    name = name_of(svc, last.exercise_id)
    session = logs.session_of(s, user.id, last.session_id)
    logs.undo_save(s, last, session.day)
    exercises = logs.exercises_of(s, user.id, last.session_id)
    if last.status != ExerciseStatus.PENDING:  # the sets saved before are back
        back = sets_text(entries_of(logs.sets_of(s, last.id)))
        pending = [x for x in exercises if x.status == ExerciseStatus.PENDING]
        then = ask(svc, s, user, pending[0], exercises) if pending else None
        if then is None:
            expect(user, None)
        return Undone(name, then, back if last.status == ExerciseStatus.DONE else None)
    if session.status == SessionStatus.DONE:
        logs.set_session_status(session, SessionStatus.OPEN)
    return Undone(name, ask(svc, s, user, last, exercises))
