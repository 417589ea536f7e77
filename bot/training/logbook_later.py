"""A move put off mid-logging ("can I do this one later?", "leave it for the end"): it goes
to the end of the day's order and the next one is asked; once the others are logged it is
asked again. The only one left stays asked, said so. Said at "Save it?" or while a load is
asked, the sets shown are let go, said so: they were typed before it was done, or are typed
again when it is."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from sqlalchemy.orm import Session

from bot.coach.setlog import SetEntry
from bot.coach.status import ExerciseStatus
from bot.runtime.services import Services
from bot.store import logs
from bot.store.models import ExerciseLog, User
from bot.training.logbook_replies import Ask
from bot.training.logbook_steps import ask, name_of, next_step
from bot.training.targets import sets_text

_THIS = r"(this|it|that|this exercise|this move)( one)?"
_LATER = re.compile(
    r"^(ok |so |and )?(can i |could i |can we |may i |let me |ill |i will |i want to |i wanna "
    r"|i prefer to |id rather |i would rather )?"
    rf"(do|leave|save|keep|log|move|put|finish) ({_THIS} )?(later|for later|at the end|last"
    r"|for last|after the others|to the end|for the end)( please| instead| today)?$"
    rf"|^(ill |i will |let me |can i )?come back to {_THIS}( later)?( please)?$"
    rf"|^(skip|leave) ({_THIS} )?for now( ill do it later)?$|^later( please)?$"
)


def later_said(text: str) -> bool:
    said = re.findall(r"[a-z]+", re.sub(r"['’]", "", text.lower()))  # "I'll": "ill"
    return bool(_LATER.match(" ".join(said)))


def put_later(
    svc: Services,
    s: Session,
    user: User,
    current: ExerciseLog,
    text: str,
    shown: Sequence[SetEntry] = (),
) -> Ask | None:
    """The exercise asked put last and the next one asked, when the text says so; `shown`:
    the sets waiting for their Save or their load, let go."""
    if not later_said(text) or current.status != ExerciseStatus.PENDING:
        return None
    unsaved = sets_text(shown) if shown else None
    held = logs.exercises_of(s, user.id, current.session_id)
    others = [x for x in held if x.status == ExerciseStatus.PENDING and x.id != current.id]
    if not others:  # nothing to do first: this one is still the one to log
        return replace(ask(svc, s, user, current, held), last_left=True, unsaved=unsaved)
    logs.put_last(s, current)
    asked = next_step(svc, s, user, logs.exercises_of(s, user.id, current.session_id))
    if not isinstance(asked, Ask):
        return None
    return replace(asked, later=name_of(svc, current.exercise_id), unsaved=unsaved)
