"""A story naming another session among its numbers (bot/coach/setlog_story.py)."""

import pytest

from bot.coach.profile import Unit
from bot.coach.setlog import LogParseError, Planned
from bot.coach.setlog_story import read_story

PLAN = Planned(3, 8, 12, 20.0, Unit.KG)


@pytest.mark.parametrize("text", ["20kg 12 12 10 next time 25", "12 12 10 next week 25kg"])
def test_next_time_is_no_set(text):
    """ "20kg 12 12 10 next time 25" was four sets, the last of 25 reps."""
    with pytest.raises(LogParseError):
        read_story(text, unit=Unit.KG, planned=PLAN, resolve_exercise=lambda _: None,
                   current_exercise="squat")  # fmt: skip
