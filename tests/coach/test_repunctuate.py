"""A post typed without stops gets them back, so its question is found as in a punctuated one."""

from __future__ import annotations

from types import SimpleNamespace
from typing import cast

import pytest

from bot.coach.matcher import Matcher
from bot.coach.matcher.repunctuate import repunctuated
from bot.content import load_content
from bot.runtime.services import Services
from bot.store.models import User
from bot.training.outcomes import EntryAnswer
from bot.training.questions import reply_to


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        (  # capitals start the sentences
            "I have had two children and lost a lot of weight Still my butt is flat What is "
            "the best exercise for that",
            "I have had two children and lost a lot of weight. Still my butt is flat. What is "
            "the best exercise for that?",
        ),
        (  # all lowercase: a question word and its subject start a question
            "i have a stepper at home and do lunges should i do these on alternate days",
            "i have a stepper at home and do lunges. should i do these on alternate days?",
        ),
        (  # "but" stays with its question, after a comma
            "Cycling has become popular with many people but does it really give you a bigger butt",
            "Cycling has become popular with many people, but does it really give you a bigger "
            "butt?",
        ),
        (  # "I" and a verb opening a sentence
            "I have been competing in figure for 7 years I feel everything has improved but my "
            "rear end",
            "I have been competing in figure for 7 years. I feel everything has improved but my "
            "rear end.",
        ),
    ],
)
def test_stops_are_put_back(typed: str, read: str) -> None:
    assert repunctuated(typed) == read


@pytest.mark.parametrize(
    "typed",
    [
        "how do I grow my glutes",  # short: one sentence anyway
        "what exercises should I do for my glutes at home please",  # one question
        "how many weeks does it take for glutes to grow noticeably",  # its own auxiliary
        "how much protein do i need to grow my glutes every day",
        "whats the adductor magnus got to do with how my butt looks",
        "the best exercise I can do for my hamstrings at the gym",
        "Does Lifting Weights With the Legs Cause a Bigger Butt",  # a title, not sentences
        "My butt is flat. What is the best exercise for that",  # has a stop: left as typed
    ],
)
def test_one_sentence_or_a_punctuated_post_is_left_as_typed(typed: str) -> None:
    assert repunctuated(typed) == typed


def test_the_question_in_a_post_without_stops_is_answered() -> None:
    """Typed without a single stop, this got "I don't know that one yet"; with its stops it was
    answered: the question leans on the sentence before it ("for that")."""
    content = load_content()
    svc = cast(Services, SimpleNamespace(content=content, matcher=Matcher(content)))
    nobody = cast(
        User,
        SimpleNamespace(
            goal=None, onboarded_at=None, paused=False, place=None, next_push_at=None, tz=None
        ),
    )
    typed = (
        "I have had two children and have lost a lot of weight since they were born Still my "
        "butt is flat and I want to round it out like an apple or melon What is the best exercise "
        "for that"
    )
    outcome = reply_to(svc, nobody, typed)
    assert isinstance(outcome, EntryAnswer), outcome
    assert outcome.entry.id == "build_glutes"
