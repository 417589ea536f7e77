"""A load asked at a move's step mid-workout ("how heavy should I go?", "what weight for
this?"): that move's target and its planned load, the article's rule for picking a weight
in its rep range, and the step asked on (load_asked on the Ask). Before, the question got
the generic answer (8-12 reps, whatever the move's range) and no word of the move's load.
At "Save it?" or the load question the answer comes, then that step again, the sets typed
still waiting (LoadAnswered)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from sqlalchemy.orm import Session

from bot.coach.knowledge import Loading
from bot.runtime.services import Services
from bot.store import logs, users
from bot.store.models import User
from bot.training.awaiting import Awaiting, Mode
from bot.training.held_load import holds_load
from bot.training.logbook_draft import draft_of
from bot.training.logbook_named import resolver
from bot.training.logbook_planned import need_load
from bot.training.logbook_replies import Ask, Echo, NeedLoad
from bot.training.logbook_steps import ask, echo
from bot.training.people import finished_profile

# The entry holding the articles' rule for picking a weight (content/knowledge.yaml)
_RULE = "choose_weight"
_ASKED = re.compile(
    r"^(?:so |ok |okay |hey |and |um |hmm )*(?P<head>how heavy|how much weight|what weight"
    r"|what load|which weight|what kg|how many (?:kg|kilos|lbs?|pounds))\b(?P<rest>[^?]{0,40})"
    r"[?!. ]*$",
    re.I,
)
# what may follow without naming another move: "should I go", "for this one", "to use here"
_FILLER = re.compile(
    r"^(?:(?:should|do|would|can|could|shall) (?:i|it|this|that) (?:go|use|do|be|pick|lift)"
    r"|(?:to|should i) (?:use|go|pick)|for (?:this|it|these|that)(?: one| set| move| exercise)?"
    r"|on (?:this|it|these)(?: one)?|here|now|today|please|pls|then|again|\s)*$",
    re.I,
)


@dataclass(frozen=True)
class LoadAnswered:
    """The load asked at "Save it?" or at the load question: the answer (the Ask's
    load_asked, shown alone), then that step again."""

    answer: Ask
    step: Echo | NeedLoad


def on_text(svc: Services, s: Session, user: User, text: str) -> Ask | LoadAnswered | None:
    owed = Awaiting.parse(user.awaiting)
    profile = finished_profile(user)
    if profile is None or owed is None or owed.log_id is None:
        return None
    if owed.mode not in (Mode.LOG, Mode.CONFIRM, Mode.LOAD):
        return None
    found = _ASKED.match(" ".join(text.strip().split()))
    log = logs.exercise_log(s, user.id, owed.log_id)
    if found is None or log is None:
        return None
    rest = found["rest"].strip(" ,")
    named = re.sub(r"^(?:for|on|with|of) (?:the |my |these |this )?", "", rest, flags=re.I)
    if not _FILLER.fullmatch(rest) and resolver(svc)(named) != log.exercise_id:
        return None  # "how heavy were my squats last time", another move named: not this
    card = svc.content.exercises[log.exercise_id]
    rule = svc.content.entries.get(_RULE)
    loaded = card.loading == Loading.WEIGHTED or holds_load(svc, s, user, profile, log)
    if rule is None:
        return None
    held = logs.exercises_of(s, user.id, log.session_id)
    source = svc.content.sources[rule.sources[0]].title if loaded else NO_LOAD
    waiting, draft = user.awaiting, user.draft
    answer = replace(ask(svc, s, user, log, held), load_asked=source)
    if owed.mode == Mode.LOG:
        return answer
    users.set_awaiting(user, waiting, draft)  # the step asked before still waits
    shown = draft_of(user)
    if owed.mode == Mode.CONFIRM and shown is not None:
        return LoadAnswered(answer, echo(svc, s, user, log, shown[0], shown[1]))
    return LoadAnswered(answer, need_load(svc, s, user, log))


NO_LOAD = "none"  # load_asked of a move done without weights there: nothing to pick
