"""A log typed for another day ("squats 40kg 10 10 10 yesterday", "last night: RDL 3x8 40kg",
"on monday I did hip thrusts 3x10 at 60"): saved into that day's session, opened as its
"Start logging" opens it (bot/coach/setlog_day.py finds the day, in the person's local
time). Today and the 6 days before it can be logged; a day ahead or further back is said
so, with what to send instead, and nothing is saved.

Typed while another exercise was owed, the entry keeps the way back to it (keep_back): once
it is saved, or dropped ("skip" at its "Save it?", asked once first, or after Fix), that one
is asked for again; sets typed meanwhile that name another exercise and no day are for the
owed one's workout (today's, when nothing was owed), not the entry's day."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy.orm import Session

from bot.coach.profile import Profile
from bot.coach.setlog import LogParseError, SetEntry, parse_log
from bot.coach.setlog_day import SaidDay
from bot.coach.status import ExerciseStatus, SessionStatus
from bot.runtime.services import Services
from bot.store import logs
from bot.store.models import ExerciseLog, User
from bot.training.load_left import load_left
from bot.training.logbook_fixes import corrected_on
from bot.training.logbook_named import (
    WhichExercise,
    named_entry,
    open_for,
    resolver,
    told_exercise,
)
from bot.training.logbook_replies import Echo, NeedLoad, ParseFailed, Saved
from bot.training.logbook_steps import day_shown, name_of
from bot.training.logbook_story import back_of, back_to, keep_back
from bot.training.people import MAX_DAYS_BACK, expect, local_today
from bot.training.targets import sets_text
from bot.training.typed import has_digit

NOTHING_OWED = 0  # the way back of an entry for another day typed while nothing was owed


@dataclass(frozen=True)
class DayOutOfReach:
    """Sets said for a day that can't be logged (log_day_unreachable): nothing saved."""

    when: str  # the words that said it
    day: date
    ahead: bool
    earliest: date
    retype: str  # the text without the day: what to send to log it for today
    max_back: int = MAX_DAYS_BACK


def for_day(
    svc: Services,
    s: Session,
    user: User,
    profile: Profile,
    said: SaidDay,
    text: str,
    current: ExerciseLog | None,
) -> Echo | NeedLoad | ParseFailed | DayOutOfReach | None:
    """`text` (the day's words cut) as a log for `said.day`, while `current` (if any) is owed
    on another day: it is asked for again once this is saved."""
    today = local_today(profile, svc.clock.now())
    earliest = today - timedelta(days=MAX_DAYS_BACK)
    if not earliest <= said.day <= today:
        if not _reads_as_log(svc, profile, text):
            return None  # "move it to next monday at 6": talk, for the coach or settings
        return DayOutOfReach(said.words, said.day, said.day > today, earliest, text)
    fixed = corrected_on(svc, s, user, profile, text, said.day) if said.day < today else None
    if fixed is not None:  # "yesterday's hip thrust was 140 not 104": that day's, corrected
        keep_back(user, current.id if current is not None else NOTHING_OWED)
        return fixed
    named = told_exercise(svc, text) if _NOT_THAT.search(text) else None
    if named is not None:  # ... with no hip thrust saved that day: nothing to correct
        when = {"when": said.words}
        return ParseFailed(
            "nothing_to_correct", when, name_of(svc, named), profile.unit.value, True
        )
    out = named_entry(svc, s, user, profile, text, said.day, said.words)
    if isinstance(out, WhichExercise):  # "12 12 10 yesterday": which exercise was it?
        return _which_on(said.words, out, profile.unit.value)
    if isinstance(out, Echo | NeedLoad):
        keep_back(user, current.id if current is not None else NOTHING_OWED)
    return out


def _which_on(when: str, which: WhichExercise, unit: str) -> ParseFailed:
    """ "12 12 10 yesterday": which exercise, its example a move of that day's plan."""
    ex = which.example
    if ex is None:
        return ParseFailed("day_unnamed", {"when": when}, "", unit, True)
    told = {"when": when, "load": f"{ex.load:g}" if ex.load else ""}
    return ParseFailed(
        "day_unnamed", told, ex.name, ex.unit, True, ex.sets, ex.rep_low, ex.rep_high, ex.weighted
    )


# "was 140 not 104": a number corrected, so no new entry
_NOT_THAT = re.compile(r"\b(?:was|were|is)\b.*\d.*\bnot\s+\d", re.IGNORECASE)


def owed_instead(s: Session, user: User, current: ExerciseLog | None) -> ExerciseLog | None:
    """The exercise owed in the workout being logged: `current`, unless it is an entry for
    another day waiting (keep_back); then the one owed when it was typed (None: none was)."""
    back = back_of(user)
    if back is None or current is None:
        return current
    return logs.exercise_log(s, user.id, back) if back != NOTHING_OWED else None


def session_instead(
    svc: Services, s: Session, user: User, profile: Profile, current: ExerciseLog
) -> int:
    """The workout sets naming another exercise than `current`'s go into: `current`'s, but
    while an entry for another day waits, the owed one's (today's when none was owed)."""
    if back_of(user) is None:
        return current.session_id
    owed = owed_instead(s, user, current)
    if owed is not None:
        return owed.session_id
    session, _ = open_for(svc, s, user, profile, local_today(profile, svc.clock.now()))
    return session.id


def still_away(s: Session, user: User, back: int, out: Echo | NeedLoad) -> bool:
    """Whether the entry `out` shows is still for another day than the exercise owed
    (`back`, as keep_back kept it): not once the text named another exercise, for the
    owed one's workout (session_instead)."""
    log = logs.exercise_log(s, user.id, out.log_id) if isinstance(out, Echo) else None
    if log is None:  # NeedLoad: the entry's own load asked for
        return True
    owed = logs.exercise_log(s, user.id, back) if back != NOTHING_OWED else None
    if owed is not None:
        return log.session_id != owed.session_id
    return isinstance(out, Echo) and out.day is not None


def dropped(svc: Services, s: Session, user: User, log: ExerciseLog) -> Saved:
    """An entry for another day skipped ("skip" a second time at its "Save it?", or after
    Fix): nothing saved for that day, and the exercise owed when it was typed is asked for
    again (with none owed, nothing is)."""
    back = back_of(user)
    expect(user, None)
    day, days_back = day_shown(svc, s, user, log)
    name = name_of(svc, log.exercise_id)
    gone = Saved(name, "", True, None, day=day, days_back=days_back, dropped=True)
    return back_to(svc, s, user, gone, back)


def _reads_as_log(svc: Services, profile: Profile, text: str) -> bool:
    """Sets, or a statement naming an exercise with numbers: what a log for that day would
    have been ("squats 3x10 at 40", "I did hip thrusts 3x10 at 60")."""
    if not has_digit(text):
        return False
    if told_exercise(svc, text) is not None:
        return True
    try:
        parse_log(text, unit=profile.unit, planned=None, resolve_exercise=resolver(svc))
    except LogParseError:
        return False
    return True


def saved_before(
    svc: Services,
    s: Session,
    user: User,
    entry: ExerciseLog,
    draft: tuple[tuple[SetEntry, ...], str],
    add: bool,
    out: Echo | NeedLoad,
    load: bool = False,
) -> Saved | Echo | NeedLoad:
    """An entry for another day waiting for its Save while another exercise was typed
    (`out` shows it): the entry is saved as it was shown, and said so before `out`, never
    dropped unsaid. Its day's workout is closed when nothing of it is left to log. Reps
    waiting for their `load` instead are left as load_left.py says."""
    if load:
        return load_left(svc, s, user, entry, draft, add, out)
    session = logs.session_of(s, user.id, entry.session_id)
    logs.save_sets(s, entry, session.day, draft[0], draft[1], svc.clock.now(), add=add)
    left = logs.exercises_of(s, user.id, entry.session_id)
    if all(x.status != ExerciseStatus.PENDING for x in left):
        logs.finish_session(session, SessionStatus.DONE, svc.clock.now())
    day, days_back = day_shown(svc, s, user, entry)
    name = name_of(svc, entry.exercise_id)
    return Saved(name, sets_text(draft[0]), False, out, day=day, days_back=days_back)
