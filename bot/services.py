"""What every handler needs, built once at start and kept in application.bot_data."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from bot.clock import Clock
from bot.config import Settings
from bot.render import Renderer
from bot.store.db import Database


@dataclass
class Services:
    settings: Settings
    db: Database
    render: Renderer
    clock: Clock
    # Filled by later layers (content, matcher, programs) as they are wired in.
    extras: dict[str, Any] = field(default_factory=dict)
