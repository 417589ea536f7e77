"""/log and /undo: today's entries, each with an edit button, and taking back the last one."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from bot.coach.status import ExerciseStatus
from bot.runtime.services import Services
from bot.store import logs
from bot.training.logbook_buttons import draft_undone
from bot.training.logbook_replies import Fix, NothingToUndo, Undone
from bot.training.logbook_sets import set_undone
from bot.training.logbook_steps import name_of
from bot.training.logbook_undo import undo_last
from bot.training.people import Caller, local_today, night_of, onboarded
from bot.training.targets import entries_of, sets_text


@dataclass(frozen=True)
class LogLine:
    log_id: int
    name: str
    status: ExerciseStatus
    sets: str


@dataclass(frozen=True)
class TodayLog:
    """/log: each exercise of today's session with what was entered, and an edit button."""

    lines: tuple[LogLine, ...]
    night: bool = False  # after midnight, before today holds anything: last night's workout


@dataclass(frozen=True)
class NothingToday:
    """/log before anything was logged today, with a button to start."""

    day: date


def today_log(svc: Services, s: Session, caller: Caller) -> TodayLog | NothingToday | None:
    """/log: today's entries; None without a finished setup."""
    found = onboarded(s, caller, svc.clock.now())
    if found is None:
        return None
    user, profile = found
    now = svc.clock.now()
    day = local_today(profile, now)
    session = logs.session_on(s, user.id, day)
    night = night_of(profile, now)
    late = logs.session_on(s, user.id, night) if session is None and night else None
    session = session or late
    if session is None:
        return NothingToday(day)
    lines = tuple(
        LogLine(
            x.id,
            name_of(svc, x.exercise_id),
            ExerciseStatus(x.status),
            sets_text(entries_of(logs.sets_of(s, x.id))),
        )
        for x in logs.exercises_of(s, user.id, session.id)
    )
    return TodayLog(lines, night=late is not None)


def undo(svc: Services, s: Session, caller: Caller) -> Fix | Undone | NothingToUndo | None:
    """/undo: take back the last entry; None without a finished setup."""
    found = onboarded(s, caller, svc.clock.now())
    if found is None:
        return None
    user = found[0]
    return draft_undone(svc, s, user) or set_undone(svc, s, user) or undo_last(svc, s, user)
