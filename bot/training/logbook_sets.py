"""An exercise logged one set at a time ("first set 12 reps at 20kg", then "set 2: 10"): each
set is kept as it comes (saved to the exercise, added to the sets before it) and the next
one asked for, with the exercise still owed, until the target's sets are in, a set is said
to be the last, or the person says it is over ("done", "next", "skip the rest"). Nothing
kept is dropped by what comes next: "that's all for today" finishes with it, sets for the
whole exercise typed meanwhile are shown to replace it, and Undo takes back the last set."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import timedelta

from sqlalchemy.orm import Session

from bot.coach.profile import Profile, Unit
from bot.coach.setlog import LogParseError, SetEntry, parse_log
from bot.coach.setlog_oneset import OneSet, first_sets, one_set, same_set, says_over
from bot.coach.status import ExerciseStatus
from bot.runtime.services import Services
from bot.store import logs
from bot.store.models import ExerciseLog, User
from bot.training import awaiting, rest
from bot.training.awaiting import Awaiting, Mode
from bot.training.logbook_draft import one_by_one
from bot.training.logbook_named import resolver
from bot.training.logbook_planned import as_planned, load_for_reps
from bot.training.logbook_replies import Ask, NeedLoad, Saved, SetKept, Undone
from bot.training.logbook_steps import ask, band_load_out, name_of, next_step
from bot.training.people import expect
from bot.training.targets import entries_of, planned_of, sets_text
from bot.training.typed import done_then_remark

BY_SET = "by_set"  # the draft's flag while an exercise is logged one set at a time (one_by_one)


def by_set(user: User, current: ExerciseLog | None) -> bool:
    """Whether `current` is being logged one set at a time (and still owed)."""
    owed = Awaiting.parse(user.awaiting)
    if current is None or owed is None or owed.mode != Mode.LOG or owed.log_id != current.id:
        return False
    return one_by_one(user) and current.status == ExerciseStatus.DONE


def set_kept(
    svc: Services, s: Session, user: User, profile: Profile, current: ExerciseLog, text: str
) -> SetKept | Saved | NeedLoad | None:
    """A set said on its own ("first set 12 reps at 20kg") for the exercise owed and not yet
    logged, or any single set while it is logged set by set: kept, and the next one asked
    for (or, with the target's sets in or the last one said, the next exercise). None when
    the text is no single set, or no load is said or known for a loaded exercise (then it
    is read as usual: the load is asked)."""
    going = by_set(user, current)
    opens = going or current.status == ExerciseStatus.PENDING  # also as the first message
    if opens and (firsts := first_sets(text, profile.unit)) is not None:
        return _first_sets_kept(svc, s, user, current, text, *firsts)
    said = one_set(text, profile.unit)
    if said is None and going and same_set(text):  # "same again": the last set once more
        said = _last_again(s, current)
    if said is None or not (said.marked or going):
        return None
    if not going and current.status != ExerciseStatus.PENDING:
        return None
    kept = entries_of(logs.sets_of(s, current.id)) if going else ()
    (entry,), band_load = band_load_out(svc, current, (said.entry,))  # a band's: reps only
    fixed = said.nth if said.nth is not None and said.nth <= len(kept) else 0
    if entry.load is None and not _unloaded(svc, current):
        known = kept[fixed - 1] if fixed else kept[-1] if kept else None
        known = known or next(iter(as_planned(svc, s, user, current)), None)
        if known is None or known.load is None:
            return None
        entry = replace(entry, load=known.load, unit=known.unit)
    day = logs.session_of(s, user.id, current.session_id).day
    if fixed:  # "second set 11" with set 2 in: that set corrected, the next still asked
        sets = (*kept[: fixed - 1], entry, *kept[fixed:])
        raw = " + ".join(x for x in (current.raw_text, text) if x)
        logs.save_sets(s, current, day, sets, raw, svc.clock.now())
    else:
        logs.save_sets(s, current, day, (entry,), text, svc.clock.now(), add=going)
        sets = (*kept, entry)
    if not fixed and (said.last or 0 < current.planned_sets <= len(sets)):
        return replace(_over(svc, s, user, current, back_to=True), band_load=band_load)
    expect(user, awaiting.exercise(current.id), json.dumps({BY_SET: True}))
    return SetKept(
        current.id,
        name_of(svc, current.exercise_id),
        sets_text((entry,)),
        sets_text(sets),
        len(sets),
        current.planned_sets,
        sets[-1].reps,
        rest.rest_of(current),
        band_load,
        not _unloaded(svc, current),
        fixed,
    )


def _first_sets_kept(
    svc: Services,
    s: Session,
    user: User,
    current: ExerciseLog,
    text: str,
    entry: SetEntry,
    count: int,
) -> SetKept | Saved | NeedLoad | None:
    """ "10 for the first two", first or between sets: the first `count` sets were each
    `entry` (at the load kept for the first set, else the target's, when none is said);
    those not in yet are added. With no load said or known, it is asked, those sets waiting
    for it."""
    kept = entries_of(logs.sets_of(s, current.id)) if by_set(user, current) else ()
    if kept and count > len(kept) + 1:
        return None  # "the first three" with one set in: a set skipped over, not guessed
    if entry.load is None and not _unloaded(svc, current):
        known = kept[0] if kept else next(iter(as_planned(svc, s, user, current)), None)
        if known is None or known.load is None:  # the load asked, these sets waiting for it
            return None if kept else load_for_reps(svc, s, user, current, (entry,) * count, text)
        entry = replace(entry, load=known.load, unit=known.unit)
    sets = (*(entry,) * count, *kept[count:])
    day = logs.session_of(s, user.id, current.session_id).day
    raw = " + ".join(x for x in (current.raw_text, text) if x)
    logs.save_sets(s, current, day, sets, raw, svc.clock.now())
    if 0 < current.planned_sets <= len(sets) and len(sets) > len(kept):
        return _over(svc, s, user, current, back_to=True)
    expect(user, awaiting.exercise(current.id), json.dumps({BY_SET: True}))
    weighted = not _unloaded(svc, current)
    this, so_far = sets_text((entry,)), sets_text(sets)
    n, planned = len(sets), current.planned_sets
    return SetKept(current.id, name_of(svc, current.exercise_id), this, so_far, n, planned,
                   sets[-1].reps, rest.rest_of(current), None, weighted, first=count)  # fmt: skip


def set_by_set_over(
    svc: Services, s: Session, user: User, current: ExerciseLog, text: str
) -> Saved | None:
    """ "done", "next", "skip the rest" while an exercise is logged set by set: it is over
    with the sets kept, and the next exercise asked. So is anything read as the exercise
    done ("done ✅", "all done", "completed"): never the plan in place of the sets kept."""
    if not by_set(user, current) or not (says_over(text) or _done_said(svc, current, text)):
        return None
    return _over(svc, s, user, current, back_to=True)


def tapped_over(svc: Services, s: Session, user: User, current: ExerciseLog, done: bool) -> Saved:
    """The exercise's Skip or Done as planned tapped while it is logged set by set: the sets
    kept stay, Skip leaves the rest undone, Done adds the target's sets still to come (its
    top reps at the last set's load)."""
    kept = entries_of(logs.sets_of(s, current.id))
    more = max(0, current.planned_sets - len(kept)) if done and kept else 0
    if more:
        top = replace(kept[-1], reps=current.rep_high)
        day = logs.session_of(s, user.id, current.session_id).day
        logs.save_sets(s, current, day, (top,) * more, None, svc.clock.now(), add=True)
    return _over(svc, s, user, current)


def workout_over(svc: Services, s: Session, user: User, current: ExerciseLog) -> Saved | None:
    """ "that's all for today" while an exercise is logged set by set: the sets kept stay,
    the exercises left are skipped and the workout is finished."""
    if not by_set(user, current):
        return None
    day = logs.session_of(s, user.id, current.session_id).day
    before = svc.clock.now() - timedelta(seconds=1)  # so Undo still offers the last set
    for x in logs.exercises_of(s, user.id, current.session_id):
        if x.status == ExerciseStatus.PENDING:
            logs.save_sets(s, x, day, (), None, before)
    return _over(svc, s, user, current)  # nothing left: the workout is finished


def _over(
    svc: Services, s: Session, user: User, current: ExerciseLog, *, back_to: bool = False
) -> Saved:
    """The exercise logged set by set is over; the next one asked. With `back_to` (its
    last set typed, or "done"), /undo while that next one is asked goes back to this one."""
    sets = entries_of(logs.sets_of(s, current.id))
    exercises = logs.exercises_of(s, user.id, current.session_id)
    then = next_step(svc, s, user, exercises)
    if back_to and isinstance(then, Ask):
        expect(user, awaiting.exercise(then.log_id), json.dumps({_AFTER: current.id}))
    return Saved(name_of(svc, current.exercise_id), sets_text(sets), False, then)


_AFTER = "after_sets_of"  # the draft's key, while the exercise after one logged set by set is asked


def _undo_target(s: Session, user: User) -> ExerciseLog | None:
    """The exercise being logged set by set, or the one just finished set by set while the
    next is asked (nothing typed for it yet): what /undo takes the last set of."""
    owed = Awaiting.parse(user.awaiting)
    current = logs.exercise_log(s, user.id, owed.log_id) if owed and owed.log_id else None
    if owed is None or current is None or by_set(user, current):
        return current
    try:
        data = json.loads(user.draft or "")
    except ValueError:
        return None
    before = data.get(_AFTER) if isinstance(data, dict) and owed.mode == Mode.LOG else None
    return logs.exercise_log(s, user.id, before) if isinstance(before, int) else None


def set_undone(svc: Services, s: Session, user: User) -> Undone | None:
    """/undo (or "undo") while an exercise is logged set by set, with sets before the last:
    the last set is taken back and the same set asked for again, the exercise still owed
    (undo_last, for everything else, asks the next exercise once the exercise has sets)."""
    current = _undo_target(s, user)
    last = logs.last_logged(s, user.id)
    if current is None or last is None or last.id != current.id:
        return None
    before = entries_of(logs.sets_of(s, current.id))
    if len(before) < 2:  # the first set: undo_last asks the exercise anew
        return None
    logs.undo_save(s, current, logs.session_of(s, user.id, current.session_id).day)
    kept = entries_of(logs.sets_of(s, current.id))
    name = name_of(svc, current.exercise_id)
    if current.status != ExerciseStatus.DONE or not kept:  # nothing kept before it: anew
        return Undone(
            name, ask(svc, s, user, current, logs.exercises_of(s, user.id, current.session_id))
        )
    expect(user, awaiting.exercise(current.id), json.dumps({BY_SET: True}))
    undone = sets_text(before[len(kept) :]) if len(before) > len(kept) else None
    weighted = not _unloaded(svc, current)
    return Undone(name, None, sets_text(kept), len(kept) + 1, undone, kept[-1].reps, weighted)


def _last_again(s: Session, current: ExerciseLog) -> OneSet | None:
    kept = entries_of(logs.sets_of(s, current.id))
    return OneSet(kept[-1], marked=False, last=False) if kept else None


def _done_said(svc: Services, current: ExerciseLog, text: str) -> bool:
    try:
        parsed = parse_log(
            done_then_remark(text) or text, unit=Unit(current.unit), planned=planned_of(current),
            resolve_exercise=resolver(svc), current_exercise=current.exercise_id,
        )  # fmt: skip
    except LogParseError:
        return False
    return parsed.action == "done" and parsed.exercise_id in (None, current.exercise_id)


def _unloaded(svc: Services, log: ExerciseLog) -> bool:
    return svc.content.exercises[log.exercise_id].loading.value != "weighted"
