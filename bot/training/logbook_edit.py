"""The wait for an exercise's numbers after ✎ on /log (asked for again: what is typed for it
replaces its saved sets) ends when the person moves on: a command, a button about anything
else, a question, talk, or a message naming another exercise. Only what is plainly numbers
(or a done / skip) for the edited exercise is read as its edit. The wait goes back to the
first exercise still pending, as before the ✎, without a word."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy.orm import Session

from bot.coach.profile import Profile
from bot.coach.setlog import LogParseError, parse_log
from bot.coach.setlog_story import named_in
from bot.coach.smalltalk import understand
from bot.coach.status import ExerciseStatus
from bot.runtime.services import Services
from bot.store import logs, users
from bot.store.models import ExerciseLog, User
from bot.training import awaiting
from bot.training.awaiting import Awaiting, Mode
from bot.training.logbook_draft import offers_add, one_by_one
from bot.training.logbook_named import NOT_TALK, resolver
from bot.training.parts import id_part
from bot.training.people import Caller, expect
from bot.training.targets import planned_of
from bot.training.typed import has_digit, is_question

ButtonStep = Callable[[Services, Session, User, list[str]], Any]


def edited(s: Session, user: User) -> ExerciseLog | None:
    """The exercise asked for again whose numbers are awaited, if that is the wait."""
    owed = Awaiting.parse(user.awaiting)
    if owed is None or owed.mode not in (Mode.LOG, Mode.LOAD) or owed.log_id is None:
        return None
    log = logs.exercise_log(s, user.id, owed.log_id)
    if log is None or log.status == ExerciseStatus.PENDING or offers_add(user):
        return None  # offers_add: logged again by name, asked "add or replace?" (Fix)
    if one_by_one(user):
        return None  # logged one set at a time: the next set is awaited, not an edit
    return log


def end_edit(s: Session, user: User, keep: int | None = None) -> None:
    """End the wait for the edited exercise's numbers (unless it is `keep`'s)."""
    log = edited(s, user)
    if log is None or log.id == keep:
        return
    pending = [
        x for x in logs.exercises_of(s, user.id, log.session_id)
        if x.status == ExerciseStatus.PENDING
    ]  # fmt: skip
    expect(user, awaiting.exercise(pending[0].id) if pending else None)


def on_command(svc: Services, s: Session, caller: Caller) -> None:
    """A command: the person moved on."""
    user = users.get_user(s, caller.user_id)
    if user is not None:
        end_edit(s, user)


def ends_edit(step: ButtonStep) -> ButtonStep:
    """A button family's step, after ending an edit wait, unless the press acts on the
    exercise being edited (its own done / skip / rest buttons)."""

    def step_after(svc: Services, s: Session, user: User, parts: list[str]) -> Any:
        end_edit(s, user, keep=_log_pressed(parts))
        return step(svc, s, user, parts)

    return step_after


def _log_pressed(parts: list[str]) -> int | None:
    if parts[:1] == ["lg"] and len(parts) >= 3:
        return id_part(parts[2])
    if parts[:1] == ["rest"] and len(parts) >= 2:
        return id_part(parts[1])
    return None


def moved_on(svc: Services, profile: Profile, log: ExerciseLog, text: str) -> bool:
    """Whether text typed while `log`'s numbers are awaited is about something else: a
    question, talk, another exercise named, or words that are no numbers."""
    if text.rstrip().endswith("?") or is_question(text):
        return True
    named = named_in(text, resolver(svc))
    if named is not None and named != log.exercise_id:
        return True
    try:
        parse_log(
            text,
            unit=profile.unit,
            planned=planned_of(log),
            resolve_exercise=resolver(svc),
            current_exercise=log.exercise_id,
        )
    except LogParseError:  # "40kg 10 banana 10": numbers meant for it, said unreadable
        return not has_digit(text) or understand(text) not in NOT_TALK
    return False
