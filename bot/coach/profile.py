"""The person's profile as the coach sees it: plain values, no Telegram and no SQL."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, time


class Goal(enum.StrEnum):
    """The goal ids. Everything else about a goal (words, suggested days, keywords) is in
    content/goals.yaml, which must list these, in this order (checked at start)."""

    COMPETE = "compete"  # figure or bodybuilding: judges look at the glute-ham tie-in
    BIKINI = "bikini"  # glutes first
    TONE = "tone"
    GLUTES_ONLY = "glutes_only"  # grow the glutes without bigger legs


class Experience(enum.StrEnum):
    NEW = "new"  # under 6 months of lifting
    SOME = "some"  # 6 months to 2 years
    EXPERIENCED = "experienced"  # 2 years or more


class Place(enum.StrEnum):
    GYM = "gym"
    HOME = "home"  # home with bands or a ball
    BODYWEIGHT = "bodyweight"  # bodyweight only


class Unit(enum.StrEnum):
    KG = "kg"
    LB = "lb"


@dataclass(frozen=True)
class Profile:
    goal: Goal
    experience: Experience
    place: Place
    days: tuple[int, ...]  # sorted weekdays, 0 = Monday
    push_time: time  # local wall-clock time of the workout push
    tz: str  # IANA zone name, e.g. "Europe/Berlin"
    unit: Unit
    started_on: date | None = None  # first day of the program, for progression across weeks
    session_offset: int = 0  # added to the rotation: a change of days continues it
    # Weeks left out of the program's count from a day on ((day, weeks)): 2+ weeks without
    # training don't move the plan ahead (bot/training/people.py: planning).
    weeks_off: tuple[tuple[date, int], ...] = ()
