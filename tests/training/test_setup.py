"""Setting up and changing the profile (bot/training/setup.py) as one unit of work per
message or press, against a real database, without Telegram."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pytest

from bot.coach import programs as prog
from bot.coach.onboarding import OPTIONS, STEPS, decode_days
from bot.runtime.clock import ManualClock
from bot.runtime.config import database_url
from bot.runtime.services import Services
from bot.store.models import User
from bot.training import setup
from bot.training.awaiting import Awaiting, Mode
from bot.training.people import Caller, person, profile_of
from bot.training.setup import (
    AlreadySetUp,
    Applied,
    Changing,
    Expected,
    Question,
    Simple,
    StartedOver,
    Summary,
    Welcome,
)
from tests.training import services_for

NOW = datetime(2026, 11, 16, 9, 0, tzinfo=UTC)  # a Monday morning
ME = Caller(901, 901, "Ana")


@pytest.fixture
def svc(db_url: str) -> Iterator[Services]:
    with services_for(database_url(db_url), ManualClock(NOW)) as services:
        yield services


def text(svc: Services, said: str) -> object:
    with svc.db.session() as s:
        return setup.on_text(svc, s, person(s, ME, NOW), said)


def press(svc: Services, data: str) -> object:
    with svc.db.session() as s:
        return setup.on_press(svc, s, person(s, ME, NOW), data.split(":"))


def me(svc: Services) -> User:
    with svc.db.session() as s:
        return person(s, ME, NOW)


def answer_all_by_button(svc: Services) -> Summary:
    """Goal to unit by buttons: the first option of each question, the suggested days."""
    outcome: object = None
    for step in STEPS:
        if step == "days":
            press(svc, "day:sug")
            outcome = press(svc, "day:ok")
        else:
            value = OPTIONS[step][0].replace(":", "")  # times travel as HHMM
            outcome = press(svc, f"ans:{step}:{value}")
        assert isinstance(outcome, Applied) and outcome.step == step
    assert isinstance(outcome, Applied) and isinstance(outcome.then, Summary)
    return outcome.then


def test_start_asks_the_goal_and_the_setup_walks_every_question_in_order(svc):
    with svc.db.session() as s:
        welcome = setup.start(svc, s, ME)
    assert welcome == Welcome(resume=False, name="Ana", question=Question("goal", None))
    assert Awaiting.parse(me(svc).awaiting) == Awaiting(Mode.ONBOARDING, "goal")

    summary = answer_all_by_button(svc)
    assert summary.updated is False and summary.profile.goal.value == OPTIONS["goal"][0]
    assert summary.next_push is not None and summary.program_why
    user = me(svc)
    assert user.onboarded_at == NOW and user.awaiting is None and user.next_push_at is not None


def test_typed_answers_work_and_what_is_not_an_answer_changes_nothing(svc):
    with svc.db.session() as s:
        setup.start(svc, s, ME)
    applied = text(svc, "bikini")
    assert isinstance(applied, Applied) and applied.value == "bikini"
    assert applied.then == Question("experience", "bikini")

    expected = text(svc, "purple")
    assert isinstance(expected, Expected) and expected.question.step == "experience"
    assert me(svc).experience is None
    assert Awaiting.parse(me(svc).awaiting) == Awaiting(Mode.ONBOARDING, "experience")


def test_a_press_for_another_question_is_stale(svc):
    with svc.db.session() as s:
        setup.start(svc, s, ME)
    assert press(svc, "ans:unit:kg") is None  # the goal is asked, not the unit
    assert press(svc, "day:3") is None
    assert press(svc, "start:over") is None  # only for people who finished the setup
    assert me(svc).unit is None


def test_days_are_ticked_and_ok_needs_at_least_one(svc):
    with svc.db.session() as s:
        setup.start(svc, s, ME)
    for step in ("goal", "experience", "place"):
        press(svc, f"ans:{step}:{OPTIONS[step][0]}")
    assert press(svc, "day:ok") == Simple("pick_a_day")
    ticked = press(svc, "day:2")
    assert ticked == setup.DaysTicked(Question("days", "compete", (2,), ticked.question.suggested))
    assert press(svc, "day:2").question.chosen == ()  # a second tap unticks
    assert press(svc, "day:9") is None
    press(svc, "day:4")
    applied = press(svc, "day:ok")
    assert isinstance(applied, Applied) and applied.value == "4"


def test_settings_change_one_answer_and_end_with_the_summary(svc):
    with svc.db.session() as s:
        setup.start(svc, s, ME)
    answer_all_by_button(svc)
    with svc.db.session() as s:
        menu = setup.settings(svc, s, ME)
    assert [step for step, _ in menu.current] == list(STEPS)

    changing = press(svc, "set:time")
    assert changing == Changing(Question("time", OPTIONS["goal"][0], changing=True))
    applied = text(svc, "19:15")
    assert isinstance(applied, Applied) and isinstance(applied.then, Summary)
    assert applied.then.updated is True
    user = me(svc)
    assert user.push_time == "19:15" and user.awaiting is None


def test_start_again_offers_keep_or_start_over(svc):
    with svc.db.session() as s:
        setup.start(svc, s, ME)
    answer_all_by_button(svc)
    with svc.db.session() as s:
        again = setup.start(svc, s, ME)
    assert isinstance(again, AlreadySetUp) and again.goal == OPTIONS["goal"][0]
    assert press(svc, "start:keep") == Simple("kept")

    over = press(svc, "start:over")
    assert over == StartedOver(Question("goal", None))
    user = me(svc)
    assert user.goal is None and user.onboarded_at is None and user.next_push_at is None


def _next_workout(svc: Services, user: User, today: date) -> str:
    """The session label of the first planned workout on or after `today`."""
    profile = profile_of(user)
    assert profile is not None
    for ahead in range(8):
        workout = prog.workout_for(svc.programs, profile, today + timedelta(days=ahead))
        if workout is not None:
            return workout.session_label
    raise AssertionError("no training day within a week")


@pytest.mark.parametrize("new_days", ["tue sat", "wed sun", "mon thu", "fri"])
def test_new_training_days_continue_the_rotation(svc, new_days):
    """Changing the days recounted the sessions since the start with the new days: after
    weeks of Mon/Tue/Thu/Fri, the next workout could repeat the last one or skip one."""
    with svc.db.session() as s:
        setup.start(svc, s, ME)
    answer_all_by_button(svc)  # compete: four suggested days, started Monday 16 November
    wednesday = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)
    svc.clock.clock.set(wednesday)  # type: ignore[attr-defined]
    before = _next_workout(svc, me(svc), wednesday.date())
    press(svc, "set:days")
    applied = text(svc, new_days)
    assert isinstance(applied, Applied) and applied.step == "days", applied
    assert _next_workout(svc, me(svc), wednesday.date()) == before


def test_days_dropped_or_added_in_words_change_the_ticks_not_the_days(svc):
    # "drop friday" at the days question made Friday the only training day.
    with svc.db.session() as s:
        setup.start(svc, s, ME)
    answer_all_by_button(svc)
    before = me(svc).days
    chosen = set(press(svc, "set:days").question.chosen)
    day = min(chosen)
    dropped = text(svc, f"drop {('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun')[day]}")
    assert isinstance(dropped, Expected) and dropped.code == "toggled"
    assert set(dropped.question.chosen) == chosen - {day}
    added = text(svc, "add sunday too")
    assert isinstance(added, Expected) and set(added.question.chosen) == chosen - {day} | {6}
    assert me(svc).days == before  # nothing changed until Done
    applied = press(svc, "day:ok")
    assert isinstance(applied, Applied)
    assert set(decode_days(applied.value)) == chosen - {day} | {6}
