"""Loads said in plates, as lifters count them ("2 plates", "2 plates + 25 each side", "a
plate and a 10 a side"): a plate is 45 lb or 20 kg, the count is per side, and the bar (45
lb or 20 kg) is counted in, as the lifter's total is. Rewritten as the load they make before
the sets are read ("hip thrust 2 plates + 25 each side 10 10 10" is "hip thrust 275lb 10 10
10")."""

from __future__ import annotations

import re

from bot.coach.profile import Unit

_PLATE = {Unit.LB: 45.0, Unit.KG: 20.0}
_BAR = {Unit.LB: 45.0, Unit.KG: 20.0}
_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_SIDE = r"(?: (?:a|each|per|on each|on either) side)?"
_PLATES = re.compile(
    rf"\b(a|one|two|three|four|[1-4]) plates?{_SIDE}"
    rf"(?: ?(?:\+|and|plus|&) ?(?:a |an )?(\d{{1,2}}(?:\.\d{{1,2}})?)"
    rf"(?: ?(?:lbs?|kgs?|pounds?|kilos?))?s?{_SIDE})?(?![\w.])",
    re.IGNORECASE,
)


def plates_said(text: str, unit: Unit | str | None) -> str:
    """The text with each load said in plates written as its total in the person's unit
    (kilograms when none is set)."""
    unit = Unit(unit or Unit.KG)

    def total(m: re.Match[str]) -> str:
        per_side = _COUNTS[m.group(1).lower()] * _PLATE[unit] + float(m.group(2) or 0)
        load = _BAR[unit] + 2 * per_side
        return f"{load:g}{unit.value}"

    return _PLATES.sub(total, text)
