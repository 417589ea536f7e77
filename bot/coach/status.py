"""The status words of the training log and of pushes, as enums. They are str enums, so
they are stored as the same words the database has always held."""

from __future__ import annotations

from enum import StrEnum


class SessionStatus(StrEnum):
    OPEN = "open"
    DONE = "done"  # at least one exercise was done
    SKIPPED = "skipped"  # skipped from the push, or finished with nothing done
    MOVED = "moved"  # its workout was brought forward to a rest day and logged there


class ExerciseStatus(StrEnum):
    PENDING = "pending"
    DONE = "done"
    SKIPPED = "skipped"


class DeliveryStatus(StrEnum):
    SENDING = "sending"  # recorded before the request leaves
    SENT = "sent"
    FAILED = "failed"
    BLOCKED = "blocked"  # 403: no more pushes until /start
    # No longer written (the outbox retries a timed-out push); older rows may hold them.
    UNCERTAIN = "uncertain"  # timed out: Telegram may have it
    SKIPPED = "skipped"  # missed while down and the local day is over, or the day already logged
    INTERRUPTED = "interrupted"  # its sender died between recording and finishing
