"""bot/tg/http_client.py against the loopback stand-in: requests, uploads, and the errors PTB's
callers rely on (TimedOut, the "Pool timeout" that promises nothing was sent, NetworkError)."""

from __future__ import annotations

import asyncio
import inspect
import re
import socket
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from telegram import Bot
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

from bot.standin.server import BotApiStandIn
from bot.tg.http_client import AiohttpRequest, _given

CHAT = 4401


@pytest.fixture
def standin(tmp_path: Path):  # type: ignore[no-untyped-def]
    with BotApiStandIn(files_dir=tmp_path / "files") as s:
        s.send_text(CHAT, "hello")  # the chat exists
        yield s


@pytest.fixture
async def bot(standin: BotApiStandIn) -> AsyncIterator[Bot]:
    async with Bot(standin.token, base_url=standin.base_url, request=AiohttpRequest(4)) as b:
        yield b


async def test_a_message_goes_out_and_comes_back_parsed(bot: Bot, standin: BotApiStandIn):
    sent = await bot.send_message(CHAT, "<b>Squat</b> 3 x 10 ✓", parse_mode="HTML")
    assert sent.chat.id == CHAT and sent.text == "Squat 3 x 10 ✓"
    [call] = standin.calls("sendMessage")
    assert call.params["text"] == "<b>Squat</b> 3 x 10 ✓"


async def test_a_file_goes_as_multipart(bot: Bot, standin: BotApiStandIn):
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
    sent = await bot.send_photo(CHAT, photo=png, caption="Your week")
    assert sent.caption == "Your week"
    [message] = [m for m in standin.messages(CHAT) if m.photo_path is not None]
    assert message.photo_path.read_bytes() == png


async def test_a_slow_reply_is_timed_out(bot: Bot, standin: BotApiStandIn):
    standin.delay("sendMessage", 2.0)
    with pytest.raises(TimedOut) as caught:
        await bot.send_message(CHAT, "hi", read_timeout=0.2)
    assert "pool timeout" not in str(caught.value).lower()


async def test_waiting_for_a_free_connection_is_a_pool_timeout(standin: BotApiStandIn):
    gate = standin.hold("sendMessage", CHAT)
    request = AiohttpRequest(1, pool_timeout=0.2)
    async with Bot(standin.token, base_url=standin.base_url, request=request) as bot:
        first = asyncio.create_task(bot.send_message(CHAT, "first"))
        try:
            while not standin.calls("sendMessage"):
                await asyncio.sleep(0.01)
            with pytest.raises(TimedOut, match="Pool timeout"):
                await bot.send_message(CHAT, "second")
        finally:
            gate.set()
        assert (await first).text == "first"
    assert [c.params["text"] for c in standin.calls("sendMessage")] == ["first"]  # never sent


async def test_nobody_listening_is_a_network_error():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again: nothing listens there
    request = AiohttpRequest(1)
    await request.initialize()
    try:
        with pytest.raises(NetworkError) as caught:
            await request.post(f"http://127.0.0.1:{port}/bot123:abc/getMe")
    finally:
        await request.shutdown()
    assert not isinstance(caught.value, TimedOut)
    assert "aiohttp." in str(caught.value)


async def test_it_must_be_initialized_first(standin: BotApiStandIn):
    with pytest.raises(NetworkError, match="not initialized"):
        await AiohttpRequest(1).post(f"{standin.base_url}{standin.token}/getMe")


def test_pool_size_must_be_positive():
    with pytest.raises(ValueError):
        AiohttpRequest(0)


# --- the seam with python-telegram-bot: public names only, and the shape they have -------


def test_no_module_of_the_bot_imports_private_telegram_modules():
    root = Path(__file__).resolve().parents[2] / "bot"
    private = re.compile(r"^\s*(from|import)\s+telegram(\.\w+)*\._", re.MULTILINE)
    offenders = [
        str(p.relative_to(root)) for p in root.rglob("*.py") if private.search(p.read_text())
    ]
    assert offenders == []


def test_do_request_takes_the_parameters_ptb_passes():
    ours = inspect.signature(AiohttpRequest.do_request).parameters
    theirs = inspect.signature(BaseRequest.do_request).parameters
    assert list(ours) == list(theirs)
    for name in ("read_timeout", "write_timeout", "connect_timeout", "pool_timeout"):
        assert theirs[name].default is BaseRequest.DEFAULT_NONE
        assert ours[name].default is BaseRequest.DEFAULT_NONE


def test_a_timeout_not_given_is_the_clients_default():
    assert _given(BaseRequest.DEFAULT_NONE, 5.0) == 5.0
    assert _given(0.2, 5.0) == 0.2
    assert _given(None, 5.0) is None  # None means "no timeout", as in PTB's client


async def test_a_call_without_timeouts_uses_the_clients_defaults(standin: BotApiStandIn):
    """Through Bot.send_message, which passes DEFAULT_NONE for the timeouts it wasn't given."""
    standin.delay("sendMessage", 1.0)
    request = AiohttpRequest(1, read_timeout=0.2)
    async with Bot(standin.token, base_url=standin.base_url, request=request) as bot:
        with pytest.raises(TimedOut):
            await bot.send_message(CHAT, "hi")


async def test_request_data_gives_form_fields_and_files(standin: BotApiStandIn):
    """RequestData's public properties, which do_request reads, keep their shapes."""
    seen: list[RequestData] = []

    class Recording(AiohttpRequest):
        async def do_request(self, url, method, request_data=None, *args, **kwargs):  # type: ignore[no-untyped-def]
            if request_data is not None:
                seen.append(request_data)
            return await super().do_request(url, method, request_data, *args, **kwargs)

    async with Bot(standin.token, base_url=standin.base_url, request=Recording(2)) as bot:
        await bot.send_document(CHAT, document=b"a,b\n", filename="x.csv")
    data = seen[-1]
    assert data.json_parameters["chat_id"] == str(CHAT)
    [(name, part)] = data.multipart_data.items()
    filename, content, *mime = part
    assert (name, filename, content) == ("document", "x.csv", b"a,b\n") and mime
    [message] = [m for m in standin.messages(CHAT) if m.document_path is not None]
    assert message.file_name == "x.csv"
