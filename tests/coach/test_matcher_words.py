"""How single words are read before matching: words that name the butt only as nouns."""

from __future__ import annotations

import pytest

from bot.coach.matcher import Matcher
from bot.content import load_content


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher(load_content())


@pytest.mark.parametrize(
    "text",
    ["how do I get a bigger behind", "my bottom is flat", "a rounder rear", "tone my behind?"],
)
def test_behind_bottom_rear_as_nouns_are_the_glutes(matcher: Matcher, text: str) -> None:
    assert "glute" in matcher.analyzer.terms(text)[0]


@pytest.mark.parametrize(
    "text",
    [
        "my hamstrings are way behind my quads",
        "at the bottom of the squat my knees cave",
        "rear foot elevated split squat",
        "I'm behind on my workouts",
    ],
)
def test_behind_bottom_rear_as_places_are_not_the_glutes(matcher: Matcher, text: str) -> None:
    assert "glute" not in matcher.analyzer.terms(text)[0]


def test_hamstrings_behind_the_quads_is_about_building_hamstrings(matcher: Matcher) -> None:
    r = matcher.match("My hamstrings are way behind my quads. What should I add?")
    assert r.kind == "answer" and r.best is not None
    assert r.best.entry_id == "build_hamstrings"
