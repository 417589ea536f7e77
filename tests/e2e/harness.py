"""End-to-end harness: the real Application, polling the loopback stand-in over real HTTP,
with a real SQLite file. Each step waits until the bot has finished processing the update
it caused, so tests never sleep or guess."""

from __future__ import annotations

import asyncio
import contextlib
from collections import Counter
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select
from telegram.ext import Application

from bot.runtime.clock import ManualClock
from bot.runtime.config import load_settings
from bot.runtime.services import Services
from bot.standin.server import BotApiStandIn, SentMessage
from bot.store import inbox, outbox
from bot.store.models import OutboxMessage
from bot.tg.runner import Worker, build_services, running
from tests.knowledge import shared_knowledge

DEFAULT_NOW = datetime(2026, 11, 16, 9, 0, tzinfo=UTC)  # a Monday morning


@dataclass
class Env:
    standin: BotApiStandIn
    svc: Services
    app: Application
    clock: ManualClock
    # update_id -> calls it queued, once the inbox finished it (done or set aside)
    processed: dict[int, int] = field(default_factory=dict)
    # update_id -> its calls the sender finished (made, refused or dropped)
    replied: Counter[int] = field(default_factory=Counter)
    changed: asyncio.Event = field(default_factory=asyncio.Event)

    def finished(self, update_id: int) -> bool:
        calls = self.processed.get(update_id)
        return calls is not None and self.replied[update_id] >= calls

    async def processed_update(self, update_id: int, timeout: float = 10.0) -> None:
        """Wait until the update is processed and every call it queued has been made."""

        async def _wait() -> None:
            while not self.finished(update_id):
                self.changed.clear()
                await self.changed.wait()

        try:
            await asyncio.wait_for(_wait(), timeout)
        except TimeoutError:
            calls = await self.svc.db.run(
                lambda s: s.execute(
                    select(OutboxMessage.method, OutboxMessage.state, OutboxMessage.error).where(
                        OutboxMessage.update_id == update_id
                    )
                ).all()
            )
            state = await self.svc.db.run(lambda s: inbox.states(s, [update_id]))
            raise TimeoutError(
                f"update {update_id}: {state}, calls {calls}, "
                f"seen {self.processed.get(update_id)}/{self.replied[update_id]}"
            ) from None

    def chat(self, user_id: int = 1001, **kw: object) -> Chat:
        return Chat(self, user_id, **kw)  # type: ignore[arg-type]


class Chat:
    """One person talking to the bot."""

    def __init__(self, env: Env, user_id: int, chat_id: int | None = None) -> None:
        self.env = env
        self.user_id = user_id
        self.chat_id = chat_id if chat_id is not None else user_id

    @property
    def standin(self) -> BotApiStandIn:
        return self.env.standin

    async def _after(self, update_id: int) -> list[SentMessage]:
        await self.env.processed_update(update_id)
        return self.standin.messages_since(self._mark, self.chat_id)

    async def say(self, text: str, **kw: object) -> list[SentMessage]:
        """Send text; return the messages the bot sent or edited in reply."""
        self._mark = self.standin.mark()
        self.last_sent = self.standin.send_text(self.user_id, text, chat_id=self.chat_id, **kw)  # type: ignore[arg-type]
        return await self._after(self.standin.last_update_id)

    async def send(self, kind: str, **kw: object) -> list[SentMessage]:
        """Send a sticker, photo, voice note..."""
        self._mark = self.standin.mark()
        getattr(self.standin, f"send_{kind}")(self.user_id, chat_id=self.chat_id, **kw)
        return await self._after(self.standin.last_update_id)

    async def edit(self, message_id: int, text: str) -> list[SentMessage]:
        self._mark = self.standin.mark()
        self.standin.edit_text(self.user_id, message_id, text)
        return await self._after(self.standin.last_update_id)

    async def press(self, message_id: int, data: str) -> list[SentMessage]:
        self._mark = self.standin.mark()
        self.standin.press(self.user_id, message_id, data, chat_id=self.chat_id)
        return await self._after(self.standin.last_update_id)

    def last_keyboard(self) -> SentMessage:
        for message in reversed(self.standin.messages(self.chat_id)):
            if message.buttons and not message.deleted:
                return message
        raise AssertionError("no message with buttons in this chat")

    async def tap(self, label: str) -> list[SentMessage]:
        """Press the button whose text contains `label` on the latest keyboard; past /week's
        one (its only buttons turn the week shown: "Next week"), the one before it."""
        message = self.last_keyboard()
        turns = all(d.startswith("1:week:") for row in message.buttons for _, d in row)
        if turns and not any(label.lower() in t.lower() for row in message.buttons for t, _ in row):
            earlier = [
                m
                for m in self.standin.messages(self.chat_id)
                if m.buttons and not m.deleted and m.message_id < message.message_id
            ]
            message = earlier[-1] if earlier else message
        matches = [(t, d) for row in message.buttons for t, d in row if label.lower() in t.lower()]
        assert matches, f"no button like {label!r} in {message.buttons}"
        return await self.press(message.message_id, matches[0][1])

    def last_text(self) -> str:
        return self.standin.messages(self.chat_id)[-1].text or ""


def texts(messages: list[SentMessage]) -> str:
    return "\n---\n".join(m.text or m.caption or "" for m in messages)


@contextlib.asynccontextmanager
async def bot_env(
    tmp_path: Path,
    *,
    now: datetime = DEFAULT_NOW,
    db_name: str = "bot.sqlite3",
    extra_env: dict[str, str] | None = None,
    standin: BotApiStandIn | None = None,
) -> AsyncIterator[Env]:
    own_standin = standin is None
    if standin is None:
        standin = BotApiStandIn(files_dir=tmp_path / "files")
        standin.start()
    # People here tap as fast as a program can: Telegram's limits (tests/store/test_outbox.py,
    # which the stand-in does not enforce unless asked) would only make these tests wait, and
    # the flood limit (tests/e2e/test_flood.py) would hold their taps back.
    base = {
        "DATABASE_URL": f"sqlite:///{tmp_path / db_name}",
        "SEND_RATE": "1000",
        "SEND_CHAT_BURST": "1000",
        "FLOOD_LIMIT": "100000",
    }
    settings = load_settings(base | (extra_env or {}))
    clock = ManualClock(now)
    # Messages are dated by the test's clock, as Telegram dates them by the real one: the bot
    # takes a recent message's date as the time it was sent (bot/runtime/clock.py).
    standin.clock = lambda: clock.now().timestamp()
    svc = await build_services(settings, clock, shared_knowledge())
    try:
        async with running(svc, standin.token, standin.base_url, poll_timeout=1) as app:
            env = Env(standin=standin, svc=svc, app=app, clock=clock)
            worker: Worker = app.bot_data["worker"]

            def update_finished(update_id: int, state: str, calls: int) -> None:
                if state != inbox.NEW:
                    env.processed[update_id] = calls
                    env.changed.set()

            def call_finished(call: outbox.Claimed, state: str) -> None:
                if state != outbox.PENDING and call.update_id is not None:
                    env.replied[call.update_id] += 1
                    env.changed.set()

            worker.inbox.listeners.append(update_finished)
            worker.sender.listeners.append(call_finished)
            yield env
    finally:
        await svc.db.dispose()
        if own_standin:
            standin.stop()


async def eventually(check, timeout: float = 10.0, interval: float = 0.02):  # type: ignore[no-untyped-def]
    """Poll an async check until it returns something truthy (for state the bot changes in
    the background, like the push loop); raises TimeoutError if it never does."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        result = await check()
        if result:
            return result
        if loop.time() > deadline:
            raise TimeoutError("condition not reached")
        await asyncio.sleep(interval)
