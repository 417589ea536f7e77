"""Pain said on a training day ("my knee hurts when I squat", "tweaked my back"): the coach
gives no advice about the pain (a professional's), but offers a way out of today's workout,
by the plan's own flows: skip today's session, or swap the exercise named for another that
does the same job (the logging flow's Swap, opened at that exercise)."""

from __future__ import annotations

import re
from datetime import date

from sqlalchemy.orm import Session

from bot.coach.matcher.text import words
from bot.coach.move_named import move_in
from bot.coach.profile import Profile
from bot.coach.status import ExerciseStatus, SessionStatus
from bot.runtime.services import Services
from bot.store import logs
from bot.store.models import User
from bot.training import awaiting
from bot.training.dayplan import is_rest_day
from bot.training.logbook_buttons import Tapped
from bot.training.logbook_replies import Swaps
from bot.training.logbook_steps import kit_swaps, offer_swaps, open_day
from bot.training.outcomes import PainOffer
from bot.training.parts import day_part
from bot.training.people import expect, finished_profile, logging_today, planning
from bot.training.targets import targets, workout_on


def today_open(svc: Services, s: Session, user: User) -> tuple[Profile, date] | None:
    """Today's plan, when today is a training day whose workout is not over (done, skipped,
    moved away); after midnight, last night's while it lasts (its buttons act on it)."""
    profile = finished_profile(user)
    if profile is None:
        return None
    day = logging_today(s, user, profile, svc.clock.now())
    profile = planning(s, user, day) or profile
    session = logs.session_on(s, user.id, day)
    if session is None and is_rest_day(svc, s, user.id, profile, day):
        return None
    if session is not None and session.status != SessionStatus.OPEN:
        return None
    return profile, day


# A day other than today said, or one gone by: the buttons for today's workout would be wrong.
_OTHER_DAY = re.compile(
    r"\b(tomorrow|tmrw|tmr|tonite|yesterday|yesterdays|week|weekend|next|missed|skipped"
    r"|mon|monday|tue|tues|tuesday|wed|wednesday|thu|thur|thurs|thursday|fri|friday|sat"
    r"|saturday|sun|sunday)s?\b"
)

# "today no, tomorrow yes", "tired today, tomorrow i make": today's, put off to tomorrow.
_TODAY_TO_TOMORROW = re.compile(
    r"\b(today|tonight)\b.*\b(tomorrow|tmrw|tmr)( (i )?(make|do|go|train)( it)?| yes| instead"
    r"| then| ok| okay| maybe| better)?$"
)


def skip_offer(svc: Services, s: Session, user: User, text: str) -> date | None:
    """Not training today, said ("today not possible, my son is sick", "i can't today"):
    today's workout, for its Skip today and Move to tomorrow a tap away; None on a day off,
    once it is over, or when the text says another day."""
    said = " ".join(words(text))
    if _OTHER_DAY.search(said) and not _TODAY_TO_TOMORROW.search(said):
        return None
    found = today_open(svc, s, user)
    return found[1] if found is not None else None


def offer(svc: Services, s: Session, user: User, text: str) -> PainOffer | None:
    """What today's workout offers to someone who said it hurts; None on a day off."""
    found = today_open(svc, s, user)
    if found is None:
        return None
    profile, day = found
    left, held = moves_of(svc, s, user, profile, day)
    # "knees hurt on lunges" with a walking lunge in the workout: that one, when a move not
    # already in the workout can stand in for it
    can_swap = [i for i in left if free_swaps(svc, profile, i, held, day)]
    named = move_in(svc.content, text, can_swap)
    asked = _asked_now(s, user, text, left)  # "i couldnt do that one it hurt my lower back"
    if named is None and asked is not None and asked in can_swap:
        named = asked
    if named is None:  # "knees hurt on lunges" at home: every other lunge is in the workout
        alone = move_in(svc.content, text, left) or asked
        name = svc.content.exercises[alone].name if alone else None
        return PainOffer(day, alone_name=name, logging_it=alone is not None and alone == asked)
    return PainOffer(day, named, svc.content.exercises[named].name)


# The exercise being logged, pointed at: "that one", "this one", "it", "them".
_POINTED = re.compile(r"\b(this|that|these|those) (one|ones|exercise|move)s?\b|\b(it|them)\b")


def _asked_now(s: Session, user: User, text: str, left: list[str]) -> str | None:
    """The exercise asked while logging, when the pain is said of it ("that one") and no
    move is named."""
    owed = awaiting.Awaiting.parse(user.awaiting)
    log_id = owed.log_id if owed is not None else None
    if log_id is None or not _POINTED.search(" ".join(words(text))):
        return None
    log = logs.exercise_log(s, user.id, log_id)
    return log.exercise_id if log is not None and log.exercise_id in left else None


def moves_of(
    svc: Services, s: Session, user: User, profile: Profile, day: date
) -> tuple[list[str], set[str]]:
    """The day's moves still to do, in order, and all of its moves."""
    session = logs.session_on(s, user.id, day)
    if session is not None:
        exercises = logs.exercises_of(s, user.id, session.id)
        left = [x.exercise_id for x in exercises if x.status == ExerciseStatus.PENDING]
        return left, {x.exercise_id for x in exercises}
    planned = targets(svc, s, user.id, profile, workout_on(svc, profile, day))
    left = [t.exercise_id for t in planned]
    return left, set(left)


def free_swaps(
    svc: Services, profile: Profile, exercise_id: str, held: set[str], day: date
) -> list[str]:
    """The swaps on `day` for the move that the workout doesn't already hold (logging's Swap
    leaves those out: a move can't be done twice in a workout)."""
    return [x.id for x in kit_swaps(svc, profile, exercise_id, day) if x.id not in held]


def on_press(svc: Services, s: Session, user: User, parts: list[str]) -> Tapped | None:
    """ "hurt:swap:<YYYYMMDD>:<exercise id>": today's log opened at that exercise, with its
    swaps offered, as its Swap button does. None for a stale or forged press."""
    if len(parts) != 4 or parts[1] != "swap":
        return None
    found = today_open(svc, s, user)
    if found is None or day_part(parts[2]) != found[1]:
        return None
    then = swaps_at(svc, s, user, found[0], found[1], parts[3])
    return None if then is None else Tapped(drop=True, then=then)


def swaps_at(
    svc: Services, s: Session, user: User, profile: Profile, day: date, exercise_id: str
) -> Swaps | None:
    """`day`'s log opened at the exercise still to do, with its swaps offered, as its Swap
    button does; None when it isn't one still to do."""
    _, exercises = open_day(svc, s, user, profile, day)
    pending = [x for x in exercises if x.status == ExerciseStatus.PENDING]
    log = next((x for x in pending if x.exercise_id == exercise_id), None)
    if log is None:
        return None
    expect(user, awaiting.exercise(log.id))
    return offer_swaps(svc, s, user, profile, log)
