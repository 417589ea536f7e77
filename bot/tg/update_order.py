"""Updates from different people run concurrently; one person's updates run in order.

python-telegram-bot processes updates one at a time by default, so a single slow Bot API
call (Telegram answers in tens of milliseconds, sometimes seconds) holds up everyone
behind it. Its `concurrent_updates=N` lifts that but runs a person's own updates in any
order too: a "Save" could overtake the set log it confirms. This processor keeps a FIFO
lock per chat, and only an update holding its chat's lock takes one of the `running` slots,
so a person who floods the bot occupies one slot, not all of them.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor

# PTB makes a task for every update it reads and has each acquire this many permits before
# ours: it only bounds the queue of waiting tasks, so it is large. Memory, not CPU, limit.
_WAITING = 10_000


class PerChatUpdateProcessor(BaseUpdateProcessor):
    """At most `running` updates in progress, never two from the same chat at once."""

    def __init__(self, running: int = 32) -> None:
        super().__init__(_WAITING)
        if running < 1:
            raise ValueError("running must be a positive integer")
        self.running = running
        self._slots = asyncio.Semaphore(running)
        # chat key -> [lock, updates holding or waiting for it]; dropped at zero, so the
        # map holds only chats with updates in flight.
        self._chats: dict[object, list[Any]] = {}

    @staticmethod
    def key(update: object) -> object:
        """Updates that share a key run in arrival order (FIFO: asyncio.Lock wakes waiters
        in the order they queued, and PTB starts the tasks in the order it read them)."""
        if isinstance(update, Update):
            if update.effective_chat is not None:
                return ("chat", update.effective_chat.id)
            if update.effective_user is not None:
                return ("user", update.effective_user.id)
        return None  # no owner (a poll's results, say): no order to keep

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        key = self.key(update)
        if key is None:
            async with self._slots:
                await coroutine
            return
        entry = self._chats.get(key)
        if entry is None:
            entry = self._chats[key] = [asyncio.Lock(), 0]
        entry[1] += 1
        try:
            async with entry[0], self._slots:
                await coroutine
        finally:
            entry[1] -= 1
            if entry[1] == 0:
                del self._chats[key]

    @property
    def chats_in_flight(self) -> int:
        return len(self._chats)

    async def initialize(self) -> None:
        """Nothing to set up: locks are made on demand."""

    async def shutdown(self) -> None:
        """Nothing to free: Application.stop has already waited for every update."""
