"""Kit said for a while away: "in a hotel gym next week, only dumbbells up to 30kg".

Those days are planned as with no equipment (Place.BODYWEIGHT: single-leg hip thrusts, split
squats, lunges, Nordics), a dumbbell held where a card takes one, never past the heaviest
said; the usual plan is back the day after. Only dumbbells said as all there is count: "the
hotel gym has dumbbells" alone may have a barbell too, and keeps the plan.

Pure: text and today in, an Away (or None) out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta

from bot.coach.profile import Away, Place, Profile, Unit
from bot.coach.schedule.pause_end import pause_end

# Somewhere other than the usual place, for a while.
_AWAY = re.compile(
    r"\b(hotel|travell?ing|travel|trip|away|vacation|holiday|holidays|staying|visiting|airbnb"
    r"|parents|parents'|mums|moms|family|camping|cabin|out of town)\b"
)
# Nothing to train with there: "no gym", "no equipment", "bodyweight only". Said with its days
# ("next week", "this week", "until sunday", "for 10 days"), never of a habit ("I travel a
# lot, mostly hotel rooms with no equipment").
_NOTHING = re.compile(
    r"\b(no (gym|equipment|weights|kit|gear)( access)?|without (a |any )?(gym|equipment|weights)"
    r"|(bodyweight|body weight) only|only (bodyweight|body weight|my body ?weight)"
    r"|(won't|will not|wont|don't|do not|dont) have (a |any )?(gym|equipment|weights))\b"
)
_DAYS_SAID = re.compile(
    r"\b(next week|this week|week after|until|till|til|for (\d+|a|one|two|a few) (days?|weeks?))\b"
)
_DUMBBELLS = r"(dumb+ells?|dumbells?|dbs?)"
# Dumbbells said as all there is.
_ONLY = re.compile(
    rf"\b(only|just)( (have|has|got|had))?( (some|a few|a pair of|a rack of|the|a set of))?"
    rf" {_DUMBBELLS}\b|\b{_DUMBBELLS} only\b|\bnothing but {_DUMBBELLS}\b"
)
# The heaviest there: "up to 30kg", "max 25 kg", "30kg max", "heaviest is 60 lb".
_MOST = re.compile(
    r"\b(?:up to|upto|max(?:imum)?(?: of)?|at most|no more than|heaviest(?: is| one is)?|to)"
    r" ?(\d{1,3}(?:[.,]\d+)?) ?(kg|kgs|kilos?|lbs?|pounds?)?\b"
    r"|\b(\d{1,3}(?:[.,]\d+)?) ?(kg|kgs|kilos?|lbs?|pounds?) (?:max|tops|at most)\b"
)
_NEXT_WEEK = re.compile(r"\bnext week\b")
# The week after next: "and the week after I'm camping", "the week after next".
_WEEK_AFTER = re.compile(r"\b(the )?week after( next| that)?\b")
# Next week's said, then the week after's, in one message.
_THEN_WEEK_AFTER = re.compile(r"[,;.]? ?\b(and |then |and then )?(the )?week after( that| next)?\b")
NOTHING_HELD = 0.0  # Away.most with no equipment at all: no load is planned there
# Back before the days away are over: "back home", "back at my gym", "back from the hotel".
_BACK = re.compile(
    r"\bback (home|at (my |the )?(gym|home)|to (my |the )?gym|from (the |my |a )?(hotel|trip"
    r"|travels?|travell?ing|vacation|holidays?|airbnb))\b"
)


# A gym there after all, said of a while away kept: "actually the hotel has a full gym".
_GYM_THERE = re.compile(
    r"\b(full|proper|real|normal|regular|complete|whole) gym\b|\bgym after all\b"
    r"|\bhas (a |an )?(gym|barbell|squat rack)\b|\bthere'?s (a |an )?(gym|barbell)\b"
)


def gym_there_said(text: str) -> bool:
    """A gym said to be there after all ("actually the hotel has a full gym")."""
    said = " ".join(text.lower().replace("’", "'").split())
    return bool(_GYM_THERE.search(said)) and not _ONLY.search(said) and not _NOTHING.search(said)


def most_said(text: str, unit: Unit) -> tuple[float, Unit] | None:
    """The heaviest dumbbell said again ("sorry, I meant dumbbells up to 40 lb")."""
    said = " ".join(text.lower().replace("’", "'").split())
    if not re.search(rf"\b{_DUMBBELLS}\b", said) or len(re.findall(r"\d+", said)) != 1:
        return None  # a set log with dumbbells ("db split squat 2x10 to 30 lb") is no such thing
    most, most_unit = _most(said, unit)
    return (most, most_unit) if most is not None and most_unit is not None else None


def back_said(text: str) -> bool:
    """Back at the usual place, said in words ("back home now", "back at my gym")."""
    return bool(_BACK.search(" ".join(text.lower().replace("’", "'").split())))


def away_said(text: str, today: date, unit: Unit) -> Away | None:
    """The kit a message says is all there is for a while away, with its days; None when
    it says no such thing. `unit`: the person's, for a load said without one."""
    said = " ".join(text.lower().replace("’", "'").split())
    if not _AWAY.search(said):
        return None
    if _ONLY.search(said):
        first, last = _days(said, today)
        return _kit(said, first, last, unit)
    if _NOTHING.search(said) and _DAYS_SAID.search(said):
        first, last = _days(said, today)
        return Away(first, last, Place.BODYWEIGHT, NOTHING_HELD, unit)
    return None


def aways_said(text: str, today: date, unit: Unit) -> tuple[Away, ...]:
    """Each while away a message says: one, or next week's and the week after's ("hotel
    next week, only dumbbells up to 50 lb, and the week after no gym at all")."""
    said = " ".join(text.lower().replace("’", "'").split())
    split = _THEN_WEEK_AFTER.search(said)
    head = said[: split.start()] if split else ""
    first = away_said(head, today, unit) if split else None
    if split is not None and first is None and _NEXT_WEEK.search(head):
        # "traveling next week and the week after, no gym": both weeks, the kit said once
        both = away_said(f"{head} {said[split.end() :]}", today, unit)
        if both is not None:
            week = timedelta(days=7)
            return (both, replace(both, first=both.first + week, last=both.last + week))
    if split is None or first is None or not _NEXT_WEEK.search(head):
        one = away_said(said, today, unit)
        return (one,) if one else ()
    monday = first.first + timedelta(days=7)
    rest = said[split.end() :]
    if _ONLY.search(rest):
        return (first, _kit(rest, monday, monday + timedelta(days=6), unit))
    if _NOTHING.search(rest):
        after = Away(monday, monday + timedelta(days=6), Place.BODYWEIGHT, NOTHING_HELD, unit)
        return (first, after)
    return (first,)


def _kit(said: str, first: date, last: date, unit: Unit) -> Away:
    """Dumbbells only, from `first` to `last`, up to the heaviest said."""
    most, most_unit = _most(said, unit)
    return Away(first, last, Place.BODYWEIGHT, most, most_unit)


def _days(said: str, today: date) -> tuple[date, date]:
    """The days away: next week's Monday to Sunday, up to the day before a return said
    ("until sunday", "for 5 days"), else the rest of this week."""
    if _WEEK_AFTER.search(said) and not re.search(r"\b(until|till|til)\b", said):
        monday = today - timedelta(days=today.weekday()) + timedelta(days=14)
        return monday, monday + timedelta(days=6)
    if _NEXT_WEEK.search(said) and not re.search(r"\b(until|till|til)\b", said):
        monday = today - timedelta(days=today.weekday()) + timedelta(days=7)
        return monday, monday + timedelta(days=6)
    back = pause_end(said, today)
    if back is not None and back > today:
        return today, back - timedelta(days=1)
    return today, today + timedelta(days=6 - today.weekday())


def _most(said: str, unit: Unit) -> tuple[float | None, Unit | None]:
    found = _MOST.search(said)
    if found is None:
        return None, None
    number = found.group(1) or found.group(3)
    word = found.group(2) or found.group(4)
    load = float(number.replace(",", "."))
    if load <= 0:
        return None, None
    if word is None:
        return load, unit
    return load, Unit.LB if word.startswith(("lb", "pound")) else Unit.KG


def kept_with(aways: Sequence[Away], said: Away, today: date) -> tuple[Away, ...]:
    """The whiles away kept once `said` is: those over before today are dropped, and the days
    `said` holds are its own (an earlier one said for them keeps only its other days)."""
    out = [said]
    for away in aways:
        if away.last < today:
            continue
        if away.first < said.first:
            out.append(replace(away, last=min(away.last, said.first - timedelta(days=1))))
        if away.last > said.last:
            out.append(replace(away, first=max(away.first, said.last + timedelta(days=1))))
    return tuple(sorted(out, key=lambda x: x.first))


def away_next(profile: Profile, day: date) -> Away | None:
    """The while away the next training day after `day` falls in, when it starts after
    `day`: the last workout before it says it is coming."""
    for n in range(1, 15):
        ahead = day + timedelta(days=n)
        if ahead.weekday() in profile.days:
            away = profile.away_on(ahead)
            return away if away is not None and away.first > day else None
    return None


def away_soon(aways: Sequence[Away], after: date, days: int = 7) -> Away | None:
    """The first while away starting in the `days` after `after`."""
    return next((a for a in aways if after < a.first <= after + timedelta(days=days)), None)
