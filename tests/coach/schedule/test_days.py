"""Reading training days people type, and the suggested days."""

from __future__ import annotations

import pytest

from bot.coach.schedule.days import parse_day_count, parse_days, spread_days

MON, TUE, WED, THU, FRI, SAT, SUN = range(7)
EVERY_DAY = tuple(range(7))


# --- parse_days ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mon thu", (MON, THU)),
        ("Monday and Thursday", (MON, THU)),
        ("Mondays & Thursdays", (MON, THU)),
        ("mo/th", (MON, THU)),
        ("tue, thu, sat", (TUE, THU, SAT)),
        ("Tues Weds", (TUE, WED)),
        ("thurs", (THU,)),
        ("sat sun", (SAT, SUN)),
        ("every monday", (MON,)),
        ("on Monday, Wednesday and Friday", (MON, WED, FRI)),
        ("fri mon", (MON, FRI)),
        ("mon mon", (MON,)),
        ("weekdays", (MON, TUE, WED, THU, FRI)),
        ("every weekday", (MON, TUE, WED, THU, FRI)),
        ("weekends", (SAT, SUN)),
        ("weekdays and saturday", (MON, TUE, WED, THU, FRI, SAT)),
        ("every day", EVERY_DAY),
        ("Every Day", EVERY_DAY),
        ("daily", EVERY_DAY),
        ("mon-fri", (MON, TUE, WED, THU, FRI)),
        ("Mon – Wed", (MON, TUE, WED)),
        ("monday to wednesday", (MON, TUE, WED)),
        ("fri-mon", (MON, FRI, SAT, SUN)),
        ("mon-wed, sat", (MON, TUE, WED, SAT)),
        # how many and which, together: the count agrees with the days named
        ("3 days, mon wed fri", (MON, WED, FRI)),
        ("twice a week: tue and fri", (TUE, FRI)),
        ("mon wed fri, 3 days a week", (MON, WED, FRI)),
        ("3x a week on mon wed fri", (MON, WED, FRI)),
        # said politely ("mondays and thursdays thanks" sent the setup to the matcher)
        ("mondays and thursdays thanks", (MON, THU)),
        ("hey, mon and thu please", (MON, THU)),
        ("mon wed fri!", (MON, WED, FRI)),
    ],
)
def test_parse_days_accepts(text: str, expected: tuple[int, ...]) -> None:
    assert parse_days(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "3 days",
        "3",
        "twice a week",
        "",
        "   ",
        "and",
        "banana",
        "mon banana",
        "m t w",
        "mon-",
        "-fri",
        "mon - - fri",
        "weekdays-fri",
        "mon " * 1000,
        "3 days, mon wed",  # the count and the days disagree: which is it?
        "3 days a week",
        "thanks",
        "mon and thu?",  # asked, not said
    ],
)
def test_parse_days_rejects(text: str) -> None:
    assert parse_days(text) is None


# --- spreading days over the week ---------------------------------------------------------------
# Which count each goal suggests is content: see tests/coach/test_goals.py.


def test_spread_days() -> None:
    assert spread_days(2) == (MON, THU)
    assert spread_days(3) == (MON, WED, FRI)
    assert spread_days(4) == (MON, TUE, THU, FRI)
    for count in range(1, 8):
        days = spread_days(count)
        assert len(days) == count and list(days) == sorted(set(days))
    for bad in (0, 8, -1):
        with pytest.raises(ValueError):
            spread_days(bad)


def test_two_days_leave_two_rest_days_between() -> None:
    days = spread_days(2)
    gaps = [(b - a) % 7 - 1 for a, b in zip(days, days[1:] + days[:1], strict=True)]
    assert min(gaps) >= 2


def test_spread_days_round_trip_through_the_parser() -> None:
    names = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
    for count in range(1, 8):
        days = spread_days(count)
        assert parse_days(" ".join(names[d] for d in days)) == days


@pytest.mark.parametrize(
    ("text", "count"),
    [("3 days a week", 3), ("twice a week", 2), ("4x", 4), ("every other day", 3),
     ("three times a week", 3), ("3", None), ("three", None), ("8 days a week", None),
     ("mon wed fri", None)],
)  # fmt: skip
def test_day_count(text: str, count: int | None) -> None:
    assert parse_day_count(text) == count


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mon tue thr", (MON, TUE, THU)),
        ("wensday and friday", (WED, FRI)),
        ("tuseday, thursday", (TUE, THU)),
        ("satruday sunday", (SAT, SUN)),
        ("mon - thurday", (MON, TUE, WED, THU)),
    ],
)
def test_parse_days_with_typos(text: str, expected: tuple[int, ...]) -> None:
    assert parse_days(text) == expected


@pytest.mark.parametrize("text", ["seven", "three", "sixty", "monkey"])
def test_no_day_read_into_other_words(text: str) -> None:
    assert parse_days(text) is None
