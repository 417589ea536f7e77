"""What each exercise of a workout asks of the person: the one `Target` type, built from
the program's plan, last time's result and the coach's progression."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy.orm import Session

from bot.coach import programs as prog
from bot.coach.away_kit import NOTHING_HELD
from bot.coach.profile import Goal, Place, Profile, Unit
from bot.coach.progression import convert
from bot.coach.setlog import Planned, SetEntry
from bot.coach.training import held_way, prescribe, rack_unsure
from bot.runtime.services import Services
from bot.store import loads, logs
from bot.store.models import ExerciseLog, SetLog
from bot.training.people import back_after_break


@dataclass(frozen=True)
class Target:
    """One exercise of a workout as the person is asked to do it."""

    exercise_id: str
    name: str
    sets: int
    rep_low: int
    rep_high: int
    rest_seconds: int
    note: str | None
    load: float | None = None
    unit: str | None = None
    last: str | None = None  # last time's result, e.g. "60 kg × 12, 12, 11"
    change: str | None = None  # what progression did: up, down, harder, easier, same...
    variation: str | None = None  # the harder (or, change "easier", easier) one, by name
    instead_of: str | None = None  # the program's move this easier one stands in for, by name
    held: str | None = None  # done with a dumbbell there, never done yet: "holding dumbbells"


@dataclass(frozen=True)
class Progress:
    """Last time's result and, where history supports one, the next target."""

    last: str
    load: float | None = None
    unit: str | None = None
    change: str | None = None
    reps: tuple[int, int] | None = None  # the program's range for this exposure
    variation: str | None = None  # the harder (easier) variation named, at the top (misses)


def planned_of(log: ExerciseLog) -> Planned:
    return Planned(log.planned_sets, log.rep_low, log.rep_high, log.planned_load, Unit(log.unit))


def entries_of(rows: Sequence[SetLog]) -> tuple[SetEntry, ...]:
    return tuple(SetEntry(r.reps, r.load, Unit(r.unit) if r.unit else None) for r in rows)


def sets_text(entries: Sequence[SetEntry]) -> str:
    """'60 kg × 12, 12, 10', per-set loads when they differ, or '20, 20, 20 reps'."""
    if not entries:
        return "-"
    loads = {(e.load, e.unit) for e in entries}
    if len(loads) == 1:
        load, unit = next(iter(loads))
        reps = ", ".join(str(e.reps) for e in entries)
        return f"{load:g} {unit.value} × {reps}" if load is not None and unit else f"{reps} reps"
    return ", ".join(
        f"{e.load:g} {e.unit.value} × {e.reps}" if e.load is not None and e.unit else str(e.reps)
        for e in entries
    )


def saved_text(entries: Sequence[SetEntry]) -> str:
    """What an entry holds, said briefly: '3×10 at 40 kg' or '3×12' when every set is the
    same, else as sets_text says it."""
    if len({(e.reps, e.load, e.unit) for e in entries}) != 1:
        return sets_text(entries)
    first = entries[0]
    at = f" at {first.load:g} {first.unit.value}" if first.load is not None and first.unit else ""
    return f"{len(entries)}×{first.reps}{at}"


def missed_before(s: Session, user_id: int, log: ExerciseLog, rows: Sequence[SetLog]) -> bool:
    """Did `log` miss the bottom of its range, and the time this exercise was done before it
    as well? (Two misses running make a band or bodyweight move easier.)"""
    if not rows or not any(r.reps < log.rep_low for r in rows):
        return False
    before = logs.previous_done(s, user_id, log.exercise_id, rows[0].day)
    return before is not None and any(r.reps < before[0].rep_low for r in before[1])


def prescribe_from(
    svc: Services,
    s: Session,
    user_id: int,
    profile: Profile,
    found: tuple[ExerciseLog, list[SetLog]],
    reps: tuple[int, int],
    back: bool = False,
    own_reps: tuple[int, int] | None = None,
    day: date | None = None,
) -> Progress:
    """The next target in `reps` from the last time (`found`) an exercise was done; `back`:
    the first workout after weeks without training, at the loads last managed; `own_reps`:
    the session's range before a program step changed it (prescribe); `day`: the workout's,
    whose kit (a while away: Profile.away; the dumbbells at home) the load is for."""
    log, rows = found
    place = profile.place if day is None else profile.place_on(day)
    held = None if day is None else held_on(profile, day)
    card = svc.content.exercises[log.exercise_id]
    heaviest = most_held(profile, day)
    if place == Place.GYM and held_way(card) is None:
        heaviest = None  # a home gym's barbell lift: no dumbbell's heaviest holds it down
    most = None if heaviest is None else convert(*heaviest, profile.unit)
    performed = entries_of(rows)
    twice = card.loading.value != "weighted" and missed_before(s, user_id, log, rows)
    earlier: list[SetEntry] = []
    if rows and rack_unsure(card, place, performed, profile.unit):  # 20 kg: which rack?
        lifted = loads.loads_lifted(s, user_id, log.exercise_id, rows[0].day)
        earlier = [SetEntry(1, load, Unit(unit) if unit else None) for load, unit in lifted]
    rx = prescribe(
        card,
        planned_of(log),
        performed,
        reps,
        profile.unit,
        missed_before=twice,
        hold_rise=back,
        own_reps=own_reps,
        place=place,
        most=most,
        earlier=earlier,
        held=held,
    )
    return Progress(
        sets_text(performed),
        rx.load,
        rx.unit.value,
        rx.change,
        (rx.rep_low, rx.rep_high),
        rx.variation,
    )


def done_before(
    s: Session,
    user_id: int,
    profile: Profile,
    exercise_ids: Sequence[str],
    day: date,
    upto: date | None = None,
) -> dict[str, tuple[ExerciseLog, list[SetLog]]]:
    """The last time each move was done before `day` (logs.previous_done_many; `upto`:
    before that day instead, the workout just done looked ahead from), but for a day back
    from a while away where the load was held down (Away.most: "no gym", "dumbbells up to
    30kg"): a move last done there is taken from the time before it, when there is one, so
    the loads lifted at home stand (not the bodyweight sets of a week with nothing to hold)."""
    found = logs.previous_done_many(s, user_id, exercise_ids, upto or day)
    held = [a for a in profile.aways if a.most is not None and a.last < day]
    for away in reversed(held):  # the latest first: one before it may be held down too
        days = {i: logs.session_of(s, user_id, x.session_id).day for i, (x, _) in found.items()}
        there = [i for i, d in days.items() if away.holds(d)]
        before = logs.previous_done_many(s, user_id, there, away.first) if there else {}
        # a load heavier there than before (a dumbbell held where home's sets were bare)
        # was not held down by the kit: it stands
        kept = {i: x for i, x in before.items() if _heaviest(found[i][1]) <= _heaviest(x[1])}
        found = found | kept
    return found


def _heaviest(rows: Sequence[SetLog]) -> float:
    """The heaviest load of the sets, in kg (0: none held)."""
    return max(
        (convert(r.load, Unit(r.unit), Unit.KG) for r in rows if r.load and r.unit), default=0.0
    )


def progress(
    svc: Services, s: Session, user_id: int, profile: Profile, workout: prog.Workout
) -> dict[str, Progress]:
    """Per exercise of `workout`: what history says (two queries for the whole workout)."""
    history = done_before(
        s, user_id, profile, [p.exercise_id for p in workout.exercises], workout.day
    )
    out: dict[str, Progress] = {}
    back = bool(history) and back_after_break(s, user_id, workout.day)
    for p in workout.exercises:
        found = history.get(p.exercise_id)
        if found is not None:
            reps = (p.rep_low, p.rep_high)
            out[p.exercise_id] = prescribe_from(
                svc, s, user_id, profile, found, reps, back, p.own_reps, workout.day
            )
    return out


def targets(
    svc: Services, s: Session, user_id: int, profile: Profile, workout: prog.Workout
) -> list[Target]:
    """The workout's exercises with names, notes and, where history gives one, the load."""
    found = progress(svc, s, user_id, profile, workout)
    # a dumbbell to hold away from a gym (at home, a week away): a move never done yet says
    # how it is done with one; an easier start stays bare
    dumbbell = held_on(profile, workout.day) and profile.place_on(workout.day) != Place.GYM
    out = []
    for p in workout.exercises:
        rx = found.get(p.exercise_id)
        card = svc.content.exercises[p.exercise_id]
        low, high = rx.reps if rx and rx.reps else (p.rep_low, p.rep_high)
        out.append(
            Target(
                exercise_id=p.exercise_id,
                name=card.name,
                sets=p.sets,
                rep_low=low,
                rep_high=high,
                rest_seconds=p.rest_seconds,
                note=svc.programs.note(p.note_key) if p.note_key else None,
                load=rx.load if rx else None,
                unit=rx.unit if rx else None,
                last=rx.last if rx else None,
                change=rx.change if rx else None,
                variation=variation_name(svc, rx.variation) if rx else None,
                instead_of=variation_name(svc, p.instead_of),
                held=held_way(card) if dumbbell and rx is None and not p.instead_of else None,
            )
        )
    return out


def swapped_in(
    svc: Services, s: Session, user_id: int, profile: Profile, log: ExerciseLog, day: date
) -> Progress | None:
    """The target of a move swapped in for the planned one (`log.swapped_from`) on `day`,
    from its own last time, in the slot's rep range; None when it was never done (the
    planned move's target stands)."""
    found = done_before(s, user_id, profile, [log.exercise_id], day).get(log.exercise_id)
    if found is None:
        return None
    slot = _slot(svc, profile, log, day)
    reps = (slot.rep_low, slot.rep_high) if slot else (log.rep_low, log.rep_high)
    own = slot.own_reps if slot else None
    back = back_after_break(s, user_id, day)
    return prescribe_from(svc, s, user_id, profile, found, reps, back, own, day)


def slot_reps(svc: Services, profile: Profile, log: ExerciseLog, day: date) -> tuple[int, int]:
    """The plan's rep range for the slot `log` fills on `day` (its own, when off the plan)."""
    slot = _slot(svc, profile, log, day)
    return (slot.rep_low, slot.rep_high) if slot else (log.rep_low, log.rep_high)


def _slot(
    svc: Services, profile: Profile, log: ExerciseLog, day: date
) -> prog.PlannedExercise | None:
    workout = prog.workout_for(svc.programs, profile, day)
    planned = workout.exercises if workout is not None else ()
    original = log.swapped_from or log.exercise_id
    return next((p for p in planned if p.exercise_id == original), None)


NEXT_LOOKAHEAD_DAYS = 70


def next_target(
    svc: Services, s: Session, user_id: int, profile: Profile, exercise_id: str, after: date
) -> Progress | None:
    """The target `exercise_id` gets the next time it falls in the plan after `after`
    (within 10 weeks; else in last time's range), from its sets up to `after`."""
    found = logs.previous_done_many(s, user_id, [exercise_id], after + timedelta(days=1))
    if exercise_id not in found:
        return None
    log, _ = found[exercise_id]
    reps = (log.rep_low, log.rep_high)
    own: tuple[int, int] | None = None
    day: date | None = None
    for offset in range(1, NEXT_LOOKAHEAD_DAYS + 1):
        workout = prog.workout_for(svc.programs, profile, after + timedelta(days=offset))
        exercises = workout.exercises if workout is not None else ()
        slot = next((p for p in exercises if p.exercise_id == exercise_id), None)
        if slot is not None and workout is not None:
            reps, own, day = (slot.rep_low, slot.rep_high), slot.own_reps, workout.day
            break
    if day is not None:  # as that day will plan it: back from a week away, from before it
        since = done_before(s, user_id, profile, [exercise_id], day, upto=after + timedelta(days=1))
        found = since or found
    return prescribe_from(svc, s, user_id, profile, found[exercise_id], reps, own_reps=own, day=day)


def held_on(profile: Profile, day: date) -> bool:
    """Whether `day`'s workout has a load to hold (dumbbells, a plate): at a gym, at home
    with dumbbells, or away with dumbbells; not at home with bands alone, with bodyweight
    only, at a home gym with a barbell and no dumbbells said, nor away with nothing."""
    away = profile.away_on(day)
    if away is not None:
        return away.most != NOTHING_HELD
    return (profile.place == Place.GYM and not profile.home_gym) or profile.dumbbells


def most_held(profile: Profile, day: date | None) -> tuple[float, Unit] | None:
    """The heaviest load there is to hold on `day` (None: the usual place): a while away's
    (Away.most; 0 with nothing to hold), else the heaviest dumbbell said at home; None when
    no limit was said, or at a gym."""
    away = None if day is None else profile.away_on(day)
    if away is not None:
        return None if away.most is None else (away.most, away.unit or profile.unit)
    # at a home gym, its dumbbells' heaviest (for the moves held with them: prescribe_from)
    at_home = profile.dumbbells and (profile.place != Place.GYM or bool(profile.home_gym))
    return profile.dumbbells_up_to if at_home else None


def held_moves(svc: Services, profile: Profile, day: date) -> tuple[str, ...]:
    """The plan's moves done holding a dumbbell on `day` (at home with dumbbells, a home
    gym or a week away with them), in the plan's order and as their cards say it ("walking
    lunge holding dumbbells"); none at a gym or with nothing to hold."""
    place = profile.place_on(day)
    at_gym = place == Place.GYM and not (profile.home_gym and profile.dumbbells)
    if at_gym or not held_on(profile, day):
        return ()
    return held_in_plan(svc, profile.goal, place)


def held_in_plan(svc: Services, goal: Goal | str, place: Place | str) -> tuple[str, ...]:
    """The moves of the plan for `goal` at `place` done holding a dumbbell, as their cards
    say it ("walking lunge holding dumbbells"), when there are dumbbells to hold."""
    program = svc.programs.program_for(goal, place)
    ids = dict.fromkeys(slot.exercise_id for x in program.sessions for slot in x.slots)
    cards = [svc.content.exercises[x] for x in ids]
    return tuple(card.harder for card in cards if card.harder and held_way(card))


def variation_name(svc: Services, variation: str | None) -> str | None:
    """A harder variation by name: a card's name when it is a card's id."""
    if variation is None:
        return None
    card = svc.content.exercises.get(variation)
    return card.name if card is not None else variation


def workout_on(svc: Services, profile: Profile, day: date) -> prog.Workout:
    """The workout planned for `day`, or the next one when `day` is a rest day."""
    return prog.workout_for(svc.programs, profile, day) or prog.next_workout(
        svc.programs, profile, day
    )
