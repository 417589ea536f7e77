"""HTTP plumbing: the threaded server, request decoding, and Telegram's reply envelope.

Routes /bot<token>/<method> to BotApiStandIn.handle_api and /file/bot<token>/<path> to the
files the stand-in saved.
"""

from __future__ import annotations

import json
import re
import socket
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, unquote, urlsplit

from bot.standin.multipart import UploadedFile, parse_multipart
from bot.standin.records import ApiError, JSONDict, bad, words

if TYPE_CHECKING:
    from bot.standin.server import BotApiStandIn

# Form bodies carry every value as a string; these hold JSON, the rest may be numbers/booleans.
_JSON_FIELDS = words(
    "reply_markup commands allowed_updates entities caption_entities link_preview_options "
    "reply_parameters scope"
)
# Free text that must stay a string even when it looks like a number ("42", "true").
_TEXT_FIELDS = words(
    "text caption callback_query_id parse_mode url action secret_token language_code "
    "photo document file_id inline_message_id emoji"
)


def _coerce(key: str, value: Any) -> Any:
    """Turn a form value (always a string) back into the type PTB serialised."""
    if not isinstance(value, str):
        return value
    if key in _JSON_FIELDS:
        try:
            return json.loads(value)
        except ValueError:
            raise bad(f"can't parse {key} JSON object") from None
    if key in _TEXT_FIELDS:
        return value
    if re.fullmatch(r"-?\d+", value):
        return int(value)
    if re.fullmatch(r"-?\d+\.\d*", value):
        return float(value)
    if value in ("true", "false"):
        return value == "true"
    return value


def decode_body(
    content_type: str, body: bytes, query: str
) -> tuple[JSONDict, dict[str, UploadedFile]]:
    """Parameters from the query string plus a form, multipart or JSON body."""
    raw: JSONDict = dict(parse_qsl(query, keep_blank_values=True))
    files: dict[str, UploadedFile] = {}
    kind = content_type.split(";", 1)[0].strip().lower()
    if kind == "multipart/form-data":
        fields, files = parse_multipart(body, content_type)
        raw.update(fields)
    elif kind == "application/json" and body.strip():
        data = json.loads(body)
        if not isinstance(data, dict):
            raise ValueError("a JSON body must be an object")
        raw.update(data)
    elif body:
        raw.update(parse_qsl(body.decode("utf-8"), keep_blank_values=True))
    return {k: _coerce(k, v) for k, v in raw.items()}, files


_API_PATH = re.compile(r"/bot([^/]+)/([A-Za-z]+)/?")
_FILE_PATH = re.compile(r"/file/bot([^/]+)/(.+)")


class ApiServer(ThreadingHTTPServer):
    daemon_threads = True  # a held long poll must not keep the process alive
    # The outbox's sender opens dozens of connections at once; socketserver's backlog of 5
    # would keep some waiting past the bot's read timeout, faults no test asked for.
    request_queue_size = 256

    def __init__(
        self,
        address: tuple[str, int],
        handler: type[BaseHTTPRequestHandler],
        standin: BotApiStandIn,
    ) -> None:
        self.standin = standin
        super().__init__(address, handler)

    def handle_error(self, request: Any, client_address: Any) -> None:
        if isinstance(sys.exc_info()[1], OSError):
            return  # clients hang up mid long-poll all the time (PTB cancels it on stop)
        super().handle_error(request, client_address)


class ApiRequestHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as PTB's httpx pool expects
    server: ApiServer

    def setup(self) -> None:
        super().setup()
        # Headers and body go out in two writes; without this, Nagle + delayed ACK add ~40 ms.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def do_GET(self) -> None:
        self._handle()

    def do_POST(self) -> None:
        self._handle()

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _handle(self) -> None:
        standin = self.server.standin
        if standin._stop_event.is_set():
            self.close_connection = True  # stopped: behave like a dead network
            return
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        url = urlsplit(self.path)
        path = unquote(url.path)  # PTB quotes download paths: the token's ":" arrives as %3A
        if file_match := _FILE_PATH.fullmatch(path):
            saved = standin.file_path(file_match[1], file_match[2])
            if saved is None:
                self._reply(404, ApiError(404, "Not Found").envelope())
            else:
                self._reply_bytes(200, saved.read_bytes(), "application/octet-stream")
            return
        api_match = _API_PATH.fullmatch(path)
        if api_match is None:
            self._reply(404, ApiError(404, "Not Found").envelope())
            return
        try:
            params, files = decode_body(self.headers.get("Content-Type", ""), body, url.query)
        except ApiError as error:
            self._reply(error.status, error.envelope())
            return
        except (ValueError, UnicodeDecodeError) as error:
            self._reply(400, bad(f"can't parse request: {error}").envelope())
            return
        status, payload, delay = standin.handle_api(api_match[1], api_match[2], params, files)
        if delay:
            standin._stop_event.wait(delay)
        self._reply(status, payload)

    def _reply(self, status: int, payload: JSONDict) -> None:
        self._reply_bytes(
            status, json.dumps(payload, ensure_ascii=False).encode(), "application/json"
        )

    def _reply_bytes(self, status: int, data: bytes, content_type: str) -> None:
        try:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
        except OSError:
            self.close_connection = True  # the client gave up (timeout, cancelled long poll)
