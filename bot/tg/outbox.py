"""The sender: makes the calls in the outbox, within Telegram's limits for the deployment.

Every worker runs one. Each claims from the shared outbox (bot/store/outbox.py), so the
limits hold however many workers there are: about SEND_RATE calls a second overall (answers
to button presses not counted), a few new messages at a time per chat, each chat's calls
in the order they were recorded and one at a time. Replies go before a push wave's backlog.

What Telegram answers decides what happens next:
    ok                   done (a push's delivery is marked sent, with its message id)
    429                  this process pauses for retry_after; the call waits as long
    403                  the person blocked the bot: their other calls are dropped, no pushes
    400 not modified     done (the message already shows it)
    other 400            dropped with its error (it would fail the same way again)
    5xx, network, timeout  again after a pause that doubles, for up to MAX_AGE
A timeout is retried although Telegram may have acted on it: the one case, with a worker
killed mid-request, where a person can get a message twice.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta
from functools import partial
from typing import Any, cast

from telegram.error import NetworkError, TimedOut

from bot.coach.status import DeliveryStatus
from bot.runtime.clock import Clock, SystemClock
from bot.runtime.services import Services
from bot.runtime.wake import woken
from bot.store import deliveries, outbox
from bot.store.outbox import Claimed, Limits
from bot.tg.deferred import courtesies_sent
from bot.tg.http_client import AiohttpRequest

log = logging.getLogger(__name__)

IDLE = 0.25  # seconds between looks when nothing woke us (other workers' calls, retries)
BUSY = 0.05  # ...when calls were held back by a limit
MAX_AGE = timedelta(days=1)  # a call still failing after this long is dropped
MAX_AGE_PUSH = timedelta(hours=6)  # ...a push sooner: it is that day's workout
KEEP_SENT = timedelta(minutes=1)  # sent rows count towards the limits; then they go


class Sender:
    def __init__(self, svc: Services, request: AiohttpRequest, base_url: str) -> None:
        self.svc = svc
        # Leases and retries run on the wall clock, not the domain clock tests move.
        self.clock: Clock = SystemClock()
        self.request = request
        self.base_url = base_url
        rate = max(1, int(svc.settings.send_rate))
        self.limits = Limits(rate=rate, chat_burst=svc.settings.chat_burst)
        self.capacity = max(8, rate * 2)  # calls in flight at once
        self.wake = asyncio.Event()
        # The last claim may have left calls to make now (held back by a limit, or it took
        # all it had room for): only then does a finished call wake the loop to claim again.
        self.backlog = False
        self.tasks: set[asyncio.Task[None]] = set()
        self.paused_until = 0.0  # loop time: a 429 stops this sender until then
        # Called with the finished call and its final state: tests and benches.
        self.listeners: list[Callable[[Claimed, str], None]] = []

    async def start(self) -> None:
        """Before this process claims anything (its inbox included): the one process on
        SQLite (`Database.alone`), what is 'sending' was left by a dead one and goes out again
        now rather than when its lease ends. Awaited before the loops start, never inside
        them: released later, it would free calls this process had just claimed, and they
        would be made twice."""
        if self.svc.db.alone():
            await self.svc.db.run(outbox.release_leases)

    async def serve(self) -> None:
        """start, then run: for a process whose sender is the first thing to touch the
        outbox (tests, tools); the bot itself awaits start before its inbox runs."""
        await self.start()
        await self.run()

    async def run(self) -> None:
        db = self.svc.db
        loop = asyncio.get_running_loop()
        purged = 0.0
        while True:
            self.wake.clear()
            wait = self.paused_until - loop.time()
            if wait > 0:
                await asyncio.sleep(wait)
            free = self.capacity - len(self.tasks)
            claimed = outbox.Batch()
            if free > 0:
                now = self.clock.now()
                try:
                    claimed = await db.run(
                        partial(outbox.claim, now=now, limit=free, limits=self.limits)
                    )
                except Exception:
                    log.exception("outbox: claim failed")
                    await asyncio.sleep(1)
                    continue
            self.backlog = free <= 0 or claimed.held_back or len(claimed) >= free
            self.adopt(claimed, wake=False)  # held back: the BUSY sleep below looks again
            if loop.time() - purged > 30:
                purged = loop.time()
                before = self.clock.now() - KEEP_SENT
                await db.run(partial(outbox.purge, before=before))
            # New calls, a finished call (its chat's next one is free) and a retry's time
            # wake us; calls held back by a limit are looked at again soon.
            await woken(self.wake, IDLE if free > 0 and not claimed.held_back else BUSY)

    def room(self) -> int:
        """How many calls this sender can take on now (0 while a 429 pauses it)."""
        if self.paused_until > asyncio.get_running_loop().time():
            return 0
        return max(0, self.capacity - len(self.tasks))

    def claim_in(self, s: Any, room: int, chat: int) -> outbox.Batch:
        """Claim inside someone else's unit of work (an update's, or a call's own finish),
        saving the loop a round of its own; `adopt` what it took after the commit. Runs on
        a database thread: `room` was read on the event loop."""
        if room <= 0:
            batch = outbox.Batch()
            batch.held_back = True
            return batch
        return outbox.claim(s, self.clock.now(), room, self.limits, chat)

    def _finished(self, task: asyncio.Task[None]) -> None:
        """A slot is free: if calls wait for one (or for the rate), the loop claims now."""
        self.tasks.discard(task)
        if self.backlog:
            self.wake.set()

    def adopt(self, batch: outbox.Batch, *, wake: bool = True) -> None:
        """Send what was claimed; if the claim could not take all, the loop looks again."""
        for c in batch:
            task = asyncio.create_task(self._one(c))
            self.tasks.add(task)
            task.add_done_callback(self._finished)
        if batch.held_back:
            self.backlog = True
            if wake:
                self.wake.set()

    async def _record(self, chat: int, work: Callable[[Any], object]) -> object:
        """A call's outcome recorded, and its chat's next call claimed, in one unit of work;
        the loop claims for the other chats, many at a time."""
        room = self.room()
        result, batch = await self.svc.db.run(lambda s: (work(s), self.claim_in(s, room, chat)))
        self.adopt(batch)  # other chats' waiting calls: see _finished
        return result

    async def drain(self, timeout: float) -> None:
        """At stop: let the calls in flight finish (what is left waits in the outbox)."""
        if self.tasks:
            await asyncio.wait(set(self.tasks), timeout=timeout)

    async def _one(self, c: Claimed) -> None:
        state = outbox.PENDING
        try:
            state = await self._send(c)
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("outbox: a call could not be finished")
            self.wake.set()
        self._tell(c, state)

    def _tell(self, c: Claimed, state: str) -> None:
        for listener in self.listeners:
            listener(c, state)

    async def _send(self, c: Claimed) -> str:
        clock = self.clock
        await courtesies_sent(c.chat_id)  # a chat action fired for this chat goes first
        files = {c.file[0]: (c.file[1], c.file[3], c.file[2])} if c.file else None
        try:
            status, body = await self.request.send_form(
                f"{self.base_url}/{c.method}", c.fields, files
            )
            reply: dict[str, Any] = json.loads(body)
        except (NetworkError, ValueError) as err:  # TimedOut is a NetworkError
            what = "timed out" if isinstance(err, TimedOut) else type(err).__name__
            return await self._again(c, clock.now(), self._pause(c), what)
        now = clock.now()
        if reply.get("ok"):
            await self._record(c.chat_id, lambda s: self._done(s, c, now, reply.get("result")))
            return outbox.SENT
        code = int(reply.get("error_code") or status)
        description = str(reply.get("description") or "")[:150]
        if code == 429:
            wait = float((reply.get("parameters") or {}).get("retry_after") or 1)
            loop = asyncio.get_running_loop()
            self.paused_until = max(self.paused_until, loop.time() + wait)
            log.warning("flood control: sending paused for %.1f s", wait)
            return await self._again(c, now, wait, "429")
        if code == 403:
            log.info("a chat has blocked the bot: its calls are dropped")
            dropped = cast(
                list[outbox.Dropped],
                await self._record(c.chat_id, lambda s: self._blocked(s, c, now)),
            )
            for d in dropped:  # the chat's other calls end here too
                if d.id != c.id:
                    self._tell(replace(c, id=d.id, update_id=d.update_id), outbox.BLOCKED)
            return outbox.BLOCKED
        if code == 400 and _already_done(c, description):
            await self._record(c.chat_id, lambda s: self._done(s, c, now, None))
            return outbox.SENT
        if 400 <= code < 500:
            log.warning("%s refused by Telegram: %s", c.method, description)
            await self._record(
                c.chat_id, lambda s: self._failed(s, c, now, f"{code} {description}")
            )
            return outbox.FAILED
        return await self._again(c, now, self._pause(c), f"{code}")

    @staticmethod
    def _pause(c: Claimed) -> float:
        return float(min(60, 0.5 * 2 ** (c.attempts - 1)))

    async def _again(self, c: Claimed, now: datetime, wait: float, error: str) -> str:
        if now - c.created_at > (MAX_AGE if c.delivery_id is None else MAX_AGE_PUSH):
            log.warning("%s dropped: still failing after %s (%s)", c.method, MAX_AGE, error)
            await self._record(c.chat_id, lambda s: self._failed(s, c, now, error))
            return outbox.FAILED
        at = now + timedelta(seconds=wait)
        await self._record(c.chat_id, lambda s: outbox.retry(s, c.id, at, error))
        asyncio.get_running_loop().call_later(wait, self.wake.set)
        return outbox.PENDING

    @staticmethod
    def _done(s: Any, c: Claimed, now: datetime, result: object) -> None:
        outbox.sent(s, c.id, now)
        if c.delivery_id is not None:
            message_id = result.get("message_id") if isinstance(result, dict) else None
            deliveries.outcome(s, c.delivery_id, DeliveryStatus.SENT, now, message_id, c.attempts)

    @staticmethod
    def _failed(s: Any, c: Claimed, now: datetime, error: str) -> None:
        outbox.failed(s, c.id, now, error)
        if c.delivery_id is not None:
            deliveries.outcome(s, c.delivery_id, DeliveryStatus.FAILED, now, None, c.attempts)

    @staticmethod
    def _blocked(s: Any, c: Claimed, now: datetime) -> list[outbox.Dropped]:
        dropped = outbox.blocked(s, c.chat_id, now)
        for d in dropped:
            if d.delivery_id is not None:
                status = DeliveryStatus.BLOCKED
                deliveries.outcome(s, d.delivery_id, status, now, None, d.attempts)
        return dropped


def _already_done(c: Claimed, description: str) -> bool:
    """A refusal that means the call's effect is there: the message already shows this, or
    (on a second try) the press was answered by the first, which reached Telegram."""
    said = description.lower()
    if "not modified" in said:
        return True
    return c.method == "answerCallbackQuery" and c.attempts > 1 and "query is too old" in said
