"""What the setup's use cases (bot/training/setup.py) return for the handlers to show: a
question, the profile summary, a welcome and the rest."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from typing import Any

from bot.coach.profile import Profile, Unit
from bot.coach.show_day import ShowCount
from bot.training.home_gym import HomeGymPlan
from bot.training.links import NO_LINK, Link
from bot.training.people import Owed


@dataclass(frozen=True)
class Question:
    step: str
    goal: str | None  # some questions are worded for the goal chosen
    chosen: tuple[int, ...] = ()  # days ticked so far
    suggested: tuple[int, ...] = ()  # days suggested for the goal
    changing: bool = False  # a setting being changed once set up, not a step of the setup


@dataclass(frozen=True)
class Summary:
    profile: Profile
    updated: bool  # a changed setting, not the end of onboarding
    fixed_offset: bool
    program_why: str | None
    next_push: str | None
    paused: bool
    too_close: tuple[int, int] | None = None  # two days the goal's plan wants further apart
    days_why: str = ""  # the goal's rhythm, said beside them
    unchanged: bool = False  # a setting "changed" to what it was: said so, not "Updated"
    # A change of zone or time put today's push time behind, its workout not yet pushed:
    # still on, said so (the next push is a later day's).
    today_on: bool = False
    # A change of goal, place or experience after today's push, its workout not yet logged:
    # today's is another now, which the push no longer shows.
    today_new: bool = False
    gap: tuple[date, time] | None = None  # a day ahead its push time doesn't exist, and when
    held: tuple[str, ...] = ()  # moves done holding a dumbbell there (targets.held_moves)
    up_to: tuple[float, Unit] | None = None  # the heaviest of them (targets.most_held)


@dataclass(frozen=True)
class Welcome:
    """/start: a welcome (or "let's resume") and the question owed."""

    resume: bool
    name: str | None
    question: Question
    link: Link = NO_LINK


@dataclass(frozen=True)
class AlreadySetUp:
    goal: str | None
    days: tuple[int, ...]
    link: Link = NO_LINK
    week: int | None = None  # the program's week now, past week 1: start over goes back


@dataclass(frozen=True)
class SettingsMenu:
    current: list[tuple[str, str]]  # (step, stored value)
    dumbbells: bool = False  # dumbbells kept at home (users.dumbbells): said with the place
    up_to: str | None = None  # the heaviest of them, when said (users.dumbbells_up_to): "10 kg"
    home_gym: str | None = None  # a home gym with a barbell (users.home_gym)


@dataclass(frozen=True)
class FinishFirst:
    question: Question


@dataclass(frozen=True)
class Applied:
    """An answer stored: the next question, or the summary when the setup is complete."""

    step: str
    value: str
    then: Question | Summary
    back: Owed | None = None  # the exercise being logged before the setting was changed
    corrected: bool = False  # an earlier setup answer changed on the way: said so
    kit_left_out: bool = False  # home said with dumbbells, which its programs don't use
    no_ball: bool = False  # home said with bands and no ball: its plan has no ball moves
    no_bands: bool = False  # a ball and no bands said: planned with no equipment
    ball_back: bool = False  # the ball said at home after none: its moves planned again
    dumbbells: bool = False  # dumbbells said at home: kept, held where a move takes one
    up_to: str | None = None  # the heaviest of them kept ("10 kg"): no load planned past it
    home_gym: HomeGymPlan | None = None  # a barbell said at home: what its plan changes
    held: tuple[str, ...] = ()  # the plan's moves holding them: "walking lunge holding dumbbells"
    # Answers read out of a sentence ("I usually go Monday Wednesday and Friday before work,
    # about half six": the days and the time), said back before the next question.
    said_back: tuple[tuple[str, str], ...] = ()
    show_said: bool = False  # "bikini! my show is in 10 weeks": the show acknowledged
    show: ShowCount | None = None  # and its day, kept, when one was said
    # "… at 7am for the next 2 weeks": how long it was asked for, and the answer before it,
    # since nothing changes it back by itself
    for_a_while: tuple[str, str] | None = None
    usual_back: str | None = None  # days for this week: the day the usual ones are back
    # a question said with the answer ("figure. does the program train the tie-in?"): its
    # answer, a bot.training.questions outcome, before the next question
    asked: Any = None


@dataclass(frozen=True)
class Expected:
    """Typed text that doesn't answer the question: what was expected, and the question."""

    code: str
    text: str
    question: Question
    changing: bool = False  # a setting being changed, which "cancel" leaves as it is


@dataclass(frozen=True)
class AnsweredMeanwhile:
    """A real question in the middle of setup: its answer, then the question again."""

    answer: Any  # a bot.training.questions outcome
    question: Question


@dataclass(frozen=True)
class DaysTicked:
    question: Question


@dataclass(frozen=True)
class Simple:
    """A press with a one-template reply: "kept", "settings_closed", "pick_a_day"."""

    kind: str
    back: Owed | None = None  # settings closed: the exercise being logged before them


@dataclass(frozen=True)
class StartedOver:
    question: Question


@dataclass(frozen=True)
class Changing:
    """A /settings button: ask that one question."""

    question: Question
