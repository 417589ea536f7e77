"""A question said inside a setup answer ("figure. does the program train the tie-in?"):
the answer is taken, and the question, which was dropped unanswered, is answered too."""

from __future__ import annotations

import re

from sqlalchemy.orm import Session

from bot.runtime.services import Services
from bot.store.models import User
from bot.training import questions
from bot.training.outcomes import Outcome

# Where one part of a message ends and another begins: a stop, a comma, a dash, a new line.
_PARTS = re.compile(r"(?<=[.!?])\s+|\s*[,;]\s+|\s+[-–—]+\s+|\s*\n\s*")
_ASKING = re.compile(
    r"^(?:(?:wait|oh|ok|okay|and|but|so|btw|also|quick question)\b[\s,]*)*"
    r"(?:what|whats|what's|why|how|does|do|did|can|could|is|are|will|would|should|which|when"
    r"|where|who)\b",
    re.IGNORECASE,
)


def asking(part: str) -> bool:
    """A part worded as a question: a question mark, or a question word first."""
    part = part.strip()
    return len(part.split()) >= 3 and (part.endswith("?") or _ASKING.match(part) is not None)


def without_questions(text: str) -> str | None:
    """The text with its question parts left out ("I train monday and friday, how many rest
    days do I need?": "I train monday and friday"), or None when no part asks one or
    nothing else is said."""
    parts = [p for p in _PARTS.split(text) if p.strip()]
    if len(parts) < 2:
        return None
    kept = [p for p in parts if not asking(p)]
    return ", ".join(kept) if kept and len(kept) < len(parts) else None


def asked_too(svc: Services, s: Session, user: User, text: str) -> Outcome | None:
    """The answer to a question said beside a setup answer, when the articles answer it
    surely (or decline it with the gap named); None when no part of the text asks one."""
    parts = [p for p in _PARTS.split(text) if p.strip()]
    if len(parts) < 2:  # the answer itself, worded as a question ("can you send it at 10?")
        return None
    for part in parts:
        if not asking(part):
            continue
        found = questions.answer_if_sure(svc, s, user, part) or questions.declined_if_gap(
            svc, s, user, part
        )
        if found is not None:
            return found
    return None
