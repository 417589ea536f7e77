"""A change of profile said in plain words: statements change a setting, questions that only
name a place or a goal do not (they get their article)."""

from __future__ import annotations

import pytest

from bot.coach.goals import Goals
from bot.coach.profile_change import MAX_WORDS, said_change
from bot.content import DEFAULT_CONTENT_DIR, load_goals


@pytest.fixture(scope="module")
def goals() -> Goals:
    return load_goals(DEFAULT_CONTENT_DIR / "goals.yaml")


@pytest.mark.parametrize(
    ("text", "step", "value"),
    [
        # the goal: a statement with a word saying it is new
        ("I want to compete in figure now", "goal", "compete"),
        ("I want to do bikini instead", "goal", "bikini"),
        ("switching my goal to bikini", "goal", "bikini"),
        ("I just want to tone now", "goal", "tone"),
        ("I'd rather do bodybuilding now", "goal", "compete"),
        ("my goal is bikini now", "goal", "bikini"),
        ("I decided to compete in bikini", "goal", "bikini"),
        ("actually I want to grow my glutes now, not my legs", "goal", "glutes_only"),
        ("I'm prepping for a figure competition now", "goal", "compete"),
        # named without what it is now: the question is asked
        ("I changed my goal", "goal", None),
        ("I don't want to compete anymore", "goal", None),
        # the place: how they train now
        ("I train at home now with bands", "place", "home"),
        ("I train at home", "place", "home"),
        ("I'm going to train at the gym again", "place", "gym"),
        ("back at the gym", "place", "gym"),
        ("I'm back at the gym from next week", "place", "gym"),
        ("I only have bodyweight now", "place", "bodyweight"),
        ("no equipment anymore", "place", "bodyweight"),
        ("I don't have a gym anymore", "place", "bodyweight"),
        ("I joined a gym", "place", "gym"),
        ("I joined a gym last week", "place", "gym"),
        ("I want to lift at the gym now instead of home", "place", "gym"),  # not "home"
        ("I want home workouts now", "place", "home"),
        ("I got a gym membership", "place", "gym"),
        ("I'll start training at home", "place", "home"),
        ("I work out from home these days", "place", "home"),
        ("training at home from now on", "place", "home"),
        ("I'm moving my workouts to the gym", "place", "gym"),
        ("I cancelled my gym membership", "place", None),  # home or no kit: asked
        ("I no longer go to the gym", "place", None),
        ("I train at home now, no ball", "place", "home"),  # home, the ball curl left out
        ("I train at home now, I don't have a ball", "place", "home"),
        ("I no longer train at home, no ball", "place", None),
        # the experience
        ("I've been lifting for 3 years now", "experience", "experienced"),
        ("been training for 8 months", "experience", "some"),
        ("I've been lifting for 1.5 years", "experience", "some"),
        ("I've been training for a year", "experience", "some"),
        ("I'm intermediate now", "experience", "some"),
        ("I'm advanced now", "experience", "experienced"),
        ("I'm not a beginner anymore", "experience", None),
    ],
)
def test_a_change_said_in_words(goals: Goals, text: str, step: str, value: str | None) -> None:
    said = said_change(text, goals)
    assert said is not None, text
    assert said.step == step, text
    assert (said.answer.value if said.answer else None) == value, text


@pytest.mark.parametrize(
    "text",
    [
        # questions that name a place or a goal get their article
        "can I train at home?",
        "can I train at home",
        "what's best for bikini?",
        "is the gym better than home?",
        "should I compete in figure",
        "how do I train for bikini",
        "do I need a gym",
        "what can I do with bands at home",
        "home or gym for glutes",
        "is it ok to train at home now",
        "tips for training at home",
        "if I train at home, which exercises",
        # a moment or one day, not how they train
        "I'm at the gym now",
        "I'm going to the gym now",
        "heading to the gym",
        "training at home today",
        "at home this week",
        "I used to train at the gym",
        "I train at home too",
        # no statement of a change
        "home",
        "gym",
        "bikini",
        "I want to tone my glutes",  # a wish, nothing new said: the toning answer
        "I compete in figure",  # said as it is
        "I'm new",
        "I bought resistance bands",  # for the gym, or for home?
        "I got bands for my birthday",
        "I train at home but my knee hurts",  # more than a change: for the coach
        "I've been lifting for 3 years and my glutes won't grow at all no matter what",
        # a place and a goal at once: left to the coach
        "I want to compete in bikini now and train at home",
        # a question after it: asked, not said (the goal was changed unasked)
        "I want a rounder booty, where do I start",
        "I train at home now, what should I do",
        # the unit and days are the settings intent's (bot.coach.smalltalk)
        "switch to pounds",
        "I want to train 4 days now",
    ],
)
def test_no_change_said(goals: Goals, text: str) -> None:
    assert said_change(text, goals) is None, text


def test_long_messages_are_left_to_the_coach(goals: Goals) -> None:
    text = "I train at home now " + "really " * MAX_WORDS
    assert said_change(text, goals) is None
