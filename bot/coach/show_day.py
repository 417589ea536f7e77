"""A competitor's show day: read from what she types ("show is march 14", "my show is in 10
weeks") and counted down to ("how many weeks out am i").

Pure: the person's local date comes in as an argument. The articles hold nothing on show
prep, so the date only answers how far out the show is; the plan carries on as it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from bot.coach.schedule.pause_end import next_dated

MAX_DAYS = 366  # a show further out is a typo, or a year typed wrong

# The show as a noun: "my show", "show is", "comp day"; not "show me" or "meet you".
_SHOW = (
    r"\b(?:my|the|a|next|our|first) (?:show|comp|competition|contest|meet)\b"
    r"|\b(?:show|comp|competition|contest) (?:is|on|in|day|date|s on)\b"
)
_ORD = r"(\d{1,2})(?:st|nd|rd|th)?"
_MONTH = r"([a-z]{3,9})\.?"
_DAY_MONTH = re.compile(rf"\b{_ORD}(?:\s+of)?\s+{_MONTH}\b")
_MONTH_DAY = re.compile(rf"\b{_MONTH}\s+(?:the\s+)?{_ORD}\b")
_NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_NUMBERS |= {"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
_IN = re.compile(r"\bin\s+(\d{1,2}|" + "|".join(_NUMBERS) + r")\s+(week|day|month)s?\b")
_UNIT_DAYS = {"week": 7, "day": 1, "month": 30}

# "how many weeks out am i", "how long until my show", "how many weeks left till the comp"
_SHOWS = r"(?:show|comp|competition|contest|meet)"
_ASKED = re.compile(
    r"\bhow (?:many|much) (?:weeks?|days?|time)(?: (?:out|left|to go|away))?"
    rf"(?: (?:till|until|to|before) (?:my|the) {_SHOWS}\b| out (?:am i|are we)\b| (?:out )?"
    rf"(?:am i|are we) (?:out|away)\b)|\bhow (?:long|far) (?:until|till|to|away is|out is) "
    rf"(?:my|the) {_SHOWS}\b|\bhow (?:far )?out am i\b"
    # "how many days between now and show day", "how many weeks until show day"
    rf"|\bhow (?:many|much) (?:weeks?|days?|time)(?: (?:is |are )?(?:left|there))?"
    rf" (?:between now and|from now (?:till|until|to)|(?:till|until|to|before)) (?:my |the )?"
    rf"(?:{_SHOWS}(?: day)?|show ?day)\b",
    re.I,
)


def asked_weeks_out(text: str) -> bool:
    """ "how many weeks out am i", "how long until my show?" """
    return _ASKED.search(" ".join(text.casefold().replace("’", "'").split())) is not None


def show_day_said(text: str, today: date) -> date | None:
    """The show's day from a message that names a show: "show is march 14", "my comp is on
    the 14th of March" (the next one from today), "my show is in 10 weeks"; None otherwise."""
    said = " ".join(text.casefold().replace("’", "'").split())
    if not re.search(_SHOW, said):
        return None
    day = _dated(said, today) or _counted(said, today)
    return day if day is not None and today <= day <= today + timedelta(days=MAX_DAYS) else None


def _dated(said: str, today: date) -> date | None:
    return next_dated(said, ((_DAY_MONTH, True), (_MONTH_DAY, False)), today, today_too=True)


def _counted(said: str, today: date) -> date | None:
    found = _IN.search(said)
    if found is None:
        return None
    count = int(found[1]) if found[1].isdigit() else _NUMBERS[found[1]]
    return today + timedelta(days=count * _UNIT_DAYS[found[2]])


@dataclass(frozen=True)
class ShowCount:
    """How far out the show is: whole weeks and the days over; `past` once the day is gone."""

    day: date
    weeks: int
    days: int
    past: bool


def count_to(show: date, today: date) -> ShowCount:
    left = (show - today).days
    return ShowCount(show, max(left, 0) // 7, max(left, 0) % 7, left < 0)
