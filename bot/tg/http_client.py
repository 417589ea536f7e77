"""The bot's HTTP client for the Bot API: python-telegram-bot's request interface on aiohttp.

PTB ships an httpx-based client. Per call it costs about twice the CPU of aiohttp's, and a
bot that answers a press, edits the message and sends the next one spends most of its time
there: `bench/bench_load.py` measured the bot's CPU per update and `bench/bench_http.py`
compares the two clients call for call.

Behaviour kept from PTB's client, since the rest of the bot relies on it:
- timeouts: connect, read and pool wait, each overridable per call (PTB's defaults: 5, 5
  and 1 s). aiohttp has no write timeout of its own; an upload is bounded by the read
  timeout that follows it, plus `media_write_timeout` for the whole request when it
  carries files.
- errors: any timeout is `TimedOut`; waiting too long for a free connection is the
  `TimedOut` whose message starts "Pool timeout" and promises the request was not sent
  (bot/tg/push.py retries those); any other transport failure is `NetworkError`.
- certificates from certifi, as httpx uses, so slim images without a CA store still work.

Only PTB's public request interface is used (`BaseRequest`, `RequestData`,
`BaseRequest.DEFAULT_NONE`), never its private `telegram._…` modules; tests/tg/test_http_client.py
checks the seam (the abstract method's parameters, what "not given" looks like).
"""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlencode

import aiohttp
import certifi
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

POOL_TIMEOUT_MESSAGE = (
    "Pool timeout: All connections in the connection pool are occupied. "
    "Request was *not* sent to Telegram. Consider adjusting the connection "
    "pool size or the pool timeout."
)


class AiohttpRequest(BaseRequest):
    """One aiohttp session with at most `connection_pool_size` requests in flight."""

    def __init__(
        self,
        connection_pool_size: int = 256,
        *,
        connect_timeout: float | None = 5.0,
        read_timeout: float | None = 5.0,
        pool_timeout: float | None = 1.0,
        media_write_timeout: float | None = 20.0,
    ) -> None:
        if connection_pool_size < 1:
            raise ValueError("connection_pool_size must be a positive integer")
        self._connect_timeout = connect_timeout
        self._read_timeout = read_timeout
        self._pool_timeout = pool_timeout
        self._media_write_timeout = media_write_timeout
        # Our own pool gate rather than the connector's limit: aiohttp folds the wait for a
        # connection into its connect timeout, and a pool timeout must be told apart (the
        # request never left, so it is safe to retry).
        self._slots = asyncio.Semaphore(connection_pool_size)
        self._session: aiohttp.ClientSession | None = None

    @property
    def read_timeout(self) -> float | None:
        return self._read_timeout

    async def initialize(self) -> None:
        if self._session is None or self._session.closed:
            context = ssl.create_default_context(cafile=certifi.where())
            connector = aiohttp.TCPConnector(limit=0, ssl=context)
            self._session = aiohttp.ClientSession(
                connector=connector,
                headers={"User-Agent": self.USER_AGENT},
                timeout=aiohttp.ClientTimeout(total=None),
            )

    async def shutdown(self) -> None:
        if self._session is not None and not self._session.closed:
            await self._session.close()

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
        fields = request_data.json_parameters if request_data else {}
        files = request_data.multipart_data if request_data else {}
        return await self.send_form(
            url,
            fields,
            files,
            method=method,
            read_timeout=read_timeout,
            write_timeout=write_timeout,
            connect_timeout=connect_timeout,
            pool_timeout=pool_timeout,
        )

    async def send_form(
        self,
        url: str,
        fields: Mapping[str, str],
        files: Mapping[str, Any] | None = None,
        *,
        method: str = "POST",
        read_timeout: object = BaseRequest.DEFAULT_NONE,
        write_timeout: object = BaseRequest.DEFAULT_NONE,
        connect_timeout: object = BaseRequest.DEFAULT_NONE,
        pool_timeout: object = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        """One request from form fields (values already JSON-encoded where PTB would) and
        files as (name, bytes, type): what the outbox replays and the poller asks with."""
        session = self._session
        if session is None or session.closed:
            raise RuntimeError("This AiohttpRequest is not initialized!")
        files = files or {}
        timeout = aiohttp.ClientTimeout(
            total=_given(write_timeout, self._media_write_timeout) if files else None,
            sock_connect=_given(connect_timeout, self._connect_timeout),
            sock_read=_given(read_timeout, self._read_timeout),
        )
        try:
            async with asyncio.timeout(_given(pool_timeout, self._pool_timeout)):
                await self._slots.acquire()
        except TimeoutError:
            raise TimedOut(POOL_TIMEOUT_MESSAGE) from None
        try:
            body, headers = _body(fields, files)
            async with session.request(
                method, url, data=body, headers=headers, timeout=timeout
            ) as response:
                return response.status, await response.read()
        except TimeoutError as err:  # aiohttp's own timeouts subclass this too
            raise TimedOut from err
        except aiohttp.ClientError as err:
            raise NetworkError(f"aiohttp.{type(err).__name__}: {err}") from err
        finally:
            self._slots.release()


def _given(value: object, default: float | None) -> float | None:
    """A per-call timeout, or this client's default when the call gave none.

    PTB marks "not given" with `BaseRequest.DEFAULT_NONE` (its documented check is `is`); any
    other non-number is such a marker too, so it also means the default.
    """
    if value is None or (isinstance(value, int | float) and not isinstance(value, bool)):
        return value
    return default


_FORM = {"Content-Type": "application/x-www-form-urlencoded"}


def _body(fields: Mapping[str, str], files: Mapping[str, Any]) -> tuple[Any, dict[str, str] | None]:
    """Form fields, or multipart when files go along (as PTB's httpx client sends them).
    Plain fields are encoded here: given a dict, aiohttp builds a multipart writer (and a
    uuid4 boundary) for every request before it settles on urlencoding."""
    if not files:
        return (urlencode(fields).encode(), _FORM) if fields else (None, None)
    form = aiohttp.FormData()
    for name, value in fields.items():
        form.add_field(name, value)
    for name, part in files.items():
        filename, content, *rest = part
        form.add_field(
            name,
            content,
            filename=filename,
            content_type=rest[0] if rest else "application/octet-stream",
        )
    return form, None
