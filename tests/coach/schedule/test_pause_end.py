"""A pause said with a length: the local date the workouts come back on."""

from datetime import date

import pytest

from bot.coach.schedule.pause_end import pause_end, skip_end

THURSDAY = date(2026, 12, 3)


@pytest.mark.parametrize(
    ("said", "back"),
    [
        ("stop sending me workouts for a week", date(2026, 12, 10)),
        ("pause for 2 weeks", date(2026, 12, 17)),
        ("pause for two weeks please", date(2026, 12, 17)),
        ("/pause for 10 days", date(2026, 12, 13)),
        ("take a break for a couple of weeks", date(2026, 12, 17)),
        ("pause 3 weeks", date(2026, 12, 24)),
        ("pause for a fortnight", date(2026, 12, 17)),
        ("pause for a month", date(2027, 1, 3)),
        ("no workouts until monday", date(2026, 12, 7)),
        ("no workouts till next Monday", date(2026, 12, 7)),
        ("pause until thursday", date(2026, 12, 10)),  # today is Thursday: next week's
        ("pause until tomorrow", date(2026, 12, 4)),
        ("pause until next week", date(2026, 12, 7)),
        ("I'm on holiday till the 20th", date(2026, 12, 20)),
        ("away until the 2nd", date(2027, 1, 2)),
        ("pause until 3 January", date(2027, 1, 3)),
        ("pause until jan 3rd", date(2027, 1, 3)),
        ("on vacation till december 20", date(2026, 12, 20)),
        ("until the 3rd of december", date(2027, 12, 3)),
        ("/pause until Monday 14 December", date(2026, 12, 14)),  # today's date: next year's
    ],
)
def test_a_length_said_gives_the_day_workouts_come_back(said, back):
    assert pause_end(said, THURSDAY) == back


@pytest.mark.parametrize(
    "said",
    [
        "stop sending me workouts",
        "pause",
        "I'm on holiday",
        "twice a week is too much, stop the messages",
        "pause until further notice",
        "pause for 900 days",
        "pause until the 45th",
    ],
)
def test_no_length_is_a_pause_until_resume(said):
    assert pause_end(said, THURSDAY) is None


@pytest.mark.parametrize(
    ("today", "back"),
    [
        (date(2026, 12, 3), date(2026, 12, 7)),  # Thursday: the Monday after
        (date(2026, 12, 7), date(2026, 12, 14)),  # Monday: the next Monday
        (date(2026, 12, 6), date(2026, 12, 14)),  # Sunday: the week ahead, not just tomorrow
    ],
)
def test_skipped_this_week_comes_back_on_the_monday_after(today: date, back: date) -> None:
    assert skip_end("sick this week, skip", today) == back
