"""Back after weeks without training: the program's week count leaves the silent weeks out,
and the rise earned before the gap waits (the loads last managed are asked again)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

from bot.coach.profile import Experience, Goal, Place, Profile, Unit
from bot.coach.programs import silent_weeks, week_number, weeks_to_leave_out
from bot.coach.progression import ExerciseKind, Prescription, next_prescription
from bot.coach.setlog import Planned, SetEntry

START = date(2026, 11, 16)  # a Monday: week 1
PERSON = Profile(
    goal=Goal.TONE,
    experience=Experience.NEW,
    place=Place.GYM,
    days=(0, 3),
    push_time=time(18, 30),
    tz="Europe/Berlin",
    unit=Unit.KG,
    started_on=START,
)
LAST = date(2026, 11, 19)  # Thursday of week 1, the last training
BACK = date(2026, 12, 14)  # Monday of calendar week 5: weeks 2, 3 and 4 silent


def test_silent_weeks_are_whole_weeks_between():
    assert silent_weeks(LAST, date(2026, 11, 23)) == 0
    assert silent_weeks(LAST, date(2026, 11, 30)) == 1
    assert silent_weeks(LAST, BACK) == 3


def test_two_or_more_silent_weeks_are_left_out_of_the_count():
    assert week_number(PERSON, BACK) == 5
    assert weeks_to_leave_out(PERSON, LAST, BACK) == 3
    after = replace(PERSON, weeks_off=((date(2026, 11, 23), 3),))
    assert week_number(after, BACK) == 2
    assert week_number(after, LAST) == 1  # the weeks before the gap keep their numbers
    assert weeks_to_leave_out(after, LAST, BACK) == 0  # left out once


def test_one_silent_week_is_a_week_missed():
    assert weeks_to_leave_out(PERSON, LAST, date(2026, 11, 30)) == 0


BARBELL = ExerciseKind("weighted", ("barbell",))
BRIDGE = ExerciseKind("bodyweight", (), harder="single_leg_bridge")
PLAN = Planned(sets=3, rep_low=8, rep_high=12, load=60.0, unit=Unit.KG)
TOP = [SetEntry(12, 60.0, Unit.KG)] * 3


def test_back_after_a_gap_the_load_last_managed_waits_for_its_rise():
    assert next_prescription(BARBELL, PLAN, TOP).change == "up"
    held = next_prescription(BARBELL, PLAN, TOP, hold_rise=True)
    assert held == Prescription(60.0, Unit.KG, 8, 12, "same", "back_after_break")


def test_back_after_a_gap_a_miss_still_goes_down():
    missed = [SetEntry(6, 60.0, Unit.KG)] * 3
    assert next_prescription(BARBELL, PLAN, missed, hold_rise=True).change == "down"


def test_back_after_a_gap_no_harder_variation_yet():
    top = [SetEntry(12, None, None)] * 3
    bodyweight = replace(PLAN, load=None)
    assert next_prescription(BRIDGE, bodyweight, top).change == "harder"
    held = next_prescription(BRIDGE, bodyweight, top, hold_rise=True)
    assert held.change == "same" and held.variation is None
