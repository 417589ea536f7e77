"""What every handler and use case needs, built and checked once at start
(bot/tg/runner.py: build_services) and kept in application.bot_data["services"]."""

from __future__ import annotations

from dataclasses import dataclass

from bot.coach import programs as prog
from bot.coach.knowledge import Content
from bot.coach.matcher import Matcher
from bot.runtime.clock import Clock
from bot.runtime.config import Settings
from bot.runtime.render import Renderer
from bot.store.db import Database


@dataclass(frozen=True)
class Services:
    settings: Settings
    db: Database
    render: Renderer
    clock: Clock
    content: Content
    matcher: Matcher

    @property
    def programs(self) -> prog.ProgramBook:
        """The program book, loaded with the rest of the content."""
        return self.content.programs
