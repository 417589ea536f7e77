"""Dispatcher tests: the real Dispatcher queueing into the outbox and the real Sender making
the calls, against the stand-in, on a real database (a SQLite file and a PostgreSQL database:
tests/conftest.py's db_url).

The dispatcher runs on a hand-moved clock: each test calls tick() itself. The sender runs in
the background on the wall clock, as in production (its leases, retries and 429 pauses are
real seconds); a test waits for it with `delivered()`, which returns once the outbox holds
nothing unfinished, so nothing depends on guessed timing.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select
from telegram import Bot

from bot.handlers.workouts import compose_push
from bot.runtime.clock import ManualClock
from bot.runtime.config import load_settings
from bot.runtime.services import Services
from bot.standin.server import ApiCall, BotApiStandIn, SentMessage
from bot.store import outbox
from bot.store.models import Delivery, OutboxMessage, User
from bot.tg.app import bot_request
from bot.tg.http_client import AiohttpRequest
from bot.tg.outbox import Sender
from bot.tg.push import Dispatcher, TickResult
from bot.tg.runner import build_services
from bot.training.people import reschedule
from tests.factories import make_user
from tests.knowledge import shared_knowledge

GUARD = 20.0  # seconds before waiting for the sender is called a hang


@dataclass
class PushEnv:
    svc: Services
    standin: BotApiStandIn
    clock: ManualClock
    dispatcher: Dispatcher
    request: AiohttpRequest  # the sender's HTTP client (the bot's own, as in production)
    sender: Sender | None = None
    sender_task: asyncio.Task[None] | None = None
    finished: list[tuple[outbox.Claimed, str]] = field(default_factory=list)
    changed: asyncio.Event = field(default_factory=asyncio.Event)

    async def add_user(
        self,
        user_id: int,
        *,
        tz: str = "Europe/Berlin",
        days: str = "0,3",
        at: str = "18:30",
        goal: str = "tone",
        place: str = "gym",
        started: date = date(2026, 11, 2),
    ) -> None:
        now = self.clock.now()
        with self.svc.db.session() as s:
            user = make_user(
                user_id,
                now,
                goal=goal,
                place=place,
                days=days,
                push_time=at,
                tz=tz,
                started_on=started,
            )
            reschedule(user, now)
            s.add(user)

    async def user(self, user_id: int) -> User:
        with self.svc.db.session() as s:
            return s.execute(select(User).where(User.id == user_id)).scalar_one()

    async def deliveries(self, user_id: int | None = None) -> list[Delivery]:
        with self.svc.db.session() as s:
            stmt = select(Delivery).order_by(Delivery.id)
            if user_id is not None:
                stmt = stmt.where(Delivery.user_id == user_id)
            return list(s.execute(stmt).scalars())

    async def outbox_rows(self, chat_id: int) -> list[OutboxMessage]:
        with self.svc.db.session() as s:
            stmt = select(OutboxMessage).where(OutboxMessage.chat_id == chat_id)
            return list(s.execute(stmt.order_by(OutboxMessage.id)).scalars())

    async def unfinished(self) -> int:
        return await self.svc.db.run(outbox.unfinished)

    def pushes(self, chat_id: int) -> list[SentMessage]:
        return [m for m in self.standin.messages(chat_id) if "workout" in (m.text or "")]

    def sends(self, chat_id: int) -> list[ApiCall]:
        """Every sendMessage request for the chat that reached the stand-in, in order."""
        return [c for c in self.standin.calls("sendMessage") if c.params.get("chat_id") == chat_id]

    async def at(self, when: datetime) -> TickResult:
        """One dispatcher tick at `when`: what it claimed and queued (nothing sent yet)."""
        self.clock.set(when)
        return await self.dispatcher.tick()

    async def deliver_at(self, when: datetime) -> TickResult:
        """A tick at `when`, then the sender makes whatever it queued."""
        result = await self.at(when)
        await self.delivered()
        return result

    async def delivered(self, timeout: float = GUARD) -> None:
        """Wait until the sender has finished every call in the outbox (made, refused or
        dropped; a call waiting to be retried is not finished)."""
        assert self.sender_task is not None and not self.sender_task.done(), "no sender"
        async with asyncio.timeout(timeout):
            while await self.unfinished():
                self.changed.clear()
                with contextlib.suppress(TimeoutError):
                    async with asyncio.timeout(0.1):
                        await self.changed.wait()

    def start_sender(self, request: AiohttpRequest | None = None) -> Sender:
        """A sender, as a worker starts one (a new one stands for a restarted worker), on
        the bot's HTTP client unless told otherwise."""
        assert self.sender_task is None, "a sender is running"
        sender = Sender(self.svc, request or self.request, self.dispatcher.bot.base_url)

        def finished(call: outbox.Claimed, state: str) -> None:
            self.finished.append((call, state))
            self.changed.set()

        sender.listeners.append(finished)
        self.dispatcher.queued = sender.wake.set
        self.sender = sender
        self.sender_task = asyncio.create_task(sender.serve(), name="sender")
        return sender

    async def stop_sender(self) -> None:
        """Stop it dead, calls in flight included: what a killed worker leaves behind."""
        sender, task = self.sender, self.sender_task
        self.sender = self.sender_task = None
        self.dispatcher.queued = lambda: None
        if task is None or sender is None:
            return
        tasks = [task, *sender.tasks]
        for t in tasks:
            t.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)


@pytest.fixture
async def push_env(tmp_path: Path, db_url: str) -> AsyncIterator[PushEnv]:
    """Runs each dispatcher test twice: on a SQLite file and on a fresh PostgreSQL database.
    The sender is running when the test starts."""
    with BotApiStandIn(files_dir=tmp_path / "files") as standin:
        settings = load_settings({"DATABASE_URL": db_url})
        clock = ManualClock(datetime(2026, 11, 16, 8, 0, tzinfo=UTC))
        svc = await build_services(settings, clock, shared_knowledge())
        # The dispatcher's Bot records its sendMessage (bot/tg/deferred.py); the sender makes
        # it on the same client, as bot/tg/runner.py wires them.
        request = bot_request()
        bot = Bot(standin.token, base_url=standin.base_url, request=request)
        try:
            async with bot:
                env = PushEnv(svc, standin, clock, Dispatcher(svc, bot, compose_push), request)
                env.start_sender()
                try:
                    yield env
                finally:
                    await env.stop_sender()
        finally:
            await svc.db.dispose()
