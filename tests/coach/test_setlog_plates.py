"""Loads said in plates: a plate is 45 lb or 20 kg a side, with the bar counted in."""

import pytest

from bot.coach.setlog_plates import plates_said


@pytest.mark.parametrize(
    ("typed", "unit", "read"),
    [
        ("hip thrust 2 plates + 25 each side 10 10 10", "lb", "hip thrust 275lb 10 10 10"),
        (
            "did it all, hip thrust was 2 plates + 35 each side",
            "lb",
            "did it all, hip thrust was 295lb",
        ),
        ("deadlift two plates 5 5 5", "lb", "deadlift 225lb 5 5 5"),
        ("squat 1 plate 5x5", "kg", "squat 60kg 5x5"),
        ("a plate and a 10 a side 8 8 8", "kg", "80kg 8 8 8"),
        ("hip thrust 2 plates 12 12", None, "hip thrust 100kg 12 12"),  # no unit yet: kg
        # no plates counted: as typed
        ("i did 2 sets of plates", "lb", "i did 2 sets of plates"),
        ("hip thrust 60kg 3x10", "kg", "hip thrust 60kg 3x10"),
    ],
)
def test_plates_are_read_as_the_load_they_make(typed: str, unit: str | None, read: str) -> None:
    assert plates_said(typed, unit) == read
