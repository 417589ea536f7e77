"""Weekdays: reading what people type for their training days, and spreading N days over a
week for the suggested ones. 0 = Monday, as Python counts."""

from __future__ import annotations

import re
import unicodedata

from bot.coach.matcher.text import edit_distance

_MAX_DAYS_INPUT = 200
_DAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DAY_WORDS: dict[str, int] = {
    **{name[:n]: i for i, name in enumerate(_DAY_NAMES) for n in range(2, len(name) + 1)},
    **{name + "s": i for i, name in enumerate(_DAY_NAMES)},
    "weds": 2,
    "thr": 3,
    "thrs": 3,
}
_WEEKDAYS = (0, 1, 2, 3, 4)
_WEEKEND = (5, 6)
_ALL_DAYS = (0, 1, 2, 3, 4, 5, 6)
_GROUP_WORDS: dict[str, tuple[int, ...]] = {
    "weekday": _WEEKDAYS,
    "weekdays": _WEEKDAYS,
    "workdays": _WEEKDAYS,
    "weekend": _WEEKEND,
    "weekends": _WEEKEND,
    "daily": _ALL_DAYS,
    "everyday": _ALL_DAYS,
}
_PHRASES: dict[str, tuple[int, ...]] = {
    "every day": _ALL_DAYS,
    "each day": _ALL_DAYS,
    "all days": _ALL_DAYS,
    "all week": _ALL_DAYS,
    "week days": _WEEKDAYS,
}
_FILLERS = frozenset({"and", "on", "every", "each", "plus", "also", "the"})
# Politeness around the days ("mondays and thursdays thanks", "hey, mon thu please").
_POLITE = frozenset({"please", "pls", "plz", "thanks", "thank", "you", "thx", "ty", "cheers"})
_POLITE |= {"hey", "hi", "hello", "ok", "okay"}
_RANGE_WORDS = frozenset({"-", "to", "through", "thru", "till", "until"})


def parse_days(text: str) -> tuple[int, ...] | None:
    """Sorted weekdays (0 = Monday) from 'mon thu', 'Monday and Thursday', 'mo/th',
    'tue, thu, sat', 'weekdays', 'every day', 'mon-fri', 'fri to mon'…, also with how many
    said before or after them ('3 days, mon wed fri') when that count agrees; None for a
    count alone ('3 days' says how many, not which) and for anything with a word we don't
    know."""
    if len(text) > _MAX_DAYS_INPUT:
        return None
    s = unicodedata.normalize("NFKD", text.casefold())
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = re.sub(r"[,/;:&+|.!]", " ", s)
    s = " ".join(w for w in s.split() if w not in _POLITE)
    counted = _COUNTED.fullmatch(s) or _COUNTED_AFTER.fullmatch(s)
    if counted is None:
        return _named_days(s)
    days = _named_days(counted["days"])
    n = counted["n"]
    return days if days and len(days) == (int(n) if n.isdigit() else _COUNT_WORDS[n]) else None


_FULL_NAMES = frozenset(_DAY_NAMES) | {name + "s" for name in _DAY_NAMES}
# Short names count too in a sentence ("mon wed fri mornings around 7"): three letters or
# more, so "we", "sa" and "su" stay words.
_NAMED = _FULL_NAMES | {word for word in _DAY_WORDS if len(word) >= 3}
# Words that make the days named in a sentence something other than the training days:
# "every day but not friday", "monday or tuesday", "I'm busy on mondays", a question.
_NOT_THE_DAYS = frozenset(
    {"not", "no", "never", "except", "but", "or", "off", "cant", "cannot", "dont", "instead"}
    | {"rest", "busy", "without", "skip", "apart"}
)


def days_in_sentence(text: str) -> tuple[int, ...] | None:
    """The training days said in a sentence around them ("I usually go Monday Wednesday and
    Friday before work, about half six", "tue thu sat 7:30pm"): the stretch from the first
    day name to the
    last, read as days are; None when that stretch holds other words, or when the sentence
    says anything against them or asks."""
    if len(text) > _MAX_DAYS_INPUT or "?" in text:
        return None
    s = unicodedata.normalize("NFKD", text.casefold())
    words = re.sub(r"[^\w\s-]", " ", s.replace("'", "")).split()
    named = [i for i, word in enumerate(words) if word in _NAMED]
    if not named or _NOT_THE_DAYS & set(words):
        return None
    return _named_days(" ".join(words[named[0] : named[-1] + 1]))


def _named_days(s: str) -> tuple[int, ...] | None:
    s = re.sub(r"\s*[-–—]\s*", " - ", s).strip()
    if not s:
        return None
    if s in _PHRASES:
        return _PHRASES[s]
    chosen: set[int] = set()
    previous: int | None = None
    pending_range = False
    for token in s.split():
        if token in _RANGE_WORDS:
            if previous is None or pending_range:
                return None
            pending_range = True
        elif (day := _DAY_WORDS.get(token, _misspelt_day(token))) is not None:
            if pending_range:
                assert previous is not None
                span = (day - previous) % 7
                chosen.update((previous + i) % 7 for i in range(span + 1))
                pending_range = False
            chosen.add(day)
            previous = day
        elif token in _GROUP_WORDS and not pending_range:
            chosen.update(_GROUP_WORDS[token])
            previous = None
        elif token in _FILLERS and not pending_range:
            continue
        else:
            return None
    if pending_range or not chosen:
        return None
    return tuple(sorted(chosen))


def _misspelt_day(token: str) -> int | None:
    """A day's full name typed with a slip or two ("wensday", "thurday", "tuseday"): same
    first letter, within one slip of the name (two from seven letters), one day only."""
    if len(token) < 5 or not token.isalpha() or token in _GROUP_WORDS or token in _FILLERS:
        return None
    limit = 2 if len(token) >= 7 else 1
    near = {
        i
        for i, name in enumerate(_DAY_NAMES)
        for full in (name, name + "s")
        if token[0] == name[0] and edit_distance(token, full, limit) <= limit
    }
    return near.pop() if len(near) == 1 else None


_COUNT_WORDS = {"once": 1, "twice": 2, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
                "six": 6, "seven": 7}  # fmt: skip
_COUNT = re.compile(
    r"(?:about |around |maybe |probably )?(\d|one|two|three|four|five|six|seven|once|twice)"
    r"(?: ?(?:days?|times?|x|sessions?|workouts?))?(?: (?:a|per|each|every|in a) week| weekly)?"
    r"|every (?:other|second) day"
)


_HOW_MANY = (
    r"(?:about |around )?(?P<n>[1-7]|one|two|three|four|five|six|seven|once|twice)"
    r"(?: ?(?:days?|times?|x|sessions?|workouts?))?(?: (?:a|per|each|every|in a) week| weekly)?"
)
# "3 days, mon wed fri", "twice a week: tue and fri", "mon wed fri, 3 days a week" (the
# punctuation already spaces)
_COUNTED = re.compile(rf"{_HOW_MANY} (?:on )?(?P<days>.+)")
_COUNTED_AFTER = re.compile(rf"(?P<days>.+?) {_HOW_MANY}")


def parse_day_count(text: str) -> int | None:
    """How many days a week ('3 days a week', 'twice a week', '4x', 'every other day': 3), for
    an answer that says how many rather than which; None for a bare number ('3': which?)."""
    s = " ".join(re.sub(r"[^\w ]", " ", text.casefold()).split())
    m = _COUNT.fullmatch(s)
    if m is None or s.isdigit() or s in _COUNT_WORDS.keys() - {"once", "twice"}:
        return None
    if m.group(1) is None:
        return 3  # every other day: Mon, Wed, Fri
    count = int(m.group(1)) if m.group(1).isdigit() else _COUNT_WORDS[m.group(1)]
    return count if 1 <= count <= 7 else None


# Spread N days over the week, rest days as evenly as they go; 2 -> Mon + Thu leaves two rest
# days between the sessions (three on the way back round the weekend).
_SPREAD: dict[int, tuple[int, ...]] = {
    1: (0,),
    2: (0, 3),
    3: (0, 2, 4),
    4: (0, 1, 3, 4),
    5: (0, 1, 2, 3, 4),
    6: (0, 1, 2, 3, 4, 5),
    7: _ALL_DAYS,
}


def spread_days(count: int) -> tuple[int, ...]:
    """`count` weekdays (0 = Monday) spread over the week (see the table above): 2 -> Mon,
    Thu; 3 -> Mon, Wed, Fri; 4 -> Mon, Tue, Thu, Fri. How many a goal suggests is written in
    content/goals.yaml."""
    if count not in _SPREAD:
        raise ValueError(f"count must be 1..7, got {count}")
    return _SPREAD[count]


# Days ticked or unticked in words while the days question waits ("drop friday", "add sat too").
_TOGGLED = re.compile(
    r"^(?:please )?(?P<verb>drop|remove|delete|cut|untick|no|not|without|minus|add|plus|tick"
    r"|also)(?: the)? (?P<days>.+?)(?: too| as well| please)?$"
)
_ADDING = frozenset({"add", "plus", "tick", "also"})


def days_toggled(text: str) -> tuple[bool, tuple[int, ...]] | None:
    """(True, days) for days said to be added ("add saturday"), (False, days) for days said
    to be dropped ("drop friday", "no fridays"); None when the text says neither."""
    if len(text) > _MAX_DAYS_INPUT:
        return None
    s = " ".join(re.sub(r"[,/;:&+|.!]", " ", text.casefold()).split())
    said = _TOGGLED.fullmatch(s)
    days = parse_days(said["days"]) if said else None
    return (said["verb"] in _ADDING, days) if said and days else None
