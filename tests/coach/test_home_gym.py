"""A home gym with a barbell, plates and a bench: each goal's gym plan there keeps its
barbell moves and has no move needing a machine, a glute-ham or back-extension bench or,
unless bands were said, a band; no move twice in a session, and every session a workout."""

from __future__ import annotations

from datetime import date, time, timedelta
from functools import cache

import pytest

from bot.coach.barbell_kit import home_gym_kit
from bot.coach.knowledge import Content, Equipment
from bot.coach.profile import Experience, Goal, Place, Profile, Unit
from bot.coach.programs import workout_for
from bot.content import load_content

MONDAY = date(2026, 11, 16)
NEEDS_MORE = {"glute_ham_raise", "back_extension"}  # their own benches


@cache
def content() -> Content:
    return load_content()


def _week(goal: Goal, kit: str | None, experience: Experience) -> list[tuple[str, ...]]:
    profile = Profile(
        goal, experience, Place.GYM, (0, 2, 4), time(18), "Europe/Berlin", Unit.KG,
        started_on=MONDAY, home_gym=kit,
    )  # fmt: skip
    days = (MONDAY + timedelta(days=n) for n in range(0, 14, 2))
    book = content().programs
    return [
        tuple(p.exercise_id for p in w.exercises)
        for d in days
        if (w := workout_for(book, profile, d)) is not None
    ]


@pytest.mark.parametrize("goal", list(Goal))
@pytest.mark.parametrize("experience", [Experience.NEW, Experience.EXPERIENCED])
def test_no_machine_bench_or_band_move_and_the_barbell_kept(
    goal: Goal, experience: Experience
) -> None:
    cards = content().exercises
    sessions = _week(goal, "barbell", experience)
    for moves in sessions:
        assert len(moves) == len(set(moves)) and len(moves) >= 3, moves
        for move in moves:
            kit = set(cards[move].equipment)
            assert Equipment.MACHINE not in kit and move not in NEEDS_MORE, (goal, move)
            assert Equipment.BAND not in kit, (goal, move)
    barbell = {m for moves in sessions for m in moves if Equipment.BARBELL in cards[m].equipment}
    at_gym = {m for ms in _week(goal, None, experience) for m in ms}
    assert {m for m in at_gym if Equipment.BARBELL in cards[m].equipment} <= barbell


def test_bands_said_keep_the_band_work() -> None:
    sessions = _week(Goal.BIKINI, "barbell bands", Experience.EXPERIENCED)
    moves = {m for ms in sessions for m in ms}
    assert {"monster_walk", "band_hip_thrust", "sumo_walk"} <= moves
    assert not moves & {"lying_leg_curl", "back_extension"}


@pytest.mark.parametrize(
    ("said", "kit"),
    [
        ("home, I have a barbell, plates and a bench", "barbell"),
        ("garage gym: barbell, rack, bench", "barbell"),
        ("home gym with a squat rack", "barbell"),
        ("home gym: barbell, bench and some bands", "barbell bands"),
        ("at home, no barbell, just bands", None),
        ("home with dumbbells and a bench", None),
    ],
)
def test_the_barbell_is_read_from_the_words(said: str, kit: str | None) -> None:
    assert home_gym_kit(said) == kit
