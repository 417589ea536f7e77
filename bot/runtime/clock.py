"""The one place the bot reads the time, so tests can walk it across midnight and DST."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime:
        """An aware UTC datetime."""
        ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)


class ManualClock:
    """A clock tests move by hand."""

    def __init__(self, start: datetime) -> None:
        if start.tzinfo is None:
            raise ValueError("ManualClock needs an aware datetime")
        self._now = start.astimezone(UTC)

    def now(self) -> datetime:
        return self._now

    def set(self, when: datetime) -> None:
        self._now = when.astimezone(UTC)

    def advance(self, delta: timedelta) -> None:
        self._now += delta


# When the person sent the update being processed (bot/tg/inbox.py sets it).
_sent_at: ContextVar[datetime | None] = ContextVar("sent_at", default=None)
# Telegram keeps an update it could not deliver for 24 hours: a later "sent" time is not one.
MAX_LAG = timedelta(hours=26)


@contextmanager
def sent_at(when: datetime | None) -> Iterator[None]:
    """While an update is processed: the moment its person sent it."""
    token = _sent_at.set(when)
    try:
        yield
    finally:
        _sent_at.reset(token)


class AsSent:
    """The domain's clock: while an update is processed, the time its person sent it, so a
    set typed at 23:59 counts on that day however late it is processed (after a restart,
    behind a backlog). Otherwise, and for a "sent" time that is not behind `clock` by
    between zero and MAX_LAG (a wrong stamp, or a test clock elsewhere), `clock`'s time."""

    def __init__(self, clock: Clock) -> None:
        self.clock = clock

    def now(self) -> datetime:
        now = self.clock.now()
        sent = _sent_at.get()
        if sent is not None and timedelta(0) <= now - sent <= MAX_LAG:
            return sent
        return now
