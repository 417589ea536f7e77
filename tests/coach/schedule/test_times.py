"""Reading times of day people type."""

from __future__ import annotations

from datetime import time

import pytest

from bot.coach.schedule.times import parse_time_of_day

# --- parse_time_of_day --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("18:30", time(18, 30)),
        ("6:30", time(6, 30)),
        ("06:30", time(6, 30)),
        ("00:00", time(0, 0)),
        ("23:59", time(23, 59)),
        ("6:30 pm", time(18, 30)),
        ("6:30pm", time(18, 30)),
        ("6:30 PM", time(18, 30)),
        ("6 pm", time(18, 0)),
        ("6pm", time(18, 0)),
        ("6 p.m.", time(18, 0)),
        ("6p.m.", time(18, 0)),
        ("7am", time(7, 0)),
        ("7 a.m.", time(7, 0)),
        ("at 7am", time(7, 0)),
        ("12 pm", time(12, 0)),
        ("12am", time(0, 0)),
        ("12:30 am", time(0, 30)),
        ("18h30", time(18, 30)),
        ("18h", time(18, 0)),
        ("18.30", time(18, 30)),
        ("6.30pm", time(18, 30)),
        ("0630", time(6, 30)),
        ("1830", time(18, 30)),
        ("noon", time(12, 0)),
        ("Noon", time(12, 0)),
        ("midday", time(12, 0)),
        ("midnight", time(0, 0)),
    ],
)
def test_parse_time_of_day_accepts(text: str, expected: time) -> None:
    assert parse_time_of_day(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "7",  # bare hours are ambiguous: the bot asks
        "18",
        "630",
        "25:99",
        "24:00",
        "12:60",
        "13 pm",
        "0 am",
        "0pm",
        "6:5",
        "6:300",
        "6 pmm",
        "pm",
        "",
        "soon",
        "18:30:00:00",
        "9" * 4000,
    ],
)
def test_parse_time_of_day_rejects(text: str) -> None:
    assert parse_time_of_day(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("evenings around 6pm", time(18, 0)),  # was "I need a time of day"
        ("mornings, 7am", time(7, 0)),
        ("usually after work around 17:30", time(17, 30)),
        ("6pm-ish", time(18, 0)),
        ("630pm", time(18, 30)),
        ("1230pm", time(12, 30)),
        ("around lunchtime, say noon", time(12, 0)),
        ("mon wed fri mornings around 7", time(7, 0)),  # was None: a bare hour
        ("evenings at 6", time(18, 0)),
        ("7ish in the morning", time(7, 0)),
    ],
)
def test_the_one_clear_time_in_a_sentence(text: str, expected: time) -> None:
    assert parse_time_of_day(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "6pm or 7pm",
        "between 6 and 7",
        "evenings",
        "at 6:300",
        "mornings around 12",
        "early evening at 6",
        "mornings at 6 or 7",
    ],
)
def test_no_time_guessed_from_a_sentence(text: str) -> None:
    assert parse_time_of_day(text) is None
