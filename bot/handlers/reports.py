"""/history, /progress, /export, /delete and the weekly recap (being written)."""

from __future__ import annotations

from bot.services import Services


def install(svc: Services) -> None:
    """Register this module's commands and button handlers."""
