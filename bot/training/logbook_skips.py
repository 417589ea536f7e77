"""A skip said of a move or a muscle while logging: "skipped the RDLs", "no glute bridges
today" skip the exercise of the day named (as its Skip button does); "skipped hamstrings
today" skips the day's exercises still to do that train them, asked first when they are
more than one ("yes" skips them all, anything else leaves them)."""

from __future__ import annotations

import json
import re
from dataclasses import replace

from sqlalchemy.orm import Session

from bot.coach.move_named import other_named
from bot.coach.status import ExerciseStatus
from bot.runtime.services import Services
from bot.store import logs, users
from bot.store.models import ExerciseLog, User
from bot.training import awaiting
from bot.training.awaiting import Awaiting, Mode
from bot.training.logbook_draft import draft_of, one_by_one
from bot.training.logbook_named import resolver
from bot.training.logbook_replies import Ask, Saved, SkipAsked
from bot.training.logbook_steps import ask, echo, name_of, save
from bot.training.logbook_story import back_of, queued
from bot.training.people import expect
from bot.training.typed_yes import is_confirmation, is_refusal

# "skipped hamstrings today", "no glute bridges today", "not doing the RDLs", "skipping legs".
_SKIP_SAID = re.compile(
    r"(?:(?:ok|so|sorry|btw|also|oh),? )*(?:i |i'?ve |ive |i'?m |im |i am |we )?"
    r"(?:skipped|skipping|skip|no|not doing|didn'?t do|did not do|won'?t do|will not do"
    r"|gonna skip|going to skip|have to skip|had to skip|dropping|dropped)"
    r" (?:the |my |any |all |all the )?(?P<what>[a-z][a-z',& -]*?)"
    r"(?: (?:today|tonight|this time|for today|this session|work|exercises?|moves?))*"
)
# A muscle said for the exercises training it, as the cards name it.
_MUSCLES = {
    "hamstrings": "hamstrings", "hamstring": "hamstrings", "hams": "hamstrings",
    "ham": "hamstrings", "glutes": "glutes", "glute": "glutes", "butt": "glutes",
    "quads": "quads", "quad": "quads", "quadriceps": "quads", "calves": "calves",
    "lower back": "lower back",
}  # fmt: skip
_LIST_SEP = re.compile(r" ?(?:,|&|\band\b|\bor\b|\bnor\b) ?(?:(?:and|or) )?")
_SKIP_THESE = "skip_these"  # the draft's key: the exercises a muscle's skip asks about


def skip_said(
    svc: Services, s: Session, user: User, current: ExerciseLog, text: str
) -> Saved | SkipAsked | None:
    """The day's exercises still to do that the skip names, skipped (or asked about, for a
    muscle trained by more than one); None when the text names none of them."""
    if queued(user) or back_of(user) is not None or one_by_one(user):
        return None  # a story's parts, a way back or sets kept one by one: read as usual
    said = _said_skipped(svc, s, user, current, text)
    if said is None:
        return None
    found, muscle = said
    if muscle is None or len(found) == 1:
        return skipped(svc, s, user, found, text)
    ids = [x.id for x in found]
    expect(user, awaiting.exercise(current.id), json.dumps({_SKIP_THESE: ids, "raw": text}))
    return SkipAsked(tuple(name_of(svc, x.exercise_id) for x in found), muscle)


def skip_said_aside(
    svc: Services, s: Session, user: User, current: ExerciseLog, text: str
) -> Saved | None:
    """ "skipped the RDLs" at "Save it?" or between sets kept one by one: that exercise (not
    the one being logged) skipped, and the entry waits on as it was, its echo shown again at
    "Save it?". None for anything else, or a muscle trained by more than one still to do."""
    if queued(user) or back_of(user) is not None:
        return None
    said = _said_skipped(svc, s, user, current, text)
    found = [x for x in said[0] if x.id != current.id] if said is not None else []
    if said is None or not found or (said[1] is not None and len(found) > 1):
        return None
    left = [x for x in logs.exercises_of(s, user.id, current.session_id) if _to_do(x)]
    if current.status != ExerciseStatus.PENDING and len(left) == len(found):
        return None  # the workout's last ones: skipping them ends it, as it always did
    waiting, draft = user.awaiting, user.draft
    out = skipped(svc, s, user, found, text)
    users.set_awaiting(user, waiting, draft)  # the entry being logged stays owed as it was
    shown = draft_of(user)
    owed = Awaiting.parse(waiting)
    if owed is not None and owed.mode == Mode.CONFIRM and shown is not None:
        return replace(out, then=echo(svc, s, user, current, shown[0], shown[1]))
    return replace(out, then=None)


def _said_skipped(
    svc: Services, s: Session, user: User, current: ExerciseLog, text: str
) -> tuple[list[ExerciseLog], str | None] | None:
    """The day's exercises still to do that a skip said names, and the muscle it named (if
    it named one); None when the text is no such skip."""
    plain = re.sub(r" ?, ?", ", ", " ".join(re.sub(r"[.!]+", " ", text.lower()).split()))
    m = _SKIP_SAID.fullmatch(plain)
    if m is None:
        return None
    said = m["what"].replace("’", "'").strip(" ,&")
    left = [x for x in logs.exercises_of(s, user.id, current.session_id) if _to_do(x)]
    if (several := _each_named(svc, left, said)) is not None:
        return several, None  # "the rdl and lunges", "lunges, leg curls or rdls"
    what = " ".join(said.replace(",", " ").replace("&", " ").split())
    muscle = _MUSCLES.get(what)
    if muscle is not None:
        found = [x for x in left if muscle in svc.content.exercises[x.exercise_id].muscles]
    else:
        found = _named(svc, left, what)
    return (found, muscle) if found else None


def _each_named(svc: Services, left: list[ExerciseLog], said: str) -> list[ExerciseLog] | None:
    """The moves of `left` a list of names says ("the rdl and lunges"), in the workout's
    order; None unless it is a list and each of its names is one of them."""
    names = [n for n in _LIST_SEP.split(said) if n]
    if len(names) < 2:
        return None
    found: set[int] = set()
    for name in names:
        named = _named(svc, left, re.sub(r"^(?:the|my) ", "", name))
        if not named:
            return None
        found.add(named[0].id)
    return [x for x in left if x.id in found]


def skip_confirmed(
    svc: Services, s: Session, user: User, current: ExerciseLog, text: str
) -> Saved | Ask | None:
    """ "yes" to "Skip these?": they are skipped; "no": the exercise owed is asked again.
    Anything else leaves them, the question dropped, and is read as usual (None)."""
    try:
        data = json.loads(user.draft or "")
    except ValueError:
        return None
    ids = data.get(_SKIP_THESE) if isinstance(data, dict) else None
    if not isinstance(ids, list):
        return None
    expect(user, Awaiting.parse(user.awaiting))  # the question is dropped either way
    if is_refusal(text):  # "no": nothing skipped, the exercise asked again
        return ask(svc, s, user, current, logs.exercises_of(s, user.id, current.session_id))
    if not is_confirmation(text):
        return None
    found = [x for x in logs.exercises_of(s, user.id, current.session_id) if x.id in ids]
    found = [x for x in found if _to_do(x)]
    return skipped(svc, s, user, found, str(data.get("raw", text))) if found else None


def skipped(svc: Services, s: Session, user: User, found: list[ExerciseLog], raw: str) -> Saved:
    """Each of `found` skipped, said in one line, then what comes next."""
    out = [save(svc, s, user, x, (), raw) for x in found]
    names = ", ".join(x.name for x in out[:-1])
    name = f"{names} and {out[-1].name}" if names else out[-1].name
    return replace(out[-1], name=name)


def _to_do(log: ExerciseLog) -> bool:
    return log.status == ExerciseStatus.PENDING


def _named(svc: Services, left: list[ExerciseLog], what: str) -> list[ExerciseLog]:
    """The exercise of `left` the words name: its card, a card whose name ends the same
    ("glute bridges" for Barbell glute bridge), or a name no card holds ("RDLs")."""
    ids = other_named(what)
    if ids:
        return [x for x in left if x.exercise_id in ids][:1]
    card = resolver(svc)(what)
    exact = [x for x in left if x.exercise_id == card]
    if exact or card is None:
        return exact
    tail = svc.content.exercises[card].name.lower().split()
    return [x for x in left if name_of(svc, x.exercise_id).lower().split()[-len(tail) :] == tail][
        :1
    ]
