"""Observing the bot: what it sent, which calls it made, and waiting until it has done something."""

from __future__ import annotations

import asyncio
import copy
import json
import time
from collections.abc import Callable
from dataclasses import replace

from bot.standin.records import ApiCall, JSONDict, SentMessage, T, snapshot
from bot.standin.state import StandInState


class ObserveMixin(StandInState):
    """Read the stand-in's records: safe from any thread, and what they return is a copy."""

    def messages(self, chat_id: int) -> list[SentMessage]:
        """The bot's messages in a chat, oldest first, as they are now (deleted ones flagged)."""
        with self._lock:
            found = [m for (chat, _), m in self._sent.items() if chat == chat_id]
            return [snapshot(m) for m in sorted(found, key=lambda m: m.message_id)]

    def mark(self) -> int:
        """A point in time for messages_since(): the sequence number of the latest bot change."""
        with self._lock:
            return self._seq

    def messages_since(self, mark: int, chat_id: int | None = None) -> list[SentMessage]:
        """Bot messages sent, edited or deleted after mark(), in the order of that change."""
        with self._lock:
            found = [
                m
                for m in self._sent.values()
                if m.seq > mark and (chat_id is None or m.chat_id == chat_id)
            ]
            return [snapshot(m) for m in sorted(found, key=lambda m: m.seq)]

    def calls(self, method: str | None = None) -> list[ApiCall]:
        with self._lock:
            return [
                replace(c)
                for c in self._calls
                if method is None or c.method.lower() == method.lower()
            ]

    def callback_answers(self) -> list[JSONDict]:
        with self._lock:
            return copy.deepcopy(self._answers)

    @property
    def last_update_id(self) -> int:
        """The update_id of the newest queued update (0 before any)."""
        with self._lock:
            return self._next_update_id - 1

    def pending_updates(self) -> int:
        with self._lock:
            return len(self._updates)

    def wait_until(self, predicate: Callable[[], T], timeout: float = 5.0) -> T:
        """Block until predicate() is truthy and return its value; TimeoutError otherwise."""
        deadline = time.monotonic() + timeout
        while True:
            with self._cond:
                version = self._version
            value = predicate()
            if value:
                return value
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError(self._timeout_report(timeout))
            with self._cond:
                if self._version == version:  # nothing changed since predicate() ran
                    self._cond.wait(remaining)

    async def until(self, predicate: Callable[[], T], timeout: float = 5.0) -> T:
        """wait_until() for async code: polls without blocking the event loop."""
        deadline = time.monotonic() + timeout
        while not (value := predicate()):
            if time.monotonic() >= deadline:
                raise TimeoutError(self._timeout_report(timeout))
            await asyncio.sleep(0.005)
        return value

    def wait_for_messages(
        self, chat_id: int, count: int, timeout: float = 5.0
    ) -> list[SentMessage]:
        """The chat's bot messages (deleted ones included) once there are at least `count`."""
        self.wait_until(lambda: len(self.messages(chat_id)) >= count, timeout)
        return self.messages(chat_id)

    async def until_messages(
        self, chat_id: int, count: int, timeout: float = 5.0
    ) -> list[SentMessage]:
        await self.until(lambda: len(self.messages(chat_id)) >= count, timeout)
        return self.messages(chat_id)

    def _timeout_report(self, timeout: float) -> str:
        with self._lock:
            recent = [c for c in self._calls if c.method != "getUpdates"][-10:]
        lines = [f"  {c.method} -> {c.status} {_short(c.params)}" for c in recent]
        return f"condition not met within {timeout}s; last bot calls (getUpdates omitted):\n" + (
            "\n".join(lines) or "  (none)"
        )


def _short(params: JSONDict) -> str:
    text = json.dumps(params, ensure_ascii=False, default=str)
    return text if len(text) <= 160 else text[:157] + "..."
