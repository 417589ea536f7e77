"""A question about the move asked at its step mid-workout ("whats a stiff leg deadlift", "I
forgot how to do this one", "form tips?"): its exercise card, then the step asked again (at
"Save it?", the sets shown still wait). Before, it was noted as a remark ("Noted. When you're
done with ...") or went to the question matcher, which answered another topic."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy.orm import Session

from bot.runtime.services import Services
from bot.store import logs
from bot.store.models import User
from bot.training.awaiting import Awaiting, Mode
from bot.training.harder_asked import card_for_kit
from bot.training.logbook_draft import draft_of
from bot.training.logbook_named import resolver
from bot.training.logbook_replies import Ask, Echo
from bot.training.logbook_steps import ask, echo
from bot.training.outcomes import ExerciseCard
from bot.training.people import finished_profile
from bot.training.questions import exercise_card

_NAME = r"(?P<{}>[^?!.]{{0,40}}?)"
_ASKED = re.compile(
    r"^(?:so |ok |okay |hey |um |hmm |wait |sorry |and )*(?:"
    + r"what(?:'?s| is) (?:a |an |the )?"
    + _NAME.format("what")
    + r"|how (?:do|should|can|would) (?:i|you|we) (?:do|perform) "
    + _NAME.format("how")
    + r"|how to (?:do|perform) "
    + _NAME.format("to")
    + r"|i (?:forgot|forget|dont remember|don'?t remember|do not remember|dont know|don'?t know)"
    r" how (?:to do|you do|i do|to) "
    + _NAME.format("forgot")
    + r"|(?:any )?(?:form|technique) (?:tips?|cues?|help|check|reminder)(?P<form>)"
    r"|(?:show|remind) me how(?: to do)?" + _NAME.format("show") + r")[?!. ]*$",
    re.I,
)
# the move asked about without its name: "this one", "it again"
_THIS = re.compile(r"(?:(?:this|that|it|these|the)(?: one| move| exercise)?)?(?: again)?", re.I)


@dataclass(frozen=True)
class CardAtStep:
    """The card of the move asked about, then its step asked again."""

    card: ExerciseCard
    step: Ask | Echo


def on_text(svc: Services, s: Session, user: User, text: str) -> CardAtStep | None:
    owed = Awaiting.parse(user.awaiting)
    if finished_profile(user) is None or owed is None or owed.log_id is None:
        return None
    if owed.mode not in (Mode.LOG, Mode.CONFIRM):
        return None
    found = _ASKED.match(" ".join(text.strip().split()))
    log = logs.exercise_log(s, user.id, owed.log_id)
    if found is None or log is None:
        return None
    named = next((v for v in found.groupdict().values() if v is not None), "").strip()
    if not _THIS.fullmatch(named) and resolver(svc)(named) != log.exercise_id:
        return None  # "whats next", "what is rpe", another move: not this one's card
    card = card_for_kit(svc, user, exercise_card(svc, svc.content.exercises[log.exercise_id]))
    draft = draft_of(user) if owed.mode == Mode.CONFIRM else None
    if draft is not None:
        return CardAtStep(card, echo(svc, s, user, log, draft[0], draft[1]))
    if owed.mode != Mode.LOG:
        return None
    return CardAtStep(card, ask(svc, s, user, log, logs.exercises_of(s, user.id, log.session_id)))
