"""The logbook's buttons: "Start logging" on a push or /today, the rest-day choices, and the
done / skip / swap / save (add / replace) / fix buttons under an exercise (logbook.py exports them).

Exercise logs are always looked up with the presser's user id, so a forged id in callback
data finds nothing.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import date, timedelta

from sqlalchemy.orm import Session

from bot.coach import programs as prog
from bot.coach.profile import Profile
from bot.coach.setlog import SetEntry
from bot.coach.status import ExerciseStatus
from bot.runtime.services import Services
from bot.store import logs
from bot.store.models import ExerciseLog, User
from bot.training import awaiting
from bot.training.awaiting import Awaiting, Mode
from bot.training.dayplan import bring_forward, is_rest_day, open_extra
from bot.training.logbook_draft import draft_of, offers_add
from bot.training.logbook_load import LAST_LOAD, NO_LOAD, load_tapped
from bot.training.logbook_replies import Fix, NothingToUndo, SwapUnavailable, Undone
from bot.training.logbook_sets import by_set, tapped_over
from bot.training.logbook_steps import (
    Ask,
    Echo,
    Finished,
    NeedLoad,
    Saved,
    Swaps,
    ask,
    done_as_planned,
    name_of,
    next_step,
    offer_swaps,
    open_day,
    save,
    swap_options,
    taken_in_day,
)
from bot.training.logbook_story import back_of, queued, save_then_queued
from bot.training.logbook_undo import undo_last
from bot.training.parts import day_part, id_part
from bot.training.people import expect, finished_profile, local_today, planning
from bot.training.targets import sets_text, slot_reps, swapped_in


@dataclass(frozen=True)
class TooLongAgo:
    """ "Start logging" under a workout older than yesterday's (a week away, then a tap on an
    old push): nothing opened there; today's Start logging instead (log_too_long_ago)."""

    day: date
    today: date


@dataclass(frozen=True)
class RestDay:
    """ "Start logging" on a day the plan leaves free: log the next planned workout today,
    or single exercises (log_rest_day, with a button for each)."""

    day: date
    next_day: date  # the day the next planned workout falls on
    label: str  # its session
    today: bool = True  # False: the press was for yesterday


@dataclass(frozen=True)
class SingleExercises:
    """Single exercises on a rest day: type each one as it is done (log_single)."""

    unit: str


Reply = (
    Ask
    | Finished
    | Saved
    | Echo
    | Swaps
    | SwapUnavailable
    | Fix
    | Undone
    | NothingToUndo
    | NeedLoad
    | RestDay
    | SingleExercises
    | TooLongAgo
)


@dataclass(frozen=True)
class Tapped:
    """A press accepted: answer it, remove its buttons when `drop`, then show `then`; with
    `in_place` (a Save under an echo), the echo itself becomes what was saved."""

    drop: bool
    then: Reply | None
    in_place: bool = False


# The buttons that act only on the exercise the person is at right now, by their shape.
_SHAPES = {
    "done": 3,
    "skip": 3,
    "swap": 3,
    "keep": 3,
    "sw": 4,
    "ok": 3,
    "fix": 3,
    "add": 3,
    "rpl": 3,
    LAST_LOAD: 3,
    NO_LOAD: 3,
}
# The Save buttons: "ok" saves as the echo offered, "add" / "rpl" add to or replace the
# sets the exercise already has today.
_SAVES = {"ok": None, "add": True, "rpl": False}


def on_start_press(svc: Services, s: Session, user: User, parts: list[str]) -> Tapped | None:
    """ "push:start:<YYYYMMDD>": start logging that day (today or yesterday only)."""
    profile = finished_profile(user)
    day = day_part(parts[2]) if len(parts) == 3 else None
    if profile is None or day is None:
        return None
    today = local_today(profile, svc.clock.now())
    if day < today - timedelta(days=1):
        return Tapped(drop=True, then=TooLongAgo(day, today))
    if day > today:
        return None
    profile = planning(s, user, day) or profile
    if is_rest_day(svc, s, user.id, profile, day):  # ask, rather than open the next workout
        planned = prog.next_workout(svc.programs, profile, day + timedelta(days=1))
        asked = RestDay(day, planned.day, planned.session_label, day == today)
        return Tapped(drop=False, then=asked)
    _, exercises = open_day(svc, s, user, profile, day)
    return Tapped(drop=False, then=next_step(svc, s, user, exercises))


def on_rest_press(svc: Services, s: Session, user: User, parts: list[str]) -> Tapped | None:
    """ "push:pull:<YYYYMMDD>": log the next planned workout on that rest day (today or
    yesterday, like "Start logging"); "push:extra:<YYYYMMDD>": log single exercises that
    day. A second press, once the day holds a session, carries on with it."""
    profile = finished_profile(user)
    day = day_part(parts[2]) if len(parts) == 3 and parts[1] in ("pull", "extra") else None
    if profile is None or day is None:
        return None
    today = local_today(profile, svc.clock.now())
    if not today - timedelta(days=1) <= day <= today:
        return None
    profile = planning(s, user, day) or profile
    if is_rest_day(svc, s, user.id, profile, day):
        if parts[1] == "extra":
            open_extra(svc, s, user.id, profile, day)
            expect(user, None)
            return Tapped(drop=True, then=SingleExercises(profile.unit.value))
        bring_forward(svc, s, user.id, profile, day)
    session = logs.session_on(s, user.id, day)
    if session is None:  # not a rest day: the day has its own workout to start
        return None
    exercises = logs.exercises_of(s, user.id, session.id)
    if not exercises:
        return Tapped(drop=True, then=SingleExercises(profile.unit.value))
    return Tapped(drop=True, then=next_step(svc, s, user, exercises))


def on_press(svc: Services, s: Session, user: User, parts: list[str]) -> Tapped | None:
    """ "lg:<action>:<exercise_log_id>[:<choice>]" ("lg:undo:<id>:<stamp>" for Undo); None
    for a stale, foreign or forged one."""
    profile = finished_profile(user)
    log_id = id_part(parts[2]) if len(parts) >= 3 else None
    if profile is None or log_id is None:
        return None
    action = parts[1]
    if action == "undo" and len(parts) in (3, 4):
        stamp = id_part(parts[3]) if len(parts) == 4 else None
        if len(parts) == 4 and stamp is None:
            return None
        return Tapped(drop=True, then=undo_last(svc, s, user, only=log_id, stamp=stamp))
    log = logs.exercise_log(s, user.id, log_id)
    if log is None:
        return None
    if action == "ed" and len(parts) == 3:  # asked again: its sets stay until new ones are saved
        return Tapped(drop=False, then=ask(svc, s, user, log, _day_of(s, user, log)))
    owed = Awaiting.parse(user.awaiting)
    if owed is None or owed.log_id != log.id or _SHAPES.get(action) != len(parts):
        return None
    if (action in _SAVES or action == "fix") and owed.mode != Mode.CONFIRM:
        return None
    draft = draft_of(user) if action in _SAVES else None
    if owed.mode == Mode.CONFIRM and action == "done":
        draft = draft_of(user)  # a button never overwrites the typed numbers waiting
        parts = [parts[0], "ok", parts[2]]
    if parts[1] in _SAVES and draft is None:
        return None
    if action in (LAST_LOAD, NO_LOAD):  # under "What load did you use?" only
        loaded = load_tapped(svc, s, user, log, action) if owed.mode == Mode.LOAD else None
        return Tapped(drop=True, then=loaded) if loaded is not None else None
    if action in ("done", "skip") and by_set(user, log):  # sets kept one by one: they stay
        return Tapped(drop=True, then=tapped_over(svc, s, user, log, action == "done"))
    then = _act(svc, s, user, profile, log, parts, draft)
    saved = action in _SAVES and isinstance(then, Saved)  # its "Save it?" reads as saved
    return Tapped(drop=not isinstance(then, NeedLoad), then=then, in_place=saved)


def _act(
    svc: Services,
    s: Session,
    user: User,
    profile: Profile,
    log: ExerciseLog,
    parts: list[str],
    draft: tuple[tuple[SetEntry, ...], str] | None,
) -> Saved | Swaps | SwapUnavailable | Ask | Fix | NeedLoad:
    if parts[1] in ("swap", "sw") and log.status == ExerciseStatus.DONE:  # asked again (✎):
        # its saved sets are of this exercise; a swap would file them under another
        return SwapUnavailable(ask(svc, s, user, log, _day_of(s, user, log)))
    match parts[1]:
        case "done":
            return done_as_planned(svc, s, user, log)
        case "skip":
            return save(svc, s, user, log, (), None)
        case "swap":
            return offer_swaps(svc, s, user, profile, log)
        case "keep":
            return ask(svc, s, user, log, _day_of(s, user, log))
        case "sw":
            return swap_to(svc, s, user, profile, log, parts[3])
        case "ok" | "add" | "rpl":
            assert draft is not None
            return save_then_queued(svc, s, user, log, draft[0], draft[1], _SAVES[parts[1]])
        case _:
            return fix_asked(svc, user, log)


def fix_asked(svc: Services, user: User, log: ExerciseLog) -> Fix:
    """Fix (tapped, or "no" typed at "Save it?"): the entry is typed again. The story's other
    parts, if any, still wait their turn, the retyped sets are asked "add or replace?" again
    if these were, and an entry for another day still goes back to the exercise owed today
    once saved."""
    waiting, back = queued(user), back_of(user)
    kept = (
        ({"then": waiting} if waiting else {})
        | ({"add": True} if offers_add(user) else {})
        | ({"back": back} if back is not None else {})
    )
    expect(user, awaiting.exercise(log.id), json.dumps(kept) if kept else None)
    weighted = svc.content.exercises[log.exercise_id].loading.value == "weighted"
    sets = log.planned_sets or 3
    return Fix(name_of(svc, log.exercise_id), sets, log.rep_low, log.rep_high, weighted, log.unit)


def draft_undone(svc: Services, s: Session, user: User) -> Fix | None:
    """ "undo" at "Save it?": what waits there was never saved, so it is what is taken back
    (before, undo removed the last entry saved, days earlier perhaps, and the typed one was
    lost with it). The exercise is typed again, as after Fix."""
    owed = Awaiting.parse(user.awaiting)
    if owed is None or owed.mode != Mode.CONFIRM or owed.log_id is None:
        return None
    draft, log = draft_of(user), logs.exercise_log(s, user.id, owed.log_id)
    if draft is None or not draft[0] or log is None:
        return None
    return replace(fix_asked(svc, user, log), dropped=sets_text(draft[0]))


def swap_to(
    svc: Services, s: Session, user: User, profile: Profile, log: ExerciseLog, choice: str
) -> Ask | SwapUnavailable:
    """Do `choice` instead, if it is one of the offered swaps and not already in the day."""
    exercises = _day_of(s, user, log)
    day = logs.session_of(s, user.id, log.session_id).day
    offered = swap_options(svc, profile, log, day, taken_in_day(s, user, log))
    allowed = {x.exercise_id for x in offered}
    if choice not in allowed or any(x.exercise_id == choice for x in exercises):
        return SwapUnavailable(ask(svc, s, user, log, exercises))
    logs.swap_exercise(log, choice)
    own = swapped_in(svc, s, user.id, profile, log, day)  # its own history, not the plan's
    if own is not None:
        logs.retarget(log, own.load, own.unit or log.unit, own.reps or (log.rep_low, log.rep_high))
    else:  # never done: the slot's reps, no load carried over from another move
        logs.retarget(log, None, log.unit, slot_reps(svc, profile, log, day))
    return ask(svc, s, user, log, exercises)


def _day_of(s: Session, user: User, log: ExerciseLog) -> list[ExerciseLog]:
    return logs.exercises_of(s, user.id, log.session_id)
