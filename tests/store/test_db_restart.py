"""The push loop outlives a database restart (PostgreSQL): a tick that fails is logged, the
loop goes on, and once the server is back the due push goes out, once.

Waits are for events (a tick's outcome), never for time; the timeouts only turn a hang into
a failure.
"""

from __future__ import annotations

import asyncio
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from telegram import Bot

from bot.handlers.workouts import compose_push
from bot.runtime.clock import ManualClock
from bot.runtime.config import load_settings
from bot.standin.server import BotApiStandIn
from bot.store.models import Delivery
from bot.tg.app import bot_request
from bot.tg.outbox import Sender
from bot.tg.push import Dispatcher, TickResult, push_loop
from bot.tg.runner import build_services
from tests.conftest import pg_server_url
from tests.e2e.harness import eventually
from tests.knowledge import shared_knowledge
from tests.store.shared import DUE, MONDAY, add_users, guarded, new_user

ROOT = Path(__file__).resolve().parents[2]
PG_SCRIPT = ROOT / "scripts" / "pg-test-server"


class PgServer:
    """A PostgreSQL cluster of the test's own (scripts/pg-test-server), to stop and restart."""

    def __init__(self) -> None:
        # Under /tmp: the server's OS user must reach it, which pytest's tmp_path may not allow.
        self.dir = tempfile.mkdtemp(prefix="glute-pg-outage-")
        self.url = ""

    def _run(self, *args: str) -> str:
        done = subprocess.run(
            [str(PG_SCRIPT), *args, self.dir], capture_output=True, text=True, check=False
        )
        assert done.returncode == 0, done.stderr
        return done.stdout.strip()

    async def start(self) -> None:
        self.url = await asyncio.to_thread(self._run, "start")

    async def halt(self) -> None:  # pg_ctl stop -m fast, keeping the data
        await asyncio.to_thread(self._run, "halt")

    def remove(self) -> None:
        self._run("stop")


@pytest.fixture
def own_pg_server() -> Iterator[PgServer]:
    pg_server_url()  # same switch as every PostgreSQL test: skip, saying why, when unset
    if subprocess.run([str(PG_SCRIPT), "available"], capture_output=True).returncode:
        pytest.skip("PostgreSQL server binaries not found (scripts/pg-test-server available)")
    server = PgServer()
    try:
        yield server
    finally:
        server.remove()


class ObservedDispatcher(Dispatcher):
    """Reports each tick's outcome, a TickResult or the exception it raised."""

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.outcomes: asyncio.Queue[TickResult | Exception] = asyncio.Queue()

    async def tick(self) -> TickResult:
        try:
            result = await super().tick()
        except Exception as err:
            self.outcomes.put_nowait(err)
            raise
        self.outcomes.put_nowait(result)
        return result

    async def next_where(self, check: Callable[[TickResult | Exception], bool]) -> None:
        async def _wait() -> None:
            while not check(await self.outcomes.get()):
                pass

        await guarded(_wait())


@pytest.mark.postgres
async def test_push_loop_outlives_a_database_restart(
    own_pg_server: PgServer, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    server = own_pg_server
    await server.start()
    settings = load_settings({"DATABASE_URL": server.url, "PUSH_RATE": "1000"})
    clock = ManualClock(MONDAY)
    with BotApiStandIn(files_dir=tmp_path / "files") as standin:
        svc = await build_services(settings, clock, shared_knowledge())
        add_users(svc.db, [new_user(7, MONDAY)])
        bot = Bot(standin.token, base_url=standin.base_url, request=bot_request())
        async with bot:
            dispatcher = ObservedDispatcher(svc, bot, compose_push)
            loop = asyncio.create_task(push_loop(dispatcher, 0.02))
            sender: asyncio.Task[None] | None = None
            try:
                # Ticking fine (and the pool holds connections that are about to go stale).
                await dispatcher.next_where(lambda r: isinstance(r, TickResult))
                await server.halt()
                await dispatcher.next_where(lambda r: isinstance(r, Exception))
                assert any(r.message == "push tick failed" for r in caplog.records)
                assert not loop.done()

                clock.set(DUE)
                await server.start()
                await dispatcher.next_where(lambda r: isinstance(r, TickResult) and r.queued > 0)
                # Queued in the outbox; the sender (started only now) delivers it.
                sender = asyncio.create_task(Sender(svc, bot.request, bot.base_url).serve())

                async def delivered() -> list[tuple[int, str]]:
                    rows = await svc.db.run(
                        lambda s: s.execute(select(Delivery.user_id, Delivery.status)).all()
                    )
                    return [tuple(r) for r in rows if r.status != "sending"]

                assert await eventually(delivered) == [(7, "sent")]
            finally:
                loop.cancel()
                if sender is not None:
                    sender.cancel()
                    await asyncio.gather(sender, return_exceptions=True)
                await asyncio.gather(loop, return_exceptions=True)
                await svc.db.dispose()
        assert [m.chat_id for m in standin.messages(7)] == [7]
