"""Webhook mode end to end: a real uvicorn server on loopback, the real Application talking
to the stand-in Bot API, a temp SQLite file. Steps wait on events, never on the clock."""

from __future__ import annotations

import asyncio
import contextlib
import os
import queue
import signal
import subprocess
import sys
import threading
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import select
from telegram import Update
from telegram.ext import Application

from bot.runtime.clock import ManualClock
from bot.runtime.config import ConfigError, load_settings
from bot.runtime.services import Services
from bot.standin.server import BotApiStandIn
from bot.store import inbox, outbox
from bot.store.db import Database
from bot.store.models import InboxUpdate
from bot.tg.app import build_application
from bot.tg.runner import build_services
from bot.tg.webhook import SECRET_HEADER, WebhookServer, create_asgi_app, serving
from bot.tg.webhook_config import load_webhook_settings
from tests.e2e.harness import DEFAULT_NOW
from tests.knowledge import shared_knowledge
from tests.test_cli import ROOT, run_cli

SECRET = "s3cret_Token-42"
VALID_TOKEN = "123456789:" + "A" * 35  # passes bot.runtime.config's token check


@dataclass
class Hook:
    standin: BotApiStandIn
    svc: Services
    app: Application
    server: WebhookServer
    client: httpx.AsyncClient
    processed: list[int] = field(default_factory=list)  # in the order the inbox finished them
    changed: asyncio.Condition = field(default_factory=asyncio.Condition)
    gate: asyncio.Event = field(default_factory=asyncio.Event)  # handlers wait for it

    def update(self, user_id: int, text: str) -> dict[str, Any]:
        """A person's message, stored in the stand-in, as the JSON Telegram would post."""
        message = self.standin.send_text(user_id, text)
        return {"update_id": self.standin.last_update_id, "message": message}

    async def post(self, body: object, secret: str | None = SECRET) -> httpx.Response:
        headers = {SECRET_HEADER: secret} if secret is not None else {}
        if isinstance(body, bytes):
            return await self.client.post("/telegram", content=body, headers=headers)
        return await self.client.post("/telegram", json=body, headers=headers)

    async def until_processed(self, update_id: int) -> None:
        """Until the update is processed and what it queued has been sent."""

        async with self.changed:
            await asyncio.wait_for(self.changed.wait_for(lambda: update_id in self.processed), 10)
        async with asyncio.timeout(10):  # (a unit of work: it takes its turn on SQLite)
            while await self.svc.db.run(lambda s: outbox.unfinished_for(s, [update_id])):
                await asyncio.sleep(0.01)

    async def stored(self) -> list[int]:
        return await self.svc.db.run(lambda s: sorted(s.scalars(select(InboxUpdate.update_id))))


@contextlib.asynccontextmanager
async def webhook_env(tmp_path: Path, **env: str) -> AsyncIterator[Hook]:
    standin = BotApiStandIn(files_dir=tmp_path / "files")
    standin.start()
    settings = load_settings({"DATABASE_URL": f"sqlite:///{tmp_path / 'bot.sqlite3'}"})
    svc = await build_services(settings, ManualClock(DEFAULT_NOW), shared_knowledge())
    hook_settings = load_webhook_settings(
        {
            "WEBHOOK_URL": "https://bot.example.test/telegram",
            "WEBHOOK_SECRET": SECRET,
            "PORT": "0",
            "WEBHOOK_LISTEN": "127.0.0.1",
        }
        | env
    )
    app = build_application(svc, standin.token, standin.base_url)
    try:
        async with (
            serving(app, svc, hook_settings) as server,
            httpx.AsyncClient(base_url=server.origin) as client,
        ):
            hook = Hook(standin, svc, app, server, client)
            hook.gate.set()
            original: Callable[[object], Awaitable[None]] = app.process_update

            async def gated(update: object) -> None:
                await hook.gate.wait()
                await original(update)

            def finished(update_id: int, state: str, calls: int) -> None:
                async def record() -> None:
                    async with hook.changed:
                        hook.processed.append(update_id)
                        hook.changed.notify_all()

                if state != inbox.NEW:
                    asyncio.get_running_loop().create_task(record())

            app.process_update = gated  # type: ignore[method-assign]
            app.bot_data["worker"].inbox.listeners.append(finished)
            yield hook
    finally:
        await svc.db.dispose()
        standin.stop()


@pytest.fixture
async def hook(tmp_path: Path) -> AsyncIterator[Hook]:
    async with webhook_env(tmp_path) as h:
        yield h


async def test_update_with_the_secret_is_answered(hook: Hook) -> None:
    body = hook.update(1, "/start")
    response = await hook.post(body)
    assert response.status_code == 200
    await hook.until_processed(body["update_id"])
    assert "Glute Coach" in (hook.standin.messages(1)[0].text or "")
    assert not hook.standin.calls("getUpdates")  # no polling in webhook mode


async def test_wrong_or_missing_secret_is_403_and_not_processed(hook: Hook) -> None:
    forged = hook.update(2, "/start")
    assert (await hook.post(forged, secret="wrong")).status_code == 403
    assert (await hook.post(forged, secret=None)).status_code == 403
    assert (await hook.post(forged, secret=SECRET + "x")).status_code == 403
    # Updates are processed in order: once a later good one is done, nothing else was queued.
    good = hook.update(3, "/start")
    assert (await hook.post(good)).status_code == 200
    await hook.until_processed(good["update_id"])
    assert hook.processed == [good["update_id"]]
    assert hook.standin.messages(2) == []


async def test_bad_body_is_400(hook: Hook) -> None:
    assert (await hook.post(b"{not json")).status_code == 400
    assert (await hook.post([1, 2])).status_code == 400
    assert (await hook.post({"update_id": "x", "message": 5})).status_code == 400
    good = hook.update(4, "/start")
    assert (await hook.post(good)).status_code == 200
    await hook.until_processed(good["update_id"])
    assert hook.processed == [good["update_id"]]


async def test_only_post_on_the_webhook_path(hook: Hook) -> None:
    assert (await hook.client.get("/telegram")).status_code == 405
    assert (await hook.client.post("/other", headers={SECRET_HEADER: SECRET})).status_code == 404


async def test_answers_200_once_stored_before_the_handler_runs(hook: Hook) -> None:
    hook.gate.clear()  # every update now waits inside process_update until we open it
    body = hook.update(5, "/start")
    response = await hook.post(body)
    # The server answered while the handler could not even have started, but only once the
    # update was in the database: a crash now would not lose it.
    assert response.status_code == 200
    assert hook.processed == [] and hook.standin.messages(5) == []
    assert await hook.stored() == [body["update_id"]]
    hook.gate.set()
    await hook.until_processed(body["update_id"])
    assert hook.standin.messages(5)


async def test_healthz(hook: Hook) -> None:
    response = await hook.client.get("/healthz")
    assert (response.status_code, response.json()) == (200, {"ok": True})


async def test_healthz_503_when_the_database_does_not_answer(hook: Hook, tmp_path: Path) -> None:
    broken = Database(f"sqlite:///{tmp_path / 'missing' / 'dir' / 'x.sqlite3'}")
    asgi = create_asgi_app(hook.app, hook.app.bot_data["worker"].inbox, broken, SECRET, "/telegram")
    transport = httpx.ASGITransport(app=asgi)
    try:
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            response = await client.get("/healthz")
    finally:
        await broken.dispose()
    assert (response.status_code, response.json()) == (503, {"ok": False})


def background_task_names() -> set[str]:
    return {task.get_name() for task in asyncio.all_tasks()}


async def test_push_worker_runs_the_push_loop(hook: Hook) -> None:
    assert {"push loop", "inbox", "sender"} <= background_task_names()
    assert "polling" not in background_task_names()


async def test_push_worker_0_leaves_the_push_loop_out(tmp_path: Path) -> None:
    async with webhook_env(tmp_path, PUSH_WORKER="0") as h:
        names = background_task_names()
        assert "push loop" not in names and {"inbox", "sender"} <= names
        body = h.update(6, "/start")
        assert (await h.post(body)).status_code == 200
        await h.until_processed(body["update_id"])


# --------------------------------------------------------------------------- settings


def test_settings_defaults_and_secret_never_shown() -> None:
    s = load_webhook_settings(
        {"WEBHOOK_URL": "https://x.example/telegram", "WEBHOOK_SECRET": SECRET}
    )
    assert (s.port, s.listen, s.push_worker, s.path) == (8080, "0.0.0.0", True, "/telegram")
    assert s.secret == SECRET and SECRET not in repr(s)


@pytest.mark.parametrize(
    ("env", "says"),
    [
        ({"WEBHOOK_SECRET": SECRET}, "WEBHOOK_URL is not set"),
        ({"WEBHOOK_URL": "http://bot.example/t", "WEBHOOK_SECRET": SECRET}, "https://"),
        ({"WEBHOOK_URL": "https://bot.example/t"}, "WEBHOOK_SECRET is not set"),
        ({"WEBHOOK_URL": "https://b.example/t", "WEBHOOK_SECRET": "has space"}, "malformed"),
        ({"WEBHOOK_URL": "https://b.example/t", "WEBHOOK_SECRET": "x" * 257}, "malformed"),
        ({"WEBHOOK_URL": "https://b.example/t", "WEBHOOK_SECRET": SECRET, "PORT": "80a"}, "PORT"),
        (
            {"WEBHOOK_URL": "https://b.example/t", "WEBHOOK_SECRET": SECRET, "PUSH_WORKER": "2"},
            "1 or",
        ),
    ],
)
def test_bad_settings_say_what_is_wrong(env: dict[str, str], says: str) -> None:
    with pytest.raises(ConfigError, match=says) as err:
        load_webhook_settings(env)
    assert "\n" not in str(err.value)
    if "WEBHOOK_SECRET" in env:
        assert env["WEBHOOK_SECRET"] not in str(err.value)


# --------------------------------------------------------------------------- command line


def test_cli_webhook_without_url_or_secret_stops_with_one_line(tmp_path: Path) -> None:
    base = {"BOT_TOKEN": VALID_TOKEN, "WEBHOOK_URL": "", "WEBHOOK_SECRET": ""}
    for env, says in [
        (base, "WEBHOOK_URL is not set"),
        (base | {"WEBHOOK_URL": "https://bot.example/telegram"}, "WEBHOOK_SECRET is not set"),
        (
            base | {"WEBHOOK_URL": "https://b.example/t", "WEBHOOK_SECRET": "bad secret!"},
            "malformed",
        ),
    ]:
        for command in ("webhook", "set-webhook"):
            result = run_cli(command, env=env, cwd=tmp_path)
            assert result.returncode == 2, result.stderr
            assert result.stderr.strip().count("\n") == 0, result.stderr
            assert says in result.stderr and "Traceback" not in result.stderr
            assert "bad secret!" not in result.stderr and VALID_TOKEN not in result.stderr


def test_cli_webhook_without_token_stops_with_one_line(tmp_path: Path) -> None:
    result = run_cli("webhook", env={"WEBHOOK_URL": "https://b.example/t"}, cwd=tmp_path)
    assert result.returncode == 2
    assert "BOT_TOKEN is not set" in result.stderr and "Traceback" not in result.stderr


def test_cli_set_webhook_registers_url_and_secret(tmp_path: Path) -> None:
    with BotApiStandIn(token=VALID_TOKEN, files_dir=tmp_path / "files") as standin:
        env = {
            "BOT_TOKEN": VALID_TOKEN,
            "BOT_API_URL": standin.base_url,
            "WEBHOOK_URL": "https://bot.example/telegram",
            "WEBHOOK_SECRET": SECRET,
        }
        result = run_cli("set-webhook", env=env, cwd=tmp_path)
        assert result.returncode == 0, result.stderr
        assert "webhook set to https://bot.example/telegram" in result.stdout
        (call,) = standin.calls("setWebhook")
        assert call.params["url"] == "https://bot.example/telegram"
        assert call.params["secret_token"] == SECRET
        assert set(call.params["allowed_updates"]) == set(Update.ALL_TYPES)
        assert VALID_TOKEN not in result.stderr and SECRET not in result.stderr


def test_cli_webhook_serves_and_stops_cleanly_on_sigterm(tmp_path: Path) -> None:
    with BotApiStandIn(token=VALID_TOKEN, files_dir=tmp_path / "files") as standin:
        env = {k: v for k, v in os.environ.items() if k not in ("BOT_TOKEN", "DATABASE_URL")}
        env |= {
            "PYTHONPATH": str(ROOT),
            "BOT_TOKEN": VALID_TOKEN,
            "BOT_API_URL": standin.base_url,
            "DATABASE_URL": f"sqlite:///{tmp_path / 'bot.sqlite3'}",
            "WEBHOOK_URL": "https://bot.example/telegram",
            "WEBHOOK_SECRET": SECRET,
            "WEBHOOK_LISTEN": "127.0.0.1",
            "PORT": "0",
            "LOG_LEVEL": "INFO",
        }
        with subprocess.Popen(
            [sys.executable, "-m", "bot", "webhook"],
            env=env,
            cwd=tmp_path,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        ) as proc:
            lines: queue.Queue[str | None] = queue.Queue()
            threading.Thread(target=_pump, args=(proc, lines), daemon=True).start()
            seen: list[str] = []
            try:
                while (line := lines.get(timeout=60)) is not None:
                    seen.append(line)
                    if "webhook server on 127.0.0.1:" in line:
                        break
                else:
                    raise AssertionError("".join(seen))
                port = int(line.split("127.0.0.1:")[1].split("/")[0])
                message = standin.send_text(7, "/start")
                body = {"update_id": standin.last_update_id, "message": message}
                response = httpx.post(
                    f"http://127.0.0.1:{port}/telegram", json=body, headers={SECRET_HEADER: SECRET}
                )
                assert response.status_code == 200
                standin.wait_until(lambda: standin.messages(7), timeout=30)
                proc.send_signal(signal.SIGTERM)
                assert proc.wait(timeout=60) == 0
            finally:
                if proc.poll() is None:
                    proc.kill()
                while (line := lines.get(timeout=60)) is not None:  # until stderr's EOF
                    seen.append(line)
        log = "".join(seen)
        assert "Traceback" not in log, log
        assert "outcome=ok" in log  # bot.tg.update_log's line for the /start
        assert VALID_TOKEN not in log and SECRET not in log


def _pump(proc: subprocess.Popen[str], lines: queue.Queue[str | None]) -> None:
    assert proc.stderr is not None
    for line in proc.stderr:
        lines.put(line)
    lines.put(None)


def test_bind_failure_is_one_line() -> None:
    from bot.tg.webhook import _bind

    with _bind("127.0.0.1", 0) as taken:
        port = taken.getsockname()[1]
        with pytest.raises(ConfigError, match=f"cannot listen on 127.0.0.1:{port}"):
            _bind("127.0.0.1", port)
