"""Kit said for a while away ("in a hotel gym next week, only dumbbells up to 30kg"): read
from the words, planned for on its days only, swapped within it, loads kept under its top.
Before, it was heard and forgotten: the gym plan's barbell moves came, and Swap on a hip
thrust offered only barbell moves."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time, timedelta
from functools import cache

import pytest

from bot.coach.away_kit import away_said, aways_said, back_said, kept_with
from bot.coach.knowledge import Content
from bot.coach.profile import Away, Experience, Goal, Place, Profile, Unit
from bot.coach.programs import workout_for
from bot.coach.setlog import Planned, SetEntry
from bot.coach.training import prescribe, swaps
from bot.content import load_content

WEDNESDAY, SATURDAY, SUNDAY = date(2026, 11, 18), date(2026, 11, 21), date(2026, 11, 22)
NEXT_MONDAY, NEXT_SUNDAY = date(2026, 11, 23), date(2026, 11, 29)
KG, LB = Unit.KG, Unit.LB


@cache
def content() -> Content:
    return load_content()


@pytest.mark.parametrize(
    ("said", "first", "last", "most", "unit"),
    [
        ("in a hotel gym next week, only dumbbells up to 30kg", NEXT_MONDAY, NEXT_SUNDAY, 30, KG),
        ("hotel gym this week, just dumbbells", WEDNESDAY, SUNDAY, None, None),
        ("at a hotel gym until sunday, dumbbells only, max 25 kg", WEDNESDAY, SATURDAY, 25, KG),
        ("travelling for 5 days, gym has only dumbbells up to 60 lbs", WEDNESDAY, SUNDAY, 60, LB),
        ("airbnb next week, nothing but dumbbells up to 20", NEXT_MONDAY, NEXT_SUNDAY, 20, LB),
    ],
)  # fmt: skip
def test_the_days_away_and_the_heaviest_dumbbell_are_read(
    said: str, first: date, last: date, most: float | None, unit: Unit | None
) -> None:
    away = away_said(said, WEDNESDAY, LB if "airbnb" in said else KG)
    assert away == Away(first, last, Place.BODYWEIGHT, most, unit)


@pytest.mark.parametrize(
    "said",
    [
        "in a hotel gym next week",  # its kit not said: the gym plan stays
        "the hotel gym has dumbbells and a barbell",
        "I only have dumbbells at home now",  # a change of place, not a while away
        "only dumbbells up to 30kg",
    ],
)
def test_no_kit_away_without_an_away_and_only_dumbbells(said: str) -> None:
    assert away_said(said, WEDNESDAY, KG) is None


@pytest.mark.parametrize(
    ("said", "first", "last"),
    [
        ("traveling next week, no gym", NEXT_MONDAY, NEXT_SUNDAY),
        ("at my parents next week, no equipment", NEXT_MONDAY, NEXT_SUNDAY),
        ("in a hotel this week with no equipment", WEDNESDAY, SUNDAY),
        ("away for 4 days, bodyweight only", WEDNESDAY, SATURDAY),
    ],
)
def test_no_equipment_away_is_read_with_its_days(said: str, first: date, last: date) -> None:
    assert away_said(said, WEDNESDAY, KG) == Away(first, last, Place.BODYWEIGHT, 0.0, KG)


@pytest.mark.parametrize(
    "said", ["I travel a lot, mostly hotel rooms with no equipment", "im travelling this week"]
)
def test_no_equipment_away_needs_its_days_said(said: str) -> None:
    assert away_said(said, WEDNESDAY, KG) is None  # a habit, or no kit said


LIFTER = Profile(
    goal=Goal.GLUTES_ONLY,
    experience=Experience.EXPERIENCED,
    place=Place.GYM,
    days=(0, 2, 4),
    push_time=time(18, 30),
    tz="Europe/Berlin",
    unit=KG,
    started_on=date(2026, 11, 16),
    aways=(Away(NEXT_MONDAY, NEXT_SUNDAY, Place.BODYWEIGHT, 30.0, KG),),
)


def test_only_the_days_away_are_planned_for_the_kit_there() -> None:
    book = content().programs
    for offset in range(21):
        day = date(2026, 11, 16) + timedelta(days=offset)
        workout = workout_for(book, LIFTER, day)
        if workout is None:
            continue
        away = NEXT_MONDAY <= day <= NEXT_SUNDAY
        assert LIFTER.place_on(day) == (Place.BODYWEIGHT if away else Place.GYM)
        assert workout.program_id == ("glutes_only_bodyweight" if away else "glutes_only_gym")
        for p in workout.exercises:
            card = content().exercises[p.exercise_id]
            assert not away or Place.BODYWEIGHT in card.places, (day, card.id)


def test_swap_for_a_move_the_kit_away_lacks_is_any_move_of_its_pattern_there() -> None:
    at_gym = [x.id for x in swaps(content(), "hip_thrust", Place.GYM, limit=99)]
    assert "barbell_glute_bridge" in at_gym and "single_leg_hip_thrust" not in at_gym
    away = [x.id for x in swaps(content(), "hip_thrust", Place.BODYWEIGHT, limit=99)]
    assert away == ["single_leg_hip_thrust", "bridge"]
    # a move done there keeps to its own kit and loading, as before
    same = [x.id for x in swaps(content(), "single_leg_hip_thrust", Place.BODYWEIGHT, limit=99)]
    assert same == ["bridge"]


def test_a_load_away_is_never_planned_past_the_heaviest_there() -> None:
    card = content().exercises["bulgarian_split_squat"]
    top = [SetEntry(12, 30.0, KG)] * 3
    rx = prescribe(card, Planned(3, 8, 12, 30.0, KG), top, (8, 12), KG, most=30.0)
    assert (rx.change, rx.load) == ("harder", 30.0)  # the top with the heaviest: harder
    assert rx.variation == "the same move lowered slowly, three seconds down, " + (
        "with the heaviest dumbbell you have"
    )
    free = prescribe(card, Planned(3, 8, 12, 30.0, KG), top, (8, 12), KG)
    assert (free.change, free.load) == ("up", 32.0)
    light = [SetEntry(12, 20.0, KG)] * 3
    rx = prescribe(card, Planned(3, 8, 12, 20.0, KG), light, (8, 12), KG, most=30.0)
    assert (rx.change, rx.load) == ("up", 22.0)  # under the top: progression as usual
    rx = prescribe(card, Planned(3, 8, 12, 50.0, LB), [SetEntry(12, 50.0, LB)] * 3, (8, 12), LB,
                   most=52.5)  # fmt: skip
    assert (rx.change, rx.load) == ("harder", 50.0)  # no 52.5 lb dumbbell: 50 is the top
    rx = prescribe(card, Planned(3, 8, 12, 20.0, KG), light, (8, 12), KG, most=0.0)
    assert rx.load is None  # nothing to hold there


def test_the_profile_away_holds_its_days_only() -> None:
    assert LIFTER.away_on(NEXT_MONDAY) is not None and LIFTER.away_on(NEXT_SUNDAY) is not None
    assert LIFTER.away_on(NEXT_SUNDAY + timedelta(days=1)) is None
    assert replace(LIFTER, aways=()).place_on(NEXT_MONDAY) == Place.GYM


@pytest.mark.parametrize(
    ("said", "back"),
    [
        ("back home now", True),
        ("back at my gym", True),
        ("back from the hotel, gym tomorrow", True),
        ("my back hurts", False),
        ("back squats 40kg 10 10 10", False),
        ("back to 6:15 pm", False),
    ],
)
def test_back_at_the_usual_place_is_read(said: str, back: bool) -> None:
    assert back_said(said) is back


def test_the_week_after_next_said_away_is_that_week() -> None:
    said = away_said("and the week after I'm camping, no gear", WEDNESDAY, LB)
    assert said == Away(date(2026, 11, 30), date(2026, 12, 6), Place.BODYWEIGHT, 0.0, LB)


def test_a_week_away_said_after_another_keeps_both_and_takes_its_own_days() -> None:
    hotel = Away(NEXT_MONDAY, NEXT_SUNDAY, Place.BODYWEIGHT, 20.0, KG)
    camping = Away(NEXT_SUNDAY + timedelta(days=1), date(2026, 12, 6), Place.BODYWEIGHT, 0.0, KG)
    assert kept_with([hotel], camping, WEDNESDAY) == (hotel, camping)
    over = Away(date(2026, 11, 9), date(2026, 11, 15), Place.BODYWEIGHT, None, None)
    assert kept_with([over, camping], hotel, WEDNESDAY) == (hotel, camping)  # past: dropped
    midweek = Away(date(2026, 11, 25), date(2026, 11, 26), Place.BODYWEIGHT, 0.0, KG)
    assert kept_with([hotel], midweek, WEDNESDAY) == (
        replace(hotel, last=date(2026, 11, 24)),
        midweek,
        replace(hotel, first=date(2026, 11, 27)),
    )


def test_next_week_and_the_week_after_said_once_are_both_weeks() -> None:
    """ "traveling next week and the week after, no gym" was the week after next alone."""
    said = aways_said("traveling next week and the week after, no gym", WEDNESDAY, KG)
    assert said == (
        Away(NEXT_MONDAY, NEXT_SUNDAY, Place.BODYWEIGHT, 0.0, KG),
        Away(date(2026, 11, 30), date(2026, 12, 6), Place.BODYWEIGHT, 0.0, KG),
    )
    hotel, camping = aways_said(
        "next week I'm in a hotel with just dumbbells up to 20kg, the week after that I'm"
        " camping, no gear",
        WEDNESDAY,
        KG,
    )
    assert (hotel.first, hotel.most, camping.first, camping.most) == (
        NEXT_MONDAY, 20.0, date(2026, 11, 30), 0.0,
    )  # fmt: skip
