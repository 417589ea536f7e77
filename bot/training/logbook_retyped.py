"""Sets typed again while an entry waits for its Save replace it (retyping is a
correction), but never silently: the echo says what it replaces, so sets typed in
several messages without a Save are not lost unseen ("Replaces 40 kg × 10, 10; 42.5 kg ×
8")."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from itertools import groupby

from bot.coach.setlog import SetEntry
from bot.store.models import User
from bot.training.awaiting import Awaiting, Mode
from bot.training.logbook_draft import draft_of
from bot.training.logbook_replies import Echo


def said_replaced(
    user: User,
    owed: Awaiting | None,
    shown: tuple[tuple[SetEntry, ...], str] | None,
    out: Echo,
) -> Echo:
    """`out` for the entry that was waiting at "Save it?" (`shown`, of `owed`), naming the
    sets it replaces when their reps differ: not for a load corrected ("oops, it was 50"),
    nor a correction of some sets, which names them."""
    if owed is None or owed.mode != Mode.CONFIRM or owed.log_id != out.log_id:
        return out
    now = draft_of(user)
    if shown is None or not shown[0] or now is None or out.changed:
        return out
    if [e.reps for e in now[0]] == [e.reps for e in shown[0]]:
        return out
    return replace(out, instead_of=runs_text(shown[0]))


def runs_text(entries: Sequence[SetEntry]) -> str:
    """Sets said by runs of one load: '40 kg × 10, 10; 42.5 kg × 8', '20, 20 reps'."""
    runs = []
    for (load, unit), run in groupby(entries, key=lambda e: (e.load, e.unit)):
        reps = ", ".join(str(e.reps) for e in run)
        runs.append(f"{load:g} {unit.value} × {reps}" if load is not None and unit else reps)
    plain = all(e.load is None or e.unit is None for e in entries)
    return f"{runs[0]} reps" if plain and len(runs) == 1 else "; ".join(runs)
