"""Where the program starts for someone who has not trained yet (bot.coach.programs:
start_moved_to): with the first workout asked for, when it falls after the start's week."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time, timedelta

from bot.coach.profile import Experience, Goal, Place, Profile, Unit
from bot.coach.programs import first_training_day, start_moved_to

SET_UP = date(2026, 12, 1)  # a Tuesday
PERSON = Profile(
    goal=Goal.BIKINI,
    experience=Experience.NEW,
    place=Place.GYM,
    days=(0, 2, 4),  # Mon, Wed, Fri
    push_time=time(18, 30),
    tz="Europe/Berlin",
    unit=Unit.KG,
    started_on=SET_UP,
)


def test_a_workout_weeks_later_moves_the_start_to_its_day() -> None:
    assert start_moved_to(PERSON, date(2026, 12, 21)) == date(2026, 12, 21)  # a Monday
    assert start_moved_to(PERSON, date(2026, 12, 23)) == date(2026, 12, 23)  # a Wednesday


def test_a_rest_day_asked_moves_it_to_the_next_training_day() -> None:
    """/today on a Sunday shows Monday's workout: the program starts there, not in the week
    ending that Sunday (which would make Monday week 2)."""
    assert start_moved_to(PERSON, date(2026, 12, 20)) == date(2026, 12, 21)
    assert start_moved_to(PERSON, date(2026, 12, 5)) == date(2026, 12, 7)  # setup week's Saturday


def test_in_the_starts_week_or_before_it_the_start_stays() -> None:
    assert start_moved_to(PERSON, date(2026, 12, 2)) is None  # Wednesday of the setup week
    assert start_moved_to(PERSON, date(2026, 12, 4)) is None  # its Friday
    assert start_moved_to(PERSON, SET_UP - timedelta(days=3)) is None  # a day before the setup


def test_set_up_on_a_sunday_the_first_monday_is_week_1() -> None:
    sunday = replace(PERSON, started_on=date(2026, 11, 29))
    assert start_moved_to(sunday, date(2026, 11, 30)) == date(2026, 11, 30)


def test_first_training_day() -> None:
    assert first_training_day(PERSON, date(2026, 12, 1)) == date(2026, 12, 2)
    assert first_training_day(PERSON, date(2026, 12, 2)) == date(2026, 12, 2)
    assert first_training_day(replace(PERSON, days=()), date(2026, 12, 2)) is None
