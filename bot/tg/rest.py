"""The rest loop: fires the rest timers that are due (bot/training/rest.py).

One loop per process (beside the push loop, and like it off with PUSH_WORKER=0) looks every
REST_TICK seconds. A tick claims due timers with one UPDATE ... RETURNING that gives each a
lease (FOR UPDATE SKIP LOCKED on PostgreSQL), renders each one's message, then fires it in
one transaction: its row deleted by id and its message put in the outbox. A timer replaced
or cancelled meanwhile, or fired by another worker, deletes nothing and queues nothing; a
worker that dies between claim and fire leaves the row, which is claimed again when the
lease ends (at once on the next start, on SQLite). So each timer says it is over once, after
a restart too, and through the outbox, within the deployment's sending limits.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import timedelta

from sqlalchemy.orm import Session
from telegram import Bot, InlineKeyboardMarkup

from bot.runtime.clock import SystemClock
from bot.runtime.services import Services
from bot.store import outbox, rest_timers
from bot.store.rest_timers import Claimed
from bot.tg.deferred import Recording, recording
from bot.training import rest
from bot.training.rest import RestOver

log = logging.getLogger(__name__)

REST_TICK = 1.0  # seconds between looks: a rest is said over at most about this late
CLAIM_BATCH = 200
LEASE = timedelta(seconds=30)

Compose = Callable[[Services, RestOver], tuple[str, InlineKeyboardMarkup | None]]


class RestAlarm:
    def __init__(self, svc: Services, bot: Bot, compose: Compose) -> None:
        self.svc = svc
        self.bot = bot
        self.compose = compose
        # Called after a tick queued messages, so the sender need not wait to look.
        self.queued: Callable[[], None] = lambda: None

    async def start(self) -> None:
        if self.svc.db.alone():  # the one process on SQLite: a lease left is a dead one's
            await self.svc.db.run(rest_timers.release_leases)

    async def tick(self) -> int:
        """Fire what is due; the number of messages queued."""
        now = self.svc.clock.now()
        db = self.svc.db
        claimed = await db.run(lambda s: rest_timers.claim_due(s, now, CLAIM_BATCH, LEASE))
        fired = 0
        for timer in claimed:
            try:
                fired += await self._fire(timer)
            except Exception:
                log.exception("a rest timer could not be fired; it is tried again")
        if fired:
            self.queued()
        return fired

    async def _fire(self, timer: Claimed) -> bool:
        db = self.svc.db
        over = await db.run(lambda s: rest.over(self.svc, s, timer))
        call = None
        if over is not None:
            call = await self._recorded(timer.chat_id, *self.compose(self.svc, over))

        def fire(s: Session) -> bool:
            if not rest_timers.take(s, timer.id):
                return False  # replaced, cancelled or fired meanwhile
            if call is None or rest.over(self.svc, s, timer) is None:
                return False  # the person moved on: nothing to say
            outbox.add(s, [call], SystemClock().now())
            return True

        fired = await db.run(fire)
        if not fired and over is not None:
            log.info("rest timer ended unsaid")
        return fired

    async def _recorded(
        self, chat_id: int, text: str, markup: InlineKeyboardMarkup | None
    ) -> outbox.Call:
        """The sendMessage call exactly as the bot would make it (recorded, not made)."""
        rec = Recording(chat_id=chat_id)
        with recording(rec):
            await self.bot.send_message(chat_id, text, reply_markup=markup)
        if len(rec.calls) != 1:
            raise RuntimeError("the rest message was not recorded")
        return rec.calls[0]


async def rest_loop(alarm: RestAlarm, interval: float = REST_TICK) -> None:
    await alarm.start()
    while True:
        try:
            await alarm.tick()
        except Exception:  # a database hiccup must not end the loop; the next tick retries
            log.exception("rest tick failed")
        await asyncio.sleep(interval)
