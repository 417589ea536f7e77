"""The goals as content/goals.yaml describes them: suggested days, words, keyword order."""

from __future__ import annotations

import pytest

from bot.coach.goals import Goals
from bot.coach.profile import Goal
from bot.coach.schedule import parse_days
from bot.content import DEFAULT_CONTENT_DIR, load_goals

MON, TUE, WED, THU, FRI, SAT, SUN = range(7)


@pytest.fixture(scope="module")
def goals() -> Goals:
    return load_goals(DEFAULT_CONTENT_DIR / "goals.yaml")


def test_every_goal_once_in_the_order_of_the_enum(goals: Goals) -> None:
    assert goals.ids() == tuple(Goal)
    assert [g.id for g in goals] == list(Goal) and len(goals) == len(Goal)
    assert goals["tone"] is goals[Goal.TONE]
    assert goals.get("tone") is goals[Goal.TONE]
    assert goals.get(None) is None and goals.get("sumo") is None


def test_tone_trains_twice_with_two_rest_days_between(goals: Goals) -> None:
    assert goals[Goal.TONE].days_a_week == 2
    days = goals[Goal.TONE].suggested_days
    assert days == (MON, THU)
    gaps = [(b - a) % 7 - 1 for a, b in zip(days, days[1:] + days[:1], strict=True)]
    assert min(gaps) >= 2


@pytest.mark.parametrize(
    ("goal", "expected"),
    [
        (Goal.BIKINI, (MON, WED, FRI)),
        (Goal.GLUTES_ONLY, (MON, WED, FRI)),
        (Goal.COMPETE, (MON, TUE, THU, FRI)),
    ],
)
def test_suggested_days_per_goal(goals: Goals, goal: Goal, expected: tuple[int, ...]) -> None:
    assert goals[goal].suggested_days == expected
    assert len(expected) == goals[goal].days_a_week


def test_suggested_days_round_trip_through_the_parser(goals: Goals) -> None:
    names = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
    for goal in goals:
        days = goal.suggested_days
        assert parse_days(" ".join(names[d] for d in days)) == days


def test_words(goals: Goals) -> None:
    assert goals[Goal.BIKINI].label == "Compete in bikini"
    assert goals[Goal.TONE].short == "toning"
    assert all(g.question.startswith("<b>") and g.days_why.endswith(".") for g in goals)


def test_keywords_are_checked_by_rank_then_file_order(goals: Goals) -> None:
    table = goals.keyword_table()
    assert [goal for goal, _ in table] == [
        "bikini",
        "glutes_only",
        "compete",
        "glutes_only",
        "tone",
    ]
    assert table[0] == ("bikini", ("bikini",))
    assert "without bigger legs" in table[1][1] and "grow" in table[3][1]


@pytest.mark.parametrize(
    ("days", "close"),
    [
        ((0, 3), None),  # Mon, Thu: two rest days, three round the weekend
        ((5, 6), (5, 6)),  # Sat, Sun: back to back
        ((0, 6), (6, 0)),  # Sun, Mon: back to back across the week's end
        ((0, 2, 4), (0, 2)),  # Mon, Wed: one rest day
        ((1,), None),
    ],
)
def test_toning_days_closer_than_its_rest_days_are_found(
    goals: Goals, days: tuple[int, ...], close: tuple[int, int] | None
) -> None:
    assert goals[Goal.TONE].too_close(days) == close
    assert goals[Goal.BIKINI].too_close(days) is None  # no rest days asked between
