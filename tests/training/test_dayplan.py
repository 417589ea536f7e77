"""Issue 11: one workout of the day. The push, /today, "Start logging" and /week agree on
what a date holds: a moved workout on the day it moved to, a finished day as done."""

from __future__ import annotations

from datetime import UTC, date, datetime

from bot.coach.status import SessionStatus
from bot.store import logs
from bot.training import workouts
from bot.training.logbook import Ask, Finished
from bot.training.workouts import PushAnswer, WeekView, WorkoutView
from tests.training.test_logbook import ME, MONDAY, START, built, entry, start, svc, unit  # noqa: F401

TUESDAY = datetime(2026, 11, 17, 17, 30, tzinfo=UTC)


async def test_moved_workout_is_the_one_shown_and_logged_the_next_day(svc):  # noqa: F811
    moved = unit(
        svc, lambda s, user: workouts.push_button(svc, s, user, ["push", "move", "20261116"])
    )
    assert isinstance(moved, PushAnswer) and not moved.expired
    svc.clock.set(TUESDAY)  # a rest day in the plan
    today = unit(svc, lambda s, _: workouts.today(svc, s, ME))
    assert isinstance(today, WorkoutView)
    assert (today.is_today, today.workout.session_label) == (True, "A")
    assert today.targets[0].name == "Squat" and today.buttons(push=False)
    push = unit(svc, lambda s, _: workouts.push_view(svc, s, ME.user_id, START))
    assert push.workout.session_label == "A"
    first = start(svc, date(2026, 11, 17))
    assert isinstance(first, Ask) and first.name == "Squat"  # not Thursday's session B
    week = unit(svc, lambda s, _: workouts.week(svc, s, ME))
    assert isinstance(week, WeekView)
    shown = [(w.day.isoformat(), w.session_label) for w, _ in week.days]
    assert shown == [("2026-11-16", "A"), ("2026-11-17", "A"), ("2026-11-19", "B")]
    assert week.statuses == {date(2026, 11, 16): "skipped", date(2026, 11, 17): "open"}


async def test_a_day_logged_in_full_is_never_pushed_even_before_its_finish(svc):  # noqa: F811
    """Every exercise entered, the session not closed (an Undo then a skip, say): the day is
    still done for the push."""
    start(svc)
    for _ in range(4):
        entry(svc, "40kg 10 10 10")
    with svc.db.session() as s:
        session = logs.session_on(s, ME.user_id, START)
        assert session is not None
        logs.set_session_status(session, SessionStatus.OPEN)
    assert unit(svc, lambda s, _: workouts.push_view(svc, s, ME.user_id, START)) is None


async def test_a_finished_day_shows_as_done_without_buttons(svc):  # noqa: F811
    start(svc)
    for _ in range(4):
        saved = entry(svc, "40kg 10 10 10")
    assert isinstance(saved.then, Finished)
    # issue 11: a day already logged is never pushed again ...
    assert unit(svc, lambda s, _: workouts.push_view(svc, s, ME.user_id, START)) is None
    # ... and /today shows it as done, with no "Start logging"
    view = unit(svc, lambda s, _: workouts.today(svc, s, ME))
    assert isinstance(view, WorkoutView)
    assert (view.status, view.workout.session_label) == ("done", "A")
    assert not view.buttons(push=True) and not view.buttons(push=False)
    week = unit(svc, lambda s, _: workouts.week(svc, s, ME))
    assert isinstance(week, WeekView) and week.statuses[START] == "done"
