"""Typed sets made an entry for the exercise being logged (logbook.py reads the text): the
load asked for when none is said or known, and sets said against last time ("same as last
time", "same weight, 12 12 10", "only managed 2 sets") or a load for some sets and another for the
rest ("20 for the first two, 25 for the last")."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from sqlalchemy.orm import Session

from bot.coach.profile import Profile, Unit
from bot.coach.progression import convert
from bot.coach.setlog import LogParseError, SetEntry, parse_log
from bot.coach.setlog_loads import loads_by_set, paired_lists, reps_at_loads, with_loads
from bot.coach.setlog_same import LoadMoved
from bot.runtime.services import Services
from bot.store import logs
from bot.store.models import ExerciseLog, User
from bot.training.awaiting import Awaiting, Mode
from bot.training.logbook_draft import draft_of
from bot.training.logbook_planned import as_planned, load_for_reps, planned_or_load
from bot.training.logbook_replies import Echo, NeedLoad, ParseFailed
from bot.training.logbook_steps import echo, name_of
from bot.training.targets import entries_of, planned_of
from bot.training.typed import BODYWEIGHT, SAYS_REPS


def entry(
    svc: Services,
    s: Session,
    user: User,
    profile: Profile,
    owed: Awaiting | None,
    current: ExerciseLog,
    target: ExerciseLog,
    sets: tuple[SetEntry, ...],
    text: str,
) -> Echo | NeedLoad | ParseFailed:
    """Typed sets for `target`, shown to save; a load is asked for first when none is said
    or known for the exercise being logged."""
    asked_load = owed is not None and owed.mode == Mode.LOAD and target is current
    told = any(e.load is not None for e in sets) or bool(BODYWEIGHT.search(text))
    if asked_load and not told and not SAYS_REPS.search(text):  # "30 30": which is the load?
        name = name_of(svc, current.exercise_id)
        return ParseFailed("load_needed", {}, name, profile.unit.value)
    if sets and not told and target.planned_load is not None:  # "lunges 12 12 12" meanwhile
        sets = _at_planned_load(target, sets)  # at its target, as the one asked gets its own
    if sets and not told:  # "12 12 12" with no load known, here or for another move named
        asked = load_for_reps(svc, s, user, target, sets, text)
        if asked is not None:
            return asked
    return echo(svc, s, user, target, sets, text)


def _at_planned_load(log: ExerciseLog, sets: tuple[SetEntry, ...]) -> tuple[SetEntry, ...]:
    """Reps alone for a move with a load planned: each set at that load, as the sets typed
    for the exercise asked are (parse_log fills them from its plan)."""
    unit = Unit(log.unit)
    load = log.planned_load
    return tuple(replace(e, load=load, unit=unit) if e.load is None else e for e in sets)


def reps_retyped(
    svc: Services,
    s: Session,
    user: User,
    profile: Profile,
    current: ExerciseLog,
    draft: tuple[tuple[SetEntry, ...], str],
    text: str,
    resolve: Callable[[str], str | None],
) -> Echo | None:
    """Reps alone retyped at "Save it?" for sets shown with loads ("12 12 12 12" after 60,
    60, 65 kg): each set at the load shown in its place (the last one's past the end); a
    correction of the reps, never of the loads. None for anything else."""
    shown = draft[0]
    if not shown or all(e.load is None for e in shown) or BODYWEIGHT.search(text):
        return None
    try:
        parsed = parse_log(
            text, unit=profile.unit, planned=None, resolve_exercise=resolve,
            current_exercise=current.exercise_id,
        )  # fmt: skip
    except LogParseError:
        return None
    typed = parsed.sets
    if parsed.action != "sets" or parsed.exercise_id not in (None, current.exercise_id):
        return None
    if len(typed) < 2 or parsed.same_load or any(e.load is not None for e in typed):
        return None  # (a bare number is a set of its own, its load asked: no correction)
    at = [shown[min(i, len(shown) - 1)] for i in range(len(typed))]
    sets = tuple(replace(e, load=a.load, unit=a.unit) for e, a in zip(typed, at, strict=True))
    return echo(svc, s, user, current, sets, f"{draft[1]} / {text}")


def same_as_last(
    svc: Services,
    s: Session,
    user: User,
    profile: Profile,
    log: ExerciseLog,
    text: str,
    moved: LoadMoved | None = None,
    shown: tuple[tuple[SetEntry, ...], str] | None = None,
) -> Echo | NeedLoad | ParseFailed:
    """Last time's sets, to confirm; with `moved` ("same but 5 more kg"), each load moved
    by that much (in the load's own unit), or set to it ("same reps but 25kg").
    With no load last time, it is asked for (unless one is said). Never done, the plan,
    said so; but sets `shown` at "Save it?" stay shown, never dropped for the plan, nor for
    last time's unless last time is named ("same as last time", not a bare "same")."""
    day = logs.session_of(s, user.id, log.session_id).day
    last = logs.previous_done(s, user.id, log.exercise_id, day)
    never = last is None or not last[1]
    bare = not re.search(r"\b(last|before|previous)\b", text.lower())
    if moved is None and shown is not None and shown[0] and (never or bare):
        kept = echo(svc, s, user, log, shown[0], shown[1])  # "same" at "Save it?": as shown
        return replace(kept, never_done=never, kept_shown=True)
    if (last is None or not last[1]) and moved is None:  # never done: the plan, said so
        return _as_planned_never_done(svc, s, user, log, text)
    if last is None or not last[1]:
        logs.keep_raw_text(log, text)  # typed for this one: no correction of the last
        return ParseFailed("no_last_time", {}, name_of(svc, log.exercise_id), profile.unit.value)
    sets = entries_of(last[1])
    if moved is not None and not moved.to and all(e.load is None for e in sets):
        return load_for_reps(svc, s, user, log, sets, text) or echo(svc, s, user, log, sets, text)
    if moved is not None:
        sets = tuple(_moved(e, moved, profile.unit) for e in sets)
    return echo(svc, s, user, log, sets, text)


def _as_planned_never_done(
    svc: Services, s: Session, user: User, log: ExerciseLog, text: str
) -> Echo | NeedLoad:
    """ "Same as last time" for a move never done: the plan to save, as "done as planned"
    has it (its load asked when none is known), said so."""
    planned = planned_or_load(svc, s, user, log)
    if isinstance(planned, NeedLoad):
        return replace(planned, never_done=True)
    return replace(echo(svc, s, user, log, planned, text), never_done=True)


def _moved(e: SetEntry, moved: LoadMoved, unit: Unit) -> SetEntry:
    if moved.to:  # "same reps but 25kg": the load said, on every set
        return replace(e, load=moved.by, unit=moved.unit or e.unit or unit)
    if e.load is None:
        return e
    own = e.unit or unit
    load = round(e.load + convert(moved.by, moved.unit or own, own), 2)
    return replace(e, load=load) if load > 0 else e


def at_last_load(
    svc: Services,
    s: Session,
    user: User,
    profile: Profile,
    log: ExerciseLog,
    typed: tuple[SetEntry, ...],
    text: str,
) -> Echo | NeedLoad | ParseFailed:
    """The reps typed, each at the load of last time's set in its place (the last one's
    past the end): "same weight" never falls back to a plan's new load. With no last time,
    the load is asked for and the reps wait for it."""
    day = logs.session_of(s, user.id, log.session_id).day
    last = logs.previous_done(s, user.id, log.exercise_id, day)
    loads = [e for e in entries_of(last[1]) if e.load is not None] if last else []
    if not loads and (asked := load_for_reps(svc, s, user, log, typed, text)) is not None:
        return asked
    if not loads:
        logs.keep_raw_text(log, text)  # typed for this one: no correction of the last
        return ParseFailed("no_last_time", {}, name_of(svc, log.exercise_id), profile.unit.value)
    at = [loads[min(i, len(loads) - 1)] for i in range(len(typed))]
    sets = [replace(e, load=a.load, unit=a.unit) for e, a in zip(typed, at, strict=True)]
    return echo(svc, s, user, log, sets, text)


def sets_counted(
    svc: Services,
    s: Session,
    user: User,
    profile: Profile,
    owed: Awaiting | None,
    log: ExerciseLog,
    counted: tuple[SetEntry, ...],
    text: str,
) -> Echo | NeedLoad | ParseFailed:
    """ "only managed 2 sets": that many of the plan's sets, at the reps and load "done as
    planned" records (last time's load when the plan has none), shown to save with the
    reps said as taken; with no load known, it is asked for and the sets wait. Said of sets
    typed already (waiting for Save, or for their load), it is their count."""
    waiting = draft_of(user) if owed is not None and owed.mode != Mode.LOG else None
    if waiting and waiting[0]:  # "20kg 10 10 10", then "only managed 2 sets": two of those
        typed = waiting[0]
        sets = tuple(typed[min(i, len(typed) - 1)] for i in range(len(counted)))
        if owed is not None and owed.mode == Mode.LOAD and sets[0].load is None:
            return load_for_reps(svc, s, user, log, sets, waiting[1]) or echo(
                svc, s, user, log, sets, waiting[1]
            )
        return echo(svc, s, user, log, sets, f"{waiting[1]} / {text}")
    planned = as_planned(svc, s, user, log)
    sets = (planned[0],) * len(counted) if planned else counted
    out = entry(svc, s, user, profile, owed, log, log, sets, text)
    return replace(out, assumed_reps=sets[0].reps) if isinstance(out, Echo) else out


def loads_split(
    svc: Services,
    s: Session,
    user: User,
    profile: Profile,
    owed: Awaiting | None,
    log: ExerciseLog,
    text: str,
) -> Echo | ParseFailed | None:
    """ "10 reps at 20, 20, then 25kg", "20 for the first two, 25 for the last": each set at
    its load, shown to save. The reps are those typed before the loads, else the entry's
    waiting for Save or for its load (a correction of its loads), else the plan's sets.
    Loads that don't fit the sets one to one are asked about; None: no such loads."""
    typed = reps_at_loads(text, profile.unit) or paired_lists(text, profile.unit)
    if typed is not None:
        return echo(svc, s, user, log, typed, text)
    said = loads_by_set(text)
    if said is None:
        return None
    head, loads = said
    waiting = draft_of(user) if owed is not None and owed.mode != Mode.LOG else None
    sets = _reps_before(profile, log, head) if head else waiting[0] if waiting else None
    if sets is None and head:
        return None  # words before the loads that aren't sets: not guessed
    raw = f"{waiting[1]} / {text}" if waiting and waiting[0] and not head else text
    loaded = with_loads(sets or as_planned(svc, s, user, log), loads, profile.unit)
    if loaded is None:
        logs.keep_raw_text(log, text)
        return ParseFailed("loads_unmatched", {}, name_of(svc, log.exercise_id), profile.unit.value)
    return echo(svc, s, user, log, loaded, raw)


def _reps_before(profile: Profile, log: ExerciseLog, head: str) -> tuple[SetEntry, ...] | None:
    """The sets typed before the loads ("3x10, first two at 20 and the last at 25")."""
    try:
        parsed = parse_log(head, unit=profile.unit, planned=planned_of(log))
    except LogParseError:
        return None
    return parsed.sets if parsed.action in ("sets", "count") and parsed.sets else None
