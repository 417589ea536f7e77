"""The taps under "What load did you use?" (bot/training/logbook_load.py), against a real
database: the last load the move was done with, however long ago, saves the plan at it."""

from __future__ import annotations

from datetime import timedelta

from bot.coach.training import goes_unloaded
from bot.store.models import ExerciseLog
from bot.training.logbook import NeedLoad, Saved, Tapped
from tests.training.test_logbook import (  # noqa: F401 (the fixtures)
    MONDAY,
    START,
    built,
    entry,
    press,
    start,
    svc,
)


async def test_bodyweight_last_time_is_not_asked_about_even_after_a_load(svc):  # noqa: F811
    """Once the last squat was bodyweight, "done" with no load known is bodyweight again,
    said so, also when a load was used before it (this asked the load, offering the 40 kg
    of the time before; changed on purpose: asking every session was the complaint)."""
    start(svc)
    entry(svc, "40kg 10 10 10")  # Monday: squat at 40 kg
    svc.clock.set(MONDAY + timedelta(days=3))
    start(svc, START + timedelta(days=3))
    assert entry(svc, "squat bodyweight 3x12").sets == "12, 12, 12 reps"  # Thursday: no load
    svc.clock.set(MONDAY + timedelta(days=7))
    asked = start(svc, START + timedelta(days=7))
    with svc.db.session() as s:  # a target with no load (one the plan couldn't give)
        log = s.get(ExerciseLog, asked.log_id)
        assert log is not None
        log.planned_load = None
    done = press(svc, "lg", "done", asked.log_id)
    assert isinstance(done, Tapped) and isinstance(done.then, Saved), done
    assert done.then.sets == "12, 12, 12 reps" and done.then.bodyweight_again
    assert press(svc, "lg", "ll", asked.log_id) is None  # the load is not asked


async def test_no_last_load_and_no_extra_load(svc):  # noqa: F811
    asked = start(svc)
    need = press(svc, "lg", "done", asked.log_id)
    assert isinstance(need, Tapped) and isinstance(need.then, NeedLoad)
    assert need.then.last_load is None
    assert press(svc, "lg", "ll", asked.log_id) is None  # nothing to repeat
    tapped = press(svc, "lg", "nl", asked.log_id)
    assert isinstance(tapped, Tapped) and isinstance(tapped.then, Saved)
    assert tapped.then.sets == "12, 12, 12 reps"


def test_a_machine_always_takes_a_load(built):  # noqa: F811
    cards = built.content.exercises
    assert goes_unloaded(cards["hip_thrust"]) and goes_unloaded(cards["squat"])
    assert not goes_unloaded(cards["lying_leg_curl"]) and not goes_unloaded(cards["leg_press"])
