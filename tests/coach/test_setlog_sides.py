"""Reps said per side: the weaker side's kept, the pairs said back (bot/coach/setlog_sides.py)."""

import pytest

from bot.coach.setlog_sides import sides_said, weaker_side


@pytest.mark.parametrize(
    ("typed", "read", "pairs"),
    [
        ("split squats 12 left 10 right", "split squats 10", ((12, 10),)),
        ("12 on the left, 10 on the right", "10", ((12, 10),)),
        ("12 reps on the left and 10 on the right", "10", ((12, 10),)),
        ("10 right, 12 left", "10", ((12, 10),)),
        ("left 12 right 10", "10", ((12, 10),)),
        ("split squat 40kg 12 l 10 r", "split squat 40kg 10", ((12, 10),)),
        ("10/8 each leg", "8 each leg", ((10, 8),)),
        ("12/10 12/10 11/9 per side", "10 10 9 per side", ((12, 10), (12, 10), (11, 9))),
        # not sides: as typed
        ("squats 12/10 at 40", "squats 12/10 at 40", ()),
        ("lunges 12 12 10 each leg", "lunges 12 12 10 each leg", ()),
        ("12 left 12 left", "12 left 12 left", ()),
        ("I left at 10, right?", "I left at 10, right?", ()),
        ("left 10 right 10", "10", ()),  # the same both sides: nothing to say
    ],
)
def test_the_weaker_side_is_kept(typed, read, pairs):
    assert weaker_side(typed) == read
    assert sides_said(typed) == pairs
