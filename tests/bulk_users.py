"""Many onboarded users at once, for benchmarks and load tests: Core inserts, no ORM objects.

The rows are complete (profile, schedule, flags), like tests/push/conftest.py's add_user,
but written with executemany so 100,000 of them take seconds.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from itertools import islice
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import insert

from bot.store.db import Database
from bot.store.models import User
from tests.factories import user_columns

ALL_DAYS = "0,1,2,3,4,5,6"


def midday_zone(now: datetime) -> str:
    """A fixed-offset zone where it is around noon at `now`, so a push due a few minutes ago
    falls on the same local date whenever the run happens (no skip at local midnight)."""
    hours = 12 - now.astimezone(UTC).hour  # local = UTC + hours, in -11..12
    return "Etc/GMT" if hours == 0 else f"Etc/GMT{-hours:+d}"  # Etc/GMT-5 is UTC+5


def user_row(
    user_id: int,
    *,
    now: datetime,
    next_push_at: datetime | None,
    tz: str = "UTC",
    days: str = ALL_DAYS,
    push_time: str | None = None,
    goal: str = "tone",
    place: str = "gym",
) -> dict[str, Any]:
    """One onboarded user's row; push_time defaults to the local time of next_push_at."""
    if push_time is None:
        local = (next_push_at or now).astimezone(ZoneInfo(tz))
        push_time = f"{local.hour:02d}:{local.minute:02d}"
    return user_columns(
        user_id,
        now,
        tz=tz,
        days=days,
        push_time=push_time,
        goal=goal,
        place=place,
        next_push_at=next_push_at,
    )


def _chunks(rows: Iterable[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    it = iter(rows)
    while chunk := list(islice(it, size)):
        yield chunk


async def insert_users(db: Database, rows: Iterable[dict[str, Any]], chunk: int = 5000) -> int:
    """Insert rows with executemany, one unit of work per chunk; returns how many."""
    count = 0
    stmt = insert(User.__table__)
    for part in _chunks(rows, chunk):
        await db.run(lambda s, part=part: s.execute(stmt, part))
        count += len(part)
    return count
