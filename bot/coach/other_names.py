"""Names no card holds, for the cards they are said of: a Romanian deadlift is a stiff-leg
deadlift to most people, and the American deadlift is one with pelvic motion (article 000:
"a glute-centric Romanian deadlift"). Kept apart from move_named.py so the set-log grammar
(bot/coach/setlog.py) can tell such a name from one it has never heard."""

from __future__ import annotations

import re
from collections.abc import Collection

_OTHER_NAMES = {
    "rdl": ("stiff_leg_deadlift", "american_deadlift"),
    "romanian deadlift": ("stiff_leg_deadlift", "american_deadlift"),
    "romanian": ("stiff_leg_deadlift", "american_deadlift"),
}


def other_named(name: str) -> tuple[str, ...]:
    """The cards a name no card holds is said of ("RDLs", "rdl's": the stiff-leg and the
    American deadlift), for the one a workout holds; none for any other name."""
    said = " ".join(re.sub(r"'s\b|’s\b", "", name.lower()).split())
    return _OTHER_NAMES.get(said) or _OTHER_NAMES.get(re.sub(r"s$", "", said)) or ()


def other_in(name: str, held: Collection[str]) -> str | None:
    """The one move of `held` (a day's) such a name is said of; None when the day holds
    none of them or more than one ("rdl" with both deadlifts: which is asked)."""
    found = [i for i in other_named(name) if i in held]
    return found[0] if len(found) == 1 else None
