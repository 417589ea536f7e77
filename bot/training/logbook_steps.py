"""The logbook's steps: open the day's session, ask for an exercise, save it, offer swaps,
take an entry back, and finish the workout. What they return is in logbook_replies.py.

Each step leaves users.awaiting as the next message needs it: "log:<id>" while an exercise
is owed, "logc:<id>" while a typed entry waits for its one-tap confirmation (the parsed sets
sit in users.draft, with "add" when the exercise already has sets today and Save adds to
them, "replaces" when the exercise was asked for again and Save replaces them), "log:<id>"
with "by_set" in the draft while an exercise is logged one set at a time (logbook_sets.py),
nothing once the workout is finished. Reading the draft and its flags: logbook_draft.py; what
"done as planned" records and when the load is asked: logbook_planned.py.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Sequence
from dataclasses import replace
from datetime import date

from sqlalchemy.orm import Session

from bot.coach import programs as prog
from bot.coach.knowledge import Equipment, Exercise, Loading
from bot.coach.profile import Place, Profile, Unit
from bot.coach.progression import convert
from bot.coach.setlog import SetEntry
from bot.coach.setlog_fix import says_correction
from bot.coach.setlog_sides import sides_said
from bot.coach.status import ExerciseStatus, SessionStatus
from bot.coach.training import (
    far_from_target,
    held_way,
    seen_change,
    swaps,
)
from bot.runtime.services import Services
from bot.store import logs
from bot.store.models import ExerciseLog, User, WorkoutSession
from bot.training import awaiting, rest
from bot.training.logbook_draft import asked_again
from bot.training.logbook_planned import bodyweight_again, planned_or_load
from bot.training.logbook_replies import (
    Ask,
    Change,
    Echo,
    Finished,
    NeedLoad,
    Next,
    Saved,
    SwapOption,
    Swaps,
)
from bot.training.people import back_after_break, expect, local_today, profile_of
from bot.training.recap import due as recap_due
from bot.training.targets import (
    entries_of,
    held_on,
    most_held,
    next_target,
    prescribe_from,
    saved_text,
    sets_text,
    targets,
    variation_name,
    workout_on,
)

# --- the steps ----------------------------------------------------------------------------


def name_of(svc: Services, exercise_id: str) -> str:
    return svc.content.exercises[exercise_id].name


def open_day(
    svc: Services, s: Session, user: User, profile: Profile, day: date
) -> tuple[WorkoutSession, list[ExerciseLog]]:
    """The day's logged workout, created from the plan (with today's targets) on first use;
    a day skipped from the push opens again."""
    session = logs.session_on(s, user.id, day)
    if session is None:
        workout = workout_on(svc, profile, day)
        unit = profile.unit.value
        plan = [
            logs.PlanRow(t.exercise_id, t.sets, t.rep_low, t.rep_high, t.load, unit, t.rest_seconds)
            for t in targets(svc, s, user.id, profile, workout)
        ]
        session = logs.open_session(
            s, user.id, day, workout.program_id, workout.session_label, plan, svc.clock.now()
        )
    elif session.status == SessionStatus.SKIPPED:
        logs.set_session_status(session, SessionStatus.OPEN)
    return session, logs.exercises_of(s, user.id, session.id)


def log_for(
    s: Session, user: User, session_id: int, exercises: list[ExerciseLog], exercise_id: str
) -> ExerciseLog:
    """The day's entry for an exercise, added to the session if the plan didn't have it."""
    for x in exercises:
        if x.exercise_id == exercise_id:
            return x
    sets = 3 if exercises else 0  # as it always was: no sets planned in an empty session
    row = logs.PlanRow(exercise_id, sets, 8, 12, None, user.unit or "kg")
    return logs.add_exercise(s, session_id, user.id, len(exercises), row)


def ask(
    svc: Services, s: Session, user: User, log: ExerciseLog, exercises: list[ExerciseLog]
) -> Ask:
    """Ask for `log`; the person owes it from now on."""
    expect(user, awaiting.exercise(log.id))
    day = logs.session_of(s, user.id, log.session_id).day
    last = logs.previous_done(s, user.id, log.exercise_id, day)
    weighted = svc.content.exercises[log.exercise_id].loading.value == "weighted"
    profile = profile_of(user)
    hint = None  # a band or bodyweight move: the variation the push named, named again
    if last and not weighted and profile is not None:
        gap = back_after_break(s, user.id, day)  # as the workout shown: no harder one yet
        reps = (log.rep_low, log.rep_high)
        hint = prescribe_from(svc, s, user.id, profile, last, reps, gap, day=day)
    ids = [x.id for x in exercises]
    done = log.status == ExerciseStatus.DONE  # asked again (✎ on /log): what it has today
    shown, back = day_shown(svc, s, user, log)
    card = svc.content.exercises[log.exercise_id]  # the abduction at a gym: band or machine
    gym = profile is not None and profile.place_on(day) == Place.GYM
    machine = gym and not weighted and Equipment.MACHINE in card.equipment
    way = None if profile is None or gym or weighted else held_with(profile, card, day, log)
    return Ask(
        log_id=log.id,
        position=ids.index(log.id) + 1 if log.id in ids else 1,
        count=len(exercises),
        name=name_of(svc, log.exercise_id),
        planned_sets=log.planned_sets,
        rep_low=log.rep_low,
        rep_high=log.rep_high,
        planned_load=log.planned_load,
        unit=log.unit,
        last=sets_text(entries_of(last[1])) if last else None,
        swapped_from=name_of(svc, log.swapped_from) if log.swapped_from else None,
        weighted=weighted,
        rest_seconds=rest.rest_of(log),
        change=hint.change if hint else None,
        variation=variation_name(svc, hint.variation) if hint else None,
        saved=sets_text(entries_of(logs.sets_of(s, log.id))) if done else None,
        day=shown,
        days_back=back,
        machine=machine,
        held=way[0] if way else None,
        held_load=way[1] if way else None,
    )


# A dumbbell's weight for the example when none is planned nor said: a light pair.
_SAMPLE_HELD = {Unit.KG: 10.0, Unit.LB: 20.0}


def held_with(
    profile: Profile, card: Exercise, day: date, log: ExerciseLog
) -> tuple[str, float] | None:
    """How a move is held with a dumbbell on `day` (at home or away with them: "holding a
    dumbbell on the hip") and a weight for the example: the planned load, else the heaviest
    dumbbell there, else a light pair; None for a move with nothing to hold there."""
    way = held_way(card) if held_on(profile, day) else None
    if way is None:
        return None
    unit = Unit(log.unit)
    heaviest = most_held(profile, day)
    if log.planned_load is not None:
        return way, log.planned_load
    if heaviest is not None and heaviest[0] > 0:
        return way, convert(heaviest[0], heaviest[1], unit)
    return way, _SAMPLE_HELD[unit]


def next_step(svc: Services, s: Session, user: User, exercises: list[ExerciseLog]) -> Next:
    """The first exercise still pending, or the finish."""
    pending = [x for x in exercises if x.status == ExerciseStatus.PENDING]
    if pending:
        return ask(svc, s, user, pending[0], exercises)
    return finish(svc, s, user, exercises)


def save(
    svc: Services,
    s: Session,
    user: User,
    log: ExerciseLog,
    entries: Sequence[SetEntry],
    raw: str | None,
    *,
    add: bool = False,
) -> Saved:
    """Record an exercise (no entries: skipped) and move on; a rest running is over. With
    `add`, the sets follow those the exercise already has today."""
    rest.cancel(s, user)
    session = logs.session_of(s, user.id, log.session_id)
    earlier = entries_of(logs.sets_of(s, log.id)) if add and entries else ()
    logs.save_sets(s, log, session.day, entries, raw, svc.clock.now(), add=add)
    exercises = logs.exercises_of(s, user.id, log.session_id)
    day, back = day_shown(svc, s, user, log)
    return Saved(
        name_of(svc, log.exercise_id),
        sets_text(entries),
        skipped=not entries,
        then=next_step(svc, s, user, exercises),
        added_to=saved_text(earlier) if earlier else None,
        day=day,
        days_back=back,
    )


def done_as_planned(svc: Services, s: Session, user: User, log: ExerciseLog) -> Saved | NeedLoad:
    """Save the plan as done, or ask for the load (planned_or_load)."""
    entries = planned_or_load(svc, s, user, log)
    if isinstance(entries, NeedLoad):
        return entries
    saved = save(svc, s, user, log, entries, None)
    return replace(saved, bodyweight_again=bodyweight_again(svc, s, user, log, entries, ""))


def echo(
    svc: Services,
    s: Session,
    user: User,
    log: ExerciseLog,
    entries: Sequence[SetEntry],
    raw: str,
    *,
    correcting: bool = False,
    skip_asked: bool = False,
) -> Echo:
    """Show what was understood; the sets wait in the draft for one tap to save or fix.
    Typing the sets ends a rest running. When the exercise already has sets today, the echo
    names them and asks: add these to them (what Save and "yes" do) or replace them; a
    correction of the entry just saved (`correcting`) replaces it, and so do sets typed for
    the exercise asked for again (✎ on /log: the echo says what they replace)."""
    rest.cancel(s, user)
    entries, band_load = band_load_out(svc, log, entries)
    sets = [[e.reps, e.load, e.unit.value if e.unit else None] for e in entries]
    has = entries_of(logs.sets_of(s, log.id)) if log.status == ExerciseStatus.DONE else ()
    # "correction: squat 60kg 4x10" typed for a move saved today replaces it, unasked
    fixes = asked_again(user, log) or says_correction(raw)
    again = bool(has) and bool(entries) and not correcting and fixes
    offer = bool(has) and bool(entries) and not correcting and not again
    flag = {"add": True} if offer else {"replaces": True} if again else {}
    flag |= {"skip_asked": True} if skip_asked else {}
    expect(user, awaiting.confirm(log.id), json.dumps({"sets": sets, "raw": raw} | flag))
    far = far_from_target(entries, log.planned_load, Unit(log.unit))
    name = name_of(svc, log.exercise_id)
    saved = saved_text(has) if offer else None
    replaces = saved_text(has) if again else None
    day, back = day_shown(svc, s, user, log)
    return Echo(
        log.id,
        name,
        sets_text(entries),
        len(entries),
        far,
        saved=saved,
        replaces=replaces,
        day=day,
        days_back=back,
        skip_asked=skip_asked,
        band_load=band_load,
        bodyweight_again=bodyweight_again(svc, s, user, log, entries, raw),
        sides=_sides(raw, entries),
    )


def _sides(raw: str, entries: Sequence[SetEntry]) -> tuple[tuple[int, int], ...]:
    """The reps said per side that these sets keep the weaker of; in a correction ("12 left
    10 right / no, 10 10") only those of the words that corrected it."""
    reps = {e.reps for e in entries}
    return tuple(p for p in sides_said(raw.rsplit(" / ", 1)[-1]) if min(p) in reps)


def band_load_out(
    svc: Services, log: ExerciseLog, entries: Sequence[SetEntry]
) -> tuple[Sequence[SetEntry], str | None]:
    """A band move goes by reps (its plan has no load): a load typed for it is left out, so
    no target is ever built on it, and named ("15 kg") for the echo to say so. Not for a
    card with a machine too (the abduction machine's stack is a real load)."""
    card = svc.content.exercises[log.exercise_id]
    loads = list(dict.fromkeys((e.load, e.unit) for e in entries if e.load is not None))
    if card.loading != Loading.BAND or Equipment.MACHINE in card.equipment or not loads:
        return entries, None
    said = ", ".join(f"{load:g} {unit.value if unit else log.unit}" for load, unit in loads)
    return [replace(e, load=None, unit=None) for e in entries], said


def day_shown(svc: Services, s: Session, user: User, log: ExerciseLog) -> tuple[date | None, int]:
    """The day an entry is saved into and how far back it is, when that isn't today."""
    profile = profile_of(user)
    day = logs.session_of(s, user.id, log.session_id).day
    today = local_today(profile, svc.clock.now()) if profile is not None else day
    return (None, 0) if day == today else (day, (today - day).days)


SWAPS_OFFERED = 4


def kit_swaps(svc: Services, profile: Profile, exercise_id: str, day: date) -> list[Exercise]:
    """The moves that can stand in for `exercise_id` where `day` is trained (a while away:
    its kit), but for those the person has no kit for there (programs.left_out: at home with
    no ball, the ball curl, which a gym move left in the day after a move home would offer)."""
    place = profile.place_on(day)
    lacking = prog.left_out(svc.programs, profile, place)
    return [x for x in swaps(svc.content, exercise_id, place, limit=99) if x.id not in lacking]


def swap_options(
    svc: Services, profile: Profile, log: ExerciseLog, day: date, taken: Collection[str] = ()
) -> list[SwapOption]:
    """Swaps for the planned exercise (the original one, after a swap) where `day` is
    trained (kit_swaps), but for the moves `taken` (the day's others: one can't be done
    twice in a workout)."""
    found = kit_swaps(svc, profile, log.swapped_from or log.exercise_id, day)
    free = [x for x in found if x.id not in taken]
    return [SwapOption(x.id, x.name) for x in free[:SWAPS_OFFERED]]


def taken_in_day(s: Session, user: User, log: ExerciseLog) -> set[str]:
    """The moves of `log`'s workout other than its own."""
    return {x.exercise_id for x in logs.exercises_of(s, user.id, log.session_id) if x.id != log.id}


def offer_swaps(svc: Services, s: Session, user: User, profile: Profile, log: ExerciseLog) -> Swaps:
    taken = taken_in_day(s, user, log) | {log.exercise_id}
    day = logs.session_of(s, user.id, log.session_id).day
    options = swap_options(svc, profile, log, day, taken)
    away = profile.away_on(day) is not None
    return Swaps(log.id, name_of(svc, log.exercise_id), tuple(options), away)


def finish(svc: Services, s: Session, user: User, exercises: list[ExerciseLog]) -> Finished | None:
    """Close the session: done when anything was done, else skipped. Says what changes next
    time and, when it closes the week's plan, carries the weekly recap."""
    expect(user, None)
    if not exercises:
        return None
    session = logs.session_of(s, user.id, exercises[0].session_id)
    first_finish = session.status != SessionStatus.DONE
    done = [x for x in exercises if x.status == ExerciseStatus.DONE]
    status = SessionStatus.DONE if done else SessionStatus.SKIPPED
    logs.finish_session(session, status, svc.clock.now())
    profile = profile_of(user)
    assert profile is not None
    changes = _changes(svc, s, user, profile, session.day, done)
    recap = recap_due(svc, s, user, profile, session.day) if first_finish else None
    newest = logs.last_logged(s, user.id)
    shown, back = day_shown(svc, s, user, exercises[0])
    finished = Finished(
        len(done), len(exercises), changes, profile.unit.value, recap, day=shown, days_back=back
    )
    if newest is None:
        return finished
    undo = name_of(svc, newest.exercise_id)
    return replace(finished, undo_id=newest.id, undo_name=undo, undo_stamp=newest.times_logged)


def _changes(
    svc: Services,
    s: Session,
    user: User,
    profile: Profile,
    day: date,
    done: list[ExerciseLog],
) -> tuple[Change, ...]:
    """For each exercise just done, its real next prescription wherever it next falls in
    the plan (the same computation as the targets that day will show)."""
    out = []
    for x in done:
        rx = next_target(svc, s, user.id, profile, x.exercise_id, day)
        if rx is None:
            continue
        low, high = rx.reps if rx.reps else (x.rep_low, x.rep_high)
        new_range = (low, high) != (x.rep_low, x.rep_high)
        change = rx.change if rx.change in ("up", "down", "harder", "easier") else "same"
        seen = None  # the numbers, as seen: 170 lb after 185 is down, new range or not
        if rx.load is not None:
            entries = entries_of(logs.sets_of(s, x.id))
            seen = seen_change(rx.load, Unit(rx.unit or profile.unit), entries)
        if seen is not None and not new_range and change != "harder":
            change = seen  # the harder version at a load kept (the heaviest dumbbell) stands
        variation = variation_name(svc, rx.variation)
        name = name_of(svc, x.exercise_id)
        out.append(Change(name, change, rx.load, rx.unit, low, high, new_range, variation, seen))
    return tuple(out)
