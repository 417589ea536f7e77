"""Helpers for fault tests: short Bot API timeouts, and checks on what the stand-in recorded."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable

import pytest

import bot.tg.app
from bot.standin.server import ApiCall, BotApiStandIn
from bot.tg.deferred import RecordingRequest

# The production client waits 5 s for an answer (bot/tg/http_client.py); a stand-in delay just
# past this stands for Telegram acting on a request whose answer never came back in time.
READ_TIMEOUT = 0.4
LATE = 0.8  # seconds the stand-in holds a delayed reply: past READ_TIMEOUT


def short_timeouts_request() -> RecordingRequest:
    """The production client with its timeouts cut (getUpdates keeps its own)."""
    return RecordingRequest(
        bot.tg.app.CONNECTIONS,
        read_timeout=READ_TIMEOUT,
        connect_timeout=2.0,
        pool_timeout=2.0,
        media_write_timeout=2.0,
    )


def use_short_timeouts(monkeypatch: pytest.MonkeyPatch) -> None:
    """bot.tg.app.build_application (used by bot.tg.runner.running) builds with short timeouts."""
    monkeypatch.setattr(bot.tg.app, "bot_request", short_timeouts_request)


def calls_by_chat(standin: BotApiStandIn, method: str) -> dict[int, list[ApiCall]]:
    by_chat: dict[int, list[ApiCall]] = defaultdict(list)
    for call in standin.calls(method):  # arrival order
        chat = call.params.get("chat_id")
        if isinstance(chat, int):
            by_chat[chat].append(call)
    return by_chat


def early_retries(standin: BotApiStandIn) -> list[str]:
    """Every retry of a request that got a 429 must arrive retry_after (here 1 s) later.
    A retry is the next call with the same method and the same parameters."""
    pending: dict[str, float] = {}  # request -> arrival of its 429
    problems = []
    for call in standin.calls():  # arrival order
        key = call.method + json.dumps(call.params, sort_keys=True, default=str)
        if key in pending:
            gap = call.time - pending.pop(key)
            if gap < 1.0:
                problems.append(f"{call.method} {call.params.get('chat_id')}: {gap:.3f}s")
        if call.status == 429:
            pending[key] = call.time
    return problems


def delivered(standin: BotApiStandIn, chats: Iterable[int]) -> dict[int, int]:
    """How many pushes each chat really got (messages the stand-in holds)."""
    return {chat: len(standin.messages(chat)) for chat in chats}
