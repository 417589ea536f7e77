"""The program starts with the first workout, not on the day of setup (bot/training/people.py:
planning): until the person has trained, a workout needed in a later week than the start
moves the start to it, so it is week 1 and session A; the push, /today, /week and logging
agree on it; once they have trained (a set, a session done), idle weeks count."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pytest

from bot.coach import programs as prog
from bot.coach.profile import Unit
from bot.coach.setlog import SetEntry
from bot.coach.status import SessionStatus
from bot.coach.workout_csv import CsvSet, ParsedFile
from bot.runtime.clock import ManualClock
from bot.runtime.config import database_url
from bot.runtime.services import Services
from bot.store import logs
from bot.store.models import User
from bot.training import imports, logbook, logbook_buttons, recap, workouts
from bot.training.people import Caller, person
from tests.factories import make_user
from tests.training import services_for

SET_UP = date(2026, 11, 2)  # a Monday: tone at the gym, Mon + Thu 18:30 Berlin, new to lifting
THURSDAY = date(2026, 11, 5)
THREE_WEEKS_ON = date(2026, 11, 23)  # the fourth Monday: week 4 counted from the setup
SETUP_PUSH = datetime(2026, 11, 2, 17, 30, tzinfo=UTC)  # 18:30 in Berlin
FIRST_PUSH = datetime(2026, 11, 23, 17, 30, tzinfo=UTC)
ME = Caller(961, 961)


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(FIRST_PUSH)


@pytest.fixture
def svc(db_url: str, clock: ManualClock) -> Iterator[Services]:
    with services_for(database_url(db_url), clock) as services:
        with services.db.session() as s:
            s.add(make_user(ME.user_id, SETUP_PUSH, started_on=SET_UP, experience="new"))
        yield services


def me(svc: Services) -> User:
    with svc.db.session() as s:
        return person(s, ME, svc.clock.now())


def pushed(svc: Services, day: date) -> prog.Workout:
    with svc.db.session() as s:
        view = workouts.push_view(svc, s, ME.user_id, day)
    assert view is not None
    return view.workout


def first_label(svc: Services) -> str:
    return svc.programs.program_for("tone", "gym").sessions[0].label


def plan(workout: prog.Workout) -> list[tuple[str, int, int, int]]:
    return [(x.exercise_id, x.sets, x.rep_low, x.rep_high) for x in workout.exercises]


def trained_on(svc: Services, day: date) -> None:
    """One exercise logged on `day` (its session open, as when sets are typed)."""
    with svc.db.session() as s:
        session = logs.open_session(
            s,
            ME.user_id,
            day,
            "tone_gym",
            "A",
            [logs.PlanRow("squat", 3, 8, 12, 40.0, "kg")],
            SETUP_PUSH,
        )
        [log] = logs.exercises_of(s, ME.user_id, session.id)
        logs.save_sets(s, log, day, [SetEntry(12, 40.0, None)] * 3, "40kg 12 12 12", SETUP_PUSH)


def test_idle_for_three_weeks_the_first_push_is_week_1_session_a(svc):
    workout = pushed(svc, THREE_WEEKS_ON)
    assert (workout.week_number, workout.session_label) == (1, first_label(svc))
    assert all(
        x.sets <= 3 for x in workout.exercises
    )  # a beginner's first weeks (tone: 4 in week 4)
    user = me(svc)
    assert user.started_on == THREE_WEEKS_ON and not user.session_offset


def test_the_push_today_week_and_logging_agree_and_asking_again_changes_nothing(svc, clock):
    clock.set(FIRST_PUSH - timedelta(hours=8))  # /today in the morning, before the push
    with svc.db.session() as s:
        today = workouts.today(svc, s, ME)
    assert today is not None and today.workout.week_number == 1
    clock.set(FIRST_PUSH)
    push = pushed(svc, THREE_WEEKS_ON)
    assert push == today.workout and pushed(svc, THREE_WEEKS_ON) == push
    with svc.db.session() as s:
        week = workouts.week(svc, s, ME)
    assert week is not None and week.days[0][0] == push
    with svc.db.session() as s:
        user = person(s, ME, clock.now())
        logbook_buttons.on_start_press(svc, s, user, ["push", "start", "20261123"])
        session = logs.session_on(s, ME.user_id, THREE_WEEKS_ON)
        assert session is not None and session.session_label == push.session_label
        rows = logs.exercises_of(s, ME.user_id, session.id)
    assert [(x.exercise_id, x.planned_sets, x.rep_low, x.rep_high) for x in rows] == plan(push)
    assert me(svc).started_on == THREE_WEEKS_ON


def test_sets_typed_for_a_later_week_start_the_program_on_their_day(svc):
    """Logging is a way of asking too: the typed sets go into week 1's session A."""
    with svc.db.session() as s:
        logbook.on_text(svc, s, person(s, ME, FIRST_PUSH), "squat 40kg 12 12 12")
        session = logs.session_on(s, ME.user_id, THREE_WEEKS_ON)
        assert session is not None and session.session_label == first_label(svc)
        rows = logs.exercises_of(s, ME.user_id, session.id)
    assert all(x.planned_sets <= 3 for x in rows)
    assert me(svc).started_on == THREE_WEEKS_ON


def test_once_trained_idle_weeks_never_move_the_start(svc):
    trained_on(svc, SET_UP)
    workout = pushed(svc, THREE_WEEKS_ON)
    # Two silent weeks between: the plan picks up at week 2, not 4 (weeks_off), the start stays.
    assert workout.week_number == 2
    assert me(svc).started_on == SET_UP


def test_a_wiped_log_lets_the_start_follow_the_first_workout_again(svc):
    trained_on(svc, SET_UP)
    with svc.db.session() as s:
        logs.wipe_log(s, ME.user_id)  # /delete: "Wipe my training log"
    assert pushed(svc, THREE_WEEKS_ON).week_number == 1


def test_a_session_done_is_training_too(svc):
    with svc.db.session() as s:
        session = logs.open_session(s, ME.user_id, SET_UP, "tone_gym", "A", [], SETUP_PUSH)
        logs.finish_session(session, SessionStatus.DONE, SETUP_PUSH)
    assert pushed(svc, THREE_WEEKS_ON).week_number == 2  # trained: not week 1 again


def test_a_skip_is_not_training(svc, clock):
    clock.set(SETUP_PUSH)
    with svc.db.session() as s:
        user = person(s, ME, clock.now())
        answer = workouts.push_button(svc, s, user, ["push", "skip", "20261102"])
    assert answer is not None and not answer.expired
    clock.set(FIRST_PUSH)
    assert pushed(svc, THREE_WEEKS_ON).week_number == 1
    assert me(svc).started_on == THREE_WEEKS_ON


def test_in_the_starts_own_week_the_start_stays(svc, clock):
    """Monday's push let go by, Thursday's is session B of week 1: one Monday-to-Sunday plan
    keeps one numbering."""
    clock.set(SETUP_PUSH + timedelta(days=3))
    workout = pushed(svc, THURSDAY)
    labels = [x.label for x in svc.programs.program_for("tone", "gym").sessions]
    assert (workout.week_number, workout.session_label) == (1, labels[1])
    assert me(svc).started_on == SET_UP


def test_a_rest_day_asked_starts_the_program_with_the_next_workout(svc, clock):
    """/today on a rest day in a later week shows the next workout, and that is where the
    program starts: the workout shown is the one pushed."""
    sunday = datetime(2026, 11, 22, 10, 0, tzinfo=UTC)
    clock.set(sunday)
    with svc.db.session() as s:
        shown = workouts.today(svc, s, ME)
    assert shown is not None and shown.workout.day == THREE_WEEKS_ON
    assert shown.workout.week_number == 1
    clock.set(FIRST_PUSH)
    assert pushed(svc, THREE_WEEKS_ON) == shown.workout


def test_a_file_imported_before_any_training_is_history_before_the_start(svc):
    """Sets imported weeks after the setup (done elsewhere) start the program with the next
    workout rather than fix it at the setup day: week 1, and the imported days before it."""
    rows = [CsvSet(date(2026, 11, 20), "Squat", 10, 40.0, Unit.KG)] * 3
    with svc.db.session() as s:
        imports.import_log(svc, s, ME, ParsedFile("strong", rows, 0))
    assert me(svc).started_on == THREE_WEEKS_ON
    assert pushed(svc, THREE_WEEKS_ON).week_number == 1


def test_no_recap_for_the_weeks_before_the_new_start(svc):
    pushed(svc, THREE_WEEKS_ON)
    with svc.db.session() as s:
        user = person(s, ME, FIRST_PUSH)
        assert recap.weekly(svc, s, user, SET_UP) is None
        assert recap.weekly(svc, s, user, THREE_WEEKS_ON - timedelta(days=7)) is None
        this_week = recap.weekly(svc, s, user, THREE_WEEKS_ON)
    assert this_week is not None and (this_week.planned, this_week.done, this_week.streak) == (
        2,
        0,
        0,
    )


def test_week_on_a_sunday_before_the_first_workout_shows_the_week_it_starts(svc, clock):
    """/week on the Sunday before: the program starts on Monday (nothing is left of this
    week), so /week shows that week, as /today and the push have it; it said "No training
    days this week"."""
    clock.set(datetime(2026, 11, 22, 10, 0, tzinfo=UTC))
    with svc.db.session() as s:
        week = workouts.week(svc, s, ME)
        shown = workouts.today(svc, s, ME)
    assert week is not None and shown is not None
    assert week.monday == THREE_WEEKS_ON and week.starts_on == THREE_WEEKS_ON
    labels = [x.label for x in svc.programs.program_for("tone", "gym").sessions]
    assert [(w.day, w.session_label, w.week_number) for w, _ in week.days] == [
        (THREE_WEEKS_ON, labels[0], 1),
        (THREE_WEEKS_ON + timedelta(days=3), labels[1], 1),
    ]
    assert week.days[0][0] == shown.workout
    clock.set(FIRST_PUSH)
    assert pushed(svc, THREE_WEEKS_ON) == shown.workout


def test_week_in_the_starts_own_week_is_this_week(svc, clock):
    clock.set(SETUP_PUSH + timedelta(days=2))  # Wednesday: Thursday's workout is ahead
    with svc.db.session() as s:
        week = workouts.week(svc, s, ME)
    assert week is not None and week.monday == SET_UP and week.starts_on is None
    assert [w.day for w, _ in week.days] == [SET_UP, THURSDAY]


def still_week_1(svc: Services, day: date) -> bool:
    with svc.db.session() as s:
        view = workouts.push_view(svc, s, ME.user_id, day)
    assert view is not None
    return view.first_week_again


def test_pushes_let_go_by_say_why_it_is_week_1_again(svc, clock):
    """Past the setup's week, untrained: the push and /today say the program starts with the
    first workout; in the setup's own week, or once trained, they don't."""
    clock.set(SETUP_PUSH)
    assert not still_week_1(svc, SET_UP)
    clock.set(SETUP_PUSH + timedelta(days=3))
    assert not still_week_1(svc, THURSDAY)
    clock.set(FIRST_PUSH)
    assert still_week_1(svc, THREE_WEEKS_ON)
    with svc.db.session() as s:
        today = workouts.today(svc, s, ME)
    assert today is not None and today.first_week_again
    trained_on(svc, THREE_WEEKS_ON)
    clock.set(FIRST_PUSH + timedelta(days=3))
    assert not still_week_1(svc, THREE_WEEKS_ON + timedelta(days=3))


def test_once_trained_no_push_says_week_1_again(svc, clock):
    trained_on(svc, SET_UP)
    assert not still_week_1(svc, THREE_WEEKS_ON)


def test_a_push_moved_within_the_setup_week_is_the_programs_first_workout(svc, clock):
    """Why the start never moves within its own week: Monday's push moved to Tuesday is
    logged there as session A and Thursday's is B. Were the start moved to the first
    workout's own day, "Start logging" on Tuesday would move it to Thursday: Tuesday's A
    would be history and Thursday A again (and /week renumbered mid-week)."""
    clock.set(SETUP_PUSH)
    with svc.db.session() as s:
        user = person(s, ME, clock.now())
        workouts.push_button(svc, s, user, ["push", "move", "20261102"])
    clock.set(SETUP_PUSH + timedelta(days=1))
    with svc.db.session() as s:
        user = person(s, ME, clock.now())
        logbook_buttons.on_start_press(svc, s, user, ["push", "start", "20261103"])
        session = logs.session_on(s, ME.user_id, SET_UP + timedelta(days=1))
        assert session is not None and session.session_label == first_label(svc)
    assert me(svc).started_on == SET_UP
    clock.set(SETUP_PUSH + timedelta(days=3))
    labels = [x.label for x in svc.programs.program_for("tone", "gym").sessions]
    assert pushed(svc, THURSDAY).session_label == labels[1]
