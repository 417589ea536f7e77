"""The day a change starts, read from what people type: "from the 14th", "starting dec 14",
"as of 14 december", "from 14/12" (day first; "12/14" when the day can only be second).

Pure: the person's local date comes in. The date may be today or past ("from dec 1" on the
3rd): the caller makes the change now then. Dates as pause_end.py reads them after "until".
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from bot.coach.schedule.pause_end import MAX_DAYS, next_dated, nth_after

# "from monday 14 december", "from wed the 9th": the date decides
_WEEKDAY = r"(?:[a-z]+day|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)"
_FROM = (
    r"\b(?:from|starting(?: on| from)?|start(?:ing)? on|beginning|as of|as from|effective)"
    rf"\s+(?:the\s+)?(?:{_WEEKDAY},?\s+(?:the\s+)?)?"
)
_ORD = r"(\d{1,2})(?:st|nd|rd|th)?"
_MONTH = r"([a-z]{3,9})\.?"
_DAY_MONTH = re.compile(rf"{_FROM}{_ORD}(?:\s+of)?\s+{_MONTH}(?![a-z])")
_MONTH_DAY = re.compile(rf"{_FROM}{_MONTH}\s+(?:the\s+)?{_ORD}(?!\d)")
_NUMERIC = re.compile(rf"{_FROM}(\d{{1,2}})[/.](\d{{1,2}})(?:[/.]\d{{2,4}})?(?!\d)")
# "from the 14th", "from 14th", "from the 14": a bare number needs "the" or its suffix
_NTH = re.compile(
    rf"\b(?:from|starting|as of|beginning)\s+(?:{_WEEKDAY},?\s+)?"
    r"(?:the\s+(\d{1,2})(?:st|nd|rd|th)?|(\d{1,2})(?:st|nd|rd|th))\b"
)
# A date said a month back at most is past ("from dec 1" on the 3rd), not next year's.
_PAST = timedelta(days=31)


def start_said(text: str) -> tuple[int, int] | None:
    """Where a start date is said in `text` (lower-cased), or None."""
    for pattern in (_DAY_MONTH, _MONTH_DAY, _NUMERIC, _NTH):
        for found in pattern.finditer(text):
            if _read(found, pattern, date(2000, 1, 1)) is not None:
                return found.span()
    return None


def start_date(text: str, today: date) -> date | None:
    """The local date a change said "from" a date starts on: this year's or next (a month
    back at most: past), an nth this month's or next month's (today's: today); None when no
    date is said."""
    said = " ".join(text.lower().replace("’", "'").split())
    for pattern in (_DAY_MONTH, _MONTH_DAY, _NUMERIC, _NTH):
        for found in pattern.finditer(said):
            day = _read(found, pattern, today)
            if day is not None and day <= today + timedelta(days=MAX_DAYS):
                return day
    return None


def _read(found: re.Match[str], pattern: re.Pattern[str], today: date) -> date | None:
    if pattern is _NTH:
        nth = int(found.group(1) or found.group(2))
        return today if nth == today.day else nth_after(nth, today)
    if pattern is _NUMERIC:
        day_s, month_s = found.groups()
        if int(month_s) > 12 >= int(day_s):  # "12/14": the month first
            day_s, month_s = month_s, day_s
        said = f"from {day_s} {_month_name(int(month_s))}"
        return _dated(said, today)
    return _dated(found.group(0), today)


def _dated(said: str, today: date) -> date | None:
    patterns = ((_DAY_MONTH, True), (_MONTH_DAY, False))
    return next_dated(said, patterns, today - _PAST, today_too=True)


def _month_name(month: int) -> str:
    return "" if not 1 <= month <= 12 else date(2000, month, 1).strftime("%B").lower()
