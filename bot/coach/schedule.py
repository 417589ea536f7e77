"""Schedule math: the next push instant, local dates, missed pushes, and parsing what people
type for a time zone, a time of day and their training days.

Pure functions: time comes in as arguments, nothing reads the clock.

DST rules for `next_push_at` (chosen, not inherited from zoneinfo's fold=0 arithmetic):
- a push time that does not exist on a date (spring-forward gap, e.g. 02:30 in Europe/Berlin
  on 2026-03-29) fires at the first valid local minute after the gap (03:00 local), which is
  the transition instant itself; if the gap swallows the rest of that local date (Pacific/Apia
  skipped 2011-12-30), that date has no push;
- a push time that occurs twice (fall-back) fires once, at the first occurrence (fold=0);
- at most one push per local date, whatever the zone does.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from bot.coach.profile import Goal

# ---------------------------------------------------------------------------------------------
# Next push instant


def _zone(tz: str) -> ZoneInfo:
    try:
        return ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(f"unknown time zone {tz!r}") from exc


def _require_aware(value: datetime, name: str) -> None:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{name} must be timezone-aware, got {value!r}")


def _resolve_local(day: date, at: time, zone: ZoneInfo) -> datetime | None:
    """The UTC instant at which the wall clock in `zone` reads `at` on `day` (see module rules)."""
    naive = datetime.combine(day, at.replace(tzinfo=None, fold=0))
    first = naive.replace(tzinfo=zone, fold=0).astimezone(UTC)
    if first.astimezone(zone).replace(tzinfo=None) == naive:
        return first  # exists (fold=0 is the first of two occurrences on fall-back days)
    # In a gap: fold=1 applies the post-transition offset and lands before the transition,
    # fold=0 the pre-transition offset and lands after it. Bisect for the transition instant.
    lo = naive.replace(tzinfo=zone, fold=1).astimezone(UTC)
    hi = first
    before = lo.astimezone(zone).utcoffset()
    lo_s, hi_s = int(lo.timestamp()), int(hi.timestamp())
    while hi_s - lo_s > 1:
        mid = (lo_s + hi_s) // 2
        if datetime.fromtimestamp(mid, UTC).astimezone(zone).utcoffset() == before:
            lo_s = mid
        else:
            hi_s = mid
    fire = datetime.fromtimestamp(hi_s, UTC)
    return fire if fire.astimezone(zone).date() == day else None


def next_push_at(days: Sequence[int], push_time: time, tz: str, after: datetime) -> datetime | None:
    """First instant strictly after `after` when the clock in `tz` reads `push_time` on one of
    `days` (0 = Monday). Returns an aware UTC datetime, or None when `days` is empty.

    `push_time` is a wall-clock time; any tzinfo on it is ignored.
    """
    _require_aware(after, "after")
    wanted = set(days)
    if not wanted:
        return None
    if not wanted <= set(range(7)):
        raise ValueError(f"weekdays must be 0..6, got {sorted(wanted)}")
    zone = _zone(tz)
    start = after.astimezone(zone).date()
    # 7 days always hold one of the weekdays; 14 covers a date lost to a whole-day gap.
    for offset in range(15):
        day = start + timedelta(days=offset)
        if day.weekday() not in wanted:
            continue
        instant = _resolve_local(day, push_time, zone)
        if instant is not None and instant > after:
            return instant
    return None  # unreachable with real zones


def local_date(instant: datetime, tz: str) -> date:
    """The calendar date the wall clock in `tz` shows at `instant`."""
    _require_aware(instant, "instant")
    return instant.astimezone(_zone(tz)).date()


def push_policy(due_at: datetime, now: datetime, tz: str) -> Literal["send", "skip"]:
    """A push missed while the bot was down goes out late on the same local date, else not at
    all: yesterday's workout arriving this morning would only confuse."""
    return "send" if local_date(now, tz) == local_date(due_at, tz) else "skip"


# ---------------------------------------------------------------------------------------------
# Time zone input

_MAX_ZONE_INPUT = 64
_REGIONS = frozenset(
    {"Africa", "America", "Antarctica", "Arctic", "Asia", "Atlantic", "Australia", "Europe",
     "Indian", "Pacific"}
)  # fmt: skip
_NOT_ZONES = frozenset({"Factory", "localtime", "posixrules"})
_FIXED_NAMES = frozenset(
    {"utc", "uct", "gmt", "gmt0", "gmt+0", "gmt-0", "greenwich", "universal", "zulu",
     "est", "mst", "hst"}
)  # fmt: skip

# Big cities without their own tz database entry, and common abbreviations, as normalised keys.
_ALIAS_GROUPS: dict[str, str] = {
    "America/New_York": "boston|miami|atlanta|washington|washington dc|philadelphia|nyc|orlando|"
    "charlotte|pittsburgh|baltimore|cleveland|tampa|et|est|edt|eastern",
    "America/Chicago": "dallas|houston|austin|san antonio|minneapolis|new orleans|nashville|"
    "kansas city|st louis|saint louis|milwaukee|ct|cst|cdt|central",
    "America/Denver": "salt lake city|albuquerque|el paso|mt|mdt|mountain",
    "America/Los_Angeles": "seattle|san francisco|sf|san diego|san jose|las vegas|portland|"
    "sacramento|la|pt|pst|pdt|pacific",
    "Pacific/Honolulu": "hst",
    "America/Toronto": "montreal|ottawa|quebec",
    "America/Edmonton": "calgary",
    "America/Sao_Paulo": "rio|rio de janeiro|brasilia|belo horizonte",
    "America/Mexico_City": "guadalajara",
    "Europe/Berlin": "munich|hamburg|frankfurt|cologne|stuttgart|dusseldorf|cet|cest",
    "Europe/Madrid": "barcelona|valencia|seville|malaga",
    "Europe/Rome": "milan|naples|florence|venice|turin",
    "Europe/Paris": "lyon|marseille|nice|toulouse",
    "Europe/London": "manchester|birmingham|liverpool|leeds|edinburgh|glasgow|bst",
    "Europe/Moscow": "st petersburg|saint petersburg|msk",
    "Europe/Warsaw": "krakow|cracow",
    "Europe/Lisbon": "porto",
    "Europe/Amsterdam": "rotterdam",
    "Asia/Kolkata": "delhi|new delhi|mumbai|bombay|bangalore|bengaluru|chennai|hyderabad|pune",
    "Asia/Shanghai": "beijing|shenzhen|guangzhou|chengdu",
    "Asia/Tokyo": "osaka|kyoto|yokohama|jst",
    "Asia/Seoul": "busan|kst",
    "Asia/Dubai": "abu dhabi",
    "Asia/Jerusalem": "tel aviv",
    "Asia/Ho_Chi_Minh": "saigon",
    "Asia/Bangkok": "hanoi",
    "Australia/Sydney": "canberra|aest|aedt",
    "Australia/Brisbane": "gold coast",
    "Pacific/Auckland": "wellington",
    "Africa/Johannesburg": "cape town|pretoria|durban",
}
_ALIASES: dict[str, str] = {
    key: zone for zone, keys in _ALIAS_GROUPS.items() for key in keys.split("|")
}

# Offsets that are not whole hours have no Etc/ zone: use a zone that keeps that offset.
# St John's, Lord Howe and Chatham observe DST; the -02:30 and +13:45 entries are their
# summer offsets, so someone typing either gets the place that uses it.
_ODD_OFFSETS: dict[int, str] = {
    5 * 60 + 30: "Asia/Kolkata",
    5 * 60 + 45: "Asia/Kathmandu",
    -(3 * 60 + 30): "America/St_Johns",
    -(2 * 60 + 30): "America/St_Johns",
    9 * 60 + 30: "Australia/Darwin",
    3 * 60 + 30: "Asia/Tehran",
    4 * 60 + 30: "Asia/Kabul",
    6 * 60 + 30: "Asia/Yangon",
    8 * 60 + 45: "Australia/Eucla",
    10 * 60 + 30: "Australia/Lord_Howe",
    12 * 60 + 45: "Pacific/Chatham",
    13 * 60 + 45: "Pacific/Chatham",
    -(9 * 60 + 30): "Pacific/Marquesas",
}

_OFFSET_RE = re.compile(r"(?:utc|gmt|z)?\s*([+\-−])\s*(\d{1,2})(?:(?::|h)?(\d{2})|[.,](\d{1,2}))?")
_DECIMAL_MINUTES = {"5": 30, "50": 30, "25": 15, "75": 45}


def _normalise(text: str) -> str:
    """Casefold, drop accents and apostrophes, and turn _ - . , and runs of spaces into one
    space: 'São_Paulo' and 'sao paulo' meet at 'sao paulo'."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    folded = re.sub(r"['’`]", "", folded)
    return re.sub(r"[\s_\-.,]+", " ", folded).strip()


@functools.cache
def _zone_names() -> frozenset[str]:
    return frozenset(available_timezones() - _NOT_ZONES)


@functools.cache
def _iana_index() -> dict[str, str]:
    """casefolded name (spaces also as underscores) -> canonical spelling."""
    return {name.casefold(): name for name in _zone_names()}


@functools.cache
def _city_index() -> dict[str, str]:
    """Normalised last component of every regional zone -> zone name. Deeper paths win a tie,
    since the tz database keeps the short ones as backward links
    (America/Argentina/Buenos_Aires over America/Buenos_Aires)."""
    index: dict[str, str] = {}
    names = [n for n in _zone_names() if "/" in n and n.split("/", 1)[0] in _REGIONS]
    for name in sorted(names, key=lambda n: (-n.count("/"), n)):
        index.setdefault(_normalise(name.rsplit("/", 1)[1]), name)
    return index


def _parse_offset(text: str) -> str | None:
    if text in {"utc", "gmt", "z", "zulu"}:
        return "UTC"
    m = _OFFSET_RE.fullmatch(text)
    if m is None:
        return None
    sign = -1 if m.group(1) in "-−" else 1
    hours = int(m.group(2))
    if m.group(3) is not None:
        minutes = int(m.group(3))
    elif m.group(4) is not None:
        if m.group(4) not in _DECIMAL_MINUTES:
            return None
        minutes = _DECIMAL_MINUTES[m.group(4)]
    else:
        minutes = 0
    if minutes >= 60:
        return None
    total = sign * (hours * 60 + minutes)
    if minutes == 0:
        if not -12 <= sign * hours <= 14:
            return None
        if hours == 0:
            return "UTC"
        # POSIX-style Etc names invert the sign: Etc/GMT-2 is two hours ahead of UTC.
        return f"Etc/GMT{'-' if sign > 0 else '+'}{hours}"
    return _ODD_OFFSETS.get(total)


def parse_zone(text: str) -> str | None:
    """An IANA zone name from an IANA name (any case), a city, a common abbreviation, or a UTC
    offset ('UTC+2', 'GMT-5', '+05:30', 'utc', 'z'); None if it means nothing to us.

    Whole-hour offsets become fixed Etc/GMT zones (check `zone_is_fixed_offset`); half- and
    quarter-hour offsets become the best-known place that keeps that offset.
    """
    raw = text.strip()
    if not raw or len(raw) > _MAX_ZONE_INPUT:
        return None
    lowered = re.sub(r"\s+", " ", raw.casefold())
    offset = _parse_offset(lowered)
    if offset is not None:
        return offset
    key = _normalise(raw)
    if key in _ALIASES:
        return _ALIASES[key]
    iana = _iana_index()
    for candidate in (lowered, lowered.replace(" ", "_")):
        if candidate in iana:
            return iana[candidate]
    if key in _city_index():
        return _city_index()[key]
    if "," in raw:  # "Berlin, Germany"
        return parse_zone(raw.split(",", 1)[0])
    return None


def zone_is_fixed_offset(tz: str) -> bool:
    """True for bare-offset zones (UTC, Etc/GMT±N, …) that never follow daylight saving, so the
    bot can say so; False for place zones, even those that happen to have no DST."""
    key = tz.casefold()
    return key in _FIXED_NAMES or key.startswith("etc/")


# ---------------------------------------------------------------------------------------------
# Time-of-day input
#
# Bare numbers ("7", "18", "630") are rejected: "7" may mean 07:00 or 19:00, and guessing
# wrong means a push at the wrong end of the day, so the bot asks which one was meant.
# Four digits ("0630", "1830") read as a 24-hour clock.

_MAX_TIME_INPUT = 32
_H12_RE = re.compile(r"(\d{1,2})(?:[:.](\d{2}))? ?(am|pm)")
_H24_RE = re.compile(r"(\d{1,2})[:.h](\d{2})")
_HOUR_H_RE = re.compile(r"(\d{1,2})h")  # "18h", "7h": the 24-hour "h" style
_MILITARY_RE = re.compile(r"(\d{2})(\d{2})")
_WORDS = {"noon": time(12, 0), "midday": time(12, 0), "midnight": time(0, 0)}


def _clean_time_text(text: str) -> str:
    s = re.sub(r"\s+", " ", text.strip().casefold())
    s = re.sub(r"(?<![a-z])([ap])\.? ?m\.?(?=$| )", r"\1m", s)  # a.m. / p. m. / pm. -> am / pm
    return s.removeprefix("at ").strip()


def parse_time_of_day(text: str) -> time | None:
    """A wall-clock time from '18:30', '6:30 pm', '6pm', '18h30', '18.30', '0630', 'noon'…;
    None for bare hours (ambiguous, see above) and anything invalid ('25:99', '13 pm')."""
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


# ---------------------------------------------------------------------------------------------
# Weekday input

_MAX_DAYS_INPUT = 200
_DAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DAY_WORDS: dict[str, int] = {
    **{name[:n]: i for i, name in enumerate(_DAY_NAMES) for n in range(2, len(name) + 1)},
    **{name + "s": i for i, name in enumerate(_DAY_NAMES)},
    "weds": 2,
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
_RANGE_WORDS = frozenset({"-", "to", "through", "thru", "till", "until"})


def parse_days(text: str) -> tuple[int, ...] | None:
    """Sorted weekdays (0 = Monday) from 'mon thu', 'Monday and Thursday', 'mo/th',
    'tue, thu, sat', 'weekdays', 'every day', 'mon-fri', 'fri to mon'…; None for counts
    ('3 days' says how many, not which) and for anything with a word we don't know."""
    if len(text) > _MAX_DAYS_INPUT:
        return None
    s = unicodedata.normalize("NFKD", text.casefold())
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = re.sub(r"\s*[-–—]\s*", " - ", s)
    s = re.sub(r"[,/;&+|.]", " ", s)
    s = " ".join(s.split())
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
        elif token in _DAY_WORDS:
            day = _DAY_WORDS[token]
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


# ---------------------------------------------------------------------------------------------
# Suggested training days

# How many days a week each goal trains by default:
# - tone: twice a week with two rest days between (article 001);
# - bikini, glutes_only: the glute-first plans hip thrust several times a week (article 000),
#   and three sessions give three hip-thrust days with a rest day after each;
# - compete: the articles give no count. Four sessions make room for the full rep range
#   (heavy, medium, light) plus separate low-rep eccentric and high-rep hamstring work that
#   article 000 asks of physique competitors, with rest after every second day.
_SUGGESTED_COUNT: dict[Goal, int] = {
    Goal.TONE: 2,
    Goal.BIKINI: 3,
    Goal.GLUTES_ONLY: 3,
    Goal.COMPETE: 4,
}

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


def suggested_count(goal: Goal) -> int:
    """Default number of training days a week for `goal` (see the table above)."""
    return _SUGGESTED_COUNT[Goal(goal)]


def suggest_days(goal: Goal, count: int | None = None) -> tuple[int, ...]:
    """Weekdays (0 = Monday) to offer someone with `goal`, `count` of them (default: the goal's
    own count): tone -> Mon, Thu; bikini and glutes_only -> Mon, Wed, Fri;
    compete -> Mon, Tue, Thu, Fri."""
    n = suggested_count(goal) if count is None else count
    if n not in _SPREAD:
        raise ValueError(f"count must be 1..7, got {count}")
    return _SPREAD[n]
