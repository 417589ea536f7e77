"""Ending the workout early while logging ("that's all for today", "I have to go"): the
exercises left skipped, an entry waiting for its Save saved, the workout finished."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from sqlalchemy.orm import Session

from bot.coach.setlog import SetEntry
from bot.coach.status import ExerciseStatus
from bot.runtime.services import Services
from bot.store import logs
from bot.store.models import ExerciseLog, User
from bot.training.logbook_day import NOTHING_OWED
from bot.training.logbook_draft import offers_add
from bot.training.logbook_replies import Finished, Saved
from bot.training.logbook_steps import save
from bot.training.logbook_story import back_of
from bot.training.people import expect


def stop_here(
    svc: Services,
    s: Session,
    user: User,
    current: ExerciseLog,
    draft: tuple[tuple[SetEntry, ...], str] | None,
    text: str,
) -> Saved:
    """ "that's all for today", "I have to go": the exercises left are skipped and the workout
    finished. An entry waiting for its Save is saved, as "yes" would: it is what they did."""
    back = back_of(user) if draft is not None else None
    if draft is not None and back is not None:  # at another day's "Save it?": today's ends
        return stop_after(svc, s, user, current, draft, back, text)
    day = logs.session_of(s, user.id, current.session_id).day
    before = svc.clock.now() - timedelta(microseconds=1)  # so Undo offers `current`
    for x in logs.exercises_of(s, user.id, current.session_id):
        if x.status == ExerciseStatus.PENDING and x.id != current.id:
            logs.save_sets(s, x, day, (), None, before)
    entries, raw = draft if draft is not None else ((), text)
    return save(svc, s, user, current, entries, raw, add=draft is not None and offers_add(user))


def stop_after(
    svc: Services,
    s: Session,
    user: User,
    entry: ExerciseLog,
    draft: tuple[tuple[SetEntry, ...], str],
    back: int,
    text: str,
) -> Saved:
    """ "that's all for today" at the "Save it?" of an entry for another day, typed while
    `back` was owed: the entry saved (its day's workout left as its Save leaves it), then
    the workout being logged (`back`'s, today's) finished, what is left of it skipped."""
    saved = save(svc, s, user, entry, draft[0], draft[1], add=offers_add(user))
    owed = logs.exercise_log(s, user.id, back) if back != NOTHING_OWED else None
    exercises = logs.exercises_of(s, user.id, owed.session_id) if owed is not None else []
    left = [x for x in exercises if x.status == ExerciseStatus.PENDING]
    today = stop_here(svc, s, user, left[0], None, text) if left else None
    if today is None:
        expect(user, None)  # "that's all": not that day's next exercise either
    past = saved.then if isinstance(saved.then, Finished) else None
    return replace(saved, then=replace(past, then=today) if past else today)
