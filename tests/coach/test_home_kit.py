"""Bands and no ball at home: the words that say it, and the plan without the ball moves."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time, timedelta

import pytest

from bot.coach.home_kit import ball_said, no_ball_said
from bot.coach.onboarding import parse_text
from bot.coach.profile import Experience, Goal, Place, Profile, Unit
from bot.coach.programs import left_out, week_plan
from bot.content import load_content

MONDAY = date(2026, 1, 5)


@pytest.mark.parametrize(
    "said",
    [
        "At home. I have some resistance bands.",
        "home with bands",
        "home, bands but no ball",
        "at home, I have bands, I don't have a ball",
        "home without an exercise ball",
    ],
)
def test_bands_without_a_ball_is_no_ball(said: str) -> None:
    assert no_ball_said(said)
    answer = parse_text("place", said)
    assert (answer.value, answer.no_ball) == ("home", True)


@pytest.mark.parametrize(
    "said", ["Home: bands or a ball", "at home", "home with a ball and bands", "a ball at home"]
)
def test_a_ball_said_or_nothing_said_keeps_it(said: str) -> None:
    answer = parse_text("place", said)
    assert (answer.value, answer.no_ball) == ("home", False)


@pytest.mark.parametrize("said", ["at the gym, no ball there", "no equipment, no ball"])
def test_no_ball_is_only_kept_for_home(said: str) -> None:
    assert parse_text("place", said).no_ball is False


@pytest.mark.parametrize(
    ("said", "value", "no_ball", "no_bands"),
    [
        # bands or a ball kept at a gym: the gym
        ("at the gym, I use bands too", "gym", False, False),
        ("gym but I also have bands", "gym", False, False),
        ("at the gym with bands", "gym", False, False),
        ("home gym", "home", False, False),
        # home with no ball: home, its ball moves left out (bands are what home has left)
        ("at home, I don't have a ball", "home", True, False),
        ("home, no ball", "home", True, False),
        ("home but no ball", "home", True, False),
        ("at home without a ball", "home", True, False),
        ("I don't have a ball", "bodyweight", False, False),  # no place said: nothing kept
        # a ball as all there is: no bands for the home plans' band work
        ("home, just a ball", "bodyweight", False, True),
        ("home, only a stability ball", "bodyweight", False, True),
        ("home, ball only, no bands", "bodyweight", False, True),
        ("home, no bands just a ball", "bodyweight", False, True),
        ("I don't have bands, only a ball", "bodyweight", False, True),
        # neither: no equipment
        ("at home with no bands or ball", "bodyweight", False, False),
        ("home, no bands", "bodyweight", False, False),
    ],
)
def test_place_typed_reads_as_the_kit_said(
    said: str, value: str, no_ball: bool, no_bands: bool
) -> None:
    answer = parse_text("place", said)
    assert (answer.value, answer.no_ball, answer.no_bands) == (value, no_ball, no_bands)


@pytest.mark.parametrize("goal", list(Goal))
def test_the_home_plan_without_a_ball_leaves_only_the_ball_moves_out(goal: Goal) -> None:
    content = load_content()
    book = content.programs
    both = Profile(
        goal=goal,
        experience=Experience.NEW,
        place=Place.HOME,
        days=(0, 2, 4),
        push_time=time(18, 0),
        tz="America/Phoenix",
        unit=Unit.LB,
        started_on=MONDAY,
    )
    bands = replace(both, no_ball=True)
    for week in range(3):
        first = MONDAY + timedelta(weeks=week)
        for full, kept in zip(
            week_plan(book, both, first), week_plan(book, bands, first), strict=True
        ):
            left = [e for e in full.exercises if e.exercise_id not in book.ball_moves]
            assert kept.exercises == tuple(left)
            assert left, full
    assert book.ball_moves == {"hamstring_ball_curl"}
    assert left_out(book, bands, Place.HOME) == book.ball_moves
    assert left_out(book, both, Place.HOME) == left_out(book, bands, Place.BODYWEIGHT) == set()
    gym = replace(bands, place=Place.GYM)  # a ball at the gym is the gym's
    assert week_plan(book, gym, MONDAY) == week_plan(book, replace(gym, no_ball=False), MONDAY)


@pytest.mark.parametrize(
    ("said", "has"),
    [
        ("I train at home with a ball now", True),
        ("I got a stability ball", True),
        ("bought an exercise ball for home", True),
        ("home, no ball", False),
        ("I don't have a ball", False),
        ("I train at home with bands now", False),
    ],
)
def test_a_ball_said_as_had(said: str, has: bool) -> None:
    """The ball said as had brings its moves back for someone whose plan left them out."""
    assert ball_said(said) is has


@pytest.mark.parametrize(
    ("said", "value"),
    [
        ("home with dumbbells", "bodyweight"),
        ("at home, I have dumbbells", "bodyweight"),
        ("i have a pair of 10kg dumbbells at home", "bodyweight"),
        ("home gym: dumbbells and a bench", "bodyweight"),
        ("at home with bands and dumbbells", "home"),
        ("bodyweight and a set of dumbbells", "bodyweight"),
    ],
)
def test_dumbbells_said_away_from_a_gym_are_kept(said: str, value: str) -> None:
    """Dumbbells said as had are kept; with no bands said, the plan is the one with no
    equipment (every home plan has band work), a dumbbell held where a move takes one."""
    answer = parse_text("place", said)
    assert (answer.value, answer.dumbbells) == (value, True)


@pytest.mark.parametrize(
    "said", ["home, no dumbbells", "at the gym, mostly dumbbells", "at home", "A gym"]
)
def test_dumbbells_missing_or_at_a_gym_are_not_kept(said: str) -> None:
    assert not parse_text("place", said).dumbbells


@pytest.mark.parametrize(
    ("said", "heaviest"),
    [
        ("i have a pair of 10kg dumbbells at home", (10.0, Unit.KG)),
        ("home with dumbbells up to 25 lb", (25.0, Unit.LB)),
        ("home, dumbbells 5, 8 and 12 kg", (12.0, Unit.KG)),
        ("at home, a 10 kg and a 15kg dumbbell", (15.0, Unit.KG)),
        ("adjustable dumbbells 2 to 24 kg at home", (24.0, Unit.KG)),
        ("12.5 kg dumbbells at home", (12.5, Unit.KG)),
        ("home with dumbbells", None),  # none said
        ("home with 10 dumbbells", None),  # no unit: a count, or the unit unknown
        ("home, no dumbbells, a 20kg kettlebell", None),
    ],
)
def test_the_heaviest_dumbbell_said_is_kept_with_its_unit(
    said: str, heaviest: tuple[float, Unit] | None
) -> None:
    """The heaviest dumbbell said beside the word, with its unit: no load is planned past
    it (a pair of 10 kg dumbbells is no 12 kg one)."""
    assert parse_text("place", said).heaviest == heaviest
