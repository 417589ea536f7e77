"""Typed text read against the exercise being asked (logbook.py reads the rest): a base name
said for it ("lunges" at Skater lunge, "hip thrusts" at Single-leg hip thrust), loads typed
one per set where reps go ("hip thrusts 60 60 65" at a 50 kg hip thrust), and a skip said
with its reason ("skipped lunges, knee felt off", "no sumo walk, no time")."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from sqlalchemy.orm import Session

from bot.coach.move_named import other_in, other_named
from bot.coach.profile import Profile
from bot.coach.progression import convert
from bot.coach.setlog import LogParseError, SetEntry, parse_log
from bot.coach.setlog_body import MAX_LOAD, MAX_REPS
from bot.coach.setlog_story import skipped_in
from bot.coach.setlog_text import normalise
from bot.coach.smalltalk import Intent, understand
from bot.runtime.services import Services
from bot.store import logs
from bot.store.models import ExerciseLog, User
from bot.training.awaiting import Awaiting, Mode
from bot.training.logbook_named import DayMoves, misspelt, resolver
from bot.training.logbook_planned import as_planned
from bot.training.logbook_replies import Echo, ParseFailed, Saved
from bot.training.logbook_steps import echo, name_of, save
from bot.training.people import finished_profile

Resolve = Callable[[str], str | None]


def _name_words(name: str) -> list[str]:
    return re.sub(r"[^a-z ]+", " ", name.lower()).split()


def rep_top_in(s: Session, user: User, session_id: int, exercise_id: str) -> int | None:
    """The top of the planned reps of `exercise_id` in the workout, if it holds it."""
    held = logs.exercises_of(s, user.id, session_id)
    return next((x.rep_high for x in held if x.exercise_id == exercise_id), None)


def asked_resolver(svc: Services, s: Session, user: User, current: ExerciseLog) -> Resolve:
    """The cards' resolver, except that a base name of the exercise asked ("lunge" of Skater
    lunge, "hip thrust" of Single-leg hip thrust) is that exercise while the workout holds
    no card of that name: the person names what they are doing, shortly. A name no card
    holds ("RDLs") is the workout's move it is said of."""
    plain = resolver(svc)
    asked = _name_words(name_of(svc, current.exercise_id))
    held: set[str] | None = None

    def in_workout() -> set[str]:
        nonlocal held
        if held is None:
            held = {x.exercise_id for x in logs.exercises_of(s, user.id, current.session_id)}
        return held

    def resolve(name: str) -> str | None:
        found = plain(name)
        if found is None and other_named(name):  # "rdl's": the day's stiff-leg or American
            return other_in(name, in_workout())
        if found is None:  # "hip trust": a slip of a move the workout holds
            return misspelt(svc, name, in_workout())
        if found == current.exercise_id:
            return found
        base = _name_words(name_of(svc, found))
        if len(base) >= len(asked) or asked[-len(base) :] != base:
            return found if found in in_workout() else the_days(name, found)
        return found if found in in_workout() else current.exercise_id

    def the_days(name: str, found: str) -> str:
        """ "lunges" on the walking lunge's day: that move, as a log typed before Start
        logging reads it (logbook_named.DayMoves)."""
        profile = finished_profile(user)
        if profile is None:
            return found
        day = logs.session_of(s, user.id, current.session_id).day
        return DayMoves(svc, s, user, profile, day).resolve(name) or found

    return resolve


def read_as_asked(
    svc: Services,
    s: Session,
    user: User,
    profile: Profile,
    owed: Awaiting | None,
    current: ExerciseLog,
    text: str,
    resolve: Resolve,
) -> Echo | ParseFailed | Saved | None:
    """A skip said with its reason while the exercise is asked, or loads typed where its reps go
    (asked or at "Save it?"; asked the load, "30 30" stays a question); else None."""
    if owed is None or owed.mode == Mode.LOAD:
        return None
    if owed.mode == Mode.LOG and (
        hurt := skipped_with_reason(svc, s, user, profile, current, text, resolve)
    ):
        return hurt
    return loads_not_reps(svc, s, user, profile, current, text, resolve)


# Numbers alone, after an exercise's name or none: "hip thrusts 60 60 65", "185, 185, 195".
_NUMBERS_ONLY = re.compile(
    r"(?P<head>(?:[a-z][a-z'-]* )*?)(?P<nums>\d{1,4}(?:\.\d{1,2})?(?:(?: ?[,/] ?| )\d{1,4}"
    r"(?:\.\d{1,2})?){1,9})"
)
_LEAD = {"i", "did", "just", "then", "and", "done", "today", "got"}


def numbers_said(text: str, resolve: Resolve, exercise_id: str) -> tuple[float, ...] | None:
    """The numbers of a text that holds only numbers (two or more), after a name of
    `exercise_id` or none; None for anything else (a unit, "x", "reps": sets said as sets)."""
    plain = " ".join(normalise(text).strip(" .!").split())
    m = _NUMBERS_ONLY.fullmatch(plain)
    if m is None:
        return None
    head = [w for w in m.group("head").split() if w not in _LEAD]
    if head and resolve(" ".join(head)) != exercise_id:
        return None
    return tuple(float(n) for n in re.findall(r"\d+(?:\.\d+)?", m.group("nums")))


# Numbers at least this far over the top of the rep range are no reps: 60 for 8-12.
_FAR_OVER_REPS = 2
# A number at least this part of the load known is a load, near it or above it.
_NEAR_LOAD = 0.5


def loads_not_reps(
    svc: Services,
    s: Session,
    user: User,
    profile: Profile,
    current: ExerciseLog,
    text: str,
    resolve: Resolve,
) -> Echo | ParseFailed | None:
    """Numbers typed where reps go that can't be reps ("60 60 65" for 8-12 reps, "185 185
    195", "22.5 22.5 25"): near or above the load known (or with none known) they are loads,
    one per set, at the target's reps, shown to save saying so; otherwise, or on a move that
    takes no load, asked about. None when the numbers may be reps."""
    said = numbers_said(text, resolve, current.exercise_id)
    most = max(_FAR_OVER_REPS * current.rep_high, 20)
    if said is None or not all(n > most or not n.is_integer() for n in said):
        return None  # each a whole number of reps there could be
    weighted = svc.content.exercises[current.exercise_id].loading.value == "weighted"
    planned = as_planned(svc, s, user, current)
    known = planned[0].load if planned else None
    unit = planned[0].unit if planned and planned[0].unit else profile.unit
    if known is not None:
        known = convert(known, unit, profile.unit)
    near = known is None or min(said) >= _NEAR_LOAD * known
    if weighted and near and max(said) <= MAX_LOAD[profile.unit]:
        sets = tuple(SetEntry(current.rep_high, n, profile.unit) for n in said)
        return replace(echo(svc, s, user, current, sets, text), assumed_reps=current.rep_high)
    logs.keep_raw_text(current, text)
    detail = {
        "numbers": ", ".join(f"{n:g}" for n in said),
        "low": str(current.rep_low),
        "high": str(current.rep_high),
        "loaded": "1" if weighted else "",
        "over": "1" if max(said) > MAX_REPS else "",
    }
    name = name_of(svc, current.exercise_id)
    return ParseFailed("loads_or_reps", detail, name, profile.unit.value)


# "skipped lunges, knee felt off", "skipping this one - my knee hurts": the skip, then why.
_REASON = re.compile(r"\s*(?:[,;:.!]|\s[-–—]\s|\b(?:because|cause|cuz|as|since)\b)\s*")


def skipped_with_reason(
    svc: Services,
    s: Session,
    user: User,
    profile: Profile,
    current: ExerciseLog,
    text: str,
    resolve: Resolve,
) -> Saved | None:
    """A skip said with its reason: the exercise skipped (the one named, when it is this
    one, else this one), as the Skip button does, with the pain pointer after it when the
    reason is a pain ("sumo walk i didnt do, no time" is a skip too); None for anything
    else."""
    parts = _REASON.split(text.strip(), maxsplit=1)
    if len(parts) < 2 or not parts[1] or _read_whole(profile, current, text, resolve):
        return None  # "couldn't do it, no machine": a swap offered, as read whole
    if skipped_in(parts[0], resolve) == {current.exercise_id}:  # "no sumo walk, no time"
        return replace(save(svc, s, user, current, (), text), pain=understand(text) == Intent.PAIN)
    try:
        parsed = parse_log(
            parts[0], unit=profile.unit, planned=None, resolve_exercise=resolve,
            current_exercise=current.exercise_id,
        )  # fmt: skip
    except LogParseError:
        return None
    if parsed.action != "skip" or parsed.exercise_id not in (None, current.exercise_id):
        return None
    return replace(save(svc, s, user, current, (), text), pain=understand(text) == Intent.PAIN)


def _read_whole(profile: Profile, current: ExerciseLog, text: str, resolve: Resolve) -> bool:
    """Whether the message reads whole as a log or an action (a pain aside)."""
    if understand(text) == Intent.PAIN:
        return False
    try:
        parse_log(
            text, unit=profile.unit, planned=None, resolve_exercise=resolve,
            current_exercise=current.exercise_id,
        )  # fmt: skip
    except LogParseError:
        return False
    return True
