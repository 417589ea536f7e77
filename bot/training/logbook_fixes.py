"""Sets already saved today, corrected in words: "oops, it was 50" just after a Save (also
once the workout is finished), "lunges were 12kg not 10" or "the squat last set was 8"
naming the exercise. The entry is shown to save again, replacing what it had; the exercise
being logged, if any, is asked for after it (as after any Save)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from sqlalchemy.orm import Session

from bot.coach.other_names import other_named
from bot.coach.profile import Profile
from bot.coach.status import ExerciseStatus
from bot.runtime.services import Services
from bot.store import logs
from bot.store.models import ExerciseLog, User
from bot.training.logbook_named import resolver
from bot.training.logbook_replies import Echo
from bot.training.logbook_steps import echo
from bot.training.one_for_another import sets_changed
from bot.training.people import local_today
from bot.training.targets import entries_of
from bot.training.typed import corrected_entries, has_digit, says_correction

# What may open a correction naming its exercise: "oops, the lunges were 12kg not 10".
_OPENERS = frozenset(["oops", "sorry", "actually", "wait", "no", "nope", "oh", "the", "my"])
_VERB = frozenset(["was", "were", "is", "are"])
# The load first, the exercise after it: "make that 60 for the squat", "I meant 60 on squats".
_NAME_AFTER = re.compile(
    r"^(?:(?:oops|sorry|actually|wait|no|oh)[\s,!.]+)*(?:make (?:that|it)|i meant|meant"
    r"|(?:it )?should (?:have )?be(?:en)?)\s+(?P<load>\d+(?:\.\d+)?\s?(?:kg|kgs|lbs?)?)"
    r"\s+(?:for|on)\s+(?:the\s+|my\s+)?(?P<name>[^\W\d_][\w' -]*?)[\s.!]*$",
    re.IGNORECASE,
)


def saved_corrected(
    svc: Services, s: Session, user: User, profile: Profile, current: ExerciseLog | None, text: str
) -> Echo | None:
    """A correction of sets saved today, shown to save again; None when the text is none
    (or, for "oops it was 95" with sets typed for the exercise being logged, is about it)."""
    named = _named(svc, s, user, profile, current, text) if has_digit(text) else None
    if named is not None:
        return named
    if not says_correction(text) or (current is not None and current.raw_text):
        return None
    last = logs.last_logged(s, user.id)
    if last is None or not _today_done(svc, s, user, profile, current, last):
        return None
    return _fixed(svc, s, user, profile, last, text, text)


def _named(
    svc: Services,
    s: Session,
    user: User,
    profile: Profile,
    current: ExerciseLog | None,
    text: str,
    day: date | None = None,
) -> Echo | None:
    """ "lunges were 12kg not 10", "oops, leg curls were 30": the exercise named, saved
    today (not the one being logged: sets for it are an entry), or on `day`, corrected."""
    turned = _NAME_AFTER.match(text.strip())  # "make that 60 for the squat"
    text = f"{turned['name']} was {turned['load']}" if turned else text
    words = re.sub(r"[,!.;:]+(?=\s|$)", " ", text.lower()).split()
    while words and (words[0] in _OPENERS or words[0] in ("'s", "s", "correction")):
        words = words[1:]
    for k in range(min(4, len(words) - 1), 0, -1):
        name = " ".join(words[:k])
        found = resolver(svc)(name) or _other_done(svc, s, user, profile, current, name, day)
        if found is None:
            continue
        rest = words[k:]
        said = " ".join(["it", "was", *rest[1:]] if rest[0] in _VERB else rest)
        if current is not None and found == current.exercise_id and day is None:
            continue  # sets for the exercise being logged are an entry for it
        if day is None:
            log = _done_today(svc, s, user, profile, current, found)
        else:
            log = _done_on(s, user, found, day)
        fixed = _fixed(svc, s, user, profile, log, said, text) if log is not None else None
        if fixed is not None:  # else a shorter name: the lookup forgives "squat last set"
            return fixed
    return None


def corrected_on(
    svc: Services, s: Session, user: User, profile: Profile, text: str, day: date
) -> Echo | None:
    """ "yesterday's hip thrust was 140 not 104" (`text` without its day): the exercise
    named, saved on `day`, corrected; None when nothing of it was saved then, or the text
    says no correction (it is then that day's new entry)."""
    if not has_digit(text):
        return None
    return _named(svc, s, user, profile, None, text, day)


def _other_done(
    svc: Services,
    s: Session,
    user: User,
    profile: Profile,
    current: ExerciseLog | None,
    name: str,
    day: date | None,
) -> str | None:
    """ "the RDL was 135 not 115": the one move a name no card holds is said of (the stiff-leg
    or the American deadlift) that was saved today, or on `day`; None for none or both."""
    done = [
        i
        for i in other_named(name)
        if (
            _done_today(svc, s, user, profile, current, i)
            if day is None
            else _done_on(s, user, i, day)
        )
    ]
    return done[0] if len(done) == 1 else None


def _done_on(s: Session, user: User, exercise_id: str, day: date) -> ExerciseLog | None:
    session = logs.session_on(s, user.id, day)
    if session is None:
        return None
    for x in logs.exercises_of(s, user.id, session.id):
        if x.exercise_id == exercise_id and x.status == ExerciseStatus.DONE:
            return x
    return None


def _fixed(
    svc: Services, s: Session, user: User, profile: Profile, log: ExerciseLog, said: str, text: str
) -> Echo | None:
    saved = entries_of(logs.sets_of(s, log.id))
    kept = logs.sets_kept(log)  # sets added to those saved before: only the added ones
    fixed = corrected_entries(said, profile, saved[kept:])
    if fixed is None:
        return None
    fixed = (*saved[:kept], *fixed)
    shown = echo(svc, s, user, log, fixed, f"{log.raw_text or ''} / {text}", correcting=True)
    return replace(shown, changed=sets_changed(saved, fixed))


def _today_done(
    svc: Services,
    s: Session,
    user: User,
    profile: Profile,
    current: ExerciseLog | None,
    log: ExerciseLog,
) -> bool:
    """`log` is done in the workout being logged, else in today's (once it is finished)."""
    if log.status != ExerciseStatus.DONE:
        return False
    if current is not None:
        return log.session_id == current.session_id
    day = logs.session_of(s, user.id, log.session_id).day
    return day == local_today(profile, svc.clock.now())


def _done_today(
    svc: Services,
    s: Session,
    user: User,
    profile: Profile,
    current: ExerciseLog | None,
    exercise_id: str,
) -> ExerciseLog | None:
    last = logs.last_logged(s, user.id)
    if last is None:
        return None
    session_id = current.session_id if current is not None else last.session_id
    for x in logs.exercises_of(s, user.id, session_id):
        if x.exercise_id == exercise_id and _today_done(svc, s, user, profile, current, x):
            return x
    return None
