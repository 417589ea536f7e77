"""Words with no sets typed while an exercise is owed, that are neither a question nor talk
the coach answers: another exercise done first ("I'll do lunges first": it is asked now,
this one after it), or a remark ("ugh that was hard", "resting now", "I don't remember"):
noted, with what the bot still waits for (and, for how it felt, that the sets sent show
it), never "I couldn't find your sets" as if the person had tried to type them. A moment
taken ("brb", "one sec", "ok", an emoji) is told to take its time; a sigh ("ugh") is how it
felt. Another lone word ("lol") while sets are owed keeps the sets hint."""

from __future__ import annotations

import re

from sqlalchemy.orm import Session

from bot.coach.profile import Profile
from bot.coach.smalltalk import Intent, understand
from bot.coach.status import ExerciseStatus
from bot.runtime.services import Services
from bot.store import logs
from bot.store.models import ExerciseLog, User
from bot.training.awaiting import Awaiting, Mode
from bot.training.logbook_named import told_exercise
from bot.training.logbook_replies import Ask, ParseFailed
from bot.training.logbook_steps import ask, name_of
from bot.training.typed import has_digit
from bot.training.typed_yes import is_refusal

# "brb", "one sec", "hmm", "ok": a moment taken, no sets tried (so no "couldn't find your sets").
_HOLD = re.compile(
    r"(?:ok|okay|k|kk|hm+|um+|wait|sorry|brb|be right back|hold on"
    r"|(?:one|a) (?:sec|second|moment|min)|sec|(?:gimme|give me|just) a (?:sec|second|moment"
    r"|minute|min))[.!…]*",
    re.I,
)
# "ugh", "phew": how it felt, as "ugh that was hard" is.
_SIGH = re.compile(r"(?:u+gh+|o+o+f+|phew+|whew+)[.!…]*", re.I)
# "I'll do lunges first", "doing the lunges now", "lunges next", "switching to leg curls".
_FIRST = re.compile(r"\b(?:first|now|next|instead|before|meanwhile|while i wait|switch\w*)\b")


def said_meanwhile(
    svc: Services,
    s: Session,
    user: User,
    profile: Profile,
    owed: Awaiting | None,
    current: ExerciseLog,
    text: str,
) -> Ask | ParseFailed | None:
    """Another of the day's exercises asked for first, or a remark noted; None for
    anything else (a lone word, numbers: the sets hint)."""
    if owed is None or has_digit(text):
        return None
    if owed.mode == Mode.LOG and _FIRST.search(text.lower()):
        first = _another_first(svc, s, user, current, text)
        if first is not None:
            return first
    name = name_of(svc, current.exercise_id)
    plain = text.strip()
    if _HOLD.fullmatch(plain) or not any(c.isalnum() or c == "?" for c in plain):  # "💪"
        return ParseFailed(
            "remark", {"mode": owed.mode.value, "hold": "1"}, name, profile.unit.value
        )
    if owed.mode == Mode.LOG and len(re.findall(r"\w+", text)) < 2 and not _SIGH.fullmatch(plain):
        return None  # "lol": the sets hint (at "Save it?", "nope" hears what it waits for)
    sigh = understand(text) == Intent.ADJUST or _SIGH.fullmatch(plain) is not None
    felt = {"felt": "1"} if sigh else {}  # "ugh that was hard"
    felt |= {"no": "1"} if is_refusal(plain) else {}  # "no" to "what load?": nothing to note
    return ParseFailed("remark", {"mode": owed.mode.value} | felt, name, profile.unit.value)


def _another_first(
    svc: Services, s: Session, user: User, current: ExerciseLog, text: str
) -> Ask | None:
    """The day's exercise the text names, still to do, asked for now; the one asked before
    stays pending (asked again once this is saved)."""
    named = told_exercise(svc, text)
    if named is None or named == current.exercise_id:
        return None
    exercises = logs.exercises_of(s, user.id, current.session_id)
    for x in exercises:
        if x.exercise_id == named and x.status == ExerciseStatus.PENDING:
            return ask(svc, s, user, x, exercises)
    return None
