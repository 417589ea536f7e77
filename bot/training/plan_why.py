"""Why the plan holds so much of a move ("why so many hip thrusts", "why do I always do
lunges"), or none of it ("why no squats"): how many of the plan's sessions hold it (or a
variation of it), the plan's own reason, and what the move's card says of it, with the
articles. Before, the move's card
came alone, the "why" unanswered. Asked while away (Profile.away), the plan of those days
first, then the usual one and the day it is back."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy.orm import Session

from bot.coach.compose import named_cards, words
from bot.coach.knowledge import Source
from bot.coach.move_named import is_variant
from bot.coach.profile import Away
from bot.coach.programs.book import Program
from bot.coach.programs.book import Session as Sitting
from bot.runtime.services import Services
from bot.store.models import User
from bot.training.people import finished_profile, local_today

_ASKS = re.compile(
    r"^(?:but |so |ok |hmm )*why (?:so many|so much|all (?:the|these|those)|(?:do|must|should) i"
    r" (?:always |keep |have to |need to )*(?:do|doing|get) (?:so many |so much |all these "
    r"|all the )?|(?:are|is) there so many|always|the same)\b"
)
# A move asked after as missing: "why no squats", "why isn't there a leg curl".
_MISSING = re.compile(
    r"^(?:but |so |ok |hmm )*why (?:no|not any|is there no|isnt there|are there no|arent there"
    r"|dont i (?:have|do|get)|do i not (?:have|do|get))\b"
)


@dataclass(frozen=True)
class PlanWhy:
    name: str  # the move asked about
    sessions: int  # of the plan's sessions holding it or a variation
    of: int  # the plan's sessions in its rotation
    why: str  # the plan's own reason
    note: str | None  # the card's word on the move
    sources: tuple[Source, ...]
    away: Away | None = None  # asked while away: that plan said first
    asked_on: date | None = None
    away_sessions: int = 0  # of the plan away's sessions holding it or a variation
    away_of: int = 0
    away_held: tuple[str, ...] = ()  # the moves it is there, by name
    away_why: str = ""


def on_text(svc: Services, s: Session, user: User, text: str) -> PlanWhy | None:
    profile = finished_profile(user)
    joined = " ".join(words(text))
    missing = _MISSING.search(joined) is not None
    if profile is None or not (missing or _ASKS.search(joined)):
        return None
    named = named_cards(svc.content, text)
    if not named:
        return None
    card = svc.content.exercises[named[0]]
    program = svc.programs.program_for(profile.goal, profile.place)
    holding = _holding(svc, program, card.id)
    today = local_today(profile, svc.clock.now())
    away = profile.away_on(today)
    there = svc.programs.program_for(profile.goal, away.place) if away else None
    away_holding = _holding(svc, there, card.id) if there else []
    if not holding and not away_holding and not missing:
        return None
    ids = dict.fromkeys((*program.sources, *(there.sources if there else ()), *card.sources))
    sources = tuple(svc.content.sources[i] for i in ids if i in svc.content.sources)
    why = PlanWhy(card.name, len(holding), len(program.sessions), program.why, card.note, sources)
    if there is None:
        return why
    held = dict.fromkeys(
        svc.content.exercises[slot.exercise_id].name
        for x in away_holding
        for slot in x.slots
        if _is_it(svc, card.id, slot.exercise_id)
    )
    return replace(
        why, away=away, asked_on=today, away_sessions=len(away_holding),
        away_of=len(there.sessions), away_held=tuple(held), away_why=there.why,
    )  # fmt: skip


def _is_it(svc: Services, card_id: str, held_id: str) -> bool:
    return held_id == card_id or is_variant(svc.content, card_id, held_id)


def _holding(svc: Services, program: Program, card_id: str) -> list[Sitting]:
    """The program's sessions holding the move or a variation of it."""
    return [
        x for x in program.sessions if any(_is_it(svc, card_id, y.exercise_id) for y in x.slots)
    ]
