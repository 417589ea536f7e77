"""Issue 11: one workout of the day. The push, /today, "Start logging" and /week agree on
what a date holds: a moved workout on the day it moved to, a finished day as done."""

from __future__ import annotations

from datetime import UTC, date, datetime

from bot.coach.programs import EXTRA_LABEL
from bot.coach.status import SessionStatus
from bot.store import logs
from bot.training import logbook, workouts
from bot.training.logbook import Ask, Echo, Finished, RestDay, SingleExercises, Tapped
from bot.training.workouts import PushAnswer, WeekView, WorkoutView
from tests.training.test_logbook import (  # noqa: F401
    ME,
    MONDAY,
    START,
    built,
    entry,
    press,
    start,
    svc,
    unit,
)

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
    entry(svc, "40kg 10 10 10")  # started: /week says so once something is entered
    week = unit(svc, lambda s, _: workouts.week(svc, s, ME))
    assert isinstance(week, WeekView)
    shown = [(w.day.isoformat(), w.session_label) for w, _ in week.days]
    assert shown == [("2026-11-16", "A"), ("2026-11-17", "A"), ("2026-11-19", "B")]
    assert week.statuses == {date(2026, 11, 16): "moved_on", date(2026, 11, 17): "open"}


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


def rest_press(svc, action: str, day: date):  # noqa: F811
    data = ["push", action, day.strftime("%Y%m%d")]
    return unit(svc, lambda s, user: logbook.on_rest_press(svc, s, user, data))


async def test_start_on_a_rest_day_asks_what_to_log(svc):  # noqa: F811
    """Issue 11: "Start logging" on a rest day no longer opens the next workout silently: it
    asks whether to log Thursday's workout today or single exercises; /today asks too."""
    svc.clock.set(TUESDAY)
    tuesday, thursday = date(2026, 11, 17), date(2026, 11, 19)
    tapped = press(svc, "push", "start", "20261117")
    assert tapped == Tapped(drop=False, then=RestDay(tuesday, thursday, "B"))
    today = unit(svc, lambda s, _: workouts.today(svc, s, ME))
    assert isinstance(today, WorkoutView) and today.rest_day and not today.is_today
    assert today.workout.day == thursday
    # nothing was opened by asking
    assert unit(svc, lambda s, _: logs.session_on(s, ME.user_id, tuesday)) is None


async def test_bringing_the_next_workout_forward_logs_it_once(svc):  # noqa: F811
    svc.clock.set(TUESDAY)
    tuesday, thursday = date(2026, 11, 17), date(2026, 11, 19)
    tapped = rest_press(svc, "pull", tuesday)
    assert isinstance(tapped, Tapped) and isinstance(tapped.then, Ask)
    assert (tapped.then.position, tapped.then.count, tapped.then.name) == (1, 4, "Lunge")
    for _ in range(4):
        saved = entry(svc, "20kg 10 10 10")
    assert isinstance(saved.then, Finished)
    again = rest_press(svc, "pull", tuesday)  # a double tap: carries on, opens nothing new
    assert isinstance(again, Tapped) and isinstance(again.then, Finished)
    week = unit(svc, lambda s, _: workouts.week(svc, s, ME))
    assert isinstance(week, WeekView)
    assert week.statuses[tuesday] == "done" and week.statuses[thursday] == "moved"
    svc.clock.set(datetime(2026, 11, 19, 17, 30, tzinfo=UTC))
    # Thursday's workout was done on Tuesday: no push, and /today says so
    assert unit(svc, lambda s, _: workouts.push_view(svc, s, ME.user_id, thursday)) is None
    view = unit(svc, lambda s, _: workouts.today(svc, s, ME))
    assert isinstance(view, WorkoutView) and view.status == "moved"
    assert not view.buttons(push=False)


async def test_the_weeks_last_workout_brought_forward_brings_the_recap(svc):  # noqa: F811
    """The recap comes with the session that closes the week's plan: Thursday's workout
    logged on Tuesday closes it there (it came only on the last training day, so a week whose
    last workout was brought forward had no recap)."""
    start(svc)
    for _ in range(4):
        saved = entry(svc, "40kg 10 10 10")
    assert isinstance(saved.then, Finished) and saved.then.recap is None  # Thursday to come
    svc.clock.set(TUESDAY)
    tapped = rest_press(svc, "pull", date(2026, 11, 17))
    assert isinstance(tapped, Tapped) and isinstance(tapped.then, Ask)
    for _ in range(4):
        saved = entry(svc, "40kg 10 10 10")
    assert isinstance(saved.then, Finished)
    recap = saved.then.recap
    assert recap is not None and (recap.planned, recap.done, recap.extra) == (2, 2, 0)


async def test_single_exercises_on_a_rest_day_are_an_extra_session(svc):  # noqa: F811
    svc.clock.set(TUESDAY)
    tuesday = date(2026, 11, 17)
    tapped = rest_press(svc, "extra", tuesday)
    assert tapped == Tapped(drop=True, then=SingleExercises("kg"))
    saved = entry(svc, "hip thrust 60kg 12 12 10")
    assert isinstance(saved.then, Finished) and (saved.then.done, saved.then.total) == (1, 1)
    session = unit(svc, lambda s, _: logs.session_on(s, ME.user_id, tuesday))
    assert session is not None and session.session_label == EXTRA_LABEL
    assert rest_press(svc, "extra", date(2026, 11, 16)) is None  # a training day: stale
    assert rest_press(svc, "pull", date(2026, 11, 15)) is None  # two days ago: stale


async def test_an_exercise_typed_on_a_rest_day_is_not_the_next_workout(svc):  # noqa: F811
    svc.clock.set(TUESDAY)
    echo = unit(svc, lambda s, user: logbook.on_text(svc, s, user, "squat 40kg 10 10 10"))
    assert isinstance(echo, Echo) and echo.name == "Squat"
    with svc.db.session() as s:
        session = logs.session_on(s, ME.user_id, date(2026, 11, 17))
        assert session is not None and session.session_label == EXTRA_LABEL
        assert [x.exercise_id for x in logs.exercises_of(s, ME.user_id, session.id)] == ["squat"]
        assert logs.session_on(s, ME.user_id, date(2026, 11, 19)) is None  # Thursday untouched


async def test_one_recap_a_week_however_many_sessions_follow(svc):  # noqa: F811
    """The week's last workout brings the recap; single exercises logged on the Saturday
    after it are an extra session and bring no second recap for the same week."""
    start(svc)
    for _ in range(4):
        saved = entry(svc, "40kg 10 10 10")
    assert isinstance(saved.then, Finished) and saved.then.recap is None  # Thursday to come
    svc.clock.set(datetime(2026, 11, 19, 17, 30, tzinfo=UTC))
    start(svc, date(2026, 11, 19))
    for _ in range(4):
        saved = entry(svc, "40kg 10 10 10")
    assert isinstance(saved.then, Finished) and saved.then.recap is not None
    saturday = date(2026, 11, 21)
    svc.clock.set(datetime(2026, 11, 21, 10, 0, tzinfo=UTC))
    tapped = rest_press(svc, "extra", saturday)
    assert tapped == Tapped(drop=True, then=SingleExercises("kg"))
    saved = entry(svc, "hip thrust 60kg 12 12 10")
    assert isinstance(saved.then, Finished) and saved.then.recap is None  # already given
