"""Background told before a question, left out of the words scored: who the person is ("26
y/o male, 180cm 82kg", "I'm 5'2 and 120 pounds") and how long and how often they have
trained ("I've squatted 3x a week for 4 months and my butt is still flat. What am I doing
wrong?"), the latter only when the question asks nothing about time. "a week" reads as the
how-often entry, "82kg" as a load and "male" as a word the articles never use: each pulls
the post away from what it asks."""

from __future__ import annotations

import re

from bot.coach.matcher.scope import said_and_asked
from bot.coach.matcher.text import EXPERIENCE

_COUNT = (
    r"(?:\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"a few|a couple(?: of)?|couple(?: of)?|several|many|some)"
)
_SPAN = r"(?:days?|weeks?|months?|years?|yrs?|mos?)"
_HISTORY = re.compile(
    # "3x a week", "four times per week", "5 days a week", "twice a week"
    rf"\b(?:{_COUNT}\s*(?:x|times|days)|once|twice|thrice)\s*(?:a|per|each|every|/)\s*week\b"
    # "for 4 months", "over the past two years", "in the last few weeks", "for about a year",
    # "for the last year"
    rf"|\b(?:for|over|in|during|since)\s+(?:the\s+)?(?:(?:last|past)\s+(?:{_COUNT}\s+)?{_SPAN}|"
    rf"(?:about\s+|around\s+|almost\s+|nearly\s+|over\s+|like\s+|roughly\s+)?{_COUNT}\s+{_SPAN})\b"
    # "two years ago", "6 months now", "a year in"
    rf"|\b{_COUNT}\s+{_SPAN}\s+(?:ago|now|in)\b",
    re.IGNORECASE,
)
# Age, sex, height and body weight: "28F", "26 y/o male", "5'5", "180cm 82kg", "I'm 140lbs".
_WEIGHT = r"\d{2,3}(?:\.\d)?\s*(?:kg|kgs|kilos|lbs?|pounds)\b"
_PROFILE = re.compile(
    r"\b\d{2}\s*(?:y/?o|yrs?\s*old|years?\s*old|yo)\b|\b\d{2}\s*[mf]\b|(?<!')\b[mf]\s*\d{2}\b"
    r"|\b(?:male|female)\b"
    rf"|\b\d\s*'\s*\d{{1,2}}(?:\"|'')?(?:[\s,/]*(?:and\s+)?{_WEIGHT})?"
    rf"|\b1\d\d\s*cm\b(?:[\s,/]*(?:and\s+)?{_WEIGHT})?"
    rf"|\b(?:i'?m|i am|weigh|weighing|currently|now)\s+(?:about\s+|around\s+)?{_WEIGHT}",
    re.IGNORECASE,
)
# A question about time itself keeps every time word: "I've trained twice a week for a
# month, how long until I see results?", "I train legs once a week. Should I do more?"
_ASKS_TIME = re.compile(
    r"\b(how (?:long|often|many (?:times|days|weeks|months))|often|frequen\w*|every day|daily|"
    r"times a week|days a week|per week|a week|timeframe|when will|more|less|enough|too much|"
    r"overtrain\w*|rest\w*|recover\w*)\b",
    re.IGNORECASE,
)


def without_background(text: str) -> str:
    """The text with the told sentences' profile left out, and their time spans when the
    asking part (sentences ending in "?", else the last) asks nothing about time."""
    history, profile = _HISTORY.search(text), _PROFILE.search(text)
    if not history and not profile:
        return text
    told, asking = said_and_asked(text)
    if not asking:
        told, asking = told[:-1], told[-1:]
    if not told:
        return text
    timed = history and not any(_ASKS_TIME.search(p) for p in asking)
    out = text
    for part in told:
        kept = _PROFILE.sub(" ", part)
        if timed:  # "lifting for a year" goes whole, as the analyzer drops it
            kept = _HISTORY.sub(" ", EXPERIENCE.sub(" ", kept))
        if kept != part:
            out = out.replace(part, kept, 1)
    return out
