"""End-to-end harness: the real Application, polling the loopback stand-in over real HTTP,
with a real SQLite file. Each step waits until the bot has finished processing the update
it caused, so tests never sleep or guess."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from telegram import Update
from telegram.ext import Application

from bot.runtime.clock import ManualClock
from bot.runtime.config import load_settings
from bot.runtime.services import Services
from bot.standin.server import BotApiStandIn, SentMessage
from bot.tg.runner import build_services, running

DEFAULT_NOW = datetime(2026, 11, 16, 9, 0, tzinfo=UTC)  # a Monday morning


@dataclass
class Env:
    standin: BotApiStandIn
    svc: Services
    app: Application
    clock: ManualClock
    processed: set[int] = field(default_factory=set)
    changed: asyncio.Condition = field(default_factory=asyncio.Condition)

    async def processed_update(self, update_id: int, timeout: float = 10.0) -> None:
        async def _wait() -> None:
            async with self.changed:
                await self.changed.wait_for(lambda: update_id in self.processed)

        await asyncio.wait_for(_wait(), timeout)

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
        """Press the button whose text contains `label` on the latest keyboard."""
        message = self.last_keyboard()
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
    settings = load_settings(
        {"DATABASE_URL": f"sqlite:///{tmp_path / db_name}"} | (extra_env or {})
    )
    clock = ManualClock(now)
    svc = await build_services(settings, clock)
    try:
        async with running(svc, standin.token, standin.base_url, poll_timeout=1) as app:
            env = Env(standin=standin, svc=svc, app=app, clock=clock)
            original = app.process_update

            async def process_and_record(update: object) -> None:
                try:
                    await original(update)
                finally:
                    if isinstance(update, Update):
                        async with env.changed:
                            env.processed.add(update.update_id)
                            env.changed.notify_all()

            app.process_update = process_and_record  # type: ignore[method-assign]
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
