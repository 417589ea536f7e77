"""Next week's plan asked in words: "next week?", "plan for next week", "what am I doing
next week", "show me next week". Only questions about the plan: "in a hotel next week" or
"from next week I can only do mon and thu" say something, and are read elsewhere."""

from __future__ import annotations

import re

# The words a question may hold before "next week": "what am i doing", "whats the plan for".
_BETWEEN = (
    r"i|we|am|are|is|do|does|will|have|has|got|doing|training|on|the|my|plan|planned|schedule"
    r"|workouts?|sessions?|program|for|in|store|gonna|going|to|be|look|looks|like"
)
_ASKED = re.compile(
    r"^(?:(?:so|ok|okay|and|hey|um|quick question|btw)\s+)*(?:(?:can|could) (?:you|i) )?"
    r"(?:please )?(?:"
    r"(?:show|send|give|tell) (?:me )?|see |view |check |"
    rf"(?:what|whats|how|hows|which days)(?: (?:{_BETWEEN})){{0,5}} "
    r")?"
    r"(?:my |the )?(?:(?:plan|schedule|workouts?|training|program|sessions?) )?"
    r"(?:(?:for|of|in|on) )?"
    r"next weeks?(?: (?:plan|schedule|workouts?|training|program|sessions?|days))?"
    r"(?: (?:look|looks|looking|going to look|gonna look)(?: like)?| like)?"
    r"(?: (?:then|please|pls))?$",
    re.IGNORECASE,
)


def next_week_asked(text: str) -> bool:
    said = re.sub(r"[^\w\s]", " ", text.replace("’", "'").replace("'", "")).lower()
    return _ASKED.match(" ".join(said.split())) is not None
