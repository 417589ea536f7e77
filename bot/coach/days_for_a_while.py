"""Training days changed for one week, said in words: "this week can we do wed and sun
instead", "can we change my days to wed and sun this week" (not "from this week": that is
for good; "from next week" is for good from Monday, this week kept as planned); and "back
to normal days" after it, which goes back to the days before the last change
(users.days_history keeps them)."""

from __future__ import annotations

import re

from bot.coach.schedule.from_date import start_said

_THIS_WEEK = re.compile(r"\b(?:for |just )?this week(?: only)?\b", re.IGNORECASE)
# "from this week", "starting this week on": the change from now on, not for one week.
_FROM_THIS_WEEK = re.compile(
    r"\b(?:from|starting|start|since|beginning|as of) this week\b|\bthis week on\b",
    re.IGNORECASE,
)
# "from next week", "starting next week", "next week onwards", "from monday on": the change
# from the coming Monday (the week's start), this week left as planned.
_FROM_NEXT_WEEK = re.compile(
    r"\b(?:(?:from|starting|start|beginning|as of) (?:next week|(?:next |this )?mon(?:day)?)"
    r"(?: on(?:wards?)?)?|next week (?:on(?:wards?)?|and after))\b",
    re.IGNORECASE,
)
# Days not trained said beside it ("from next week i can't do mondays"): no list of days.
_NOT_DAYS = re.compile(r"\b(?:not|no|cant|can't|cannot|except|without|off|busy)\b", re.I)
_WEEKDAY = re.compile(
    r"\b(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(day|nesday|sday|urday|rsday)?s?\b",
    re.IGNORECASE,
)
_A_CHANGE = re.compile(
    r"\b(do|train|training|switch|change|move|instead|make it|go with|swap)\b", re.IGNORECASE
)
_BACK_TO_USUAL = re.compile(
    r"\bback to (?:my |the |our )?(?:normal|usual|regular|old|original|same|standard|own)"
    r"(?: training)? (?:days|schedule|plan|routine|week)\b",
    re.IGNORECASE,
)


def days_this_week(text: str) -> str | None:
    """The days said for this week only, as the days question reads them ("wed sun" of
    "can we do wed and sun instead"), or None when no change of days for this week is said."""
    if not _THIS_WEEK.search(text) or not _A_CHANGE.search(text) or not _WEEKDAY.search(text):
        return None
    if _FROM_THIS_WEEK.search(text):
        return None
    return " ".join(m.group() for m in _WEEKDAY.finditer(text))


def days_from_this_week(text: str) -> str | None:
    """The days said from this week on ("from this week i can go only monday, wednesday and
    friday, can you change?"), for good; None when no such change is said."""
    if not _FROM_THIS_WEEK.search(text) or not _A_CHANGE.search(text):
        return None
    return " ".join(m.group() for m in _WEEKDAY.finditer(text)) or None


def days_from(text: str) -> tuple[str, str] | None:
    """The days said from a later day on ("from next week i can only do tue and fri",
    "starting monday my days are tue and fri", "from the 14th i train wed and sat",
    "next week onwards, tuesdays and fridays please"), without the words that say when, and
    when: "week" (the coming Monday), "monday" (a Monday named: today's, typed on one) or
    "date" (schedule/from_date.py reads it); None when no such change is said."""
    dated = start_said(text.lower())
    said = _FROM_NEXT_WEEK.search(text)
    span = dated or (said.span() if said else None)
    if span is None or _NOT_DAYS.search(text) or _FROM_THIS_WEEK.search(text):
        return None
    rest = text[: span[0]] + " " + text[span[1] :]
    said_as_change = _A_CHANGE.search(rest) or re.search(r"\bdays?\b", rest, re.I)
    if not said_as_change and not _DAYS_ALONE.fullmatch(_WEEKDAY.sub(" ", rest)):
        return None  # "..., tue and fri please": the days alone read too
    if not (days := weekdays_in(rest)):
        return None
    if dated or said is None:
        return days, "date"
    named = said.group().lower()
    return days, "monday" if "mon" in named and "next" not in named else "week"


# What is left of "from next week: tue, fri", "next week onwards, tuesdays and fridays
# please" once the days are out: the days said alone.
_DAYS_ALONE = re.compile(
    r"[\s,:;.!&+/-]*(?:(?:and|please|pls|only|just|then|on|onwards?)\b[\s,:;.!&+/-]*)*", re.I
)


# The days of a while kept for good: "i want always monday wednesday friday, not only this
# week", "keep these days from now on".
_FOR_GOOD = re.compile(
    r"\b(?:always|for good|every week|permanent(?:ly)?|from now on|for ever|forever"
    r"|not (?:only|just) (?:for )?this week)\b",
    re.IGNORECASE,
)


def weekdays_in(text: str) -> str:
    """The weekdays named, as typed, in order ("monday wednesday friday")."""
    return " ".join(m.group() for m in _WEEKDAY.finditer(text))


def for_good_said(text: str) -> bool:
    """ "not only this week", "always", "from now on": the days of a while kept."""
    return _FOR_GOOD.search(text) is not None


def back_to_usual_days(text: str) -> bool:
    """ "back to normal days next week", "back to my usual schedule"."""
    return _BACK_TO_USUAL.search(text) is not None


# "cancel that change", "undo the change": a change of days waiting, called off.
_CALL_OFF = re.compile(
    r"\b(?:cancel|undo|scrap|forget|drop|call off|never ?mind)\b(?: (?:that|the|this|my))?"
    r"(?: (?:days?|new days))? (?:change|switch)\b",
    re.IGNORECASE,
)


def called_off(text: str) -> bool:
    """ "cancel that change", "back to my usual days": a change of days waiting kept off."""
    return _CALL_OFF.search(text) is not None or back_to_usual_days(text)
