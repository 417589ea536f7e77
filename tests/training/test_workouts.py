"""Workouts (bot/training/workouts.py): the workout of a day, the week, the program, pause
and resume, and the push's skip and move buttons, without Telegram."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.coach.status import SessionStatus
from bot.runtime.clock import ManualClock
from bot.runtime.config import database_url
from bot.runtime.services import Services
from bot.store import logs
from bot.store.models import User
from bot.training import workouts
from bot.training.people import Caller, person, reschedule
from bot.training.workouts import PushAction, PushAnswer
from tests.factories import make_user
from tests.training import services_for

BERLIN = ZoneInfo("Europe/Berlin")
MONDAY = date(2026, 11, 16)  # tone at the gym, Monday and Thursday at 18:30 in Berlin
NOW = datetime(2026, 11, 16, 17, 30, tzinfo=UTC)  # Monday 18:30 in Berlin
ME, NEWCOMER = Caller(951, 951), Caller(952, 952)


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(NOW)


@pytest.fixture
def svc(db_url: str, clock: ManualClock) -> Iterator[Services]:
    with services_for(database_url(db_url), clock) as services:
        with services.db.session() as s:
            s.add(make_user(ME.user_id, NOW, started_on=date(2026, 11, 2)))
            s.add(make_user(NEWCOMER.user_id, NOW, onboarded=False))
        yield services


def me(svc: Services) -> User:
    with svc.db.session() as s:
        return person(s, ME, svc.clock.now())


def push(svc: Services, action: str, day: date) -> PushAnswer | None:
    with svc.db.session() as s:
        parts = ["push", action, day.strftime("%Y%m%d")]
        return workouts.push_button(svc, s, person(s, ME, svc.clock.now()), parts)


def test_today_on_a_training_day_and_the_next_workout_on_a_rest_day(svc, clock):
    with svc.db.session() as s:
        today = workouts.today(svc, s, ME)
    assert today is not None and today.is_today and today.workout.day == MONDAY
    assert today.targets and all(t.sets > 0 and t.rep_low <= t.rep_high for t in today.targets)
    assert today.buttons(push=False)

    clock.advance(timedelta(days=1))  # Tuesday: a rest day
    with svc.db.session() as s:
        rest = workouts.today(svc, s, ME)
    assert rest is not None and not rest.is_today and rest.workout.day == date(2026, 11, 19)
    assert not rest.buttons(push=False) and rest.buttons(push=True)


def test_week_and_program(svc):
    with svc.db.session() as s:
        week = workouts.week(svc, s, ME)
        program = workouts.program(svc, s, ME)
    assert week is not None and week.monday == MONDAY
    assert [w.day for w, _ in week.days] == [MONDAY, date(2026, 11, 19)]
    assert program is not None and program.sessions == len(program.program.sessions)
    assert program.names == sorted(program.names) and program.sources


def test_a_timed_pause_keeps_its_end_when_the_schedule_is_planned_again(svc, clock):
    """A change of days, time or zone plans the next push again (people.reschedule): a
    timed pause's first push stays on or after its day (it was dropped: paused, no push)."""
    with svc.db.session() as s:
        paused = workouts.pause(svc, s, ME, paused=True, said="for 10 days")
    assert paused is not None and paused.until == "Thursday 26 November"
    assert paused.when == "Thursday 26 November at 18:30"
    first = datetime(2026, 11, 26, 17, 30, tzinfo=UTC)
    assert me(svc).next_push_at == first
    clock.advance(timedelta(days=2))
    with svc.db.session() as s:
        reschedule(person(s, ME, clock.now()), clock.now())
    assert me(svc).next_push_at == first and me(svc).paused


def test_pause_stops_pushes_and_resume_plans_the_next(svc):
    with svc.db.session() as s:
        assert workouts.pause(svc, s, ME, paused=True) == workouts.NextPush(None)
    assert me(svc).paused and me(svc).next_push_at is None
    with svc.db.session() as s:
        resumed = workouts.pause(svc, s, ME, paused=False)
    assert resumed is not None and resumed.when == "Thursday at 18:30"
    assert me(svc).next_push_at == datetime(2026, 11, 19, 18, 30, tzinfo=BERLIN)
    assert not resumed.unchanged
    with svc.db.session() as s:
        again = workouts.pause(svc, s, ME, paused=False)
    assert again == workouts.NextPush("Thursday at 18:30", unchanged=True)


def test_skip_marks_an_open_session_skipped(svc):
    with svc.db.session() as s:
        logs.open_session(s, ME.user_id, MONDAY, "tone_gym", "A", [], NOW)
    answer = push(svc, "skip", MONDAY)
    assert answer is not None and answer.action == PushAction.SKIP and not answer.expired
    with svc.db.session() as s:
        session = logs.session_on(s, ME.user_id, MONDAY)
        assert session is not None and session.status == SessionStatus.SKIPPED


def test_move_brings_the_workout_to_tomorrow_at_the_usual_time(svc):
    answer = push(svc, "move", MONDAY)
    assert answer is not None and answer.when == "Tuesday at 18:30"
    user = me(svc)
    assert user.moved_from == MONDAY
    assert user.next_push_at == datetime(2026, 11, 17, 18, 30, tzinfo=BERLIN)


def test_an_old_push_button_changes_nothing(svc):
    before = me(svc).next_push_at
    answer = push(svc, "move", date(2026, 11, 12))
    assert answer == PushAnswer(PushAction.MOVE, expired=True)
    assert me(svc).next_push_at == before and me(svc).moved_from is None
    with svc.db.session() as s:
        user = person(s, ME, NOW)
        assert workouts.push_button(svc, s, user, ["push", "move", "2026-11-16"]) is None
        assert workouts.push_button(svc, s, user, ["push", "nap", "20261116"]) is None


def test_without_a_finished_setup_every_view_is_none(svc):
    with svc.db.session() as s:
        assert workouts.today(svc, s, NEWCOMER) is None
        assert workouts.week(svc, s, NEWCOMER) is None
        assert workouts.program(svc, s, NEWCOMER) is None
        assert workouts.pause(svc, s, NEWCOMER, paused=True) is None


def test_skipping_the_weeks_last_workout_brings_the_recap(svc, clock):
    """Skip on the week's last training day (Thursday) closes the week: its recap comes with
    the skip, once; a skip on Monday, with Thursday to come, brings none."""
    monday = push(svc, "skip", MONDAY)
    assert monday is not None and monday.recap is None
    thursday = MONDAY + timedelta(days=3)
    clock.set(NOW + timedelta(days=3))
    answer = push(svc, "skip", thursday)
    assert answer is not None and answer.recap is not None
    assert (answer.recap.planned, answer.recap.done) == (2, 0)
    again = push(svc, "skip", thursday)
    assert again is not None and again.recap is None
