"""How long a pause lasts, read from what people type: "for a week", "pause for 2 weeks",
"no workouts until monday", "I'm on holiday till the 20th", "/pause until 3 January";
workouts skipped "this week" until Monday.

Pure: the person's local date comes in as an argument. The answer is the local date the
workouts come back on (the first day a push may arrive again); None when no length is said,
and the pause then lasts until /resume, as a pause always did.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

# A pause longer than this is not a pause with a length (a typo, or a year typed wrong).
MAX_DAYS = 366

_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_NUMBERS |= {"seven": 7, "eight": 8, "nine": 9, "ten": 10, "couple of": 2, "a couple of": 2}
_UNIT_DAYS = {"day": 1, "week": 7, "fortnight": 14}
_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_WEEKDAYS |= {name.lower(): i for i, name in enumerate(calendar.day_abbr)}
_WEEKDAYS |= {"tues": 1, "thur": 3, "thurs": 3}
_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS |= {name.lower(): i for i, name in enumerate(calendar.month_abbr) if name}
_MONTHS |= {"sept": 9}

_COUNT = "|".join(sorted((re.escape(k) for k in _NUMBERS), key=len, reverse=True))
# "for a week", "2 weeks", "for a couple of weeks", "a fortnight", "10 days", "a month"
_FOR = re.compile(
    rf"(?:\bfor\s+(?:the\s+next\s+)?|\bnext\s+|\b(?:pause|break|off|away|holiday|vacation)\s+)"
    rf"(\d{{1,3}}|{_COUNT})\s+(day|week|fortnight|month)s?\b"
    r"|\b(?:for\s+)?(?:a\s+)?(fortnight)\b"
)
_UNTIL = r"\b(?:until|till|til|untill|up\s+to|through|thru)\s+(?:next\s+|the\s+)?"
_ORD = r"(\d{1,2})(?:st|nd|rd|th)?"
_MONTH = r"([a-z]{3,9})\.?"
_WEEKDAY = r"(?:[a-z]+day,?\s+(?:the\s+)?)?"  # "until monday 26 october": the date decides
_UNTIL_DAY_MONTH = re.compile(rf"{_UNTIL}{_WEEKDAY}{_ORD}(?:\s+of)?\s+{_MONTH}")
_UNTIL_MONTH_DAY = re.compile(rf"{_UNTIL}{_WEEKDAY}{_MONTH}\s+(?:the\s+)?{_ORD}\b")
_UNTIL_NTH = re.compile(rf"{_UNTIL}{_ORD}\b")
_UNTIL_WORD = re.compile(rf"{_UNTIL}([a-z]+)")


# "sick this week", "no workouts for the rest of the week": until next Monday
_THIS_WEEK = re.compile(r"\b(?:this|(?:for )?the rest of (?:the|this)|all) week\b")


def pause_end(text: str, today: date) -> date | None:
    """The local date workouts come back on, from a pause said with a length, or None."""
    said = " ".join(text.lower().replace("’", "'").split())
    for read in (_until_date, _until_nth, _until_word, _for_length):
        end = read(said, today)
        if end is not None:
            return end if today < end <= today + timedelta(days=MAX_DAYS) else None
    return None


def skip_end(text: str, today: date) -> date | None:
    """A pause's end, or for workouts skipped "this week" ("sick this week, skip"), the
    Monday after; said on a Sunday, the week ahead is meant: the Monday after that."""
    end = pause_end(text, today)
    if end is None and _THIS_WEEK.search(text.lower()):
        return today + timedelta(days=7 - today.weekday() + (7 if today.weekday() == 6 else 0))
    return end


def _for_length(said: str, today: date) -> date | None:
    found = _FOR.search(said)
    if found is None:
        return None
    if found.group(3):  # "a fortnight"
        return today + timedelta(days=14)
    count_word, unit = found.group(1), found.group(2)
    count = int(count_word) if count_word.isdigit() else _NUMBERS[count_word]
    if unit == "month":
        return _add_months(today, count)
    return today + timedelta(days=count * _UNIT_DAYS[unit])


def _until_date(said: str, today: date) -> date | None:
    """ "until 20 december", "till december 20th": that date, next year once it is past."""
    return next_dated(said, ((_UNTIL_DAY_MONTH, True), (_UNTIL_MONTH_DAY, False)), today)


def next_dated(
    said: str,
    patterns: tuple[tuple[re.Pattern[str], bool], ...],
    today: date,
    *,
    today_too: bool = False,
) -> date | None:
    """The first day and month the patterns find (each with whether the day comes first),
    this year's or, once past, next year's; `today_too`: today itself counts."""
    for pattern, day_first in patterns:
        for found in pattern.finditer(said):
            day_s, month_s = found.groups() if day_first else reversed(found.groups())
            month = _MONTHS.get(month_s)
            if month is None:
                continue
            for year in (today.year, today.year + 1):
                day = _date(year, month, int(day_s))
                if day is not None and (day > today or (today_too and day == today)):
                    return day
    return None


def _until_nth(said: str, today: date) -> date | None:
    """ "till the 20th": the next 20th after today (this month's, else next month's)."""
    found = _UNTIL_NTH.search(said)
    if found is None:
        return None
    return nth_after(int(found.group(1)), today)


def nth_after(day: int, today: date) -> date | None:
    """The next `day` of a month after today: this month's, else the next month's."""
    year, month = today.year, today.month
    for _ in range(3):  # a 31st may skip a month
        end = _date(year, month, day)
        if end is not None and end > today:
            return end
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return None


def _until_word(said: str, today: date) -> date | None:
    """ "until monday" (the next Monday after today), "until tomorrow", "until next week"
    (its Monday)."""
    found = _UNTIL_WORD.search(said)
    if found is None:
        return None
    word = found.group(1)
    if word == "tomorrow":
        return today + timedelta(days=1)
    if word == "week":
        return today + timedelta(days=7 - today.weekday())
    weekday = _WEEKDAYS.get(word)
    if weekday is None:
        return None
    return today + timedelta(days=(weekday - today.weekday() - 1) % 7 + 1)


def _date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _add_months(today: date, months: int) -> date:
    month0 = today.month - 1 + months
    year, month = today.year + month0 // 12, month0 % 12 + 1
    return date(year, month, min(today.day, calendar.monthrange(year, month)[1]))
