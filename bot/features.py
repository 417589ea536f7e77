"""Wires optional features (answers, workouts, logging) into the shared Services."""

from __future__ import annotations

from bot.services import Services


def install_features(svc: Services) -> None:
    svc.extras.setdefault("commands", {})
    svc.extras.setdefault("text_hooks", [])
    svc.extras.setdefault("callback_hooks", [])
    svc.extras.setdefault("background", [])
