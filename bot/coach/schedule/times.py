"""Reading what people type for a time of day.

Bare numbers ("7", "18", "630") are rejected: "7" may mean 07:00 or 19:00, and guessing
wrong means a push at the wrong end of the day, so the bot asks which one was meant.
Four digits ("0630", "1830") read as a 24-hour clock.
"""

from __future__ import annotations

import re
from datetime import time

_MAX_TIME_INPUT = 32
_H12_RE = re.compile(r"(\d{1,2})(?:[:.]?(\d{2}))? ?(am|pm)")  # "6:30pm", "630pm"
_H24_RE = re.compile(r"(\d{1,2})[:.h](\d{2})")
_HOUR_H_RE = re.compile(r"(\d{1,2})h")  # "18h", "7h": the 24-hour "h" style
_MILITARY_RE = re.compile(r"(\d{2})(\d{2})")
_WORDS = {"noon": time(12, 0), "midday": time(12, 0), "midnight": time(0, 0)}


# Words around a time that change nothing ("around 6pm", "7am please"), and the part of the
# day said in words ("7 in the morning", "6 in the evening").
_AROUND = re.compile(r"^(?:at |around |about |by |approx\.? |roughly |maybe )+|(?:ish|,? please)$")
_PART_OF_DAY = re.compile(
    r"^(\d{1,2}(?:[:.]\d{2})?) ?(?:o ?clock )?(?:in the (morning|afternoon|evening)|at night)$"
)


# A time said the British way or in words: "half six" and "half past six" are 6:30 (as
# "6:30" is), "quarter to seven" 6:45, "six thirty" 6:30.
_HOUR_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
               "eleven", "twelve")  # fmt: skip
_HOUR = r"(1[0-2]|[1-9]|" + "|".join(_HOUR_WORDS) + r")"
_SPOKEN = re.compile(
    rf"\b(?:(?P<part>half|quarter) (?P<dir>past |to )?{_HOUR}|{_HOUR} (?P<min>thirty|fifteen|"
    r"forty[ -]five))\b"
)
_MINUTES = {"half": 30, "quarter": 15, "thirty": 30, "fifteen": 15}


def _hour_of(word: str) -> int:
    return int(word) if word.isdigit() else _HOUR_WORDS.index(word) + 1


def _spoken(m: re.Match[str]) -> str:
    if m["part"] is None:
        hour, minute = _hour_of(m[4]), _MINUTES.get(m["min"], 45)
    elif m["part"] == "half" and m["dir"] == "to ":
        return m[0]  # "half to six" says nothing clear
    elif m["dir"] == "to ":
        hour, minute = _hour_of(m[3]) - 1 or 12, 45
    else:
        hour, minute = _hour_of(m[3]), _MINUTES[m["part"]]
    return f"{hour}:{minute:02d}"


def _clean_time_text(text: str) -> str:
    s = re.sub(r"\s+", " ", text.strip().casefold()).replace("'", " ")
    s = _SPOKEN.sub(_spoken, s)
    s = re.sub(r"(?<![a-z])([ap])\.? ?m\.?(?=$| )", r"\1m", s)  # a.m. / p. m. / pm. -> am / pm
    s = _AROUND.sub("", s).strip()
    if m := _PART_OF_DAY.fullmatch(s):
        hour = int(re.split(r"[:.]", m.group(1))[0])
        late = m.group(2) != "morning" and not (m.group(2) is None and hour == 12)
        s = m.group(1) + ("pm" if late else "am")  # "12 at night" is midnight
    return s


# A time that can't be misread, inside other words: "evenings around 6pm", "after work, 17:30".
_TIME_IN_WORDS = re.compile(
    r"(?<![\w:.])(\d{1,2}(?:[:.]?\d{2})? ?(?:am|pm)|\d{1,2}[:.h]\d{2})(?![\w:.])"
    r"|\b(noon|midday|midnight)\b"
)
_MAX_SENTENCE_INPUT = 120
# The part of the day said after an hour inside a sentence: "10 in the morning would suit me
# best", "ten o'clock in the morning is good".
_PART_OF_DAY_IN_WORDS = re.compile(
    rf"(?<![\w:.])(\d{{1,2}}(?:[:.]\d{{2}})?|{'|'.join(_HOUR_WORDS)}) ?(?:o ?clock )?"
    r"(?:in the (morning|afternoon|evening)|at night)\b"
)

# A time said as the one not meant: "I meant 10 am, not noon", "7pm instead of 6pm".
_NOT_THIS = re.compile(r"\b(?:not|instead of|rather than)\s+(?:at\s+)?$")


def _part_of_day_said(m: re.Match[str]) -> str:
    said = m.group(1)
    clock = said if said[0].isdigit() else str(_hour_of(said))
    hour = int(re.split(r"[:.]", clock)[0])
    late = m.group(2) != "morning" and not (m.group(2) is None and hour == 12)
    return clock + ("pm" if late else "am")


def parse_time_of_day(text: str) -> time | None:
    """A wall-clock time from '18:30', '6:30 pm', '6pm', '18h30', '18.30', '0630', 'noon'…,
    alone or as the one clear time in a sentence ("evenings, around 6pm"); None for bare hours
    (ambiguous, see above), anything invalid ('25:99', '13 pm') and two different times."""
    whole = _parse_alone(text)
    if whole is not None or len(text) > _MAX_SENTENCE_INPUT:
        return whole
    s = _PART_OF_DAY_IN_WORDS.sub(_part_of_day_said, _clean_time_text(text))
    said = list(_TIME_IN_WORDS.finditer(s))
    kept = [m for m in said if not _NOT_THIS.search(s, 0, m.start())]
    found = {_parse_alone(m.group(0)) for m in (kept or said)}
    if not found:
        return _hour_by_part_of_day(s)
    return found.pop() if len(found) == 1 else None


# A bare hour made clear by the part of the day said beside it: "mornings around 7",
# "evenings at 6", "7ish in the morning". One hour, one part of the day, or no guess.
_BARE_HOUR = re.compile(r"\b(?:around|about|at|by|from|say|like) (\d{1,2})\b|\b(\d{1,2}) ?ish\b")
_PARTS = {
    "am": re.compile(r"\bmornings?\b|\bbefore work\b|\bearly\b"),
    "pm": re.compile(r"\b(?:evenings?|nights?|afternoons?|after work|tonight)\b"),
}


def _hour_by_part_of_day(s: str) -> time | None:
    hours = {int(m[1] or m[2]) for m in _BARE_HOUR.finditer(s)}
    if {int(n) for n in re.findall(r"\d+", s)} != hours:
        return None  # "mornings at 6 or 7", "3 days, evenings at 6": which number is it?
    parts = [half for half, words in _PARTS.items() if words.search(s)]
    if len(hours) != 1 or len(parts) != 1 or not 1 <= (hour := hours.pop()) <= 12:
        return None
    if hour == 12 and parts[0] == "am":
        return None  # "mornings around 12": noon or midnight, not said
    return time(hour % 12 + (12 if parts[0] == "pm" else 0), 0)


def _parse_alone(text: str) -> time | None:
    if len(text) > _MAX_TIME_INPUT:
        return None
    s = _clean_time_text(text)
    if s in _WORDS:
        return _WORDS[s]
    if m := _H12_RE.fullmatch(s):
        hour, minute = int(m.group(1)), int(m.group(2) or 0)
        if not 1 <= hour <= 12 or minute > 59:
            return None
        return time(hour % 12 + (12 if m.group(3) == "pm" else 0), minute)
    if m := (_H24_RE.fullmatch(s) or _MILITARY_RE.fullmatch(s)):
        hour, minute = int(m.group(1)), int(m.group(2))
    elif m := _HOUR_H_RE.fullmatch(s):
        hour, minute = int(m.group(1)), 0
    else:
        return None
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


# A bare hour said in a change ("can u send it at 5 instead"): asked am or pm, never guessed.
_BARE_HOUR_SAID = re.compile(
    r"\b(?:at|to|for|around|by)\s+(\d{1,2})\b(?!\s*(?:[:.h]\d|am\b|pm\b|a\.m|p\.m|o ?clock))"
)


def bare_hour_in(text: str) -> int | None:
    """The one hour from 1 to 12 said bare after "at", "to"… in a sentence; None otherwise."""
    hours = {int(m[1]) for m in _BARE_HOUR_SAID.finditer(text.casefold())}
    return hours.pop() if len(hours) == 1 and 1 <= min(hours) <= 12 else None
