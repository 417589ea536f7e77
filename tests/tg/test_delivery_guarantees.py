"""What the inbox and outbox promise, end to end through the stand-in: an update the library
cannot parse is set aside without stopping anyone; a 20-second 429 storm loses no reply; two
webhook workers on one PostgreSQL database keep each person's messages in order."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select

from bot.runtime.clock import ManualClock
from bot.runtime.config import load_settings
from bot.standin.server import BotApiStandIn
from bot.store import inbox, outbox
from bot.store.models import InboxUpdate
from bot.tg.app import build_application
from bot.tg.runner import build_services
from bot.tg.webhook import SECRET_HEADER, serving
from bot.tg.webhook_config import load_webhook_settings
from tests.conftest import fresh_pg_database, pg_server_url
from tests.e2e.harness import DEFAULT_NOW, bot_env, texts
from tests.knowledge import shared_knowledge

SECRET = "s3cret_Token-42"


async def test_an_unparseable_update_is_set_aside_and_the_rest_go_on(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    async with bot_env(tmp_path) as env:
        # A message whose chat is not an object: python-telegram-bot cannot build it.
        poison = env.standin.push_update(
            {"message": {"message_id": 1, "date": 0, "chat": "??", "text": "PRIVATE-WORDS"}}
        )
        replies = await env.chat(4101).say("/start")
        assert "goal" in texts(replies).lower()
        await env.processed_update(poison)
        states = await env.svc.db.run(lambda s: inbox.states(s, [poison]))
        assert states == {poison: inbox.ASIDE}
        for _ in range(3):  # and again later: polling never stalled on it
            assert await env.chat(4102).say("/help")
    assert "PRIVATE-WORDS" not in caplog.text
    assert len(env.standin.calls("getUpdates")) < 100  # no tight loop re-reading the poison


async def test_a_429_storm_loses_no_reply(tmp_path: Path) -> None:
    """For 20 s every reply is refused with retry_after 5; three people write meanwhile.
    Each gets every reply once the storm is over, and no retry came before its retry_after."""
    async with bot_env(tmp_path) as env:
        methods = ("sendMessage", "editMessageText", "answerCallbackQuery")
        env.standin.flood_storm(20, retry_after=5, methods=methods)
        people = [4201, 4202, 4203]
        sent = [env.standin.send_text(p, "/start") for p in people]
        ids = [env.standin.last_update_id - 2 + i for i in range(3)]
        assert all(m["chat"]["id"] == p for m, p in zip(sent, people, strict=True))
        for update_id in ids:
            await env.processed_update(update_id, timeout=60)
        for person in people:
            got = env.standin.messages(person)
            assert len(got) == 2 and "goal" in (got[1].text or "").lower(), got
    refused = [c for c in env.standin.calls("sendMessage") if c.status == 429]
    assert len(refused) >= 3  # the storm really hit them
    assert early_retries_after(env.standin, 5) == []


def early_retries_after(standin: BotApiStandIn, retry_after: float) -> list[str]:
    """Every sendMessage to a chat that got a 429 comes `retry_after` later or more (no
    timeouts here: every answer reaches the bot)."""
    problems = []
    last_429: dict[object, float] = {}
    for call in standin.calls("sendMessage"):
        chat = call.params.get("chat_id")
        if chat in last_429 and call.time - last_429[chat] < retry_after - 0.05:
            problems.append(f"{chat}: {call.time - last_429[chat]:.2f}s")
        if call.status == 429:
            last_429[chat] = call.time
    return problems


# --------------------------------------------------------------------------- two workers


@contextlib.asynccontextmanager
async def webhook_worker(
    standin: BotApiStandIn, url: str, tmp_path: Path
) -> AsyncIterator[httpx.AsyncClient]:
    """One worker as a process of its own would be: its own services, database pool,
    Application, inbox, sender and HTTP server, on the shared database."""
    settings = load_settings({"DATABASE_URL": url, "SEND_CHAT_BURST": "1000"})
    svc = await build_services(settings, ManualClock(DEFAULT_NOW), shared_knowledge())
    hook = load_webhook_settings(
        {
            "WEBHOOK_URL": "https://bot.example.test/telegram",
            "WEBHOOK_SECRET": SECRET,
            "PORT": "0",
            "WEBHOOK_LISTEN": "127.0.0.1",
        }
    )
    app = build_application(svc, standin.token, standin.base_url)
    try:
        async with (
            serving(app, svc, hook) as server,
            httpx.AsyncClient(base_url=server.origin, timeout=30) as client,
        ):
            yield client
    finally:
        await svc.db.dispose()


@pytest.mark.postgres
async def test_two_webhook_workers_keep_each_persons_order(tmp_path: Path) -> None:
    """30 people each send /start, /help and /privacy at once, the three posted to
    alternating workers: each person's replies come in the order they wrote."""
    people = [4300 + i for i in range(30)]
    with (
        fresh_pg_database(pg_server_url()) as url,
        BotApiStandIn(files_dir=tmp_path / "files") as standin,
    ):
        async with (
            webhook_worker(standin, url, tmp_path) as one,
            webhook_worker(standin, url, tmp_path) as two,
        ):

            async def person_types(n: int, person: int) -> list[httpx.Response]:
                """Three messages a few milliseconds apart, each posted without waiting for
                the one before (Telegram delivers side by side), to alternating workers."""
                posts = []
                for k, text in enumerate(("/start", "/help", "/privacy")):
                    message = standin.send_text(person, text)
                    body = {"update_id": standin.last_update_id, "message": message}
                    client = (one, two)[(n + k) % 2]
                    post = client.post("/telegram", json=body, headers={SECRET_HEADER: SECRET})
                    posts.append(asyncio.ensure_future(post))
                    await asyncio.sleep(0.005)
                return await asyncio.gather(*posts)

            typed = await asyncio.gather(*(person_types(n, p) for n, p in enumerate(people)))
            answers = [a for three in typed for a in three]
            assert {a.status_code for a in answers} == {200}
            await standin.until(
                lambda: all(len(standin.messages(p)) >= 4 for p in people) or None, timeout=60
            )
        settings = load_settings({"DATABASE_URL": url})
        svc = await build_services(settings, None, shared_knowledge())
        try:
            rows = await svc.db.run(
                lambda s: s.execute(
                    select(InboxUpdate.chat_id, InboxUpdate.update_id, InboxUpdate.done_at)
                ).all()
            )
            left = await svc.db.run(outbox.unfinished)
        finally:
            await svc.db.dispose()
    assert len(rows) == 90 and left == 0
    for person in people:
        done = sorted((r.update_id, r.done_at) for r in rows if r.chat_id == person)
        assert [d for _, d in done] == sorted(d for _, d in done), person  # processed in order
        got = [m.text or "" for m in standin.messages(person)]
        assert len(got) == 4, got
        assert "Glute Coach" in got[0] and "goal" in got[1].lower(), got
        assert "What I can do" in got[2] and "Your data" in got[3], got
