"""Reading the parts of a button's callback data. They are never trusted: a part that is not
exactly what we would have written reads as None, and the press is answered as stale."""

from __future__ import annotations

import re
from datetime import date, datetime

_ID = re.compile(r"[0-9]{1,18}")  # ASCII digits that fit a 64-bit integer column


def id_part(part: str) -> int | None:
    """A row id, or None: '²' and 20-digit ids are not ids."""
    return int(part) if _ID.fullmatch(part) else None


def day_part(stamp: str) -> date | None:
    """A day as buttons carry it ("20261201"), or None."""
    try:
        return datetime.strptime(stamp, "%Y%m%d").date()
    except ValueError:
        return None
