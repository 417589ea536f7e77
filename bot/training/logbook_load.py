"""The buttons under "What load did you use?" (log_need_load): the load the move was last
done with, or no extra load. Either saves the sets, the reps typed before the load was
asked when some wait, else the plan's, and moves the log on, as a load typed and saved
would. (Skip under it is the exercise's own Skip.)"""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy.orm import Session

from bot.coach.profile import Unit
from bot.coach.training import goes_unloaded
from bot.runtime.services import Services
from bot.store import logs
from bot.store.models import ExerciseLog, User
from bot.training.logbook_draft import draft_of
from bot.training.logbook_planned import as_planned
from bot.training.logbook_replies import Saved
from bot.training.logbook_story import save_then_queued

# The choices' callback actions: "lg:<action>:<exercise_log_id>".
LAST_LOAD, NO_LOAD = "ll", "nl"


def load_tapped(
    svc: Services, s: Session, user: User, log: ExerciseLog, action: str
) -> Saved | None:
    """The sets saved at the load chosen; None when the choice isn't one this move has."""
    waiting = draft_of(user)  # "12 10 8" typed first: those reps, at the load tapped
    entries = waiting[0] if waiting and waiting[0] else as_planned(svc, s, user, log)
    raw = waiting[1] if waiting and waiting[0] else None
    if action == LAST_LOAD:
        day = logs.session_of(s, user.id, log.session_id).day
        last = logs.last_load(s, user.id, log.exercise_id, day)
        if last is None:
            return None
        loaded = tuple(replace(e, load=last[0], unit=Unit(last[1])) for e in entries)
        return save_then_queued(svc, s, user, log, loaded, raw)
    if action == NO_LOAD and goes_unloaded(svc.content.exercises[log.exercise_id]):
        unloaded = tuple(replace(e, load=None, unit=None) for e in entries)
        return save_then_queued(svc, s, user, log, unloaded, raw)
    return None
