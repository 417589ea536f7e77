"""A workout the bot sent, pasted back as it was (forwarded to a friend, copied back): no
sets in it to save and no question to answer, so the workout itself comes back, as /today
shows it, with Start logging (it was read as a long story and nothing was shown)."""

from __future__ import annotations

import re

from sqlalchemy.orm import Session

from bot.coach.smalltalk import Intent
from bot.runtime.services import Services
from bot.store.models import User
from bot.training.outcomes import Talk

# One exercise line as the push, /today and /week write it: "2. Banded hip thrust: 3 × 15–20,
# rest 45 s" (or "• Hip thrust: 4 × 3–8 @ 45 kg, rest 2 min 30 s" from /week).
_PLANNED = re.compile(
    r"^\s*(?:\d+\.|•)\s+[^\d:]+:\s*\d+\s*[×x]\s*\d+(?:[–-]\d+)?(?:\s*@\s*[\d.]+\s*\w+)?"
    r"(?:,\s*rest\b.*)?$"
)
_MIN_LINES = 2


def pasted(text: str) -> bool:
    """Two or more exercise lines as the bot writes them, and none written otherwise."""
    lines = [line for line in text.splitlines() if line.strip()]
    planned = [line for line in lines if _PLANNED.match(line)]
    numbered = [line for line in lines if re.match(r"^\s*(?:\d+\.|•)\s", line)]
    return len(planned) >= _MIN_LINES and len(planned) == len(numbered)


def on_text(svc: Services, s: Session, user: User, text: str) -> Talk | None:
    """The workout shown again for someone set up who pasted one back; None otherwise."""
    if user.onboarded_at is None or not pasted(text):
        return None
    return Talk(Intent.TODAY, True)
