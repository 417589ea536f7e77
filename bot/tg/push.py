"""The push dispatcher: claim the people whose workout is due, queue it, record it.

One loop per process ticks every PUSH_TICK_SECONDS. A tick claims due users with one
UPDATE ... RETURNING statement (its sub-select is FOR UPDATE SKIP LOCKED on PostgreSQL;
SQLite serialises writers), which gives each claimed row a lease. For each, one transaction
records the delivery under a unique (user, local date) key, queues the message in the outbox
and moves the person on to their next push: a crash, a second process or a retry can never
queue the same day's push twice, and a queued push is never lost. The outbox's sender
(bot/tg/outbox.py) sends it within the deployment's rate, shared with the replies, and marks
the delivery sent, blocked or failed.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from datetime import time as dt_time

from sqlalchemy.orm import Session
from telegram import Bot, InlineKeyboardMarkup

from bot.coach import schedule
from bot.coach.onboarding import decode_days
from bot.coach.status import DeliveryStatus
from bot.runtime.clock import SystemClock
from bot.runtime.services import Services
from bot.store import deliveries, outbox
from bot.store.db import Database
from bot.store.deliveries import Claimed
from bot.tg.deferred import Recording, recording
from bot.training.days_back import next_push

log = logging.getLogger(__name__)

CLAIM_BATCH = 1000  # at most this many people per claim
CLAIM_SECONDS = 20  # ...and no more than this many seconds of sending at SEND_RATE
# A claimed person belongs to one sender until the lease ends: longer than a batch takes,
# short enough that a crashed sender's people are picked up again within minutes (at once
# when the next process starts, on SQLite: one process, so any lease left is a dead one's).
LEASE = timedelta(minutes=3)
# People prepared at once. Each preparation is a few units of work on the database, which
# updates share (one thread on SQLite): a wave prepared all at once would queue every
# reply behind it; a few at a time keeps a reply's wait to a few units of work.
PREPARING = 4


@dataclass
class TickResult:
    claimed: int = 0
    queued: int = 0
    skipped: int = 0
    duplicate: int = 0
    failed: int = 0
    outcomes: dict[int, str] = field(default_factory=dict)


def _following(c: Claimed) -> datetime | None:
    hh, mm = (int(x) for x in c.push_time.split(":"))
    return next_push(decode_days(c.days), dt_time(hh, mm), c.tz, c.due_at, c.days_history)


async def _release(db: Database, c: Claimed) -> None:
    """Move the person on to their next push and give up the lease (one unit of work)."""
    following = _following(c)
    await db.run(lambda s: deliveries.release(s, c, following))


# The push's text and keyboard, or None when there is nothing to push (the day's workout is
# already logged): the day is then recorded as skipped and nothing is sent.
Compose = Callable[[Services, int, date], Awaitable[tuple[str, InlineKeyboardMarkup | None] | None]]


class Dispatcher:
    def __init__(self, svc: Services, bot: Bot, compose: Compose) -> None:
        self.svc = svc
        self.bot = bot
        self.compose = compose
        # Called when a tick queued a message, so the sender need not wait to look.
        self.queued: Callable[[], None] = lambda: None
        self._preparing = asyncio.Semaphore(PREPARING)

    async def start(self) -> None:
        if self.svc.db.alone():  # the one process on SQLite: a lease left is a dead one's
            await self.svc.db.run(deliveries.release_leases)

    @property
    def batch(self) -> int:
        return max(1, min(CLAIM_BATCH, int(self.svc.settings.send_rate * CLAIM_SECONDS)))

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
                "push tick: claimed=%d queued=%d skipped=%d duplicate=%d failed=%d",
                result.claimed,
                result.queued,
                result.skipped,
                result.duplicate,
                result.failed,
            )
            if result.queued:
                self.queued()
        return result

    async def _one(self, c: Claimed, now: datetime) -> str:
        """The outcome, a TickResult field."""
        try:
            async with self._preparing:
                outcome = await self._queue(c, now)
            if outcome == "queued":
                self.queued()  # the sender can start on it while the others are prepared
            return outcome
        except Exception:
            log.exception("push to one user failed unexpectedly")
            await _release(self.svc.db, c)
            return DeliveryStatus.FAILED.value

    async def _queue(self, c: Claimed, now: datetime) -> str:
        db = self.svc.db
        day = schedule.local_date(c.due_at, c.tz)
        following = _following(c)
        skipped = DeliveryStatus.SKIPPED

        def skip(s: Session) -> None:
            deliveries.record_intent(s, c, day, now, skipped)
            deliveries.release(s, c, following)

        if schedule.push_policy(c.due_at, now, c.tz) == "skip":
            await db.run(skip)
            log.info("push missed while down and the local day is over: skipped")
            return skipped.value
        composed = await self.compose(self.svc, c.user_id, c.moved_from or day)
        if composed is None:
            await db.run(skip)
            log.info("push not needed, the day's workout is already logged: skipped")
            return skipped.value
        text, markup = composed
        call = await self._recorded(c.chat_id, text, markup)

        def queue(s: Session) -> str:
            delivery_id = deliveries.record_intent(s, c, day, now, DeliveryStatus.SENDING)
            if delivery_id is not None:
                outbox.add(s, [replace(call, delivery_id=delivery_id)], SystemClock().now())
            deliveries.release(s, c, following)
            return "queued" if delivery_id is not None else "duplicate"

        return await db.run(queue)

    async def _recorded(
        self, chat_id: int, text: str, markup: InlineKeyboardMarkup | None
    ) -> outbox.Call:
        """The sendMessage call exactly as the bot would make it (recorded, not made)."""
        rec = Recording(chat_id=chat_id, priority=outbox.PUSH)
        with recording(rec):
            await self.bot.send_message(chat_id, text, reply_markup=markup)
        if len(rec.calls) != 1:
            raise RuntimeError("the push was not recorded")
        return rec.calls[0]


async def push_loop(dispatcher: Dispatcher, interval: float) -> None:
    await dispatcher.start()
    while True:
        try:
            result = await dispatcher.tick()
        except Exception:  # a database hiccup must not end the loop; the next tick retries
            log.exception("push tick failed")
        else:
            if result.claimed >= dispatcher.batch:
                continue  # a full batch: more people are probably due right now
        await asyncio.sleep(interval)
