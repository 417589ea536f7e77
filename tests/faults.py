"""Helpers for fault tests: short Bot API timeouts, and checks on what the stand-in recorded."""

from __future__ import annotations

import json
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

import pytest
from telegram.error import NetworkError, TimedOut

import bot.standin.http_server
import bot.tg.app
from bot.standin.server import ApiCall, BotApiStandIn, JSONDict, decode_body
from bot.tg.deferred import RecordingRequest
from bot.tg.http_client import POOL_TIMEOUT_MESSAGE, AiohttpRequest

# The production client waits 5 s for an answer (bot/tg/http_client.py); a stand-in delay just
# past this stands for Telegram acting on a request whose answer never came back in time.
READ_TIMEOUT = 0.4
LATE = 0.8  # seconds the stand-in holds a delayed reply: past READ_TIMEOUT
_FORM = "application/x-www-form-urlencoded"


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


def roomy_standin(monkeypatch: pytest.MonkeyPatch) -> None:
    """Stand-ins started from now on queue up to 256 connections not yet accepted. With
    socketserver's default of 5, a sender opening dozens of connections at once has most
    of them dropped and retried by TCP: those requests reach the stand-in after the bot's
    read timeout has fired, timeouts beyond the seeded ones (and at random). Telegram has
    no such queue."""
    monkeypatch.setattr(bot.standin.http_server.ApiServer, "request_queue_size", 256)


def call_key(method: str, params: JSONDict) -> str:
    """A request told apart from others by its method and parameters: its retries share it."""
    return method + json.dumps(params, sort_keys=True, default=str)


@dataclass(frozen=True)
class Attempt:
    """One request as the bot made it: what it asked and what it got back."""

    method: str
    chat_id: int | None
    key: str  # call_key of the parameters as the stand-in decodes them
    started: float  # time.monotonic(), the clock of ApiCall.time
    ended: float
    status: int | None  # the HTTP status it got; None: no answer
    # No answer although the request left: "timeout" (the read timeout fired) or "network"
    # (the connection broke). Telegram may have acted on it; the bot cannot know.
    unanswered: str | None


class Attempts(list[Attempt]):
    """The bot's requests, noted as they finish (see watch_attempts)."""

    def timeouts(self, method: str) -> Counter[int]:
        """Per chat: how many `method` requests got no answer within the read timeout."""
        return self._count(method, ("timeout",))

    def unanswered(self, method: str) -> Counter[int]:
        """Per chat: how many `method` requests left and got no answer (a timeout, or the
        connection broke). Each may have been carried out by Telegram all the same, and is
        made again: the only way a person gets something twice."""
        return self._count(method, ("timeout", "network"))

    def _count(self, method: str, kinds: tuple[str, ...]) -> Counter[int]:
        return Counter(
            a.chat_id
            for a in self
            if a.method == method and a.unanswered in kinds and a.chat_id is not None
        )

    def made(self, call: ApiCall) -> bool:
        """Whether the stand-in took `call` up while the bot was waiting for its answer (not
        a request the bot had given up on, taken up after a timeout)."""
        key = call_key(call.method, call.params)
        return any(a.key == key and a.started <= call.time <= a.ended for a in self)

    def saw(self, call: ApiCall) -> bool:
        """Whether the answer the stand-in gave to `call` reached the bot. (A request whose
        answer came too late, or which the stand-in took up only after the bot gave up on
        it, counts as not seen.)"""
        key = call_key(call.method, call.params)
        return any(
            a.key == key and a.status == call.status and a.started <= call.time <= a.ended
            for a in self
        )


def watch_attempts(request: AiohttpRequest) -> Attempts:
    """Note every request the bot's client makes through `send_form` (the sender's calls,
    and PTB's own through do_request): what the bot saw, to set against what the stand-in
    recorded. The bot's own HTTP client, observed, not changed."""
    attempts = Attempts()
    send = request.send_form

    async def noting(
        url: str, fields: Mapping[str, str], files: Mapping[str, Any] | None = None, **kw: Any
    ) -> tuple[int, bytes]:
        method = url.rsplit("/", 1)[-1]
        params, _ = decode_body(_FORM, urlencode(fields).encode(), "")  # as the stand-in will
        chat = params.get("chat_id")
        started, status, unanswered = time.monotonic(), None, None
        try:
            status, body = await send(url, fields, files, **kw)
            return status, body
        except TimedOut as err:
            if str(err) != POOL_TIMEOUT_MESSAGE:  # that one never left
                unanswered = "timeout"
            raise
        except NetworkError:
            unanswered = "network"
            raise
        finally:
            attempts.append(
                Attempt(
                    method,
                    chat if isinstance(chat, int) else None,
                    call_key(method, params),
                    started,
                    time.monotonic(),
                    status,
                    unanswered,
                )
            )

    request.send_form = noting  # type: ignore[method-assign]
    return attempts


def calls_by_chat(standin: BotApiStandIn, method: str) -> dict[int, list[ApiCall]]:
    by_chat: dict[int, list[ApiCall]] = defaultdict(list)
    for call in standin.calls(method):  # arrival order
        chat = call.params.get("chat_id")
        if isinstance(chat, int):
            by_chat[chat].append(call)
    return by_chat


def early_retries(standin: BotApiStandIn, attempts: Attempts) -> list[str]:
    """Every retry of a request that got a 429 must arrive retry_after (here 1 s) later.
    A retry is the next call with the same method and the same parameters that the bot
    made. A 429 whose answer never reached the bot (a timeout) does not count: the bot saw
    no 429."""
    pending: dict[str, float] = {}  # request -> arrival of its 429
    problems = []
    for call in standin.calls():  # arrival order
        if not attempts.made(call):
            continue  # taken up after the bot gave up on it: not a retry
        key = call_key(call.method, call.params)
        if key in pending:
            gap = call.time - pending.pop(key)
            if gap < 1.0:
                problems.append(f"{call.method} {call.params.get('chat_id')}: {gap:.3f}s")
        if call.status == 429 and attempts.saw(call):
            pending[key] = call.time
    return problems


def delivered(standin: BotApiStandIn, chats: Iterable[int]) -> dict[int, int]:
    """How many pushes each chat really got (messages the stand-in holds)."""
    return {chat: len(standin.messages(chat)) for chat in chats}
