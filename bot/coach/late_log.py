"""What people say before a workout they log late: "forgot to log saturday: hip thrust
67.5kg 8 8 7 6, ...", "I never logged my workout on monday - squat 40kg 10 10",
"saturday's workout: ...". With the day's words cut (setlog_day), the words left before the
sets name no exercise and say nothing about them: cut too, so the sets are read."""

from __future__ import annotations

import re

_LATE_LEAD = re.compile(
    r"^\s*(?:(?:oops|sorry|oh|ah|btw|also)\b[\s,!.]*)?(?:i\s+)?(?:totally\s+|completely\s+)?"
    r"(?:forgot|didn['’]?t\s+get\s+to|did\s*n['’]?o?t|never\s+got\s+to|never)\s+(?:to\s+)?"
    r"(?:log|record|enter|add|post|put\s+in|send)(?:ged)?\b"
    r"(?:\s+(?:my|the|this|that|it|in))*"
    r"(?:\s+(?:workout|session|sets|training|lifts?|day))?(?:\s+(?:from|for|on))?"
    r"(?=\s*(?:['’]s\b|[:,\-–—.]|\s\S))",
    re.IGNORECASE,
)
# What cutting "saturday" from "saturday's workout: ..." leaves first.
_DAYS_OWN = re.compile(
    r"^\s*['’]s\b(?:\s+(?:workout|session|sets|training|lifts?))?", re.IGNORECASE
)
_PUNCT = re.compile(r"^[\s:,\-–—.]+")


def late_lead_cut(text: str) -> str:
    """`text` without a lead saying the log is late ("forgot to log: ..."), as is when it
    has none or nothing would be left."""
    cut = _PUNCT.sub("", _DAYS_OWN.sub("", _LATE_LEAD.sub("", text, count=1), count=1))
    return cut if cut != text.strip() and any(c.isdigit() for c in cut) else text
