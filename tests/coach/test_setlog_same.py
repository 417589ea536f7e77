"""Last time's sets with the load moved: "same but 5 more kg" (bot/coach/setlog_same.py)."""

import pytest

from bot.coach.profile import Unit
from bot.coach.setlog_same import LoadMoved, same_but_moved

KG, LB = Unit.KG, Unit.LB


@pytest.mark.parametrize(
    ("text", "moved"),
    [
        ("same but 5 more kg", LoadMoved(5.0, KG)),
        ("same as last time but 5kg more", LoadMoved(5.0, KG)),
        ("Same as last time, but 2.5 kg heavier", LoadMoved(2.5, KG)),
        ("same +5", LoadMoved(5.0, None)),
        ("same but add 5kg", LoadMoved(5.0, KG)),
        ("same but 10 lb lighter", LoadMoved(-10.0, LB)),
        ("same as before but 5 less", LoadMoved(-5.0, None)),
        ("like last time but 2,5kg more", LoadMoved(2.5, KG)),
        ("same again but with 5kg more on the bar", LoadMoved(5.0, KG)),
    ],
)
def test_last_times_sets_with_the_load_moved(text, moved):
    assert same_but_moved(text) == moved


@pytest.mark.parametrize(
    "text",
    [
        "same",
        "same as last time",
        "same but 5kg",
        "same weight 12 12 10",
        "5 more kg",
        "same but 12 12 10",
        "same but felt harder",
    ],
)
def test_anything_else_is_not_read_here(text):
    assert same_but_moved(text) is None


@pytest.mark.parametrize(
    ("text", "moved"),
    [
        ("same reps but 25kg", LoadMoved(25.0, KG, to=True)),
        ("same reps, 25 kg", LoadMoved(25.0, KG, to=True)),
        ("same sets and reps with 25", LoadMoved(25.0, None, to=True)),
        ("same reps as last time but 55 lb", LoadMoved(55.0, LB, to=True)),
        ("25kg same reps", LoadMoved(25.0, KG, to=True)),
        ("same reps @ 22,5", LoadMoved(22.5, None, to=True)),
    ],
)
def test_last_times_reps_at_a_load_said(text, moved):
    """ "same reps but 25kg" was "I couldn't read that (at "same")"."""
    assert same_but_moved(text) == moved
