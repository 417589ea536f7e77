"""The day a whole workout told in words is of (bot/training/whole_day_when.py), read on
Wednesday 25 November 2026: before the words of the whole day or right after them, never
in the remark after them, never a day ahead."""

from datetime import date

import pytest

from bot.training import whole_day
from bot.training.whole_day_when import told_on

WEDNESDAY = date(2026, 11, 25)
MONDAY = date(2026, 11, 23)


@pytest.mark.parametrize(
    ("typed", "day", "left"),
    [
        ("on monday i did it all", MONDAY, "i did it all"),
        ("monday: did everything", MONDAY, "did everything"),
        ("did monday's workout", MONDAY, "did the whole workout"),
        ("i did all of monday's session on monday", MONDAY, "i did the whole workout"),
        ("monday's workout done", MONDAY, "the whole workout done"),
        ("did it all 2 days ago, legs sore", MONDAY, "did it all, legs sore"),
        ("did it all on the 23rd", MONDAY, "did it all"),
        ("did it all on 3 march", date(2026, 3, 3), "did it all"),
        ("did it all yesterday", date(2026, 11, 24), "did it all"),
        (
            "did it all, legs still sore from monday",
            None,
            "did it all, legs still sore from monday",
        ),
        ("done, see you monday", None, "done, see you monday"),
        ("did it all tomorrow", None, "did it all tomorrow"),
        ("did it all", None, "did it all"),
    ],
)
def test_the_day_of_a_whole_workout(typed: str, day: date | None, left: str) -> None:
    said, cut = told_on(typed, WEDNESDAY, whole_day._bare)
    assert (said.day if said else None, cut) == (day, left)


def test_the_words_are_cut_with_no_day_at_hand() -> None:
    """With no person at hand (told_whole), the day's words are cut whatever the date."""
    assert whole_day.without_day("on 5 jan i did it all") == "i did it all"
    assert whole_day.told_whole("finished monday's workout")
    assert not whole_day.told_whole("monday's squats were heavy")
