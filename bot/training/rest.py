"""The rest timer: while an exercise is being logged, one tap counts the program's rest for
it, and the coach says when the rest is over.

The exercise asked for (log_ask) carries a "⏱ Rest 90 s" button with that exercise's rest
(its slot and rep range in the program). A press starts the person's timer, replacing any
running one; the message saying it is over carries the same button for the next set. A
timer is bound to the exercise it was started for: logging that exercise (typed or by
button) cancels it, and when it comes due it says nothing if the person has moved on (another
exercise asked, the workout finished) or if it is more than LATE overdue (the bot was down
for long: a "back to squats" an hour late would only confuse).

Rests are not started on their own after an exercise is saved: people often type a whole
workout afterwards, and a rest message they did not ask for would be noise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from bot.runtime.services import Services
from bot.store import logs, rest_timers, users
from bot.store.models import ExerciseLog, User
from bot.store.rest_timers import Claimed
from bot.training.awaiting import Awaiting
from bot.training.parts import id_part
from bot.training.people import finished_profile

# The rest for an exercise the plan didn't have: programs.yaml's default when a program
# names none (bot/content/programs.py).
DEFAULT_REST = 60
LATE = timedelta(minutes=10)  # a timer due longer ago than this is dropped unsaid
IN_PLACE = "e"  # callback data's last part: the pressed message is a rest message, edit it


@dataclass(frozen=True)
class Resting:
    """A rest started (rest_started): shown in place of the pressed message when `in_place`
    (a "rest over" message), else as a new message under the exercise's."""

    log_id: int
    name: str
    seconds: int
    due_at: datetime
    in_place: bool


@dataclass(frozen=True)
class RestOver:
    """A rest is over (rest_over), with a button to rest again after the next set."""

    log_id: int
    name: str
    seconds: int


@dataclass(frozen=True)
class RestStopped:
    """The running rest stopped by words ("skip the rest", "stop the timer"): back to
    the exercise (rest_stopped)."""

    name: str


# "skip the rest", "stop the timer", "done resting": the rest between sets, while one runs.
_STOP_REST = re.compile(
    r"(?:ok |okay |please )?(?:(?:skip|stop|end|cancel|finish|kill)(?: the| my| this)?"
    r" (?:rest|timer|rest timer|break)|(?:rest|timer|break) (?:done|over)|done resting"
    r"|no (?:more )?rest|i'?m rested)(?: now| please| thanks)?",
    re.I,
)


def stop_said(
    svc: Services, s: Session, user: User, log: ExerciseLog, text: str
) -> RestStopped | None:
    """Words stopping the rest running for the exercise being logged: it is cancelled, and
    nothing else happens ("skip the rest" otherwise ends the workout: not while resting)."""
    timer = rest_timers.running(s, user.id)
    said = " ".join(text.strip(" .!?,").split())
    if timer is None or timer.log_id != log.id or not _STOP_REST.fullmatch(said):
        return None
    rest_timers.cancel(s, user.id)
    return RestStopped(svc.content.exercises[log.exercise_id].name)


# "1 min rest", "resting 90s", "taking a break": the rest between sets, typed, not tapped.
_UNIT = r"(?:s|sec|secs|seconds?|m|min|mins|minutes?)"
_START_REST = re.compile(
    r"(?:ok |okay |now )?(?:"
    r"(?:(?:start(?:ing)?|taking|take|having)(?: a| the| my)? )?"
    r"(?:rest|resting|break|timer|rest timer)"
    rf"(?: (?:for )?(?P<n1>\d+) ?(?P<u1>{_UNIT}))?"
    rf"|(?P<n2>\d+) ?(?P<u2>{_UNIT}) (?:rest|break)"
    r")(?: now| please| pls)?",
    re.I,
)
_ASKED_TIMER = re.compile(r"\b(start|starting|timer)\b", re.I)
SAID_REST = (10, 600)  # seconds: a rest typed is held to this range


def start_said(
    svc: Services, s: Session, user: User, log: ExerciseLog, text: str
) -> Resting | None:
    """Words starting the rest for the exercise being logged ("1 min rest", "start the
    timer"), as its Rest button does, for the time said or the plan's: "1 min rest" was a
    set of 1."""
    said = " ".join(text.strip(" .!?,").split())
    m = _START_REST.fullmatch(said)
    if m is None or not _owes(user, log.id):
        return None
    number, unit = m.group("n1") or m.group("n2"), m.group("u1") or m.group("u2")
    if number is None and not _ASKED_TIMER.search(said):
        return None  # "resting now" tells, and is noted: a timer is asked with a time or "start"
    if number is not None:
        seconds = int(number) * (60 if unit and unit.lower().startswith("m") else 1)
        seconds = min(max(seconds, SAID_REST[0]), SAID_REST[1])
    else:
        seconds = rest_of(log)
    if seconds <= 0:
        return None
    due = rest_timers.start(s, user.id, user.chat_id, log.id, seconds, svc.clock.now())
    return Resting(log.id, svc.content.exercises[log.exercise_id].name, seconds, due, False)


def rest_of(log: ExerciseLog) -> int:
    return log.rest_seconds if log.rest_seconds is not None else DEFAULT_REST


def _owes(user: User, log_id: int) -> bool:
    """The person is at this exercise: asked for it, or confirming what they typed for it."""
    owed = Awaiting.parse(user.awaiting)
    return owed is not None and owed.log_id == log_id


def on_press(svc: Services, s: Session, user: User, parts: list[str]) -> Resting | None:
    """ "rest:<exercise_log_id>[:e]": start the rest for the exercise being logged; None for
    a stale, foreign or forged press."""
    if finished_profile(user) is None or len(parts) not in (2, 3):
        return None
    log_id = id_part(parts[1])
    in_place = len(parts) == 3
    if log_id is None or (in_place and parts[2] != IN_PLACE):
        return None
    log = logs.exercise_log(s, user.id, log_id)
    if log is None or not _owes(user, log.id) or rest_of(log) <= 0:
        return None
    seconds = rest_of(log)
    due = rest_timers.start(s, user.id, user.chat_id, log.id, seconds, svc.clock.now())
    name = svc.content.exercises[log.exercise_id].name
    return Resting(log.id, name, seconds, due, in_place)


def cancel(s: Session, user: User) -> None:
    """The exercise was logged: its rest, if running, has nothing more to say."""
    rest_timers.cancel(s, user.id)


def over(svc: Services, s: Session, timer: Claimed) -> RestOver | None:
    """What a due timer says, or None when it should say nothing (see the module's note)."""
    if svc.clock.now() - timer.due_at > LATE:
        return None
    user = users.get_user(s, timer.user_id)
    if user is None or not _owes(user, timer.log_id):
        return None
    log = logs.exercise_log(s, user.id, timer.log_id)
    if log is None:
        return None
    return RestOver(log.id, svc.content.exercises[log.exercise_id].name, timer.seconds)
