"""Last time's sets with the load moved by some amount: "same but 5 more kg", "same as last
time but 5kg more", "same +2.5", "same but 10 lb lighter". Read here; the sets are taken
from the log by bot/training/logbook_entry.py."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.coach.profile import Unit

_UNIT = r"(?P<unit{n}>kgs?|kilos?|kilograms?|lbs?|pounds?)"
_UP = r"more|heavier|extra|up|higher|added|on top"
_DOWN = r"less|lighter|down|lower|off"
_SAME_MORE = re.compile(
    r"(?:(?:the )?same(?: (?:as|like) (?:last time|last|before|last week))?(?: again)?"
    r"|(?:like|as) last time)"
    r"(?: but| just| only| and)*(?: with| at| using)?(?: (?P<verb>add(?:ed|ing)?|plus|minus"
    r"|take off|took off|drop(?:ped)?))?"
    rf" (?P<sign>[+-])? ?(?P<n>\d{{1,3}}(?:\.\d{{1,2}})?) ?{_UNIT.format(n=1)}?"
    rf"(?: (?P<dir>{_UP}|{_DOWN}))?(?: {_UNIT.format(n=2)})?"
    r"(?: (?:on|of|to) (?:the |my )?(?:weight|load|bar|each set|every set|it|them))?"
)


@dataclass(frozen=True)
class LoadMoved:
    by: float  # added to each set's load: 5.0, or -2.5 (with `to`: the load itself)
    unit: Unit | None  # the unit said, None: the load's own
    to: bool = False  # "same reps but 25kg": every set at this load, last time's reps


# "same reps but 25kg", "same sets and reps with 25", "25kg same reps": last time's reps, at
# a load said ("same but 25kg" says no reps: a load or 25 more? not guessed).
_LOAD_SAID = rf"(?:with |at |using |@ ?)?(?P<n>\d{{1,3}}(?:\.\d{{1,2}})?) ?{_UNIT.format(n=1)}?"
_REPS_SAID = (
    r"(?:the |my )?same (?:reps|rep count|sets(?: and reps)?|sets (?:&|n) reps|reps and sets)"
    r"(?: (?:as|like) (?:last time|last|before|last week))?"
)
_SAME_REPS_AT = re.compile(
    rf"{_REPS_SAID}(?: but| just| only| and)*(?: now)? {_LOAD_SAID}(?: this time| today)?"
    rf"|{_LOAD_SAID.replace('n>', 'n2>').replace('unit1', 'unit2')}(?: with| but)? {_REPS_SAID}"
)


def same_but_moved(text: str) -> LoadMoved | None:
    """ "same but 5 more kg": last time's sets with 5 kg more on each; None for anything
    else, and for a number with no way up or down said ("same but 5kg": not guessed)."""
    plain = re.sub(r"(\d),(\d)", r"\1.\2", text.strip().lower().replace("’", "'"))
    plain = " ".join(re.sub(r"[,;:]|[!.]+$", " ", plain).split())
    if (at := _SAME_REPS_AT.fullmatch(plain)) is not None:
        return _load_to(at)
    m = _SAME_MORE.fullmatch(plain)
    if m is None:
        return None
    verb, sign, way = m["verb"] or "", m["sign"], m["dir"] or ""
    down = sign == "-" or verb in ("minus", "take off", "took off", "drop", "dropped")
    down = down or re.fullmatch(_DOWN, way) is not None
    up = sign == "+" or verb.startswith(("add", "plus")) or re.fullmatch(_UP, way) is not None
    if up == down:
        return None
    amount = float(m["n"])
    said = m["unit1"] or m["unit2"]
    unit = None if said is None else Unit.LB if said.startswith(("lb", "pound")) else Unit.KG
    return LoadMoved(-amount if down else amount, unit) if amount > 0 else None


def _load_to(m: re.Match[str]) -> LoadMoved | None:
    amount = float(m["n"] or m["n2"])
    said = m["unit1"] or m["unit2"]
    unit = None if said is None else Unit.LB if said.startswith(("lb", "pound")) else Unit.KG
    return LoadMoved(amount, unit, to=True) if amount > 0 else None
