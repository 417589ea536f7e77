"""Reading what people type for a time zone: IANA names, cities, abbreviations, UTC offsets."""

from __future__ import annotations

import functools
import re
import unicodedata
from zoneinfo import available_timezones

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
    "charlotte|pittsburgh|baltimore|cleveland|tampa|et|est|edt|eastern|east coast",
    "America/Chicago": "dallas|houston|austin|san antonio|minneapolis|new orleans|nashville|"
    "kansas city|st louis|saint louis|milwaukee|ct|cst|cdt|central",
    "America/Denver": "salt lake city|albuquerque|el paso|mt|mdt|mountain",
    "America/Los_Angeles": "seattle|san francisco|sf|san diego|san jose|las vegas|portland|"
    "sacramento|la|pt|pst|pdt|pacific|west coast",
    "Pacific/Honolulu": "hst",
    "America/Toronto": "montreal|ottawa|quebec",
    "America/Edmonton": "calgary",
    "America/Sao_Paulo": "rio|rio de janeiro|brasilia|belo horizonte",
    "America/Mexico_City": "guadalajara",
    "Europe/Berlin": "munich|hamburg|frankfurt|cologne|stuttgart|dusseldorf|cet|cest",
    "Europe/Madrid": "barcelona|valencia|seville|malaga",
    "Europe/Rome": "milan|naples|florence|venice|turin",
    "Europe/Paris": "lyon|marseille|nice|toulouse",
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
    "Africa/Johannesburg": "cape town|pretoria|durban|south africa",
    # Countries with one time zone, and the coasts of the US.
    "Europe/London": "manchester|birmingham|liverpool|leeds|edinburgh|glasgow|bst|uk|england|"
    "scotland|wales|britain|great britain|united kingdom|northern ireland",
}
_COUNTRIES = {
    "Europe/Dublin": "ireland",
    "Europe/Berlin": "germany",
    "Europe/Paris": "france",
    "Europe/Madrid": "spain",
    "Europe/Rome": "italy",
    "Europe/Amsterdam": "netherlands|holland|the netherlands",
    "Europe/Brussels": "belgium",
    "Europe/Zurich": "switzerland",
    "Europe/Vienna": "austria",
    "Europe/Stockholm": "sweden",
    "Europe/Oslo": "norway",
    "Europe/Copenhagen": "denmark",
    "Europe/Helsinki": "finland",
    "Europe/Lisbon": "portugal",
    "Europe/Athens": "greece",
    "Europe/Prague": "czechia|czech republic",
    "Europe/Budapest": "hungary",
    "Europe/Kyiv": "ukraine",
    "Europe/Istanbul": "turkey|turkiye",
    "Asia/Jerusalem": "israel",
    "Asia/Dubai": "uae|united arab emirates",
    "Asia/Kolkata": "india",
    "Asia/Manila": "philippines",
    "Asia/Seoul": "korea|south korea",
    "Asia/Shanghai": "china",
    "Asia/Bangkok": "thailand",
    "Pacific/Auckland": "new zealand",
    # US states, by the zone most of their people keep.
    "America/Los_Angeles": "california|oregon|nevada",
    "America/Phoenix": "arizona",
    "America/Chicago": "texas|illinois|minnesota|wisconsin",
    "America/New_York": "florida|new jersey|ohio|massachusetts|north carolina|pennsylvania",
    "Pacific/Honolulu": "hawaii",
}
# Countries with several zones: the person is asked for their city.
_SEVERAL = frozenset(
    {"us", "usa", "america", "united states", "the us", "the usa", "canada", "australia",
     "brazil", "mexico", "russia", "indonesia"}
)  # fmt: skip
# Words around a place that change nothing: "I'm in Toronto", "Berlin time".
_AROUND = re.compile(
    r"^(?:(?:hey|hi|ok|okay|i m|im|i am|i live|living|live|based|currently|now|from|in|near) )+"
    r"|(?: (?:time|time zone|timezone|local time|area|please|pls|thanks|thank you|thx|now))+$"
)

_ALIASES: dict[str, str] = {
    key: zone
    for groups in (_ALIAS_GROUPS, _COUNTRIES)
    for zone, keys in groups.items()
    for key in keys.split("|")
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
    return re.sub(r"[\s_\-.,!?]+", " ", folded).strip()


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
    if "," in raw and (first := parse_zone(raw.split(",", 1)[0])):  # "Berlin, Germany"
        return first
    bare = _AROUND.sub("", key).strip()
    if bare and bare != key:  # "I'm in Toronto", "Berlin time"
        return parse_zone(bare)
    return _place_then_country(key)


def _place_then_country(key: str) -> str | None:
    """ "london uk", "sydney australia", "toronto canada": a place, then the country it is
    in, without the comma."""
    parts = key.split()
    for cut in range(len(parts) - 1, 0, -1):
        place, country = " ".join(parts[:cut]), " ".join(parts[cut:])
        if country in _SEVERAL or (country in _ALIASES and not _OFFSET_RE.search(country)):
            return _ALIASES.get(place) or _city_index().get(place)
    return None


def has_several_zones(text: str) -> bool:
    """A country with more than one time zone ("USA", "I'm in Australia"): which city?"""
    key = _normalise(text[:_MAX_ZONE_INPUT])
    return key in _SEVERAL or _AROUND.sub("", key).strip() in _SEVERAL


def zone_is_fixed_offset(tz: str) -> bool:
    """True for bare-offset zones (UTC, Etc/GMT±N, …) that never follow daylight saving, so the
    bot can say so; False for place zones, even those that happen to have no DST."""
    key = tz.casefold()
    return key in _FIXED_NAMES or key.startswith("etc/")
