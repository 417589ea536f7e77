"""Telegram calls made while an update is processed are recorded, not made.

The handlers call python-telegram-bot as usual (`send_message`, `query.answer`, ...). Under
`recording(...)` the bot's HTTP client does not send the chat's calls: it notes each one
(method, parameters as PTB encoded them, the file if any) and answers for Telegram at once.
The processor then writes them to the outbox in the same transaction as the update's
effects (bot/tg/inbox.py), and bot/tg/outbox.py makes them. Reads (getFile, getMe) go out as
usual; a chat action ("typing…") is only a courtesy, so it is sent in the background.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
from collections.abc import Iterator, Mapping
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

from telegram.request import BaseRequest, RequestData

from bot.store.outbox import ANSWER, EDIT, MESSAGE, REPLY, Call
from bot.tg.http_client import AiohttpRequest

log = logging.getLogger(__name__)

# The methods recorded, and how each counts against Telegram's limits (OutboxMessage.kind).
RECORDED = {
    "sendMessage": MESSAGE,
    "sendPhoto": MESSAGE,
    "sendDocument": MESSAGE,
    "editMessageText": EDIT,
    "editMessageCaption": EDIT,
    "editMessageReplyMarkup": EDIT,
    "deleteMessage": EDIT,
    "answerCallbackQuery": ANSWER,
}
COURTESY = {"sendChatAction"}
_NEW_MESSAGE = {"sendMessage", "sendPhoto", "sendDocument"}


@dataclass
class Recording:
    """The calls one update (or one push) owes, in the order the handler made them."""

    chat_id: int | None  # for calls that name no chat (answering a press)
    update_id: int | None = None
    priority: int = REPLY
    calls: list[Call] = field(default_factory=list)


_recording: ContextVar[Recording | None] = ContextVar("recording", default=None)
# Chat actions on their way, by chat: the outbox lets them go first ("sending a file…" is
# shown before the file, not after it).
_courtesies: dict[int, set[asyncio.Task[None]]] = {}


async def courtesies_sent(chat_id: int | None, timeout: float = 2.0) -> None:
    """Wait, briefly, for the chat actions this process fired for `chat_id`."""
    pending = _courtesies.get(chat_id) if chat_id is not None else None
    if pending:
        await asyncio.wait(set(pending), timeout=timeout)


@contextlib.contextmanager
def recording(rec: Recording) -> Iterator[Recording]:
    token = _recording.set(rec)
    try:
        yield rec
    finally:
        _recording.reset(token)


def _chat(fields: Mapping[str, str]) -> int | None:
    try:
        return int(fields["chat_id"])
    except (KeyError, ValueError):
        return None


def _answer(method: str, chat_id: int) -> bytes:
    """What Telegram would answer, as far as the handlers look at it."""
    if method in _NEW_MESSAGE:
        result: object = {
            "message_id": 0,  # nothing reads it; the real id comes when it is sent
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private"},
        }
    else:
        result = True
    return json.dumps({"ok": True, "result": result}).encode()


class RecordingRequest(AiohttpRequest):
    """The bot's HTTP client: records the chat's calls while `recording(...)` is active."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._courtesies: set[asyncio.Task[Any]] = set()

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: object = BaseRequest.DEFAULT_NONE,
        write_timeout: object = BaseRequest.DEFAULT_NONE,
        connect_timeout: object = BaseRequest.DEFAULT_NONE,
        pool_timeout: object = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        rec = _recording.get()
        endpoint = url.rsplit("/", 1)[-1]
        timeouts = (read_timeout, write_timeout, connect_timeout, pool_timeout)
        if rec is None or (endpoint not in RECORDED and endpoint not in COURTESY):
            return await super().do_request(url, method, request_data, *timeouts)
        fields = dict(request_data.json_parameters) if request_data else {}
        if endpoint in COURTESY:
            self._courtesy(url, method, request_data)
            return 200, b'{"ok":true,"result":true}'
        files = request_data.multipart_data if request_data else {}
        if len(files) > 1:  # an album: not something this bot sends; make it directly
            return await super().do_request(url, method, request_data, *timeouts)
        upload = None
        for name, part in files.items():
            filename, content, *rest = part
            if not isinstance(content, bytes):  # PTB reads files into bytes; a stream stays
                return await super().do_request(url, method, request_data, *timeouts)
            upload = (
                name,
                filename or name,
                rest[0] if rest else "application/octet-stream",
                content,
            )
        chat_id = _chat(fields)
        if chat_id is None:
            chat_id = rec.chat_id
        if chat_id is None:  # nothing to keep it in order with: make it directly
            return await super().do_request(url, method, request_data, *timeouts)
        rec.calls.append(
            Call(
                chat_id=chat_id,
                method=endpoint,
                fields=fields,
                kind=RECORDED[endpoint],
                file=upload,
                priority=rec.priority,
                update_id=rec.update_id,
            )
        )
        return 200, _answer(endpoint, chat_id)

    def _courtesy(self, url: str, method: str, request_data: RequestData | None) -> None:
        async def send() -> None:
            token = _recording.set(None)
            try:
                await super(RecordingRequest, self).do_request(url, method, request_data)
            except Exception as err:  # a courtesy: its failure changes nothing
                log.debug("chat action not sent (%s)", type(err).__name__)
            finally:
                _recording.reset(token)

        task = asyncio.create_task(send())
        self._courtesies.add(task)
        task.add_done_callback(self._courtesies.discard)
        chat = _chat_of(request_data)
        if chat is not None:
            in_chat = _courtesies.setdefault(chat, set())
            in_chat.add(task)
            task.add_done_callback(lambda t: _forget(chat, t))

    async def shutdown(self) -> None:
        for task in list(self._courtesies):
            task.cancel()
        await super().shutdown()


def _chat_of(request_data: RequestData | None) -> int | None:
    raw = request_data.json_parameters.get("chat_id") if request_data else None
    try:
        return int(raw) if raw is not None else None
    except ValueError:  # a channel's @username: nothing of ours to keep in order
        return None


def _forget(chat: int, task: asyncio.Task[None]) -> None:
    tasks = _courtesies.get(chat)
    if tasks is not None:
        tasks.discard(task)
        if not tasks:
            del _courtesies[chat]
