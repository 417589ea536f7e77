"""Dispatcher tests: the real Dispatcher and PTB Bot against the stand-in, a real database
(a SQLite file and a PostgreSQL database: tests/conftest.py's db_url) and a hand-moved clock;
each test calls tick() itself, so nothing depends on timing."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select
from telegram import Bot

from bot.handlers.workouts import compose_push
from bot.runtime.clock import ManualClock
from bot.runtime.config import load_settings
from bot.runtime.services import Services
from bot.standin.server import BotApiStandIn
from bot.store.models import Delivery, User
from bot.tg.app import bot_request
from bot.tg.push import Dispatcher
from bot.tg.runner import build_services
from bot.training.people import reschedule
from tests.factories import make_user


@dataclass
class PushEnv:
    svc: Services
    standin: BotApiStandIn
    clock: ManualClock
    dispatcher: Dispatcher

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

    def pushes(self, chat_id: int) -> list:
        return [m for m in self.standin.messages(chat_id) if "workout" in (m.text or "")]

    async def at(self, when: datetime):
        self.clock.set(when)
        return await self.dispatcher.tick()


@pytest.fixture
async def push_env(tmp_path: Path, db_url: str) -> AsyncIterator[PushEnv]:
    """Runs each dispatcher test twice: on a SQLite file and on a fresh PostgreSQL database."""
    with BotApiStandIn(files_dir=tmp_path / "files") as standin:
        settings = load_settings({"DATABASE_URL": db_url})
        clock = ManualClock(datetime(2026, 11, 16, 8, 0, tzinfo=UTC))
        svc = await build_services(settings, clock)
        bot = Bot(standin.token, base_url=standin.base_url, request=bot_request())
        async with bot:
            yield PushEnv(svc, standin, clock, Dispatcher(svc, bot, compose_push))
        await svc.db.dispose()
