"""Reps or a set count corrected in words (bot/coach/setlog_fix.py)."""

import pytest

from bot.coach.profile import Unit
from bot.coach.setlog import SetEntry
from bot.coach.setlog_fix import reps_corrected

SHOWN = (SetEntry(10, 20.0, Unit.KG), SetEntry(10, 20.0, Unit.KG), SetEntry(10, 22.5, Unit.KG))


@pytest.mark.parametrize(
    ("typed", "reps", "loads"),
    [
        ("the last set was 8", [10, 10, 8], [20, 20, 22.5]),
        ("second set was 9 reps", [10, 9, 10], [20, 20, 22.5]),
        ("yes but the last one was 9", [10, 10, 9], [20, 20, 22.5]),
        ("the last set was 8 and the first one was 12", [12, 10, 8], [20, 20, 22.5]),
        ("wait, it was 4 sets", [10, 10, 10, 10], [20, 20, 22.5, 22.5]),
        ("only 2 sets", [10, 10], [20, 20]),
        ("no, 10 10 8", [10, 10, 8], [20, 20, 22.5]),
        ("oops it was 12, 12 and 10", [12, 12, 10], [20, 20, 22.5]),
        ("only 7 reps on the last", [10, 10, 7], [20, 20, 22.5]),
        ("but only 8 on the last set", [10, 10, 8], [20, 20, 22.5]),
        ("9 reps in the second one", [10, 9, 10], [20, 20, 22.5]),
        # "set" left out: it was an unknown exercise "no the last was"
        ("no the last was 8", [10, 10, 8], [20, 20, 22.5]),
        ("first was 12, last was 8", [12, 10, 8], [20, 20, 22.5]),
    ],
)
def test_reps_and_counts_said_keep_the_loads(typed, reps, loads):
    fixed = reps_corrected(typed, SHOWN)
    assert fixed is not None
    assert [e.reps for e in fixed] == reps and [e.load for e in fixed] == loads


@pytest.mark.parametrize(
    "typed",
    [
        "12 12 10",  # sets retyped: no correction said
        "4 sets",
        "first set 12, second 10",  # a new entry in ordinals
        "no wait, 30 not 20",  # a load (typed.py)
        "the fifth set was 8",  # there is none
        "the last set was 8, felt heavy",
        "it was 12 sets",
        "20 for the first, 25 for the last",  # loads (setlog_loads.py)
    ],
)
def test_what_corrects_no_reps_is_left_alone(typed):
    assert reps_corrected(typed, SHOWN) is None


@pytest.mark.parametrize(
    ("text", "reps"),
    [
        ("add a 4th set of 8", [10, 10, 10, 8]),
        ("plus one more set of 8", [10, 10, 10, 8]),
        ("and another set of 6", [10, 10, 10, 6]),
        ("also did an extra set of 8", [10, 10, 10, 8]),
    ],
)
def test_one_more_set_said(text, reps):
    """Each was "I couldn't read that" at "Save it?"."""
    fixed = reps_corrected(text, SHOWN)
    assert fixed is not None and [e.reps for e in fixed] == reps
    assert fixed[-1].load == SHOWN[-1].load
