"""Which workout falls on which day: session rotation and week numbers from the start date."""

from __future__ import annotations

from datetime import date, timedelta

from bot.coach.profile import Place, Profile
from bot.coach.programs.book import ProgramBook, Workout
from bot.coach.programs.experience import adapt
from bot.coach.programs.home_gym import BANDS, at_home_gym
from bot.coach.stats import monday


def _start(profile: Profile) -> date:
    if profile.started_on is None:
        raise ValueError("profile has no started_on date; set it when the program begins")
    return profile.started_on


def session_index(profile: Profile, day: date) -> int:
    """Training days (weekdays in `profile.days`) from `started_on` (inclusive) up to `day`
    (exclusive): the 0-based number of the session falling on `day`."""
    start = _start(profile)
    span = (day - start).days
    if span <= 0:
        return 0
    days = set(profile.days)
    weeks, rest = divmod(span, 7)
    return weeks * len(days) + sum((start.weekday() + i) % 7 in days for i in range(rest))


def week_number(profile: Profile, day: date) -> int:
    """1 for the Monday-to-Sunday week holding `started_on`, 2 for the next, and so on,
    leaving out the weeks off without training before `day` (the program counts the weeks
    trained: article 001 goes to four sets "after a few weeks" of training)."""
    start = _start(profile)
    first_monday = start - timedelta(days=start.weekday())
    off = sum(weeks for since, weeks in profile.weeks_off if since <= day)
    return max(1, (day - first_monday).days // 7 + 1 - off)


# Weeks without training after which the plan stops counting on: one week missed is
# a week missed; two or more and the program picks up where it was left.
LONG_GAP_WEEKS = 2


def silent_weeks(last_trained: date, day: date) -> int:
    """Whole Monday-to-Sunday weeks without training between `last_trained` and `day`."""
    return max(0, (monday(day) - monday(last_trained)).days // 7 - 1)


def weeks_to_leave_out(profile: Profile, last_trained: date, day: date) -> int:
    """Weeks the program's count should leave out so that `day`, the first training after
    LONG_GAP_WEEKS or more silent weeks, falls in the week after the last one trained; 0:
    nothing to leave out (a short gap, or left out already)."""
    if silent_weeks(last_trained, day) < LONG_GAP_WEEKS:
        return 0
    return max(0, week_number(profile, day) - week_number(profile, last_trained) - 1)


def left_out(book: ProgramBook, profile: Profile, place: Place) -> frozenset[str]:
    """The program's moves `profile` has no kit for at `place`: at home with bands and no
    ball, the ball moves (as the plan with no equipment goes without the ball curl)."""
    return book.ball_moves if place == Place.HOME and profile.no_ball else frozenset()


def workout_for(book: ProgramBook, profile: Profile, day: date) -> Workout | None:
    """The workout on `day`, or None if `day` is not a training day (or before the start),
    as the person's experience has it (bot.coach.programs.experience)."""
    if day.weekday() not in profile.days or day < _start(profile):
        return None
    place = profile.place_on(day)
    program = book.program_for(profile.goal, place)
    index = session_index(profile, day) + profile.session_offset
    week = week_number(profile, day)
    planned = program.plan(index, week)
    if place == Place.GYM and profile.home_gym:
        planned = at_home_gym(planned, BANDS in profile.home_gym.split())
    planned = adapt(program, planned, profile.experience, week, book.easier)
    if lacking := left_out(book, profile, place):
        planned = tuple(p for p in planned if p.exercise_id not in lacking)
    return Workout(
        day=day,
        session_label=program.session_at(index).label,
        week_number=week,
        exercises=planned,
        program_id=program.id,
    )


def week_plan(book: ProgramBook, profile: Profile, week_start: date) -> list[Workout]:
    """The workouts of the Monday-to-Sunday week holding `week_start`, in order."""
    monday = week_start - timedelta(days=week_start.weekday())
    days = (monday + timedelta(days=i) for i in range(7))
    return [w for d in days if (w := workout_for(book, profile, d)) is not None]


def first_training_day(profile: Profile, day: date) -> date | None:
    """`day` if it is a training day, else the next one (None without training days)."""
    return next(
        (d for i in range(7) if (d := day + timedelta(days=i)).weekday() in profile.days), None
    )


def start_moved_to(profile: Profile, day: date) -> date | None:
    """Where the program starts when its first workout is the one of `day`, for someone who
    has not trained yet: the first training day from `day` on, when it falls in a later week
    than `started_on` (week 1 and session A are then that day's); None: the start stays (in
    the start's own week, so one Monday-to-Sunday plan keeps one numbering)."""
    start = _start(profile)
    first = first_training_day(profile, day)
    return first if first is not None and monday(first) > monday(start) else None


def next_workout(book: ProgramBook, profile: Profile, from_day: date) -> Workout:
    """Today's workout if `from_day` is a training day, else the next one."""
    if not profile.days:
        raise ValueError("profile has no training days")
    first = max(from_day, _start(profile))
    for offset in range(7):
        workout = workout_for(book, profile, first + timedelta(days=offset))
        if workout is not None:
            return workout
    raise ValueError(f"no training day in {sorted(profile.days)}")  # days outside 0..6
