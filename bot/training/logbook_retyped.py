"""Sets typed again while an entry waits for its Save replace it (retyping is a
correction), but never silently: the echo says what it replaces, so sets typed in
several messages without a Save are not lost unseen ("Replaces 40 kg × 10, 10; 42.5 kg ×
8"). Numbers alone that can't be the shown move's but fit the next one's plan are that
move's: a terse logger who never taps Save goes on with the next, the shown one saved."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from itertools import groupby

from sqlalchemy.orm import Session

from bot.coach.setlog import LogParseError, SetEntry, parse_log
from bot.coach.setlog_fix import says_correction
from bot.coach.status import ExerciseStatus
from bot.runtime.services import Services
from bot.store import logs
from bot.store.models import ExerciseLog, User
from bot.training.awaiting import Awaiting, Mode
from bot.training.logbook_draft import draft_of
from bot.training.logbook_replies import Echo
from bot.training.logbook_steps import name_of
from bot.training.people import finished_profile
from bot.training.targets import planned_of

_OVER_TOP = 2  # reps past the top of a range still that move's: a good day


def said_replaced(
    user: User,
    owed: Awaiting | None,
    shown: tuple[tuple[SetEntry, ...], str] | None,
    out: Echo,
) -> Echo:
    """`out` for the entry that was waiting at "Save it?" (`shown`, of `owed`), naming the
    sets it replaces when their reps differ: not for a load corrected ("oops, it was 50"),
    nor a correction of some sets, which names them."""
    if owed is None or owed.mode != Mode.CONFIRM or owed.log_id != out.log_id:
        return out
    now = draft_of(user)
    if shown is None or not shown[0] or now is None or out.changed:
        return out
    if [e.reps for e in now[0]] == [e.reps for e in shown[0]]:
        return out
    return replace(out, instead_of=runs_text(shown[0]))


def runs_text(entries: Sequence[SetEntry]) -> str:
    """Sets said by runs of one load: '40 kg × 10, 10; 42.5 kg × 8', '20, 20 reps'."""
    runs = []
    for (load, unit), run in groupby(entries, key=lambda e: (e.load, e.unit)):
        reps = ", ".join(str(e.reps) for e in run)
        runs.append(f"{load:g} {unit.value} × {reps}" if load is not None and unit else reps)
    plain = all(e.load is None or e.unit is None for e in entries)
    return f"{runs[0]} reps" if plain and len(runs) == 1 else "; ".join(runs)


def for_next_move(svc: Services, s: Session, user: User, text: str) -> str:
    """Numbers alone typed at "Save it?" ("45 20 20 18" at the hip thrust's 4 × 3–8) named
    for the workout's next move when they fit its plan and not the shown move's, so the
    shown one is saved and the next shown (as when its name is typed); else the text."""
    owed = Awaiting.parse(user.awaiting)
    profile = finished_profile(user)
    if owed is None or owed.mode != Mode.CONFIRM or owed.log_id is None or profile is None:
        return text
    if draft_of(user) is None or says_correction(text):
        return text
    current = logs.exercise_log(s, user.id, owed.log_id)
    if current is None:
        return text
    held = logs.exercises_of(s, user.id, current.session_id)
    after = [x for x in held if x.position > current.position]
    nxt = next((x for x in after if x.status == ExerciseStatus.PENDING), None)
    if nxt is None:
        return text
    try:  # read as the next move's: "50 30 30" at its 20–30 reps is 50 kg
        typed = parse_log(text, unit=profile.unit, planned=planned_of(nxt))
    except LogParseError:
        return text
    reps = [e.reps for e in typed.sets]
    if typed.action != "sets" or typed.exercise_id or not reps:
        return text
    if _fits(current, reps, exact=False) or not _fits(nxt, reps, exact=True):
        return text
    return f"{name_of(svc, nxt.exercise_id)} {text}"


def _fits(log: ExerciseLog, reps: list[int], *, exact: bool) -> bool:
    """Whether the reps are in the move's range (a good day a little past its top);
    `exact`: as many sets as planned too."""
    if not log.rep_low <= min(reps) <= max(reps) <= log.rep_high + _OVER_TOP:
        return False
    return not exact or len(reps) == log.planned_sets
