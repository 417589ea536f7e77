"""What "done as planned" records for an exercise (the plan at its prescribed load, else last
time's), and when its load is asked instead: a loaded move with no load known, or reps typed
alone for one. A move last done with no load is taken as bodyweight again, said so."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import replace

from sqlalchemy.orm import Session

from bot.coach.profile import Unit
from bot.coach.setlog import SetEntry
from bot.coach.training import goes_unloaded, planned_sets
from bot.runtime.services import Services
from bot.store import logs
from bot.store.models import ExerciseLog, User
from bot.training import awaiting
from bot.training.logbook_draft import offers_add
from bot.training.logbook_replies import NeedLoad
from bot.training.people import expect, local_today, profile_of
from bot.training.targets import planned_of
from bot.training.typed import no_load_said


def planned_or_load(
    svc: Services, s: Session, user: User, log: ExerciseLog
) -> tuple[SetEntry, ...] | NeedLoad:
    """What "done as planned" (tapped or typed) records; a loaded exercise with no load known
    asks for the load instead, since reps alone would leave the coach nothing to progress
    from."""
    entries = as_planned(svc, s, user, log)
    weighted = svc.content.exercises[log.exercise_id].loading.value == "weighted"
    if weighted and entries and entries[0].load is None and not bodyweight_last(svc, s, user, log):
        expect(user, awaiting.load(log.id))  # a bare number typed next is that load
        return need_load(svc, s, user, log)
    return entries


def bodyweight_last(svc: Services, s: Session, user: User, log: ExerciseLog) -> bool:
    """Whether the move, one that can go without a load, was last done with none ("No extra
    load" tapped): sets without a load are bodyweight again, not asked about every time."""
    if not goes_unloaded(svc.content.exercises[log.exercise_id]):
        return False
    day = logs.session_of(s, user.id, log.session_id).day
    last = logs.previous_done(s, user.id, log.exercise_id, day)
    return last is not None and bool(last[1]) and all(r.load is None for r in last[1])


def bodyweight_again(
    svc: Services, s: Session, user: User, log: ExerciseLog, entries: Sequence[SetEntry], raw: str
) -> bool:
    """Whether sets of a loaded move, with no load said, are taken as bodyweight because it
    was last time (bodyweight_last): the echo says so, for a load to be fixed in."""
    weighted = svc.content.exercises[log.exercise_id].loading.value == "weighted"
    if not weighted or not entries or any(e.load is not None for e in entries):
        return False
    return not no_load_said(raw) and bodyweight_last(svc, s, user, log)


def need_load(svc: Services, s: Session, user: User, log: ExerciseLog) -> NeedLoad:
    """The load asked, with what can be tapped instead of typing it: the load the move was
    last done with, if ever, and no extra load where the move can go without one."""
    day = logs.session_of(s, user.id, log.session_id).day
    last = logs.last_load(s, user.id, log.exercise_id, day)
    card = svc.content.exercises[log.exercise_id]
    profile = profile_of(user)
    today = local_today(profile, svc.clock.now()) if profile is not None else day
    return NeedLoad(
        svc.content.exercises[log.exercise_id].name,
        log.rep_high,
        log.unit,
        log_id=log.id,
        last_load=f"{last[0]:g} {last[1]}" if last else None,
        no_load_ok=goes_unloaded(card),
        day=day if day != today else None,  # "for Monday's Squat": not today's to fill in
    )


def load_for_reps(
    svc: Services, s: Session, user: User, log: ExerciseLog, entries: Sequence[SetEntry], raw: str
) -> NeedLoad | None:
    """Reps typed for a loaded exercise with no load said and none planned ("12 12 12" on a
    first squat, or with the target set before the last loaded session was logged): the
    load is asked for, with last time's to tap, and the reps wait for it. None when a load
    is planned, or the exercise takes none or went without one last time."""
    if any(e.load is not None for e in entries):
        return None
    known = planned_or_load(svc, s, user, log)
    if (
        not isinstance(known, NeedLoad)
        and log.planned_load is None
        and _loaded(svc, s, user, log, known)
    ):
        known = need_load(svc, s, user, log)  # only last time's: never guessed onto the reps
    if not isinstance(known, NeedLoad):
        return None
    sets = [[e.reps, None, None] for e in entries]
    offer = {"add": True} if offers_add(user) else {}  # Fix at "add or replace?": still asked
    expect(user, awaiting.load(log.id), json.dumps({"sets": sets, "raw": raw} | offer))
    return known


def _loaded(
    svc: Services, s: Session, user: User, log: ExerciseLog, planned: Sequence[SetEntry]
) -> bool:
    """Whether "done as planned" would take last time's load; for an extra planning no
    sets, whether the move is a loaded one (not last done with none)."""
    if planned:
        return bool(planned[0].load)
    card = svc.content.exercises[log.exercise_id]
    return card.loading.value == "weighted" and not bodyweight_last(svc, s, user, log)


def as_planned(svc: Services, s: Session, user: User, log: ExerciseLog) -> tuple[SetEntry, ...]:
    """What "done as planned" records: every planned set at the top of the range, at the
    prescribed load, else at last time's load for a loaded exercise."""
    planned = planned_of(log)
    weighted = svc.content.exercises[log.exercise_id].loading.value == "weighted"
    if planned.load is None and weighted:
        day = logs.session_of(s, user.id, log.session_id).day
        last = logs.previous_done(s, user.id, log.exercise_id, day)
        loaded = [r for r in last[1] if r.load is not None] if last else []
        if loaded:
            top = max(loaded, key=lambda r: r.load or 0.0)
            unit = Unit(top.unit) if top.unit else planned.unit
            planned = replace(planned, load=top.load, unit=unit)
    return planned_sets(planned)
