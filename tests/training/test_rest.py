"""The rest timer's use cases and storage against a real migrated database (SQLite, and
PostgreSQL when TEST_POSTGRES_URL is set), without Telegram: which rest an exercise gets,
what a press starts or refuses, what cancels a timer, and that a due timer is claimed and
taken exactly once."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from typing import TypeVar

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.coach import programs as prog
from bot.runtime.clock import ManualClock
from bot.runtime.config import database_url
from bot.runtime.services import Services
from bot.store import logs, rest_timers
from bot.store.db import Database
from bot.store.migrate import upgrade
from bot.store.models import ExerciseLog, User
from bot.store.rest_timers import RestTimer
from bot.training import logbook, rest
from bot.training.logbook import Ask, Echo, Saved, Tapped
from bot.training.people import Caller, person, profile_of
from bot.training.rest import Resting, RestOver
from tests.factories import make_user
from tests.training import built_once

T = TypeVar("T")

START = date(2026, 11, 16)  # a Monday: session A
MONDAY = datetime(2026, 11, 16, 17, 30, tzinfo=UTC)
ME = Caller(7101, 7101, "Ana")
OTHER = Caller(7102, 7102, "Bo")
LEASE = timedelta(seconds=30)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Services:
    """Content, programs and templates, loaded once for the module (the slow part)."""
    return built_once(tmp_path_factory.mktemp("rest"))


@pytest.fixture
async def svc(built: Services, db_url: str) -> AsyncIterator[Services]:
    """A fresh migrated database and clock, with two onboarded people: ME (toning: a minute
    between sets) and OTHER (competing: heavy, medium and light sets rest differently)."""
    db = Database(database_url(db_url))
    await upgrade(db)
    services = replace(built, db=db, clock=ManualClock(MONDAY))
    with services.db.session() as s:
        s.add(make_user(ME.user_id, MONDAY, started_on=START))
        s.add(make_user(OTHER.user_id, MONDAY, started_on=START, goal="compete"))
    yield services
    await services.db.dispose()


def unit(svc: Services, work: Callable[[Session, User], T], who: Caller = ME) -> T:
    """One unit of work as the router runs it: the person's row, then the step."""
    with svc.db.session() as s:
        return work(s, person(s, who, svc.clock.now()))


def start_day(svc: Services, who: Caller = ME) -> Ask:
    data = ["push", "start", START.strftime("%Y%m%d")]
    tapped = unit(svc, lambda s, user: logbook.on_start_press(svc, s, user, data), who)
    assert isinstance(tapped, Tapped) and isinstance(tapped.then, Ask)
    return tapped.then


def press_rest(svc: Services, *parts: str | int, who: Caller = ME) -> Resting | None:
    data = ["rest", *(str(p) for p in parts)]
    return unit(svc, lambda s, user: rest.on_press(svc, s, user, data), who)


def timers(svc: Services) -> list[tuple[int, int, int, datetime]]:
    with svc.db.session() as s:
        rows = s.scalars(select(RestTimer).order_by(RestTimer.id))
        return [(t.user_id, t.log_id, t.seconds, t.due_at) for t in rows]


def claim(svc: Services, lease: timedelta = LEASE) -> list[rest_timers.Claimed]:
    with svc.db.session() as s:
        return rest_timers.claim_due(s, svc.clock.now(), 10, lease)


def over(svc: Services, timer: rest_timers.Claimed) -> RestOver | None:
    with svc.db.session() as s:
        return rest.over(svc, s, timer)


# --- which rest ---------------------------------------------------------------------------


async def test_each_exercise_keeps_the_rest_its_program_gives(svc):
    for who in (ME, OTHER):
        ask = start_day(svc, who)
        with svc.db.session() as s:
            user = person(s, who, svc.clock.now())
            profile = profile_of(user)
            assert profile is not None
            planned = prog.workout_for(svc.programs, profile, START)
            assert planned is not None
            session = logs.session_on(s, who.user_id, START)
            assert session is not None
            stored = [x.rest_seconds for x in logs.exercises_of(s, who.user_id, session.id)]
        assert stored == [p.rest_seconds for p in planned.exercises]
        assert ask.rest_seconds == stored[0]
    # Toning rests a minute everywhere (article 001); the compete program does not.
    assert set(stored) != {60}


async def test_an_exercise_the_plan_did_not_have_rests_the_default(svc):
    with svc.db.session() as s:
        row = logs.PlanRow("hip_thrust", 3, 8, 12, None, "kg")
        session = logs.open_session(s, ME.user_id, START, "tone_gym", "A", [row], MONDAY)
        log = logs.exercises_of(s, ME.user_id, session.id)[0]
        assert log.rest_seconds is None and rest.rest_of(log) == rest.DEFAULT_REST == 60


# --- starting ------------------------------------------------------------------------------


async def test_a_press_starts_the_rest_of_the_exercise_being_logged(svc):
    ask = start_day(svc)
    resting = press_rest(svc, ask.log_id)
    assert resting == Resting(ask.log_id, "Squat", 60, MONDAY + timedelta(seconds=60), False)
    assert timers(svc) == [(ME.user_id, ask.log_id, 60, MONDAY + timedelta(seconds=60))]
    # From a "rest over" message: the same, shown in place of that message.
    again = press_rest(svc, ask.log_id, "e")
    assert again is not None and again.in_place


async def test_a_new_rest_replaces_the_running_one(svc):
    ask = start_day(svc)
    press_rest(svc, ask.log_id)
    svc.clock.advance(timedelta(seconds=40))
    press_rest(svc, ask.log_id, "e")
    assert timers(svc) == [(ME.user_id, ask.log_id, 60, MONDAY + timedelta(seconds=100))]


async def test_stale_foreign_or_forged_presses_start_nothing(svc):
    ask = start_day(svc)
    second = ask.log_id + 1  # the day's next exercise: not the one being logged
    mine_other_day_user = start_day(svc, OTHER)
    assert press_rest(svc, second) is None
    assert press_rest(svc, mine_other_day_user.log_id) is None  # someone else's exercise
    assert press_rest(svc, ask.log_id, "x") is None
    assert press_rest(svc, "squat") is None
    assert press_rest(svc, ask.log_id, "e", "e") is None
    assert press_rest(svc) is None
    assert [t[0] for t in timers(svc)] == []


async def test_no_rest_button_without_a_setup(svc):
    ask = start_day(svc)
    with svc.db.session() as s:
        user = person(s, ME, svc.clock.now())
        user.goal = None  # setup started over
    assert press_rest(svc, ask.log_id) is None


async def test_a_zero_rest_offers_no_timer(svc):
    ask = start_day(svc)
    with svc.db.session() as s:
        log = logs.exercise_log(s, ME.user_id, ask.log_id)
        assert log is not None
        log.rest_seconds = 0
    assert press_rest(svc, ask.log_id) is None


# --- cancelling ------------------------------------------------------------------------------


async def test_logging_the_exercise_cancels_its_rest(svc):
    ask = start_day(svc)
    press_rest(svc, ask.log_id)
    echo = unit(svc, lambda s, user: logbook.on_text(svc, s, user, "60kg 12 12 12"))
    assert isinstance(echo, Echo) and timers(svc) == []  # typing the sets ends it
    press_rest(svc, ask.log_id)  # resting again while the entry waits for its Save
    assert len(timers(svc)) == 1
    data = ["lg", "ok", str(ask.log_id)]
    saved = unit(svc, lambda s, user: logbook.on_press(svc, s, user, data))
    assert isinstance(saved, Tapped) and isinstance(saved.then, Saved)
    assert timers(svc) == []
    # Skipping the next exercise after a rest: cancelled too.
    assert isinstance(saved.then.then, Ask)
    following = saved.then.then.log_id
    press_rest(svc, following)
    data = ["lg", "skip", str(following)]
    unit(svc, lambda s, user: logbook.on_press(svc, s, user, data))
    assert timers(svc) == []


async def test_wiping_the_log_removes_the_rest(svc):
    ask = start_day(svc)
    press_rest(svc, ask.log_id)
    with svc.db.session() as s:
        logs.erase_user(s, ME.user_id)
    assert timers(svc) == []


# --- firing ------------------------------------------------------------------------------


async def test_a_timer_is_claimed_when_due_and_taken_once(svc):
    ask = start_day(svc)
    press_rest(svc, ask.log_id)
    svc.clock.advance(timedelta(seconds=59))
    assert claim(svc) == []
    svc.clock.advance(timedelta(seconds=1))
    [timer] = claim(svc)
    assert (timer.user_id, timer.chat_id, timer.log_id, timer.seconds) == (
        ME.user_id,
        ME.chat_id,
        ask.log_id,
        60,
    )
    assert claim(svc) == []  # leased: no other worker takes it meanwhile
    assert over(svc, timer) == RestOver(ask.log_id, "Squat", 60)
    with svc.db.session() as s:
        assert rest_timers.take(s, timer.id)
    with svc.db.session() as s:
        assert not rest_timers.take(s, timer.id)  # a second fire finds nothing
    assert timers(svc) == []


async def test_a_lapsed_lease_is_claimed_again(svc):
    """A worker that died between claim and fire: the timer is not lost."""
    ask = start_day(svc)
    press_rest(svc, ask.log_id)
    svc.clock.advance(timedelta(seconds=60))
    [first] = claim(svc)
    svc.clock.advance(LEASE + timedelta(seconds=1))
    [again] = claim(svc)
    assert again.id == first.id
    with svc.db.session() as s:
        rest_timers.release_leases(s)
    assert [t.id for t in claim(svc)] == [first.id]


async def test_a_replaced_timer_is_not_taken(svc):
    ask = start_day(svc)
    press_rest(svc, ask.log_id)
    svc.clock.advance(timedelta(seconds=60))
    [old] = claim(svc)
    press_rest(svc, ask.log_id, "e")  # pressed again just as the first came due
    with svc.db.session() as s:
        assert not rest_timers.take(s, old.id)
    assert len(timers(svc)) == 1


async def test_a_due_timer_says_nothing_once_the_person_moved_on(svc):
    ask = start_day(svc)
    press_rest(svc, ask.log_id)
    svc.clock.advance(timedelta(seconds=60))
    [timer] = claim(svc)
    with svc.db.session() as s:  # the next exercise asked meanwhile (say, from another device)
        user = person(s, ME, svc.clock.now())
        user.awaiting = f"log:{ask.log_id + 1}"
    assert over(svc, timer) is None


async def test_a_timer_long_overdue_says_nothing(svc):
    ask = start_day(svc)
    press_rest(svc, ask.log_id)
    svc.clock.advance(timedelta(seconds=60) + rest.LATE)
    [timer] = claim(svc)
    assert over(svc, timer) is not None  # just within
    svc.clock.advance(timedelta(seconds=1))
    assert over(svc, timer) is None


async def test_each_person_has_one_timer_and_timers_fire_by_due_time(svc):
    mine = start_day(svc)
    theirs = start_day(svc, OTHER)
    press_rest(svc, theirs.log_id, who=OTHER)
    press_rest(svc, mine.log_id)
    with svc.db.session() as s:
        log = s.get(ExerciseLog, theirs.log_id)
        assert log is not None
        later = rest.rest_of(log)
    svc.clock.advance(timedelta(seconds=max(60, later)))
    claimed = claim(svc)
    due = sorted((t.due_at, t.user_id) for t in claimed)
    assert [t.user_id for t in claimed] == [u for _, u in due]
    assert {t.user_id for t in claimed} == {ME.user_id, OTHER.user_id}
