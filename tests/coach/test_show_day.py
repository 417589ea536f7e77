from datetime import date

import pytest

from bot.coach.show_day import asked_weeks_out, count_to, show_day_said

SUNDAY = date(2027, 1, 3)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("figure competitor, show is march 14", date(2027, 3, 14)),
        ("my show is in 10 weeks", date(2027, 3, 14)),
        ("my comp is the 14th of march", date(2027, 3, 14)),
        ("next show is june 5", date(2027, 6, 5)),
        ("my show's on march 14", date(2027, 3, 14)),
        ("show is jan 2", date(2028, 1, 2)),  # past this year: next year's
    ],
)
def test_a_show_day_said(text: str, day: date) -> None:
    assert show_day_said(text, SUNDAY) == day


@pytest.mark.parametrize(
    "text",
    ["march 14", "show me hip thrusts on march 4", "can you show me results in 3 weeks",
     "my show is coming up", "my show is in 30 months"],
)  # fmt: skip
def test_no_show_day(text: str) -> None:
    assert show_day_said(text, SUNDAY) is None


@pytest.mark.parametrize(
    "text", ["how many weeks out am i", "how long until my show?", "how many weeks till the show"]
)
def test_weeks_out_asked(text: str) -> None:
    assert asked_weeks_out(text)


@pytest.mark.parametrize("text", ["how many sets should i do", "how many weeks should i train"])
def test_weeks_out_not_asked(text: str) -> None:
    assert not asked_weeks_out(text)


def test_count_to() -> None:
    assert (
        count_to(date(2027, 3, 14), SUNDAY).weeks,
        count_to(date(2027, 3, 14), SUNDAY).days,
    ) == (10, 0)
    assert count_to(date(2027, 1, 1), SUNDAY).past
