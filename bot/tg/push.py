"""The push dispatcher: claim the people whose workout is due, send it, record it.

One loop per process ticks every PUSH_TICK_SECONDS. A tick claims due users with one
UPDATE ... RETURNING statement (its sub-select is FOR UPDATE SKIP LOCKED on PostgreSQL;
SQLite serialises writers), which gives each claimed row a lease. Each delivery is
recorded under a unique (user, local date) key *before* the message goes out, so a crash,
a second process or a retry can never send the same day's push twice; the price is that a
process killed between recording and sending loses that one push (at most once, by design).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from datetime import time as dt_time
from typing import Any

from telegram import Bot, InlineKeyboardMarkup
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TimedOut
from telegram.ext import ExtBot

from bot.coach import schedule
from bot.coach.onboarding import decode_days
from bot.coach.status import DeliveryStatus
from bot.runtime.services import Services
from bot.store import deliveries
from bot.store.db import Database
from bot.store.deliveries import Claimed
from bot.tg.send_retry import NO_RETRY, seconds

log = logging.getLogger(__name__)

CLAIM_BATCH = 1000  # at most this many people per claim
CLAIM_SECONDS = 20  # ...and no more than this many seconds of sending at PUSH_RATE
# A claimed person belongs to one sender until the lease ends: longer than a batch takes,
# short enough that a crashed sender's people are picked up again within minutes.
LEASE = timedelta(minutes=3)
NETWORK_RETRIES = 3


@dataclass
class TickResult:
    claimed: int = 0
    sent: int = 0
    skipped: int = 0
    duplicate: int = 0
    blocked: int = 0
    failed: int = 0
    uncertain: int = 0
    outcomes: dict[int, str] = field(default_factory=dict)


class SendBudget:
    """At most `rate` proactive messages a second for this process.

    Two checks. Slots spaced 1/rate apart, taken before a delivery is recorded, keep sends
    even. And a sliding window: each send holds one of `rate` permits from the moment it
    leaves until one second after its answer came back. Telegram received it somewhere in
    between, so no one-second window at Telegram's end ever holds more than `rate` sends,
    whatever jitter the database commit or the event loop adds. A 429 pushes every later
    slot back by its retry_after.
    """

    WINDOW = 1.0

    def __init__(self, rate: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.interval = 1.0 / rate
        self.clock = clock
        self._next = 0.0
        self._lock = asyncio.Lock()
        self._permits = asyncio.Semaphore(max(1, int(rate)))

    async def acquire(self) -> None:
        """Take the next slot; called before recording the delivery."""
        async with self._lock:
            now = self.clock()
            slot = max(now, self._next)
            self._next = slot + self.interval
        if slot > now:
            await asyncio.sleep(slot - now)

    @contextlib.asynccontextmanager
    async def departing(self) -> AsyncIterator[None]:
        """Hold a window permit around one request."""
        await self._permits.acquire()
        try:
            yield
        finally:
            asyncio.get_running_loop().call_later(self.WINDOW, self._permits.release)

    def pause(self, seconds: float) -> None:
        self._next = max(self._next, self.clock() + seconds)


def _following(c: Claimed) -> datetime | None:
    hh, mm = (int(x) for x in c.push_time.split(":"))
    return schedule.next_push_at(decode_days(c.days), dt_time(hh, mm), c.tz, c.due_at)


async def _release(db: Database, c: Claimed, *, blocked: bool = False) -> None:
    """Move the person on to their next push and give up the lease (one unit of work)."""
    if blocked:  # 403: no more pushes until they /start again
        await db.run(lambda s: deliveries.release_blocked(s, c))
        return
    following = _following(c)
    await db.run(lambda s: deliveries.release(s, c, following))


Compose = Callable[[Services, int, date], Awaitable[tuple[str, InlineKeyboardMarkup | None]]]


class Dispatcher:
    def __init__(self, svc: Services, bot: Bot, compose: Compose) -> None:
        self.svc = svc
        self.bot = bot
        self.compose = compose
        self.budget = SendBudget(svc.settings.push_rate)
        # Enough sends in flight to use the budget even when Telegram answers slowly.
        self.in_flight = asyncio.Semaphore(max(1, int(svc.settings.push_rate)))
        # The application's bot retries on its own (bot/tg/send_retry.py); pushes decide here.
        self._no_retry: dict[str, Any] = (
            {"rate_limit_args": NO_RETRY} if isinstance(bot, ExtBot) else {}
        )

    @property
    def batch(self) -> int:
        return max(1, min(CLAIM_BATCH, int(self.svc.settings.push_rate * CLAIM_SECONDS)))

    async def tick(self) -> TickResult:
        now = self.svc.clock.now()
        batch = self.batch
        claimed = await self.svc.db.run(lambda s: deliveries.claim_due(s, now, batch, LEASE))
        result = TickResult(claimed=len(claimed))
        if claimed:
            outcomes = await asyncio.gather(*(self._one(c, now) for c in claimed))
            for c, outcome in zip(claimed, outcomes, strict=True):
                result.outcomes[c.user_id] = outcome
                setattr(result, outcome, getattr(result, outcome) + 1)
            log.info(
                "push tick: claimed=%d sent=%d skipped=%d duplicate=%d blocked=%d failed=%d",
                result.claimed,
                result.sent,
                result.skipped,
                result.duplicate,
                result.blocked,
                result.failed,
            )
        return result

    async def _one(self, c: Claimed, now: datetime) -> str:
        """The outcome, a TickResult field: a delivery status, or "duplicate"."""
        async with self.in_flight:
            try:
                return await self._deliver(c, now)
            except Exception:
                log.exception("push to one user failed unexpectedly")
                await _release(self.svc.db, c)
                return DeliveryStatus.FAILED.value

    async def _deliver(self, c: Claimed, now: datetime) -> str:
        db = self.svc.db
        day = schedule.local_date(c.due_at, c.tz)
        if schedule.push_policy(c.due_at, now, c.tz) == "skip":
            skipped = DeliveryStatus.SKIPPED
            await db.run(lambda s: deliveries.record_intent(s, c, day, now, skipped))
            log.info("push missed while down and the local day is over: skipped")
            await _release(db, c)
            return skipped.value
        text, markup = await self.compose(self.svc, c.user_id, c.moved_from or day)
        # Take the send slot first, so the gap between recording the intent and the request
        # leaving (where a crash loses a push) is a database commit, not a queue wait.
        await self.budget.acquire()
        sending = DeliveryStatus.SENDING
        if not await db.run(lambda s: deliveries.record_intent(s, c, day, now, sending)):
            # The day is already handled. A row still "sending" after its lease ran out
            # belongs to a sender that died mid-request: say so rather than leave it open.
            await db.run(lambda s: deliveries.mark_interrupted(s, c, day, now - LEASE))
            await _release(db, c)
            return "duplicate"
        status, message_id, attempts = await self._send(c.chat_id, text, markup)
        done = self.svc.clock.now()
        await db.run(lambda s: deliveries.finish(s, c, day, status, done, message_id, attempts))
        await _release(db, c, blocked=status == DeliveryStatus.BLOCKED)
        return status.value

    async def _send(
        self, chat_id: int, text: str, markup: InlineKeyboardMarkup | None
    ) -> tuple[DeliveryStatus, int | None, int]:
        """Send with Telegram's rules: wait out 429s, stop on 403, retry network errors."""
        attempts = 0
        network_failures = 0
        while True:
            attempts += 1
            if attempts > 1:
                await self.budget.acquire()
            try:
                async with self.budget.departing():
                    message = await self.bot.send_message(
                        chat_id, text, reply_markup=markup, **self._no_retry
                    )
                return DeliveryStatus.SENT, message.message_id, attempts
            except RetryAfter as err:
                wait = seconds(err.retry_after)
                self.budget.pause(wait)
                log.warning("flood control on a push: waiting %.1f s", wait)
            except Forbidden:
                return DeliveryStatus.BLOCKED, None, attempts
            except TimedOut as err:
                if "pool timeout" not in str(err).lower():
                    # Telegram may have delivered it; sending again could double it.
                    return DeliveryStatus.UNCERTAIN, None, attempts
                # A pool timeout: the request never left this process, so retrying is safe.
                network_failures += 1
                if network_failures > NETWORK_RETRIES:
                    return DeliveryStatus.FAILED, None, attempts
                await asyncio.sleep(0.5 * 2 ** (network_failures - 1))
            except BadRequest:
                log.warning("a push was rejected as a bad request")
                return DeliveryStatus.FAILED, None, attempts
            except NetworkError:
                network_failures += 1
                if network_failures > NETWORK_RETRIES:
                    return DeliveryStatus.FAILED, None, attempts
                await asyncio.sleep(0.5 * 2 ** (network_failures - 1))


async def push_loop(dispatcher: Dispatcher, interval: float) -> None:
    while True:
        try:
            result = await dispatcher.tick()
        except Exception:  # a database hiccup must not end the loop; the next tick retries
            log.exception("push tick failed")
        else:
            if result.claimed >= dispatcher.batch:
                continue  # a full batch: more people are probably due right now
        await asyncio.sleep(interval)
