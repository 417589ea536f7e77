"""What a follow-up question is, and the question it stands for (bot/coach/follow_up.py)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.coach.compose import Aspect
from bot.coach.follow_up import (
    asked_about,
    asked_besides,
    asked_of,
    in_time,
    is_follow_up,
    names_own_subject,
)

NOW = datetime(2026, 11, 20, 18, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    "text",
    [
        "and how many sets?",
        "And how heavy?",
        "what about for hamstrings?",
        "How about the tie-in?",
        "same for bikini?",
        "is it good for the tie-in?",
        "are they good for glutes?",
        "how do I improve it?",
        "how many sets?",  # a dose asked of nothing named: of what was just shown
        "how many reps should I do?",
    ],
)
def test_short_questions_leaning_on_the_last_are_follow_ups(text: str) -> None:
    assert is_follow_up(text)


@pytest.mark.parametrize(
    "text",
    [
        "how many reps on hip thrusts?",
        "how many reps for glutes?",  # a subject of its own
        "andrew said hip thrusts are best?",  # "and" only as a word of its own
        "and how many sets should I do if I train three times a week at the gym?",  # long
        "",
    ],
)
def test_other_questions_are_not(text: str) -> None:
    assert not is_follow_up(text)


@pytest.mark.parametrize(
    ("text", "own"),
    [
        ("and how many sets?", False),
        ("and how heavy?", False),
        ("what about for hamstrings?", True),
        ("and for bikini?", True),
        ("is it the same for the tie-in?", True),  # the same, for another subject
        ("is it good for the tie-in?", False),  # "it" is still the subject
    ],
)
def test_a_follow_up_naming_a_subject_of_its_own(text: str, own: bool) -> None:
    assert names_own_subject(text) is own


def test_the_follow_up_is_asked_about_the_subject_before() -> None:
    assert asked_about("and how many sets?", "Hip thrust") == "how many sets hip thrust"
    assert asked_about("What about how heavy?", "Squat") == "how heavy squat"
    assert asked_about("how do I improve it?", "What the tie-in is") == (
        "how do improve it what the tie in is"
    )


def test_half_an_hour_keeps_the_topic() -> None:
    assert in_time(NOW - timedelta(minutes=29), NOW)
    assert not in_time(NOW - timedelta(minutes=31), NOW)
    assert not in_time(None, NOW)
    assert not in_time(NOW + timedelta(minutes=1), NOW)  # a clock set back: not trusted


def test_a_new_subject_is_asked_what_was_asked_before() -> None:
    asked = asked_besides("how many reps on hip thrusts?")
    assert asked == (Aspect.REPS,)
    assert asked_of("what about for hamstrings?", asked) == "how many reps for hamstrings"
    assert asked_of("is it the same for the tie-in?", asked) == "how many reps for the tie in"
    assert asked_of("and for bikini?", (Aspect.FREQUENCY,)) == "how often for bikini"
    assert asked_of("and how heavy for bikini?", asked) is None  # asks its own
    assert asked_of("and for bikini?", ()) is None  # nothing asked besides a subject before
