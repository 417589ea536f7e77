"""Where typed sets go while logging (bot/training/logbook.py): the day a text names or the
one being logged, the day's entry for the exercise named, the empty bar's load, and what the
reply to them says about the target and about exercises named without sets."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from sqlalchemy.orm import Session

from bot.coach.late_log import late_lead_cut
from bot.coach.move_named import is_variant
from bot.coach.profile import Profile
from bot.coach.progression import floor_load, kit_of
from bot.coach.setlog_day import SaidDay, day_said, month_first
from bot.coach.setlog_story import skipped_in, untold_in
from bot.coach.status import ExerciseStatus
from bot.coach.training import kind_of
from bot.runtime.services import Services
from bot.store import logs
from bot.store.models import ExerciseLog, User
from bot.training.logbook_asked import asked_resolver
from bot.training.logbook_day import session_instead
from bot.training.logbook_named import DayMoves, resolver
from bot.training.logbook_replies import ParseFailed
from bot.training.logbook_steps import Echo, log_for, name_of
from bot.training.logbook_story import queued
from bot.training.people import finished_profile, local_today, logging_today
from bot.training.typed import is_question, opens_asking


def for_target(svc: Services, failed: ParseFailed, log: ExerciseLog) -> ParseFailed:
    """What couldn't be read, with the target of the exercise asked: the examples to type
    have its sets, and a load only when it takes one. (Another exercise's: as they were.)"""
    if failed.name != name_of(svc, log.exercise_id):
        return failed
    weighted = svc.content.exercises[log.exercise_id].loading.value == "weighted"
    sets = log.planned_sets or 3
    return replace(failed, sets=sets, rep_low=log.rep_low, rep_high=log.rep_high, weighted=weighted)


def untold_named(
    svc: Services, s: Session, user: User, shown: Echo, text: str, owed: ExerciseLog | None
) -> Echo:
    """The echo, naming the exercises the text named without their sets (none saved), so
    they are told, never dropped; the exercise being asked for is asked for anyway."""
    log = logs.exercise_log(s, user.id, shown.log_id)
    asked = {owed.exercise_id} if owed else set()
    told = asked | {str(p["ex"]) for p in queued(user)} | ({log.exercise_id} if log else set())
    same_day = owed is not None and log is not None and owed.session_id == log.session_id
    # sets for another day (Saturday's, typed while Monday's step waits): that day's names
    resolve = (
        asked_resolver(svc, s, user, owed)
        if owed and same_day
        else _day_resolver(svc, s, user, log)
    )
    missing = [x for x in untold_in(text, resolve, told) if not _stood_for(svc, s, user, log, x)]
    said_skipped = skipped_in(text, resolve)  # "..., skipped abductions": skipped, as said
    skipped = _skip_said(svc, s, user, log, [x for x in missing if x in said_skipped])
    missing = [x for x in missing if x not in said_skipped]
    untold_names = tuple(name_of(svc, x) for x in missing)
    shown = replace(shown, untold_names=untold_names, skipped_names=skipped)
    if skipped and shown.remark and skipped_in(shown.remark, resolve) and "," not in shown.remark:
        return replace(shown, remark=None)  # "no monster walks" is said as the skip, no remark
    return shown


def _day_resolver(
    svc: Services, s: Session, user: User, log: ExerciseLog | None
) -> Callable[[str], str | None]:
    """Names as the entry's day reads them ("lunges": its walking lunge), as they were read
    for the entry itself (logbook_named.DayMoves)."""
    profile = finished_profile(user)
    if log is None or profile is None:
        return resolver(svc)
    day = logs.session_of(s, user.id, log.session_id).day
    return DayMoves(svc, s, user, profile, day).resolve


def _stood_for(svc: Services, s: Session, user: User, log: ExerciseLog | None, named: str) -> bool:
    """Whether the entry shown is the move named, read as the day's variation of it (a
    barbell "hip thrust" said at home: the day's single-leg hip thrust, logbook_named.py)."""
    profile = finished_profile(user)
    if log is None or profile is None or not is_variant(svc.content, named, log.exercise_id):
        return False
    day = logs.session_of(s, user.id, log.session_id).day
    return profile.place_on(day) not in svc.content.exercises[named].places


def _skip_said(
    svc: Services, s: Session, user: User, log: ExerciseLog | None, said: list[str]
) -> tuple[str, ...]:
    """The moves of the entry's workout still to do that the text said were skipped, each
    recorded as skipped (as its Skip button does), named for the echo."""
    if log is None or not said:
        return ()
    session = logs.session_of(s, user.id, log.session_id)
    held = logs.exercises_of(s, user.id, log.session_id)
    left = [x for x in held if x.exercise_id in said and x.status == ExerciseStatus.PENDING]
    for x in left:
        logs.save_sets(s, x, session.day, (), None, svc.clock.now())
    return tuple(name_of(svc, x.exercise_id) for x in left)


def day_said_in(svc: Services, profile: Profile, text: str) -> tuple[SaidDay | None, str]:
    """The day a log says it was done ("squats 3x10 at 40 yesterday"), and the text without
    it; none for a question ("what did I do yesterday?")."""
    if text.rstrip().endswith("?") or is_question(text) or opens_asking(text):
        return None, text
    today = local_today(profile, svc.clock.now())
    said, cut = day_said(text, today, month_first=month_first(profile.tz))
    return said, late_lead_cut(cut) if said is not None else cut  # "forgot to log sat: ..."


def logging_day(
    svc: Services, s: Session, user: User, profile: Profile, current: ExerciseLog | None
) -> date:
    """The day typed sets go into when no day is said: the one being logged, else last
    night's late workout while it lasts (typed at 00:40 after a 23:30 push), else today."""
    if current is not None:
        return logs.session_of(s, user.id, current.session_id).day
    return logging_today(s, user, profile, svc.clock.now())


def entry_for(
    svc: Services,
    s: Session,
    user: User,
    profile: Profile,
    current: ExerciseLog,
    named: str | None,
) -> ExerciseLog:
    """The day's entry for the exercise a text names (while an entry for another day waits,
    the owed workout's day: session_instead), else the one being logged."""
    if not named or named == current.exercise_id:
        return current
    session_id = session_instead(svc, s, user, profile, current)
    exercises = logs.exercises_of(s, user.id, session_id)
    return log_for(s, user, session_id, exercises, named)


def bar_load(svc: Services, log: ExerciseLog, profile: Profile) -> float | None:
    """The empty bar's load in the person's unit, for a barbell move ("just the bar")."""
    kind = kind_of(svc.content.exercises[log.exercise_id])
    return floor_load(kind, profile.unit) if kit_of(kind) == "barbell" else None
