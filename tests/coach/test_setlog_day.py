"""The day a typed log says its sets were done, found in the person's local today and cut
from the text, so a day word is never read as part of the exercise's name or its numbers."""

from datetime import date

import pytest

from bot.coach.profile import Unit
from bot.coach.setlog import parse_log
from bot.coach.setlog_day import day_said, month_first

WED = date(2026, 12, 2)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "day", "rest"),
    [
        ("squats 40kg 10 10 10 yesterday", date(2026, 12, 1), "squats 40kg 10 10 10"),
        (
            "yesterday I did hip thrusts 3x10 at 60",
            date(2026, 12, 1),
            "I did hip thrusts 3x10 at 60",
        ),
        ("last night: RDL 3x8 40kg", date(2026, 12, 1), "RDL 3x8 40kg"),
        ("Yesterday evening, squats 3x10 @ 40", date(2026, 12, 1), "squats 3x10 @ 40"),
        ("on monday I did squats 3x10 at 40", date(2026, 11, 30), "I did squats 3x10 at 40"),
        ("squats 3x10 at 40 on Sunday", date(2026, 11, 29), "squats 3x10 at 40"),
        ("thursday: lunges 10kg 12 12", date(2026, 11, 26), "lunges 10kg 12 12"),
        ("wednesday squats 3x10", WED, "squats 3x10"),  # today's weekday: today
        ("last wednesday squats 3x10", date(2026, 11, 25), "squats 3x10"),
        ("on tue squats 3x10", date(2026, 12, 1), "squats 3x10"),
        ("the day before yesterday squats 3x10", date(2026, 11, 30), "squats 3x10"),
        ("3 days ago squats 3x10", date(2026, 11, 29), "squats 3x10"),
        ("two days ago squats 3x10", date(2026, 11, 30), "squats 3x10"),
        ("squats 3x10 on 28 nov", date(2026, 11, 28), "squats 3x10"),
        ("nov 30th: squats 40kg 10 10", date(2026, 11, 30), "squats 40kg 10 10"),
        ("this morning squats 3x10", WED, "squats 3x10"),
        ("squats 3x10 tonight", WED, "squats 3x10"),
        ("tomorrow squats 3x10", date(2026, 12, 3), "squats 3x10"),
        ("next friday squats 3x10", date(2026, 12, 4), "squats 3x10"),
        ("last week squats 3x10", date(2026, 11, 25), "squats 3x10"),
        ("on 20 december squats 3x10", date(2026, 12, 20), "squats 3x10"),  # ahead: said so
    ],
)
def test_the_day_said_and_the_text_without_it(text, day, rest):
    said, cut = day_said(text, WED)
    assert said is not None and said.day == day, text
    assert cut == rest


@pytest.mark.parametrize(
    "text",
    ["squats 40kg 10 10 10", "good mornings 3x10 at 40", "I sat down after 3 sets",
     "squats 40kg 12 12 10 felt heavy", "3x10 @ 40 on the 2nd set my knee hurt",
     "did the squats with 30kg and got 10 10 and 8"],
)  # fmt: skip
def test_no_day_said(text):
    assert day_said(text, WED) == (None, text)


def test_a_date_months_ahead_is_last_years():
    said, _ = day_said("30 dec squats 3x10", date(2027, 1, 2))
    assert said is not None and said.day == date(2026, 12, 30)


def test_only_today_is_flagged_bare():
    said, _ = day_said("did squats today 3x10", WED)
    assert said is not None and said.bare_today
    said, _ = day_said("did squats this morning 3x10", WED)
    assert said is not None and not said.bare_today


def test_a_day_cut_leaves_a_log_the_grammar_reads():
    """ "squats 40kg 10 10 10 on 28 nov" read whole would be four sets and a stray 28."""
    _, cut = day_said("squats 40kg 10 10 10 on 28 nov", WED)
    parsed = parse_log(cut, unit=Unit.KG, planned=None, resolve_exercise={"squats": "squat"}.get)
    assert parsed.exercise_id == "squat"
    assert [e.reps for e in parsed.sets] == [10, 10, 10]


@pytest.mark.parametrize(
    ("text", "day", "rest"),
    [
        ("on 28/11 squats 3x10 at 40", date(2026, 11, 28), "squats 3x10 at 40"),
        ("28.11: hip thrust 3x8 60kg", date(2026, 11, 28), "hip thrust 3x8 60kg"),
        ("28/11: hip thrust 3x8 60kg", date(2026, 11, 28), "hip thrust 3x8 60kg"),
        ("hip thrusts 3x10 at 60 on 11/28", date(2026, 11, 28), "hip thrusts 3x10 at 60"),
        ("squats 3x10 at 40 on the 29/11", date(2026, 11, 29), "squats 3x10 at 40"),
        ("squats 3x10 at 40 28/11/2026", date(2026, 11, 28), "squats 3x10 at 40"),
        ("on 1.12.26 squats 3x10", date(2026, 12, 1), "squats 3x10"),
        ("on 30-11 squats 3x10", date(2026, 11, 30), "squats 3x10"),
        ("on 1/12 squats 3x10", date(2026, 12, 1), "squats 3x10"),  # day first
        ("on 5/12 squats 3x10", date(2026, 12, 5), "squats 3x10"),  # ahead: said so
        ("on 12/10 squats 3x10", date(2026, 10, 12), "squats 3x10"),  # too far: said so
    ],
)
def test_a_date_in_numbers_after_on_with_a_year_or_before_a_colon(text, day, rest):
    said, cut = day_said(text, WED)
    assert said is not None and said.day == day, text
    assert cut == rest


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("on 1/12 squats 3x10", date(2026, 1, 12)),  # month first: 12 Jan, months back
        ("on 11/28 squats 3x10", date(2026, 11, 28)),  # plain either way
        ("on 28/11 squats 3x10", date(2026, 11, 28)),
        ("12/1: squats 3x10", date(2026, 12, 1)),
    ],
)
def test_month_first_in_the_americas(text, day):
    said, _ = day_said(text, WED, month_first=True)
    assert said is not None and said.day == day, text


def test_the_americas_write_the_month_first():
    assert month_first("America/Los_Angeles") and month_first("US/Eastern")
    assert month_first("Canada/Pacific")
    assert not month_first("Europe/Berlin") and not month_first("Australia/Sydney")
    assert month_first("America/Toronto") and month_first("Asia/Manila")
    # the rest of the Americas write the day first
    assert not month_first("America/Sao_Paulo") and not month_first("America/Mexico_City")
    assert not month_first("America/Argentina/Buenos_Aires")


@pytest.mark.parametrize(
    "text",
    ["squats 12/10 at 40", "12/10 at 40", "squats 12/10/8 at 40", "12.5: 10 10 10",
     "22.5: 10 10 10", "squats 40kg 10/10/10", "on 31/02 squats 3x10", "on 13/13 squats 3x10",
     "hip thrust 60 12.10", "squats 3x10 at 40 12/10"],
)  # fmt: skip
def test_numbers_that_are_no_date(text):
    assert day_said(text, WED) == (None, text)
    assert day_said(text, WED, month_first=True) == (None, text)


def test_reps_split_by_a_slash_still_read_after_a_date_is_cut():
    _, cut = day_said("on 28/11 squats 12/10 at 40", WED)
    parsed = parse_log(cut, unit=Unit.KG, planned=None, resolve_exercise={"squats": "squat"}.get)
    assert [(e.reps, e.load) for e in parsed.sets] == [(12, 40.0), (10, 40.0)]
