"""When a typed log says its sets were done: "squats 40kg 10 10 10 yesterday", "last night:
RDL 3x8 40kg", "on monday I did hip thrusts 3x10 at 60", "2 days ago", "on 28 nov". The day
is found in the person's local today (passed in) and its words are cut from the text, so
neither the exercise's name nor its numbers take them in ("28 nov" is no set of 28).

A weekday alone is the most recent such day, today included ("monday" said on a Monday is
today); "last monday" is the one before today. "this morning", "tonight" and "today" are
today. Days ahead ("tomorrow", "next friday") are returned as such: the caller says what it
can log instead. Nothing here knows how far back a log may go.

A date in numbers ("on 28/11", "28.11: ...", "28/11/2026") is read only after "on", with a
year, or before a colon opening the message: "squats 12/10 at 40" is sets of 12 and 10, and
"12.5: 10 10 10" a load. Its order is plain when one number is over 12; else day first, or
month first for a person in the Americas (`month_first`). One that is no real date (31/02) is
no day said.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# Short names only where a day fits: after "on" / "last" / "log", at the start or before a
# colon ("sat: hip thrust ..."), or as "fri's workout": "sat" and "sun" are other words too.
_SHORT = {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4,
          "sat": 5, "sun": 6}  # fmt: skip
_MONTH_NAMES = (("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
                ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
                ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
                ("dec", "december"))  # fmt: skip
_MONTHS = {name: i + 1 for i, names in enumerate(_MONTH_NAMES) for name in names}
_COUNTS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_ORD = r"(?:st|nd|rd|th)?"
_DAY_RE = re.compile(
    r"(?<![\w-])(?:"
    r"(?P<before>(?:the\s+)?day\s+before\s+yesterday)"
    rf"|(?P<yesterday>yesterday{_PART}|last\s+night|last\s+evening)"
    r"|(?P<today>(?:earlier\s+)?today|this\s+(?:morning|afternoon|evening)|tonight)"
    r"|(?P<tomorrow>tomorrow|next\s+week)"
    rf"|(?P<ago>\d{{1,2}}|{'|'.join(_COUNTS)}|a)\s+(?P<span>days?|weeks?)\s+ago"
    r"|(?P<lastweek>last\s+week)"
    rf"|(?:on\s+)?(?:the\s+)?(?P<dnum>\d{{1,2}}){_ORD}(?:\s+of)?\s+(?P<mon1>{_MONTH})\b\.?"
    rf"|(?:on\s+)?(?P<mon2>{_MONTH})\.?\s+(?P<dnum2>\d{{1,2}}){_ORD}\b(?!\s*(?:x|kg|lb|reps?))"
    rf"|on\s+the\s+(?P<dnum3>\d{{1,2}})(?:st|nd|rd|th)\b(?!\s*(?:sets?|reps?))"
    rf"|on\s+(?:the\s+)?(?P<on_a>\d{{1,2}})(?P<on_sep>[/.-])(?P<on_b>\d{{1,2}})"
    rf"(?:(?P=on_sep)(?P<on_y>\d{{4}}|\d{{2}}))?(?![/.-]\d)\.?"
    rf"|(?P<yr_a>\d{{1,2}})(?P<yr_sep>[/.-])(?P<yr_b>\d{{1,2}})(?P=yr_sep)(?P<yr_y>\d{{4}})(?![/.-]\d)"
    rf"|^\s*(?P<co_a>\d{{1,2}})(?:/(?P<co_b>\d{{1,2}})|\.(?P<co_b2>\d{{2}})\.?)(?=\s*:)"
    rf"|(?P<which>on\s+|last\s+|this\s+past\s+|past\s+|this\s+|next\s+)?"
    rf"(?P<wd>{'|'.join(_WEEKDAYS)}){_PART}"
    rf"|(?P<which2>on|last|next)\s+(?P<short>{'|'.join(_SHORT)})\b\.?{_PART}"
    rf"|(?:(?<=\blog\s)|(?<=\bfor\s)|(?<=\bfrom\s)|(?<=^)|(?<=^\s))"
    rf"(?P<short2>{'|'.join(_SHORT)})\b\.?(?=\s*[:,])"
    rf"|(?<=\blog\s)(?P<short3>{'|'.join(_SHORT)})\b\.?"
    rf"|(?P<short4>{'|'.join(_SHORT)})(?=['’]s\s+(?:workout|session|sesh|training|lifts?)\b)"
    r")(?![\w-])",
    re.IGNORECASE,
)
_LEFT_OVER = re.compile(r"^[\s,:;.\-–—]+|[\s,:;\-–—]+$")


@dataclass(frozen=True)
class SaidDay:
    """The day a text says its sets were done, and the words that said it."""

    day: date
    words: str  # as typed, e.g. "last night", "on Monday"
    bare_today: bool = False  # only "today": a word the set grammar already passes over


# Zones of the countries that write dates month first ("11/28"): the US, Canada, the
# Philippines (zone.tab's US, CA, PH, PR, GU zones, and their old names). Elsewhere in the
# Americas (São Paulo, Mexico City, Buenos Aires) the day comes first, as in Europe.
_MONTH_FIRST_ZONES = """Adak Anchorage Atikokan Blanc-Sablon Boise Cambridge_Bay Chicago Creston
    Dawson
    Dawson_Creek Denver Detroit Edmonton Fort_Nelson Glace_Bay Goose_Bay Halifax
    Indiana/Indianapolis Indiana/Knox Indiana/Marengo Indiana/Petersburg Indiana/Tell_City
    Indiana/Vevay Indiana/Vincennes Indiana/Winamac Inuvik Iqaluit Juneau Kentucky/Louisville
    Kentucky/Monticello Los_Angeles Menominee Metlakatla Moncton New_York Nome
    North_Dakota/Beulah North_Dakota/Center North_Dakota/New_Salem Phoenix Puerto_Rico
    Rankin_Inlet Regina Resolute Sitka St_Johns Swift_Current Toronto Vancouver Whitehorse
    Winnipeg Yakutat Montreal Indianapolis Fort_Wayne Louisville Knox_IN Atka Shiprock
    Nipigon Thunder_Bay Rainy_River Yellowknife Pangnirtung"""
_MONTH_FIRST = frozenset(_MONTH_FIRST_ZONES.split())


def month_first(tz: str) -> bool:
    """Whether a person in time zone `tz` writes a date month first ("11/28")."""
    area, _, place = tz.partition("/")
    if area in ("US", "Canada"):
        return True
    if area == "America":
        return place in _MONTH_FIRST
    return tz in ("Asia/Manila", "Pacific/Guam", "Pacific/Honolulu", "Navajo")


def day_said(text: str, today: date, *, month_first: bool = False) -> tuple[SaidDay | None, str]:
    """The day `text` names (None: none) and the text without its words; a date in numbers
    whose order is open is read month first when `month_first`."""
    for m in _DAY_RE.finditer(text):
        day = _numeric_day(m, today, month_first) if _numbers(m) else _day_of(m, today)
        if day is None:
            continue
        cut = _tidy(text[: m.start()] + " " + text[m.end() :])
        words = " ".join(m.group().split())
        return SaidDay(day, words, words.lower() == "today"), cut
    return None, text


def _day_of(m: re.Match[str], today: date) -> date | None:
    if m["before"]:
        return today - timedelta(days=2)
    if m["yesterday"]:
        return today - timedelta(days=1)
    if m["today"]:
        return today
    if m["tomorrow"]:
        return today + timedelta(days=1 if m["tomorrow"].lower() == "tomorrow" else 7)
    if m["ago"]:
        n = _count(m["ago"])
        return today - timedelta(days=n * (7 if m["span"].lower().startswith("w") else 1))
    if m["lastweek"]:
        return today - timedelta(days=7)
    if m["dnum"] or m["dnum2"]:
        month = _MONTHS[(m["mon1"] or m["mon2"]).lower()]
        return _recent_date(today, month, int(m["dnum"] or m["dnum2"]))
    if m["dnum3"]:
        return _recent_date(today, None, int(m["dnum3"]))
    if m["wd"]:
        return _weekday(today, _WEEKDAYS.index(m["wd"].lower()), m["which"])
    short = m["short"] or m["short2"] or m["short3"] or m["short4"]
    return _weekday(today, _SHORT[short.lower()], m["which2"])


def _numbers(m: re.Match[str]) -> bool:
    return bool(m["on_a"] or m["yr_a"] or m["co_a"])


def _numeric_day(m: re.Match[str], today: date, month_first: bool) -> date | None:
    """ "28/11", "11/28", "28.11.2026": the day and month in the order that makes a date."""
    a = int(m["on_a"] or m["yr_a"] or m["co_a"])
    b = int(m["on_b"] or m["yr_b"] or m["co_b"] or m["co_b2"])
    year = m["on_y"] or m["yr_y"]
    if a > 12 and b > 12:
        return None
    day, month = (b, a) if b > 12 or (month_first and a <= 12) else (a, b)
    if year is None:
        return _recent_date(today, month, day)
    return _date(int(year) + (2000 if len(year) == 2 else 0), month, day)


def _count(word: str) -> int:
    word = word.lower()
    if word == "a":
        return 1
    return int(word) if word.isdigit() else _COUNTS.index(word) + 1


def _weekday(today: date, weekday: int, which: str | None) -> date:
    back = (today.weekday() - weekday) % 7
    said = (which or "").lower().split()
    if said[:1] == ["next"]:
        return today + timedelta(days=(weekday - today.weekday()) % 7 or 7)
    if said[:1] == ["last"] or "past" in said:
        back = back or 7  # "last monday" on a Monday: a week ago
    return today - timedelta(days=back)


def _recent_date(today: date, month: int | None, day: int) -> date | None:
    """`day` of `month` (None: of this month, else the last one that has it) as said: this
    year's, or last year's when this year's is months ahead ("30 dec" said on 2 Jan)."""
    if month is None:
        for back in range(3):
            y, mo = divmod(today.year * 12 + today.month - 1 - back, 12)
            found = _date(y, mo + 1, day)
            if found is not None and found <= today:
                return found
        return None
    found = _date(today.year, month, day)
    if found is not None and (found - today).days > 180:
        found = _date(today.year - 1, month, day)
    return found


def _date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _tidy(text: str) -> str:
    text = re.sub(r"\s+([,:;.])", r"\1", " ".join(text.split()))
    text = re.sub(r"([,:;])(?:\s*[,:;])+", r"\1", text)
    return _LEFT_OVER.sub("", text)
