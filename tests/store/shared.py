"""What the multi-worker tests share: people due Monday 08:00 UTC, and a unit of work held
open while another worker tries its luck."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session

from bot.store.db import Database
from bot.store.models import User
from bot.store.users import get_user
from tests.factories import make_user

GUARD = 60.0  # seconds before a wait that should end is called a hang

MONDAY = datetime(2026, 11, 16, 7, 0, tzinfo=UTC)
DUE = MONDAY + timedelta(hours=1)  # everyone's push: Monday 08:00 UTC


def new_user(user_id: int, now: datetime, **profile: Any) -> User:
    """An onboarded person whose push is due Monday 08:00 UTC; keywords override columns."""
    columns: dict[str, Any] = {"push_time": "08:00", "tz": "UTC", "next_push_at": DUE}
    return make_user(user_id, now, **(columns | profile))


def add_users(db: Database, users: list[User]) -> None:
    with db.session() as s:
        s.add_all(users)


def load(db: Database, user_id: int) -> User:
    with db.session() as s:
        user = get_user(s, user_id)
        assert user is not None
        return user


async def guarded(aw: Awaitable[Any]) -> Any:
    return await asyncio.wait_for(aw, GUARD)


@asynccontextmanager
async def held(db: Database, work: Callable[[Session], Any]) -> AsyncIterator[Any]:
    """Run `work` as a unit of work on `db` and keep its transaction open for the block:
    it commits when the block ends, and rolls back if the block raises."""
    loop = asyncio.get_running_loop()
    ready = asyncio.Event()
    release, abort = threading.Event(), threading.Event()
    done: list[Any] = []

    def unit(s: Session) -> None:
        done.append(work(s))
        loop.call_soon_threadsafe(ready.set)
        if not release.wait(GUARD):
            raise TimeoutError("a held transaction was never released")
        if abort.is_set():
            raise RuntimeError("the test failed: roll back")

    task = asyncio.ensure_future(db.run(unit))
    try:
        waiting = asyncio.ensure_future(ready.wait())
        await asyncio.wait({task, waiting}, timeout=GUARD, return_when=asyncio.FIRST_COMPLETED)
        waiting.cancel()
        if task.done():
            task.result()  # `work` raised: say why
        assert ready.is_set(), "the held unit of work never started"
        yield done[0]
    except BaseException:
        abort.set()
        raise
    finally:
        release.set()
        # The thread can't be cancelled; the transaction ends as soon as it is released.
        outcome = await asyncio.gather(guarded(task), return_exceptions=True)
    if isinstance(outcome[0], BaseException):
        raise outcome[0]
