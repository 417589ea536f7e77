"""Two questions in one message, both covered: the second is told in brief beneath the first."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from bot.runtime.clock import ManualClock
from bot.runtime.config import database_url
from bot.runtime.services import Services
from bot.training import questions
from bot.training.people import Caller, person
from bot.training.questions import Comparison, EntryAnswer, ExerciseCard, Family
from tests.training import services_for

NOW = datetime(2026, 11, 20, 18, 0, tzinfo=UTC)
ME = Caller(811, 811)


@pytest.fixture
def svc(db_url: str) -> Iterator[Services]:
    with services_for(database_url(db_url), ManualClock(NOW)) as services:
        yield services


def ask(svc: Services, text: str) -> questions.Outcome:
    with svc.db.session() as s:
        return questions.ask(svc, s, person(s, ME, NOW), text)


def test_a_comparison_and_a_myth_get_both(svc: Services) -> None:
    got = ask(svc, "does the stepmill burn glute fat, and are hip thrusts better than squats?")
    assert isinstance(got, Comparison)
    assert {c.id for c in got.cards} == {"hip_thrust", "squat"}
    assert got.second is not None
    assert got.second.choice.item_id == "myth_cardio_spot_reduction"
    assert got.second.choice.family == Family.ENTRY
    assert "spot" in got.second.text  # the myth's gist, in brief


def test_an_entry_and_a_card_get_both(svc: Services) -> None:
    got = ask(svc, "is sprinting good for the tie-in and what about leg curls?")
    assert isinstance(got, EntryAnswer) and got.entry.id == "myth_sprinting"
    assert got.second is not None and got.second.choice.item_id == "lying_leg_curl"
    assert got.second.choice.family == Family.EXERCISE
    assert any(s.id == "001" for s in got.sources)  # the card's article is named too


@pytest.mark.parametrize(
    "text",
    [
        "does the stairmaster burn butt fat?",  # one question
        "What are straight leg deadlifts? Are they good for the glutes?",  # leans on the first
        "What's the tie-in and how do I improve it?",  # the second names nothing of its own
    ],
)
def test_one_question_gets_no_second_part(svc: Services, text: str) -> None:
    got = ask(svc, text)
    assert isinstance(got, (EntryAnswer, ExerciseCard, Comparison))
    assert got.second is None
