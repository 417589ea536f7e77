"""The remark typed after a whole workout told in a few words ("did it all 👍 bit tired
today", "done!! legs are shaking") is kept with what it saved, as a remark typed with sets
is kept (the export's Notes), and said so. whole_day.py saves the day; it dropped the
remark silently. A question asked after it ("Done. It was hard but I managed. What is
RPE?") is answered beneath, as one typed with sets is (remark_asked.py)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy.orm import Session

from bot.coach.status import ExerciseStatus
from bot.runtime.services import Services
from bot.store import logs
from bot.store.models import User
from bot.training import whole_day
from bot.training.awaiting import LOGGING_MODES, Awaiting, Mode
from bot.training.logbook_draft import draft_of
from bot.training.logbook_named import told_exercise
from bot.training.logbook_steps import save
from bot.training.outcomes import Outcome
from bot.training.people import finished_profile
from bot.training.remark_asked import answer_in
from bot.training.whole_day_extra import rest_told


@dataclass(frozen=True)
class DayNoted:
    day: whole_day.WholeDay
    remark: str | None  # kept with the entries the message saved
    answer: Outcome | None = None  # a question asked after it ("What is RPE?"), answered
    yesterday: bool = False  # "did it all yesterday, legs are dead": kept with that day's


def at_step(svc: Services, s: Session, user: User, text: str) -> DayNoted | None:
    """At a move's step of the day's workout, "supermans 15 15, rest all done": that move as
    typed and the rest as planned, as told outside logging (before, the superman alone was
    shown to save, "rest all done" its note). At "Save it?" the sets shown are saved first,
    unless the move is told again; at its load question it is asked after the rest."""
    owed = Awaiting.parse(user.awaiting)
    profile = finished_profile(user)
    if owed is None or owed.mode not in LOGGING_MODES or owed.log_id is None or profile is None:
        return None
    log = logs.exercise_log(s, user.id, owed.log_id)
    if log is None or not rest_told(text):
        return None
    if logs.session_of(s, user.id, log.session_id).day != whole_day.day_told(svc, profile, text):
        return None
    shown = draft_of(user) if owed.mode == Mode.CONFIRM else None
    if shown is None or told_exercise(svc, text) == log.exercise_id:  # retyped: as told
        return on_text(svc, s, user, text, at_step=True)
    kept = save(svc, s, user, log, shown[0], shown[1])  # at its "Save it?": the sets shown
    noted = on_text(svc, s, user, text, at_step=True)
    if noted is None:
        return None
    day = noted.day
    day = replace(day, saved=((kept.name, kept.sets), *day.saved), typed=(kept.name, *day.typed))
    return replace(noted, day=day)


def on_text(
    svc: Services, s: Session, user: User, text: str, *, at_step: bool = False
) -> DayNoted | None:
    profile = finished_profile(user)
    day = whole_day.day_told(svc, profile, text) if profile is not None else None
    done_before = _done_ids(s, user, day)
    saved = whole_day.on_text(svc, s, user, text, at_step=at_step)
    if saved is None:
        return None
    remark = whole_day.remark_of(whole_day.without_day(text))
    if remark is None or day is None:
        return DayNoted(saved, None)
    session = logs.session_on(s, user.id, day)
    for log in logs.exercises_of(s, user.id, session.id) if session else []:
        if log.status == ExerciseStatus.DONE and log.id not in done_before:
            logs.keep_remark(log, text)
    answered = answer_in(svc, user, remark)
    yesterday = whole_day.said_yesterday(text)
    if answered is None:
        return DayNoted(saved, remark, yesterday=yesterday)
    asked, answer = answered
    kept = remark[: remark.rfind(asked)].strip() or None  # the note without the question
    return DayNoted(saved, kept, answer, yesterday)


def _done_ids(s: Session, user: User, day: date | None) -> set[int]:
    """The day's entries already saved (or skipped) before the message."""
    session = logs.session_on(s, user.id, day) if day is not None else None
    if session is None:
        return set()
    exercises = logs.exercises_of(s, user.id, session.id)
    return {x.id for x in exercises if x.status != ExerciseStatus.PENDING}
