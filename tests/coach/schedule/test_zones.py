"""Reading time zones people type."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from bot.coach.schedule.zones import parse_zone, zone_is_fixed_offset

BERLIN = "Europe/Berlin"


# --- parse_zone ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("Europe/Berlin", "Europe/Berlin"),
        ("europe/berlin", "Europe/Berlin"),
        ("  EUROPE/BERLIN ", "Europe/Berlin"),
        ("america/new_york", "America/New_York"),
        ("America/New York", "America/New_York"),
        ("Berlin", "Europe/Berlin"),
        ("berlin", "Europe/Berlin"),
        ("Berlin, Germany", "Europe/Berlin"),
        ("new york", "America/New_York"),
        ("New-York", "America/New_York"),
        ("São Paulo", "America/Sao_Paulo"),
        ("sao paulo", "America/Sao_Paulo"),
        ("Buenos Aires", "America/Argentina/Buenos_Aires"),
        ("Kyiv", "Europe/Kyiv"),
        ("St. John's", "America/St_Johns"),
        ("Melbourne", "Australia/Melbourne"),
        ("Tokyo", "Asia/Tokyo"),
        ("Boston", "America/New_York"),
        ("Miami", "America/New_York"),
        ("Seattle", "America/Los_Angeles"),
        ("San Francisco", "America/Los_Angeles"),
        ("Dallas", "America/Chicago"),
        ("Houston", "America/Chicago"),
        ("Atlanta", "America/New_York"),
        ("Munich", "Europe/Berlin"),
        ("Hamburg", "Europe/Berlin"),
        ("Barcelona", "Europe/Madrid"),
        ("Milan", "Europe/Rome"),
        ("Delhi", "Asia/Kolkata"),
        ("Mumbai", "Asia/Kolkata"),
        ("Bangalore", "Asia/Kolkata"),
        ("Beijing", "Asia/Shanghai"),
        ("Shenzhen", "Asia/Shanghai"),
        ("Osaka", "Asia/Tokyo"),
        ("Montreal", "America/Toronto"),
        ("EST", "America/New_York"),
        ("pst", "America/Los_Angeles"),
        ("UTC", "UTC"),
        ("utc", "UTC"),
        ("gmt", "UTC"),
        ("Z", "UTC"),
        ("UTC+0", "UTC"),
        ("UTC+2", "Etc/GMT-2"),
        ("utc + 2", "Etc/GMT-2"),
        ("GMT-5", "Etc/GMT+5"),
        ("+03", "Etc/GMT-3"),
        ("UTC+14", "Etc/GMT-14"),
        ("UTC-12", "Etc/GMT+12"),
        ("+05:00", "Etc/GMT-5"),
        ("-0800", "Etc/GMT+8"),
        ("+05:30", "Asia/Kolkata"),
        ("UTC+5:30", "Asia/Kolkata"),
        ("+0530", "Asia/Kolkata"),
        ("UTC+5.5", "Asia/Kolkata"),
        ("+05:45", "Asia/Kathmandu"),
        ("-03:30", "America/St_Johns"),
        ("+09:30", "Australia/Darwin"),
        ("+03:30", "Asia/Tehran"),
        ("+04:30", "Asia/Kabul"),
        ("+06:30", "Asia/Yangon"),
        ("+08:45", "Australia/Eucla"),
        ("+10:30", "Australia/Lord_Howe"),
        ("+12:45", "Pacific/Chatham"),
        ("-09:30", "Pacific/Marquesas"),
        ("Etc/GMT-3", "Etc/GMT-3"),
        ("London thanks", "Europe/London"),  # said politely: "I don't know that time zone"
        ("hey, London", "Europe/London"),
        ("Berlin!", "Europe/Berlin"),
    ],
)
def test_parse_zone_accepts(text: str, zone: str) -> None:
    assert parse_zone(text) == zone


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "Mars/Base",
        "Atlantis",
        "UTC+15",
        "UTC-13",
        "+01:30",
        "+05:61",
        "UTC+5.3",
        "localtime",
        "Factory",
        "12",
        "x" * 4000,
        "Europe/" + "Berlin" * 700,
        "berlin; drop table users",
    ],
)
def test_parse_zone_rejects(text: str) -> None:
    assert parse_zone(text) is None


def test_parsed_zones_are_loadable() -> None:
    for text in ("Boston", "+05:30", "UTC-7", "sao paulo", "Melbourne", "z"):
        zone = parse_zone(text)
        assert zone is not None
        ZoneInfo(zone)


@pytest.mark.parametrize(
    ("tz", "fixed"),
    [
        ("UTC", True),
        ("Etc/GMT-2", True),
        ("Etc/GMT+5", True),
        ("GMT", True),
        ("Europe/Berlin", False),
        ("America/St_Johns", False),
        ("Asia/Kolkata", False),
    ],
)
def test_zone_is_fixed_offset(tz: str, fixed: bool) -> None:
    assert zone_is_fixed_offset(tz) is fixed


def test_offset_input_is_flagged_as_fixed_and_city_input_is_not() -> None:
    assert zone_is_fixed_offset(parse_zone("UTC+2"))
    assert not zone_is_fixed_offset(parse_zone("Berlin"))


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("London UK", "Europe/London"),  # was asked again: only "London, UK" was read
        ("I live in london uk", "Europe/London"),
        ("sydney australia", "Australia/Sydney"),
        ("toronto canada", "America/Toronto"),
        ("new york usa", "America/New_York"),
    ],
)
def test_place_then_country_without_a_comma(text: str, zone: str) -> None:
    assert parse_zone(text) == zone


def test_an_unknown_place_in_a_known_country_is_not_guessed() -> None:
    assert parse_zone("foo uk") is None
