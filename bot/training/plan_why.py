"""Why the plan holds so much of a move ("why so many hip thrusts", "why do I always do
lunges"): how many of the plan's sessions hold it (or a variation of it), the plan's own
reason, and what the move's card says of it, with the articles. Before, the move's card
came alone, the "why" unanswered."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy.orm import Session

from bot.coach.compose import named_cards, words
from bot.coach.knowledge import Source
from bot.coach.move_named import is_variant
from bot.runtime.services import Services
from bot.store.models import User
from bot.training.people import finished_profile

_ASKS = re.compile(
    r"^(?:but |so |ok |hmm )*why (?:so many|so much|all (?:the|these|those)|(?:do|must|should) i"
    r" (?:always |keep |have to |need to )*(?:do|doing|get) (?:so many |so much |all these "
    r"|all the )?|(?:are|is) there so many|always|the same)\b"
)


@dataclass(frozen=True)
class PlanWhy:
    name: str  # the move asked about
    sessions: int  # of the plan's sessions holding it or a variation
    of: int  # the plan's sessions in its rotation
    why: str  # the plan's own reason
    note: str | None  # the card's word on the move
    sources: tuple[Source, ...]


def on_text(svc: Services, s: Session, user: User, text: str) -> PlanWhy | None:
    profile = finished_profile(user)
    if profile is None or not _ASKS.search(" ".join(words(text))):
        return None
    named = named_cards(svc.content, text)
    if not named:
        return None
    card = svc.content.exercises[named[0]]
    program = svc.programs.program_for(profile.goal, profile.place)
    holding = [
        x
        for x in program.sessions
        if any(slot.exercise_id == card.id or is_variant(svc.content, card.id, slot.exercise_id)
               for slot in x.slots)
    ]  # fmt: skip
    if not holding:
        return None
    ids = dict.fromkeys((*program.sources, *card.sources))
    sources = tuple(svc.content.sources[i] for i in ids if i in svc.content.sources)
    return PlanWhy(card.name, len(holding), len(program.sessions), program.why, card.note, sources)
