"""A chat action fired while an update is recorded ("sending a file…") goes out in the
background; the outbox waits for it before that chat's next call, so the action is never
shown after the file it announces (a race the export test once lost under load)."""

from __future__ import annotations

import asyncio

import pytest
from telegram.request import RequestData
from telegram.request._requestparameter import RequestParameter

from bot.tg import deferred
from bot.tg.deferred import Recording, RecordingRequest, courtesies_sent, recording
from bot.tg.http_client import AiohttpRequest


async def test_the_outbox_waits_for_a_chat_action_in_flight(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    made: list[str] = []

    async def slow_network(self, url, method, request_data=None, *timeouts):
        await asyncio.sleep(0.3)
        made.append(url.rsplit("/", 1)[-1])
        return 200, b'{"ok":true,"result":true}'

    monkeypatch.setattr(AiohttpRequest, "do_request", slow_network)
    request = RecordingRequest()
    action = RequestData(
        [RequestParameter("chat_id", 42, None), RequestParameter("action", "typing", None)]
    )
    with recording(Recording(chat_id=42)):
        status, _ = await request.do_request("https://x/bot1/sendChatAction", "POST", action)
    assert status == 200 and made == []  # answered at once, sent in the background

    await courtesies_sent(99)  # another chat: nothing to wait for
    assert made == []
    await courtesies_sent(42)
    assert made == ["sendChatAction"]
    assert 42 not in deferred._courtesies  # forgotten once sent
