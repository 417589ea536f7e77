"""Moves named the way people type them when logging: misspelt, run together, shortened.
Each resolves to the card it obviously means; an RDL (no card of its own) to the stiff-leg
or American deadlift, whichever the workout holds."""

from __future__ import annotations

import pytest

from bot.coach.knowledge import Content
from bot.coach.move_named import other_named
from bot.content import load_content


@pytest.fixture(scope="module")
def content() -> Content:
    return load_content()


TYPED = [
    ("bak ext", "back_extension"),
    ("bak extension", "back_extension"),
    ("bk ext", "back_extension"),
    ("back extn", "back_extension"),
    ("back extention", "back_extension"),
    ("hipthrust", "hip_thrust"),
    ("hipthrusts", "hip_thrust"),
    ("hip thust", "hip_thrust"),
    ("hip thurst", "hip_thrust"),
    ("glute brige", "bridge"),
    ("glute brigde", "bridge"),
    ("glute bridg", "bridge"),
    ("hamstring curl", "lying_leg_curl"),
    ("hamstring curls", "lying_leg_curl"),
    ("hammy curl", "lying_leg_curl"),
    ("stiff leg dl", "stiff_leg_deadlift"),
    ("stiff legged dl", "stiff_leg_deadlift"),
]


@pytest.mark.parametrize(("typed", "card"), TYPED)
def test_a_move_typed_loosely_names_its_card(content: Content, typed: str, card: str) -> None:
    found = content.find_exercise(typed)
    assert found is not None and found.id == card


@pytest.mark.parametrize("typed", ["rdl", "rdls", "RDLs", "rdl's", "romanian deadlifts"])
def test_an_rdl_is_said_of_the_stiff_leg_and_american_deadlifts(typed: str) -> None:
    assert other_named(typed) == ("stiff_leg_deadlift", "american_deadlift")


@pytest.mark.parametrize("typed", ["hip", "ext", "curl", "trust", "bak"])
def test_a_word_alone_names_no_card(content: Content, typed: str) -> None:
    assert other_named(typed) == ()
    assert content.find_exercise(typed) is None


def test_a_card_name_is_no_other_name() -> None:
    assert other_named("squats") == () and other_named("stiff leg deadlift") == ()
