"""The durable inbox: every update is stored before Telegram is told it arrived, then
processed exactly once, in order for each chat, on any number of workers.

    receive   polling (bot/tg/polling.py) or the webhook stores a batch of raw updates,
              keyed by update_id, and only then moves the offset / answers 200.
    claim     each worker claims, per chat, the earliest update not done (a short lease).
    process   the update runs through the Application's handlers inside one transaction:
              their units of work, the Bot API calls they make (recorded, see
              bot/tg/deferred.py, into the outbox) and the update marked done commit
              together, or not at all.
    fail      a handler that raises is retried twice with a pause; the third failure, like
              an update the library cannot parse, sets it aside with its error (and the
              person is told once that something went wrong), so it never blocks the rest.

A re-delivered update_id is ignored when stored; an update two workers both picked up (a
lease that ran out) commits once: the second finds it done and rolls back.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Callable
from datetime import timedelta
from functools import partial
from typing import TYPE_CHECKING, Any

from telegram import Update
from telegram.ext import Application, ExtBot

from bot.runtime.clock import Clock, SystemClock, sent_at
from bot.runtime.services import Services
from bot.runtime.wake import woken
from bot.store import inbox, outbox
from bot.store.db import AlreadyDone, UpdateTransaction, current_transaction
from bot.store.inbox import Claimed, Incoming
from bot.tg.deferred import Recording, recording
from bot.tg.update_log import failures

if TYPE_CHECKING:
    from bot.tg.outbox import Sender

log = logging.getLogger(__name__)

LEASE = timedelta(seconds=30)  # longer than any update takes; a dead worker's updates wait this
ATTEMPTS = 3  # a handler that fails this often is set aside
RETRY_PAUSE = timedelta(seconds=1)  # doubled after each failure
# Webhook mode: a stored update waits this long before it is claimed, so that a chat's
# earlier update, delivered side by side to another worker, is stored first.
SETTLE = timedelta(milliseconds=100)
IDLE = 0.25  # seconds between looks at the inbox when nothing woke us (other workers' updates)
KEEP_DONE = timedelta(days=2)  # how long a processed update_id is still recognised


class Inbox:
    """Receives, claims and processes updates for one process."""

    def __init__(
        self,
        app: Application,
        svc: Services,
        concurrency: int,
        settle: timedelta = timedelta(0),
    ) -> None:
        self.app = app
        self.svc = svc
        # Leases and retries run on the wall clock, not the domain clock tests move.
        self.clock: Clock = SystemClock()
        self.concurrency = concurrency
        self.settle = settle  # see bot/store/inbox.py claim
        self.wake = asyncio.Event()
        # The last claim may have left claimable updates (it took all it had room for):
        # only then does a finished update's free slot call for the loop to claim again.
        self.backlog = False
        self.tasks: set[asyncio.Task[None]] = set()
        # Called with (update_id, state, calls queued) after each attempt: the sender, tests.
        self.listeners: list[Callable[[int, str, int], None]] = []
        self._pending: list[tuple[Incoming, asyncio.Future[None]]] = []
        self._flushing: asyncio.Task[None] | None = None
        self.flood = inbox.Flood(limit=svc.settings.flood_limit)
        # Set by the runner: an update's commit claims its replies for this sender.
        self.sender: Sender | None = None

    # --- receiving --------------------------------------------------------------------

    async def store(self, updates: list[Incoming]) -> None:
        """Store a batch; returns once it is committed. A chat flooding the bot has what is
        past the limit held back, and is asked once to slow down."""
        if not updates:
            return
        now = self.clock.now()
        text = self.svc.render.text("slow_down")

        room = self.room()

        def work(s: Any) -> list[Claimed]:
            inbox.store(s, updates, now)
            chats = [u.chat_id for u in updates if u.chat_id is not None]
            for chat in inbox.hold_back_floods(s, chats, now, self.flood):
                log.info("a chat is flooding the bot: its updates are held back for a while")
                fields = {"chat_id": str(chat), "text": text, "parse_mode": "HTML"}
                outbox.add(s, [outbox.Call(chat, "sendMessage", fields)], now)
            return self.claim_in(s, room)

        self.adopt(await self.svc.db.run(work), room)
        if self.settle:  # what was just stored may be claimed once it has settled
            asyncio.get_running_loop().call_later(self.settle.total_seconds(), self.wake.set)

    async def receive(self, update: Incoming) -> None:
        """Store one update, batched with whatever else arrives meanwhile (webhook)."""
        future = asyncio.get_running_loop().create_future()
        self._pending.append((update, future))
        if self._flushing is None or self._flushing.done():
            self._flushing = asyncio.create_task(self._flush())
        await future

    async def _flush(self) -> None:
        while self._pending:
            batch, self._pending = self._pending, []
            try:
                await self.store([u for u, _ in batch])
            except Exception as err:
                for _, future in batch:
                    if not future.done():
                        future.set_exception(err)
            else:
                for _, future in batch:
                    if not future.done():
                        future.set_result(None)

    # --- processing -------------------------------------------------------------------

    async def run(self) -> None:
        """Claim and process until cancelled. Leases of a dead process are released first,
        so what was stored and not done is processed before anything new."""
        await self.svc.db.run(inbox.release_leases)
        purged = 0.0
        loop = asyncio.get_running_loop()
        while True:
            self.wake.clear()
            free = self.concurrency - len(self.tasks)
            claimed: list[Claimed] = []
            if free > 0:
                now = self.clock.now()
                try:
                    claimed = await self.svc.db.run(
                        partial(
                            inbox.claim,
                            now=now,
                            limit=free,
                            lease=LEASE,
                            settle=self.settle,
                            set_aside=self._never_finished,
                        )
                    )
                except Exception:
                    log.exception("inbox: claim failed")
                    await asyncio.sleep(1)
                    continue
            if free > 0:
                self.backlog = False  # adopt sets it again if the claim was full
            if claimed:
                self.adopt(claimed, free)
            if loop.time() - purged > 3600:
                purged = loop.time()
                before = self.clock.now() - KEEP_DONE
                await self.svc.db.run(partial(inbox.purge, before=before))
            # Whatever changes what can be claimed wakes us: a stored batch, a finished
            # update (its chat's next one is free). Re-claiming at once would mostly find
            # nothing and hold the database's turn for it.
            await woken(self.wake, IDLE)

    def room(self) -> int:
        return max(0, self.concurrency - len(self.tasks))

    def claim_in(self, s: Any, room: int, chat: int | None = None) -> list[Claimed]:
        """Claim inside another unit of work (a batch stored; an update done: its chat's
        next), saving the loop a round of its own; `adopt` what it took after the commit.
        On a database thread."""
        if room <= 0:
            return []
        return inbox.claim(
            s, self.clock.now(), room, LEASE, self.settle, chat, self._never_finished
        )

    def _never_finished(self, s: Any, gone: list[tuple[int, int | None]]) -> None:
        """Updates set aside because their processing never finished (the process died
        each time): each person is told once that something went wrong, as after a
        handler's last failure, rather than left without an answer."""
        calls = [self._sorry(chat, update_id) for update_id, chat in gone if chat is not None]
        outbox.add(s, calls, self.clock.now())
        log.warning(
            "%d updates set aside: claimed %d times, never finished", len(gone), inbox.MAX_CLAIMS
        )

    def _sorry(self, chat_id: int, update_id: int) -> outbox.Call:
        text = self.svc.render.text("error")
        fields = {"chat_id": str(chat_id), "text": text, "parse_mode": "HTML"}
        return outbox.Call(chat_id, "sendMessage", fields, update_id=update_id)

    def _finished(self, task: asyncio.Task[None]) -> None:
        """A slot is free: if updates wait for one, the loop claims them now."""
        self.tasks.discard(task)
        if self.backlog:
            self.wake.set()

    def adopt(self, claimed: list[Claimed], room: int) -> None:
        """Process what was claimed; if it may not have been all, the loop looks again."""
        for c in claimed:
            task = asyncio.create_task(self._process(c), name=f"update-{c.update_id}")
            self.tasks.add(task)
            task.add_done_callback(self._finished)
        if len(claimed) >= room:
            self.backlog = True
            self.wake.set()

    async def drain(self) -> None:
        """Wait for the updates in progress (at stop)."""
        if self.tasks:
            await asyncio.gather(*self.tasks, return_exceptions=True)

    async def _process(self, c: Claimed) -> None:
        state, calls = inbox.NEW, 0
        try:
            state, calls = await self._attempt(c)
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("inbox: update %s could not be finished", c.update_id)
        for listener in self.listeners:
            listener(c.update_id, state, calls)

    async def _attempt(self, c: Claimed) -> tuple[str, int]:
        """What became of the update, and how many calls it queued."""
        db, clock = self.svc.db, self.clock
        try:
            update = Update.de_json(json.loads(c.payload), self.app.bot)
        except Exception as err:
            log.warning(
                "update %s set aside: it cannot be parsed (%s)", c.update_id, type(err).__name__
            )
            await db.run(lambda s: inbox.set_aside(s, c.update_id, clock.now(), "unparseable"))
            self.wake.set()  # its chat's next update is free
            return inbox.ASIDE, 0
        if isinstance(self.app.bot, ExtBot):
            self.app.bot.insert_callback_data(update)  # what PTB's own updater does

        def opening(s: Any) -> None:
            if not inbox.begin_done(s, c.update_id, clock.now()):
                raise AlreadyDone

        tx = UpdateTransaction(db, opening)
        rec = Recording(chat_id=c.chat_id, update_id=c.update_id)
        raised: list[BaseException] = []
        tokens = (current_transaction.set(tx), failures.set(raised))
        try:
            with recording(rec), sent_at(c.sent_at):
                await self.app.process_update(update)
        except Exception as err:  # PTB hands handler errors to on_error; this is anything else
            raised.append(err)
        finally:
            # Reset before anything below touches the database: a unit of work run while
            # `tx` is current would reopen it.
            current_transaction.reset(tokens[0])
            failures.reset(tokens[1])
        try:
            if any(isinstance(e, AlreadyDone) for e in raised):
                raise AlreadyDone
            if raised:
                raise raised[0]
            calls = rec.calls
            sender = self.sender
            replies = sender.room() if sender is not None else 0
            room = self.room() + 1  # this update's own slot is about to be free

            def final(s: Any) -> tuple[outbox.Batch, list[Claimed]]:
                outbox.add(s, calls, clock.now())
                # Its replies go to the sender at once, and the chat's next update is taken
                # on here (each reads only this chat's rows).
                send = outbox.Batch()
                if sender is not None and c.chat_id is not None:
                    send = sender.claim_in(s, replies, c.chat_id)
                return send, self.claim_in(s, room, c.chat_id) if c.chat_id else []

            send, more = await tx.commit(final)
            if sender is not None:
                sender.adopt(send)
            self.adopt(more, room)  # other chats' waiting updates: see _finished
            return inbox.DONE, len(calls)
        except AlreadyDone:
            log.info("update %s was done by another worker", c.update_id)
            self.wake.set()
            return inbox.DONE, 0
        except Exception as err:
            await tx.end()
            return await self._failed(c, err)
        finally:
            await tx.end()  # a no-op after a commit

    async def _failed(self, c: Claimed, err: BaseException) -> tuple[str, int]:
        """Retry later, or after the last attempt set it aside and say sorry once."""
        self.wake.set()  # other chats' updates, or this chat's next once it is aside
        db, clock = self.svc.db, self.clock
        error = type(err).__name__
        if c.failures + 1 < ATTEMPTS:
            at = clock.now() + RETRY_PAUSE * 2**c.failures
            await db.run(lambda s: inbox.retry_later(s, c.update_id, at, error))
            asyncio.get_running_loop().call_later((at - clock.now()).total_seconds(), self.wake.set)
            return inbox.NEW, 0
        sorry = [self._sorry(c.chat_id, c.update_id)] if c.chat_id is not None else []

        def aside(s: Any) -> int:
            if not inbox.set_aside(s, c.update_id, clock.now(), error):
                return 0
            outbox.add(s, sorry, clock.now())
            return len(sorry)

        queued = await db.run(aside)
        log.warning("update %s set aside after %d failures (%s)", c.update_id, ATTEMPTS, error)
        return inbox.ASIDE, queued
