"""Reading typed onboarding answers; the goal's keywords come from content/goals.yaml."""

from __future__ import annotations

import pytest

from bot.coach.goals import Goals
from bot.coach.onboarding import AnswerError, parse_option, parse_text
from bot.content import DEFAULT_CONTENT_DIR, load_goals


@pytest.fixture(scope="module")
def goals() -> Goals:
    return load_goals(DEFAULT_CONTENT_DIR / "goals.yaml")


@pytest.mark.parametrize(
    ("text", "goal"),
    [
        ("compete", "compete"),
        ("Compete in bikini", "bikini"),  # "bikini" is ranked before "compete"
        ("Compete: figure / bodybuilding", "compete"),
        ("Tone up", "tone"),
        ("Grow glutes, not legs", "glutes_only"),
        ("bikini", "bikini"),
        ("bikini competition", "bikini"),
        ("compete without bigger legs", "glutes_only"),  # specific phrases before "compete"
        ("tone and build", "glutes_only"),  # "build" is ranked before "tone"
        ("firm and grow", "glutes_only"),
        ("I want to compete on stage", "compete"),
        ("bigger butt please", "glutes_only"),
        ("just my glutes", "glutes_only"),
        ("not my thighs, just glutes", "glutes_only"),
        ("booty!", "glutes_only"),
        ("growth", "glutes_only"),
        ("lean and toned", "tone"),
        ("Toned", "tone"),
        ("shape", "tone"),
        ("physique", "compete"),
        ("BODYBUILDING", "compete"),
        ("1", "compete"),  # numbered choices follow the buttons
        ("2", "bikini"),
        ("3", "tone"),
        ("4", "glutes_only"),
    ],
)
def test_goal_from_text(goals: Goals, text: str, goal: str) -> None:
    assert parse_text("goal", text, goals).value == goal


@pytest.mark.parametrize("text", ["5", "nothing", "", "x" * 500])
def test_unreadable_goal(goals: Goals, text: str) -> None:
    with pytest.raises(AnswerError):
        parse_text("goal", text, goals)


def test_goal_needs_the_goals() -> None:
    with pytest.raises(TypeError):
        parse_text("goal", "tone")


@pytest.mark.parametrize(
    ("step", "text", "value"),
    [
        ("experience", "beginner", "new"),
        ("experience", "1 year", "some"),
        ("experience", "3 years", "experienced"),
        ("experience", "intermediate", "some"),
        ("experience", "2", "some"),
        ("place", "home with bands", "home"),
        ("place", "the gym", "gym"),
        ("place", "outdoors", "bodyweight"),
        ("place", "1", "gym"),
        ("unit", "pounds", "lb"),
        ("unit", "kg", "kg"),
        ("unit", "2", "lb"),
        ("days", "mon thu", "0,3"),
        ("time", "6:30 pm", "18:30"),
        ("zone", "Berlin", "Europe/Berlin"),
    ],
)
def test_other_answers_need_no_goals(step: str, text: str, value: str) -> None:
    assert parse_text(step, text).value == value


def test_buttons() -> None:
    assert parse_option("goal", "tone").value == "tone"
    with pytest.raises(AnswerError):
        parse_option("goal", "sumo")
