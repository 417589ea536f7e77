"""An exercise asked on an earlier day and never answered stops being owed once a later
day's workout comes (its push, or /today): otherwise days later "same as last time" or
typed sets went to that old prompt. What was saved then stays saved; an entry typed for
another day on purpose (its way back kept, logbook_day.py) is not released. A setting
being changed meanwhile stays asked, no longer holding that step (held.py)."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy.orm import Session

from bot.coach.schedule import local_date
from bot.coach.setlog import SetEntry
from bot.coach.status import ExerciseStatus, SessionStatus
from bot.store import logs, users
from bot.store.models import ExerciseLog, User
from bot.training import awaiting as wait
from bot.training.awaiting import Awaiting, Mode
from bot.training.held import HELD
from bot.training.logbook_draft import draft_of, entry_in, flag_in, offers_add
from bot.training.logbook_steps import log_for
from bot.training.logbook_story import back_of, sets_of_rows
from bot.training.people import expect


@dataclass(frozen=True)
class Kept:
    """Sets left at an old "Save it?", saved with the exercise of the day they were typed for
    when it was released."""

    exercise_id: str
    day: date
    entries: tuple[SetEntry, ...]
    load_asked: bool = False  # they waited for their load, not their Save: saved without one
    # moves typed in the same message, waiting to be shown next: saved too, never dropped
    then: tuple[tuple[str, tuple[SetEntry, ...]], ...] = ()


def release_earlier_day(
    s: Session, user: User, today: date, now: datetime
) -> tuple[bool, Kept | None]:
    """Stop waiting for an exercise of a day before `today`: whether one was released, and
    the sets that waited for its Save, saved into that day rather than dropped."""
    owed = Awaiting.parse(user.awaiting)
    if owed is not None and owed.mode == Mode.SETTINGS and owed.held is not None:
        return _release_held(s, user, owed, today, now)
    if owed is None or owed.log_id is None or back_of(user) is not None:
        return False, None  # nothing logged is owed, or another day's entry was typed on purpose
    if not _earlier(s, user, owed.log_id, today):
        return False, None
    # the reps typed for it, waiting for their Save or their load, are never dropped
    waiting = user.draft if owed.mode in (Mode.CONFIRM, Mode.LOAD) else None
    kept = _keep_draft(s, user, owed.log_id, waiting, now)
    expect(user, None)
    if kept is not None and owed.mode == Mode.LOAD:
        kept = replace(kept, load_asked=True)
    return True, kept


def _keep_draft(
    s: Session, user: User, log_id: int, draft: str | None, now: datetime
) -> Kept | None:
    """The entry waiting for its Save (`draft`), saved as its Save would have (added to the
    sets the exercise had, or in their place, as the echo said)."""
    waiting = entry_in(draft)
    log = logs.exercise_log(s, user.id, log_id) if waiting and waiting[0] else None
    if waiting is None or log is None:
        return None
    session = logs.session_of(s, user.id, log.session_id)
    logs.save_sets(s, log, session.day, waiting[0], waiting[1], now, add=flag_in(draft, "add"))
    then = _save_queued(s, user, session.id, session.day, draft, waiting[1], now)
    # the Save it waited for would have closed its workout, had it been the last one owed:
    # left open, the day stayed "in progress" and the week's recap counted it not done
    exercises = logs.exercises_of(s, user.id, session.id)
    if session.status == SessionStatus.OPEN and all(
        x.status != ExerciseStatus.PENDING for x in exercises
    ):
        logs.finish_session(session, SessionStatus.DONE, now)
    return Kept(log.exercise_id, session.day, waiting[0], then=then)


def _save_queued(
    s: Session, user: User, session_id: int, day: date, draft: str | None, raw: str, now: datetime
) -> tuple[tuple[str, tuple[SetEntry, ...]], ...]:
    """The moves typed in the same message as the entry waiting ("... single leg hip thrust 15
    15 15, walking lunges 20 20, monster walk 20 20"), still to be shown when the next day's
    workout came: saved into the day as typed (before, they were dropped without a word).
    A move saved since is left as it is."""
    try:
        parts = json.loads(draft or "{}").get("then", [])
    except (ValueError, AttributeError):
        return ()
    saved: list[tuple[str, tuple[SetEntry, ...]]] = []
    exercises = logs.exercises_of(s, user.id, session_id)
    for part in parts if isinstance(parts, list) else []:
        try:
            exercise_id, entries = str(part["ex"]), sets_of_rows(part["sets"])
        except (KeyError, TypeError, ValueError):
            continue
        log = log_for(s, user, session_id, exercises, exercise_id)
        if log not in exercises:
            exercises.append(log)  # added to the day: the next part sees it
        if not entries or log.status == ExerciseStatus.DONE:
            continue
        logs.save_sets(s, log, day, entries, raw, now)
        saved.append((exercise_id, entries))
    return tuple(saved)


def release_unanswered(s: Session, user: User, tz: str, today: date, now: datetime) -> None:
    """Sets typed on a later day than an exercise asked and never answered are that day's:
    the old prompt is owed no more, as a push or /today would have made it. Not while its
    workout was taken up again today ("yesterday squats 3x10": its next one asked); a
    settings question and an entry waiting for its Save or its load are left as they are."""
    owed = Awaiting.parse(user.awaiting)
    if owed is None or owed.mode != Mode.LOG or owed.log_id is None:
        return
    log = logs.exercise_log(s, user.id, owed.log_id)
    if log is None or _last_touched(s, user, log, tz) < today:
        release_earlier_day(s, user, today, now)


def _last_touched(s: Session, user: User, log: ExerciseLog, tz: str) -> date:
    """The local day the exercise's workout was last opened or logged in."""
    session = logs.session_of(s, user.id, log.session_id)
    times = [x.logged_at for x in logs.exercises_of(s, user.id, session.id) if x.logged_at]
    return local_date(max([session.started_at, *times]), tz)


@dataclass(frozen=True)
class StaleEntry:
    """An entry waiting for its Save since an earlier day (its workout untouched today):
    the exercise, its sets and text, whether Save adds them, and the step as it was."""

    log: ExerciseLog
    draft: tuple[tuple[SetEntry, ...], str]
    add: bool
    awaiting: str | None
    raw: str | None


def stale_entry(s: Session, user: User, tz: str, today: date) -> StaleEntry | None:
    """The entry left at an earlier day's "Save it?", if that is what is waited for."""
    owed = Awaiting.parse(user.awaiting)
    if owed is None or owed.mode != Mode.CONFIRM or owed.log_id is None:
        return None
    log = logs.exercise_log(s, user.id, owed.log_id)
    draft = draft_of(user)
    if log is None or draft is None or not draft[0] or back_of(user) is not None:
        return None
    if logs.session_of(s, user.id, log.session_id).day >= today:
        return None
    if _last_touched(s, user, log, tz) >= today:
        return None
    return StaleEntry(log, draft, offers_add(user), user.awaiting, user.draft)


def _release_held(
    s: Session, user: User, owed: Awaiting, today: date, now: datetime
) -> tuple[bool, Kept | None]:
    held = owed.held
    if held is None or held.log_id is None or not _earlier(s, user, held.log_id, today):
        return False, None
    try:
        draft = json.loads(user.draft or "{}")
    except ValueError:
        draft = {}
    draft = draft if isinstance(draft, dict) else {}
    if '"back"' in str(draft.get(HELD, "")):
        return False, None  # another day's entry typed on purpose, held: it stays
    step = draft.get(HELD) if held.mode == Mode.CONFIRM else None
    saved = _keep_draft(s, user, held.log_id, step if isinstance(step, str) else None, now)
    kept = {k: v for k, v in draft.items() if k != HELD}
    users.set_awaiting(user, str(wait.settings(owed.key)), json.dumps(kept) if kept else None)
    return True, saved


def _earlier(s: Session, user: User, log_id: int, today: date) -> bool:
    """Whether the exercise log is of a day before `today` (or gone)."""
    log = logs.exercise_log(s, user.id, log_id)
    return log is None or logs.session_of(s, user.id, log.session_id).day < today
