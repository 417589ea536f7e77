"""The person's profile as the coach sees it: plain values, no Telegram and no SQL."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, time, timedelta


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
class Away:
    """Kit for a while away from the usual place ("in a hotel gym next week, only dumbbells
    up to 30kg"): the days it holds (first to last, local dates), the place those days are
    planned as (bodyweight: moves needing nothing, dumbbells held where a card takes them)
    and the heaviest load there (`most`, in `unit`; None: not said)."""

    first: date
    last: date
    place: Place
    most: float | None = None
    unit: Unit | None = None

    def holds(self, day: date) -> bool:
        return self.first <= day <= self.last

    @property
    def back_on(self) -> date:
        """The day the usual plan is back."""
        return self.last + timedelta(days=1)


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
    aways: tuple[Away, ...] = ()  # kit said for whiles away, planned for on their days
    no_ball: bool = False  # home with bands and no exercise ball: no ball moves planned
    dumbbells: bool = False  # dumbbells at home, held where a move takes one
    dumbbells_up_to: tuple[float, Unit] | None = None  # the heaviest of them, when said
    # A home gym with a barbell (users.home_gym): "barbell", or "barbell bands" with bands
    # said too; the gym plan without the moves needing a machine (bot.coach.programs.home_gym)
    home_gym: str | None = None

    def away_on(self, day: date) -> Away | None:
        """The kit said for a while away, when one holds `day`."""
        return next((a for a in self.aways if a.holds(day)), None)

    def place_on(self, day: date) -> Place:
        """Where `day`'s workout is planned for: the place away on its days, else the usual."""
        away = self.away_on(day)
        return away.place if away is not None else self.place
