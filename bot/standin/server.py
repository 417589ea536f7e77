"""A fake Telegram Bot API server on loopback: "the stand-in".

The real python-telegram-bot stack talks to it over HTTP instead of api.telegram.org
(`ApplicationBuilder().token(s.token).base_url(s.base_url)`). Tests and the offline terminal
play the people (`send_text`, `press`, ...), observe what the bot did (`messages`, `calls`,
`callback_answers`) and inject Telegram's failures (`fail`, `block`, `delay`, `hold`, `rate_limit`).

It runs in a daemon thread; every public method is thread-safe, so sync tests, async tests and
the terminal can all drive it. Replies follow Telegram's envelope and status codes, because PTB
maps the HTTP status to its exception types (403 -> Forbidden, 400 -> BadRequest, ...).

The stand-in is assembled from small modules, one per concern:

    records.py        what it records and answers with: SentMessage, ApiCall, ApiError
    telegram_html.py  Telegram HTML -> (plain text, entities)
    validation.py     parameter checks with Telegram's error texts
    state.py          the shared state and its bookkeeping
    people.py         playing the people (send_text, press, ...)
    observe.py        observing the bot (messages, calls, wait_until, ...)
    faults.py         injecting Telegram's failures (fail, block, delay, hold, ...)
    api/              the Bot API methods, by kind: updates, messages, files, callbacks, chat,
                      profile
    http_server.py    the HTTP server, request decoding and reply envelopes

This module puts them together and is the one to import from: every public name lives here.
"""

from __future__ import annotations

import threading
import time
import traceback
from pathlib import Path
from types import TracebackType

from bot.standin.api.callbacks import CallbacksApi
from bot.standin.api.chat import ChatApi
from bot.standin.api.files import FilesApi
from bot.standin.api.messages import MessagesApi
from bot.standin.api.profile import ProfileApi
from bot.standin.api.updates import UpdatesApi
from bot.standin.faults import FaultsMixin
from bot.standin.http_server import ApiRequestHandler, ApiServer, decode_body
from bot.standin.multipart import UploadedFile, parse_multipart
from bot.standin.observe import ObserveMixin
from bot.standin.people import PeopleMixin
from bot.standin.records import (
    BLOCKED,
    MAX_CALLBACK_DATA,
    MAX_CAPTION,
    MAX_TEXT,
    NOT_MODIFIED,
    QUERY_TOO_OLD,
    ApiCall,
    ApiError,
    Buttons,
    JSONDict,
    SentMessage,
    T,
    words,
)
from bot.standin.telegram_html import HtmlError, html_to_plain, parse_html

__all__ = [
    "BLOCKED",
    "MAX_CALLBACK_DATA",
    "MAX_CAPTION",
    "MAX_TEXT",
    "NOT_MODIFIED",
    "QUERY_TOO_OLD",
    "ApiCall",
    "ApiError",
    "BotApiStandIn",
    "Buttons",
    "HtmlError",
    "JSONDict",
    "SentMessage",
    "T",
    "UploadedFile",
    "decode_body",
    "html_to_plain",
    "parse_html",
    "parse_multipart",
]


class BotApiStandIn(
    PeopleMixin,
    ObserveMixin,
    FaultsMixin,
    UpdatesApi,
    MessagesApi,
    FilesApi,
    CallbacksApi,
    ChatApi,
    ProfileApi,
):
    """Fake Bot API server. Use as a context manager or call start()/stop().

    BotApiStandIn(token="123456:OFFLINE-STANDIN", *, host="127.0.0.1", port=0, files_dir=None,
    bot_username="glute_coach_bot", rate_limit=None, clock=time.time, first_id=1):
    see StandInState.__init__ (state.py).
    """

    API_METHODS = words(
        "getMe getUpdates deleteWebhook setWebhook getWebhookInfo sendMessage "
        "editMessageText editMessageReplyMarkup answerCallbackQuery sendPhoto "
        "sendDocument setMyCommands getMyCommands deleteMyCommands deleteMessage "
        "sendChatAction getFile close logOut setMyDescription getMyDescription "
        "setMyShortDescription getMyShortDescription"
    )

    # ---------------------------------------------------------------- lifecycle

    def start(self) -> None:
        if self._server is not None:
            return
        self._stop_event.clear()
        self._server = ApiServer((self._host, self._port), ApiRequestHandler, self)
        port = self._server.server_address[1]
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.05},
            name=f"standin:{port}",
            daemon=True,
        )
        self._thread.start()

    def stop(self) -> None:
        if self._server is None:
            return
        self._stop_event.set()
        with self._cond:
            self._cond.notify_all()  # release long polls
        self._server.shutdown()
        self._server.server_close()
        if self._thread:
            self._thread.join()
        self._server = self._thread = None

    def __enter__(self) -> BotApiStandIn:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        """For ApplicationBuilder.base_url(); PTB appends the token and the method."""
        return f"{self._origin()}/bot"

    @property
    def base_file_url(self) -> str:
        """For ApplicationBuilder.base_file_url(); file downloads are served here."""
        return f"{self._origin()}/file/bot"

    def _origin(self) -> str:
        if self._server is None:
            raise RuntimeError("start() the stand-in first: its port is chosen then")
        return f"http://{self._host}:{self._server.server_address[1]}"

    # ---------------------------------------------------------------- request handling

    def handle_api(
        self, token: str, method: str, params: JSONDict, files: dict[str, UploadedFile]
    ) -> tuple[int, JSONDict, float]:
        """Run one Bot API request: (HTTP status, JSON body, seconds to hold the reply)."""
        name, handler = self._handlers.get(method.lower(), (method, None))
        call = ApiCall(name, params, time.monotonic())
        with self._cond:
            self._calls.append(call)
            self._changed()
        delay = 0.0
        try:
            if token != self.token:
                raise ApiError(401, "Unauthorized")
            if handler is None:
                raise ApiError(404, "Not Found")
            with self._lock:
                delay = self._take_delay(name)
                if name != "getUpdates":
                    delay = max(delay, self.latency)
                self._inject_faults(name, params)
                result = handler(params, files)
            status, body = 200, {"ok": True, "result": result}
        except ApiError as error:
            status, body = error.status, error.envelope()
        except Exception as error:  # a stand-in bug: say so loudly rather than hang the client
            traceback.print_exc()
            status = 500
            body = ApiError(500, f"Internal Server Error: stand-in bug: {error!r}").envelope()
        with self._cond:
            call.status = status
            self._changed()
        with self._lock:
            gate = self._holds.get((name.lower(), params.get("chat_id")))  # type: ignore[arg-type]
        while gate is not None and not gate.wait(0.05) and not self._stop_event.is_set():
            pass
        return status, body, delay

    def file_path(self, token: str, relative: str) -> Path | None:
        """The saved file behind a download URL, if the token and path are valid."""
        if token != self.token:
            return None
        path = (self.files_dir / relative).resolve()
        if not path.is_relative_to(self.files_dir.resolve()) or not path.is_file():
            return None
        return path
