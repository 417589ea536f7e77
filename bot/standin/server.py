"""A fake Telegram Bot API server on loopback: "the stand-in".

The real python-telegram-bot stack talks to it over HTTP instead of api.telegram.org
(`ApplicationBuilder().token(s.token).base_url(s.base_url)`). Tests and the offline terminal
play the people (`send_text`, `press`, ...), observe what the bot did (`messages`, `calls`,
`callback_answers`) and inject Telegram's failures (`fail`, `block`, `delay`, `hold`, `rate_limit`).

It runs in a daemon thread; every public method is thread-safe, so sync tests, async tests and
the terminal can all drive it. Replies follow Telegram's envelope and status codes, because PTB
maps the HTTP status to its exception types (403 -> Forbidden, 400 -> BadRequest, ...).
"""

from __future__ import annotations

import asyncio
import copy
import html
import itertools
import json
import random
import re
import socket
import sys
import tempfile
import threading
import time
import traceback
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Any, TypeVar
from urllib.parse import parse_qsl, unquote, urlsplit

from bot.standin.multipart import UploadedFile, parse_multipart

T = TypeVar("T")
JSONDict = dict[str, Any]
Buttons = list[list[tuple[str, str | None]]]

MAX_TEXT = 4096
MAX_CAPTION = 1024
MAX_CALLBACK_DATA = 64  # bytes
NOT_MODIFIED = (
    "message is not modified: specified new message content and reply markup are exactly "
    "the same as a current content and reply markup of the message"
)
BLOCKED = "Forbidden: bot was blocked by the user"
QUERY_TOO_OLD = "query is too old and response timeout expired or query ID is invalid"


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Form bodies carry every value as a string; these hold JSON, the rest may be numbers/booleans.
_JSON_FIELDS = _words(
    "reply_markup commands allowed_updates entities caption_entities link_preview_options "
    "reply_parameters scope"
)
# Free text that must stay a string even when it looks like a number ("42", "true").
_TEXT_FIELDS = _words(
    "text caption callback_query_id parse_mode url action secret_token language_code "
    "photo document file_id inline_message_id emoji"
)
_INLINE_ACTIONS = _words(
    "callback_data url web_app login_url switch_inline_query copy_text "
    "switch_inline_query_current_chat switch_inline_query_chosen_chat callback_game pay"
)
_CHAT_ACTIONS = _words(
    "typing upload_photo record_video upload_video record_voice upload_voice "
    "upload_document choose_sticker find_location record_video_note upload_video_note"
)
_COMMAND = re.compile(r"[a-z0-9_]{1,32}")


# --------------------------------------------------------------------------- records


@dataclass
class SentMessage:
    """A message the bot sent, in its current state (after edits and deletes)."""

    message_id: int
    chat_id: int
    text: str | None = None  # as the bot sent it, markup included (e.g. "<b>Hi</b>")
    plain_text: str | None = None  # what the person sees: tags removed, entities unescaped
    parse_mode: str | None = None
    reply_markup: JSONDict | None = None
    buttons: Buttons = field(default_factory=list)  # inline rows of (text, callback_data)
    photo_path: Path | None = None
    document_path: Path | None = None
    file_name: str | None = None
    caption: str | None = None
    deleted: bool = False
    edits: int = 0
    seq: int = 0  # global sequence number of its latest send/edit/delete, see mark()


@dataclass
class ApiCall:
    method: str
    params: JSONDict  # decoded; JSON fields parsed; uploads replaced by the saved path
    time: float  # time.monotonic() when the request arrived
    status: int = 0  # HTTP status of the reply; 0 while still running (a long poll)


class ApiError(Exception):
    def __init__(self, status: int, description: str, retry_after: int | None = None) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.retry_after = retry_after

    def envelope(self) -> JSONDict:
        body: JSONDict = {"ok": False, "error_code": self.status, "description": self.description}
        if self.retry_after is not None:
            body["parameters"] = {"retry_after": self.retry_after}
        return body


def _bad(description: str) -> ApiError:
    return ApiError(400, f"Bad Request: {description}")


def _too_many(retry_after: int) -> ApiError:
    return ApiError(429, f"Too Many Requests: retry after {retry_after}", retry_after)


@dataclass
class _FailRule:
    method: str  # lower-case
    status: int
    description: str
    retry_after: int | None
    times: int
    chat_id: int | None


@dataclass
class _DelayRule:
    method: str  # lower-case
    seconds: float
    times: int


@dataclass
class _RandomFaults:
    rate: float
    statuses: tuple[int, ...]
    rng: random.Random
    methods: frozenset[str] | None  # lower-case; None: every method that carries a chat_id

    def strikes(self, method: str, chat_id: Any) -> bool:
        hit = method.lower() in self.methods if self.methods is not None else chat_id is not None
        return hit and self.rng.random() < self.rate


# --------------------------------------------------------------------------- Telegram HTML


class HtmlError(ValueError):
    pass


# Telegram's HTML tags and the entity each makes (span only with class="tg-spoiler").
_HTML_TAGS = {
    tag: kind
    for kind, tags in {
        "bold": "b strong",
        "italic": "i em",
        "underline": "u ins",
        "strikethrough": "s strike del",
        "spoiler": "span tg-spoiler",
        "text_link": "a",
        "code": "code",
        "pre": "pre",
        "blockquote": "blockquote",
        "custom_emoji": "tg-emoji",
    }.items()
    for tag in tags.split()
}
_CHAR_REF = re.compile(r"&(?:#(\d+)|#[xX]([0-9a-fA-F]+)|(lt|gt|amp|quot));")
_NAMED_REFS = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_ATTR = r"""[a-zA-Z_:][-a-zA-Z0-9_:]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?"""
_OPEN_TAG = re.compile(rf"<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+{_ATTR})*)\s*>")
_CLOSE_TAG = re.compile(r"</([a-zA-Z][a-zA-Z0-9-]*)\s*>")
_ATTR_PARTS = re.compile(
    r"""([a-zA-Z_:][-a-zA-Z0-9_:]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?"""
)


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2  # Telegram counts offsets in UTF-16 code units


def parse_html(text: str) -> tuple[str, list[JSONDict]]:
    """Parse Telegram-flavoured HTML into (plain text, entities), or raise HtmlError.

    Stricter than Telegram in one way: a bare "&" is an error (Telegram keeps it), so tests
    catch user input that reached the HTML without html.escape().
    """
    out: list[str] = []
    offset = 0  # UTF-16 offset of the plain text written so far
    stack: list[tuple[str, int, dict[str, str]]] = []  # open tags: name, start, attributes
    entities: list[JSONDict] = []
    i = 0

    def where(pos: int) -> str:
        return f"byte offset {len(text[:pos].encode())}"

    while i < len(text):
        ch = text[i]
        if ch == "&":
            ref = _CHAR_REF.match(text, i)
            if ref is None:
                raise HtmlError(f'unescaped "&" at {where(i)}; write it as &amp;')
            if ref[3]:
                ch = _NAMED_REFS[ref[3]]
            else:
                code = int(ref[1]) if ref[1] else int(ref[2], 16)
                if not 0 < code <= 0x10FFFF:
                    raise HtmlError(f"invalid character reference at {where(i)}")
                ch = chr(code)
            out.append(ch)
            offset += _utf16_len(ch)
            i = ref.end()
        elif text.startswith("</", i):
            close = _CLOSE_TAG.match(text, i)
            name = close[1].lower() if close else ""
            if not stack or close is None or stack[-1][0] != name:
                expected = f'"</{stack[-1][0]}>"' if stack else "no end tag"
                raise HtmlError(
                    f"unmatched end tag at {where(i)}, expected {expected}, "
                    f'found "{close[0] if close else "</"}"'
                )
            tag, start, attrs = stack.pop()
            i = close.end()
            entity = _entity_for(tag, attrs, start, offset - start, stack)
            if entity is not None:
                entities.append(entity)
        elif ch == "<":
            tag_match = _OPEN_TAG.match(text, i)
            if tag_match is None:
                raise HtmlError(f'unsupported start tag "" at {where(i)}; write "<" as &lt;')
            tag = tag_match[1].lower()
            attrs = {
                m[1].lower(): html.unescape(next((v for v in m.groups()[1:] if v is not None), ""))
                for m in _ATTR_PARTS.finditer(tag_match[2])
            }
            if tag not in _HTML_TAGS or (tag == "span" and attrs.get("class") != "tg-spoiler"):
                raise HtmlError(f'unsupported start tag "{tag}" at {where(i)}')
            if tag == "tg-emoji" and "emoji-id" not in attrs:
                raise HtmlError(f'tag "tg-emoji" must have attribute "emoji-id" at {where(i)}')
            stack.append((tag, offset, attrs))
            i = tag_match.end()
        else:
            out.append(ch)
            offset += _utf16_len(ch)
            i += 1
    if stack:
        raise HtmlError(f'can\'t find end tag corresponding to start tag "{stack[-1][0]}"')
    entities.sort(key=lambda e: (e["offset"], -e["length"]))
    return "".join(out), entities


def _entity_for(
    tag: str,
    attrs: dict[str, str],
    offset: int,
    length: int,
    parents: list[tuple[str, int, dict[str, str]]],
) -> JSONDict | None:
    language = attrs.get("class", "")
    if tag == "code" and parents and parents[-1][0] == "pre" and language.startswith("language-"):
        parents[-1][2]["language"] = language.removeprefix("language-")  # <pre><code class>
        return None
    if length == 0 or (tag == "a" and "href" not in attrs):
        return None  # Telegram drops empty entities and links without a target
    entity: JSONDict = {"type": _HTML_TAGS[tag], "offset": offset, "length": length}
    if tag == "a":
        entity["url"] = attrs["href"]
    elif tag == "pre" and "language" in attrs:
        entity["language"] = attrs["language"]
    elif tag == "blockquote" and "expandable" in attrs:
        entity["type"] = "expandable_blockquote"
    elif tag == "tg-emoji":
        entity["custom_emoji_id"] = attrs["emoji-id"]
    return entity


def html_to_plain(text: str) -> str:
    """Readable text for a message in HTML; falls back to a crude strip if it is malformed."""
    try:
        return parse_html(text)[0]
    except HtmlError:
        return html.unescape(re.sub(r"<[^>]*>", "", text))


# --------------------------------------------------------------------------- the stand-in


class BotApiStandIn:
    """Fake Bot API server. Use as a context manager or call start()/stop()."""

    def __init__(
        self,
        token: str = "123456:OFFLINE-STANDIN",
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        files_dir: Path | None = None,
        bot_username: str = "glute_coach_bot",
        rate_limit: float | None = None,
    ) -> None:
        self.token = token
        prefix = token.split(":", 1)[0]
        self.bot_id = int(prefix) if prefix.isdigit() else 123456
        self.bot_username = bot_username
        self.rate_limit = rate_limit
        self.files_dir = Path(files_dir) if files_dir else Path(tempfile.mkdtemp(prefix="standin-"))
        self.files_dir.mkdir(parents=True, exist_ok=True)
        self._host, self._port = host, port
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self._stop_event = threading.Event()

        self._lock = threading.RLock()
        self._cond = threading.Condition(self._lock)  # notified on every change of state
        self._version = 0
        self._ids = itertools.count(1)  # file ids, callback query ids, upload names
        self._updates: list[JSONDict] = []
        self._next_update_id = 1
        self._allowed_updates: list[str] | None = None
        self._webhook_url = ""
        self._next_message_id: dict[int, int] = {}
        self._chats: dict[int, JSONDict] = {}
        self._users: dict[int, JSONDict] = {}
        self._stored: dict[tuple[int, int], JSONDict] = {}  # live messages, user's and bot's
        self._sent: dict[tuple[int, int], SentMessage] = {}  # the bot's, incl. deleted ones
        self._seq = 0
        self._calls: list[ApiCall] = []
        self._answers: list[JSONDict] = []
        self._open_queries: set[str] = set()
        self._commands: dict[tuple[str, str], list[JSONDict]] = {}
        self._files: dict[str, Path] = {}  # file_id -> saved file
        self._fail_rules: list[_FailRule] = []
        self._delays: list[_DelayRule] = []
        self._holds: dict[tuple[str, int], threading.Event] = {}
        # Seconds every answer but getUpdates is held: a real network's round trip, for
        # benchmarks (tests use delay/hold to time one call).
        self.latency = 0.0
        self._blocked: set[int] = set()
        self._random: _RandomFaults | None = None
        self._send_times: deque[float] = deque()
        self._handlers: dict[str, tuple[str, Callable[[JSONDict, dict[str, UploadedFile]], Any]]]
        self._handlers = {
            name.lower(): (name, getattr(self, f"_api_{name}"))
            for name in _words(
                "getMe getUpdates deleteWebhook setWebhook getWebhookInfo sendMessage "
                "editMessageText editMessageReplyMarkup answerCallbackQuery sendPhoto "
                "sendDocument setMyCommands getMyCommands deleteMyCommands deleteMessage "
                "sendChatAction getFile close logOut"
            )
        }

    # ---------------------------------------------------------------- lifecycle

    def start(self) -> None:
        if self._server is not None:
            return
        self._stop_event.clear()
        self._server = _Server((self._host, self._port), _Handler, self)
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

    @property
    def bot_user(self) -> JSONDict:
        return {
            "id": self.bot_id,
            "is_bot": True,
            "first_name": "Glute Coach",
            "username": self.bot_username,
        }

    # ---------------------------------------------------------------- simulate people

    def send_text(
        self,
        user_id: int,
        text: str,
        *,
        chat_id: int | None = None,
        chat_type: str = "private",
        first_name: str = "Pat",
        language_code: str | None = "en",
    ) -> JSONDict:
        """Queue a text message from a person; returns the Message dict."""
        body: JSONDict = {"text": text}
        if text.startswith("/"):
            command = text.split(maxsplit=1)[0]  # "/start" or "/start@glute_coach_bot"
            body["entities"] = [{"type": "bot_command", "offset": 0, "length": _utf16_len(command)}]
        return self._user_message(user_id, chat_id, body, chat_type, first_name, language_code)

    def send_sticker(
        self, user_id: int, emoji: str = "💪", *, chat_id: int | None = None
    ) -> JSONDict:
        file_id = self._file_id("sticker")
        sticker = {
            "file_id": file_id,
            "file_unique_id": file_id,
            "type": "regular",
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
            "emoji": emoji,
        }
        return self._user_message(user_id, chat_id, {"sticker": sticker})

    def send_photo(
        self,
        user_id: int,
        *,
        caption: str | None = None,
        data: bytes = b"standin photo",
        chat_id: int | None = None,
    ) -> JSONDict:
        """A photo from the person; `data` is what getFile + download will return."""
        file_id = self._save_file("photo.jpg", data)
        photo = [
            {
                "file_id": file_id,
                "file_unique_id": file_id,
                "width": 800,
                "height": 600,
                "file_size": len(data),
            }
        ]
        body: JSONDict = {"photo": photo}
        if caption is not None:
            body["caption"] = caption
        return self._user_message(user_id, chat_id, body)

    def send_voice(
        self, user_id: int, *, duration: int = 3, chat_id: int | None = None
    ) -> JSONDict:
        file_id = self._save_file("voice.ogg", b"standin voice")
        voice = {
            "file_id": file_id,
            "file_unique_id": file_id,
            "duration": duration,
            "mime_type": "audio/ogg",
            "file_size": 13,
        }
        return self._user_message(user_id, chat_id, {"voice": voice})

    def send_document(
        self,
        user_id: int,
        file_name: str = "notes.txt",
        data: bytes = b"standin document",
        *,
        mime_type: str = "text/plain",
        caption: str | None = None,
        chat_id: int | None = None,
    ) -> JSONDict:
        file_id = self._save_file(file_name, data)
        document = {
            "file_id": file_id,
            "file_unique_id": file_id,
            "file_name": file_name,
            "mime_type": mime_type,
            "file_size": len(data),
        }
        body: JSONDict = {"document": document}
        if caption is not None:
            body["caption"] = caption
        return self._user_message(user_id, chat_id, body)

    def send_location(
        self,
        user_id: int,
        latitude: float = 52.37,
        longitude: float = 4.89,
        *,
        chat_id: int | None = None,
    ) -> JSONDict:
        return self._user_message(
            user_id, chat_id, {"location": {"latitude": latitude, "longitude": longitude}}
        )

    def edit_text(
        self, user_id: int, message_id: int, text: str, *, chat_id: int | None = None
    ) -> JSONDict:
        """The person edits a text message they sent: queues an edited_message update."""
        chat_id = user_id if chat_id is None else chat_id
        with self._lock:
            message = self._stored.get((chat_id, message_id))
            if message is None or message.get("from", {}).get("id") != user_id:
                raise ValueError(f"user {user_id} sent no message {message_id} in chat {chat_id}")
            message["text"] = text
            message["edit_date"] = int(time.time())
            self._push_locked({"edited_message": copy.deepcopy(message)})
            return copy.deepcopy(message)

    def press(self, user_id: int, message_id: int, data: str, *, chat_id: int | None = None) -> str:
        """The person presses an inline button; returns the callback_query id.

        `data` is not checked against the keyboard, so tests can simulate stale or forged
        presses; the message must still exist.
        """
        chat_id = user_id if chat_id is None else chat_id
        with self._lock:
            message = self._stored.get((chat_id, message_id))
            if message is None:
                raise ValueError(f"no message {message_id} in chat {chat_id} to press a button on")
            query_id = str(next(self._ids) + 4_000_000)
            self._open_queries.add(query_id)
            self._push_locked(
                {
                    "callback_query": {
                        "id": query_id,
                        "from": self._user(user_id),
                        "message": copy.deepcopy(message),
                        "chat_instance": str(-chat_id),
                        "data": data,
                    }
                }
            )
            return query_id

    def press_button(self, user_id: int, label: str, *, chat_id: int | None = None) -> str:
        """Press the button labelled `label` on the newest live bot message that has one."""
        chat_id = user_id if chat_id is None else chat_id
        with self._lock:
            for sent in reversed(self._live(chat_id)):
                for row in sent.buttons:
                    for text, data in row:
                        if text == label and data is not None:
                            return self.press(user_id, sent.message_id, data, chat_id=chat_id)
        raise ValueError(f"no live message in chat {chat_id} has a button {label!r}")

    def push_update(self, update: JSONDict) -> int:
        """Queue a raw update; its update_id is assigned here and returned."""
        with self._lock:
            return self._push_locked(copy.deepcopy(update))

    # ---------------------------------------------------------------- observe the bot

    def messages(self, chat_id: int) -> list[SentMessage]:
        """The bot's messages in a chat, oldest first, as they are now (deleted ones flagged)."""
        with self._lock:
            found = [m for (chat, _), m in self._sent.items() if chat == chat_id]
            return [_snapshot(m) for m in sorted(found, key=lambda m: m.message_id)]

    def mark(self) -> int:
        """A point in time for messages_since(): the sequence number of the latest bot change."""
        with self._lock:
            return self._seq

    def messages_since(self, mark: int, chat_id: int | None = None) -> list[SentMessage]:
        """Bot messages sent, edited or deleted after mark(), in the order of that change."""
        with self._lock:
            found = [
                m
                for m in self._sent.values()
                if m.seq > mark and (chat_id is None or m.chat_id == chat_id)
            ]
            return [_snapshot(m) for m in sorted(found, key=lambda m: m.seq)]

    def calls(self, method: str | None = None) -> list[ApiCall]:
        with self._lock:
            return [
                replace(c)
                for c in self._calls
                if method is None or c.method.lower() == method.lower()
            ]

    def callback_answers(self) -> list[JSONDict]:
        with self._lock:
            return copy.deepcopy(self._answers)

    @property
    def last_update_id(self) -> int:
        """The update_id of the newest queued update (0 before any)."""
        with self._lock:
            return self._next_update_id - 1

    def pending_updates(self) -> int:
        with self._lock:
            return len(self._updates)

    def wait_until(self, predicate: Callable[[], T], timeout: float = 5.0) -> T:
        """Block until predicate() is truthy and return its value; TimeoutError otherwise."""
        deadline = time.monotonic() + timeout
        while True:
            with self._cond:
                version = self._version
            value = predicate()
            if value:
                return value
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError(self._timeout_report(timeout))
            with self._cond:
                if self._version == version:  # nothing changed since predicate() ran
                    self._cond.wait(remaining)

    async def until(self, predicate: Callable[[], T], timeout: float = 5.0) -> T:
        """wait_until() for async code: polls without blocking the event loop."""
        deadline = time.monotonic() + timeout
        while not (value := predicate()):
            if time.monotonic() >= deadline:
                raise TimeoutError(self._timeout_report(timeout))
            await asyncio.sleep(0.005)
        return value

    def wait_for_messages(
        self, chat_id: int, count: int, timeout: float = 5.0
    ) -> list[SentMessage]:
        """The chat's bot messages (deleted ones included) once there are at least `count`."""
        self.wait_until(lambda: len(self.messages(chat_id)) >= count, timeout)
        return self.messages(chat_id)

    async def until_messages(
        self, chat_id: int, count: int, timeout: float = 5.0
    ) -> list[SentMessage]:
        await self.until(lambda: len(self.messages(chat_id)) >= count, timeout)
        return self.messages(chat_id)

    # ---------------------------------------------------------------- faults

    def fail(
        self,
        method: str,
        status: int,
        description: str,
        *,
        retry_after: int | None = None,
        times: int = 1,
        chat_id: int | None = None,
    ) -> None:
        """The next `times` calls of `method` (only those for chat_id, if given) fail."""
        with self._lock:
            self._fail_rules.append(
                _FailRule(method.lower(), status, description, retry_after, times, chat_id)
            )

    def block(self, chat_id: int) -> None:
        with self._lock:
            self._blocked.add(chat_id)

    def unblock(self, chat_id: int) -> None:
        with self._lock:
            self._blocked.discard(chat_id)

    def delay(self, method: str, seconds: float, *, times: int = 1) -> None:
        """Hold the reply of the next `times` calls of `method`; the call itself takes effect
        first, like a slow network that times out after Telegram acted."""
        with self._lock:
            self._delays.append(_DelayRule(method.lower(), seconds, times))

    def hold(self, method: str, chat_id: int) -> threading.Event:
        """Hold the replies to `method` calls for `chat_id` (which take effect at once) until
        the returned event is set: a slow Telegram for one chat, released when a test says."""
        gate = threading.Event()
        with self._lock:
            self._holds[(method.lower(), chat_id)] = gate
        return gate

    def fail_randomly(
        self,
        rate: float,
        statuses: Iterable[int] = (500, 429, 403),
        seed: int = 0,
        methods: Iterable[str] | None = None,
    ) -> None:
        """Fail each matching call with probability `rate` (0 turns it off). By default only
        methods that carry a chat_id are hit, so polling itself keeps working."""
        with self._lock:
            self._random = (
                None
                if rate <= 0
                else _RandomFaults(
                    rate,
                    tuple(statuses),
                    random.Random(seed),
                    None if methods is None else frozenset(m.lower() for m in methods),
                )
            )

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

    def _take_delay(self, method: str) -> float:
        for rule in self._delays:
            if rule.method == method.lower():
                rule.times -= 1
                if rule.times <= 0:
                    self._delays.remove(rule)
                return rule.seconds
        return 0.0

    def _inject_faults(self, method: str, params: JSONDict) -> None:
        chat_id = params.get("chat_id")
        for rule in self._fail_rules:
            if rule.method == method.lower() and rule.chat_id in (None, chat_id):
                rule.times -= 1
                if rule.times <= 0:
                    self._fail_rules.remove(rule)
                raise ApiError(rule.status, rule.description, rule.retry_after)
        faults = self._random
        if faults is not None and faults.strikes(method, chat_id):
            status = faults.rng.choice(faults.statuses)
            if status == 429:
                raise _too_many(1)
            if status == 403:
                raise ApiError(403, BLOCKED)
            raise ApiError(status, "Internal Server Error")
        if chat_id is None:
            return
        if chat_id in self._blocked:
            raise ApiError(403, BLOCKED)
        if self.rate_limit is not None:
            now = time.monotonic()
            while self._send_times and self._send_times[0] <= now - 1.0:
                self._send_times.popleft()
            if len(self._send_times) >= self.rate_limit:
                raise _too_many(1)
            self._send_times.append(now)

    # ---------------------------------------------------------------- API methods

    def _api_getMe(self, params: JSONDict, files: dict[str, UploadedFile]) -> JSONDict:
        return {
            **self.bot_user,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
        }

    def _api_close(self, params: JSONDict, files: dict[str, UploadedFile]) -> bool:
        return True

    _api_logOut = _api_close

    def _api_deleteWebhook(self, params: JSONDict, files: dict[str, UploadedFile]) -> bool:
        self._webhook_url = ""
        if params.get("drop_pending_updates"):
            self._updates.clear()
        return True

    def _api_setWebhook(self, params: JSONDict, files: dict[str, UploadedFile]) -> bool:
        self._webhook_url = str(params.get("url") or "")
        return True

    def _api_getWebhookInfo(self, params: JSONDict, files: dict[str, UploadedFile]) -> JSONDict:
        return {
            "url": self._webhook_url,
            "has_custom_certificate": False,
            "pending_update_count": len(self._updates),
        }

    def _api_getUpdates(self, params: JSONDict, files: dict[str, UploadedFile]) -> list[JSONDict]:
        if self._webhook_url:
            raise ApiError(
                409,
                "Conflict: can't use getUpdates method while webhook is active; "
                "use deleteWebhook to delete the webhook first",
            )
        offset = int(params.get("offset") or 0)
        limit = min(max(int(params.get("limit") or 100), 1), 100)
        timeout = max(float(params.get("timeout") or 0), 0.0)
        if "allowed_updates" in params:
            self._allowed_updates = params["allowed_updates"] or None  # [] means all; remembered
        if offset > 0:  # confirms every update before it
            self._updates = [u for u in self._updates if u["update_id"] >= offset]
        elif offset < 0:  # Telegram: keep only the last -offset updates
            del self._updates[:offset]
        self._changed()
        deadline = time.monotonic() + timeout
        while True:
            if self._stop_event.is_set():
                return []
            allowed = self._allowed_updates
            ready = [
                u
                for u in self._updates
                if allowed is None or next(k for k in u if k != "update_id") in allowed
            ]
            if ready:
                return copy.deepcopy(ready[:limit])
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return []
            self._cond.wait(remaining)

    def _api_sendMessage(self, params: JSONDict, files: dict[str, UploadedFile]) -> JSONDict:
        chat_id = self._chat_param(params)
        text = str(params.get("text") or "")
        parse_mode = params.get("parse_mode") or None
        plain, entities = self._parse(text, parse_mode, params.get("entities"))
        if not plain.strip():
            raise _bad("message text is empty")
        if len(plain) > MAX_TEXT:
            raise _bad("message is too long")
        markup = self._check_markup(params.get("reply_markup"))
        body: JSONDict = {"text": plain}
        if entities:
            body["entities"] = entities
        message = self._bot_message(chat_id, body, markup)
        self._record(
            SentMessage(
                message["message_id"],
                chat_id,
                text=text,
                plain_text=plain,
                parse_mode=parse_mode,
                reply_markup=markup,
                buttons=_buttons(markup),
            )
        )
        return message

    def _api_sendPhoto(self, params: JSONDict, files: dict[str, UploadedFile]) -> JSONDict:
        return self._send_file("photo", params, files)

    def _api_sendDocument(self, params: JSONDict, files: dict[str, UploadedFile]) -> JSONDict:
        return self._send_file("document", params, files)

    def _send_file(self, kind: str, params: JSONDict, files: dict[str, UploadedFile]) -> JSONDict:
        chat_id = self._chat_param(params)
        caption = params.get("caption")
        parse_mode = params.get("parse_mode") or None
        body: JSONDict = {}
        if caption is not None:
            caption = str(caption)
            plain, entities = self._parse(caption, parse_mode, params.get("caption_entities"))
            if len(plain) > MAX_CAPTION:
                raise _bad("message caption is too long")
            body["caption"] = plain
            if entities:
                body["caption_entities"] = entities
        markup = self._check_markup(params.get("reply_markup"))
        upload = files.get(kind)
        if upload is not None:
            file_name = upload.filename
            file_id = self._save_file(upload.filename, upload.data)
            params[kind] = str(self._files[file_id])  # what calls() shows instead of the bytes
        elif isinstance(params.get(kind), str) and params[kind]:
            file_id, file_name = params[kind], None  # a file_id or URL sent again
        else:
            raise _bad(f"there is no {kind} in the request")
        path = self._files.get(file_id)
        size = path.stat().st_size if path else 0
        if kind == "photo":
            body["photo"] = [
                {
                    "file_id": file_id,
                    "file_unique_id": file_id,
                    "width": 800,
                    "height": 600,
                    "file_size": size,
                }
            ]
        else:
            body["document"] = {
                "file_id": file_id,
                "file_unique_id": file_id,
                "file_name": file_name or "document",
                "file_size": size,
            }
        message = self._bot_message(chat_id, body, markup)
        self._record(
            SentMessage(
                message["message_id"],
                chat_id,
                parse_mode=parse_mode,
                reply_markup=markup,
                buttons=_buttons(markup),
                caption=caption,
                file_name=file_name,
                photo_path=path if kind == "photo" else None,
                document_path=path if kind == "document" else None,
            )
        )
        return message

    def _api_editMessageText(self, params: JSONDict, files: dict[str, UploadedFile]) -> JSONDict:
        sent, message = self._editable(params)
        if sent.plain_text is None:
            raise _bad("there is no text in the message to edit")
        text = str(params.get("text") or "")
        parse_mode = params.get("parse_mode") or None
        plain, entities = self._parse(text, parse_mode, params.get("entities"))
        if not plain.strip():
            raise _bad("message text is empty")
        if len(plain) > MAX_TEXT:
            raise _bad("message is too long")
        markup = self._inline_markup(params.get("reply_markup"))
        # Without reply_markup the keyboard goes away, as on Telegram.
        if (message["text"], message.get("entities", []), message.get("reply_markup")) == (
            plain,
            entities,
            markup,
        ):
            raise _bad(NOT_MODIFIED)
        message["text"] = plain
        _set_or_drop(message, "entities", entities or None)
        _set_or_drop(message, "reply_markup", markup)
        message["edit_date"] = int(time.time())
        sent.text, sent.plain_text, sent.parse_mode = text, plain, parse_mode
        self._edited(sent, markup)
        return copy.deepcopy(message)

    def _api_editMessageReplyMarkup(
        self, params: JSONDict, files: dict[str, UploadedFile]
    ) -> JSONDict:
        sent, message = self._editable(params)
        markup = self._inline_markup(params.get("reply_markup"))
        if message.get("reply_markup") == markup:
            raise _bad(NOT_MODIFIED)
        _set_or_drop(message, "reply_markup", markup)
        message["edit_date"] = int(time.time())
        self._edited(sent, markup)
        return copy.deepcopy(message)

    def _api_deleteMessage(self, params: JSONDict, files: dict[str, UploadedFile]) -> bool:
        key = (self._chat_param(params), int(params.get("message_id") or 0))
        if self._stored.pop(key, None) is None:
            raise _bad("message to delete not found")
        sent = self._sent.get(key)
        if sent is not None:
            sent.deleted = True
            sent.seq = self._next_seq()
        return True

    def _api_answerCallbackQuery(self, params: JSONDict, files: dict[str, UploadedFile]) -> bool:
        query_id = str(params.get("callback_query_id") or "")
        if query_id not in self._open_queries:
            raise _bad(QUERY_TOO_OLD)
        self._open_queries.discard(query_id)
        self._answers.append(dict(params))
        return True

    def _api_sendChatAction(self, params: JSONDict, files: dict[str, UploadedFile]) -> bool:
        self._chat_param(params)
        if params.get("action") not in _CHAT_ACTIONS:
            raise _bad("wrong parameter action in request")
        return True

    def _api_setMyCommands(self, params: JSONDict, files: dict[str, UploadedFile]) -> bool:
        commands = params.get("commands")
        if not isinstance(commands, list):
            raise _bad("can't parse commands JSON object")
        for command in commands:
            if not isinstance(command, dict):
                raise _bad("can't parse BotCommand")
            if not _COMMAND.fullmatch(str(command.get("command", ""))):
                raise _bad("BOT_COMMAND_INVALID")
            if not 1 <= len(str(command.get("description", ""))) <= 256:
                raise _bad("BOT_COMMAND_DESCRIPTION_INVALID")
        self._commands[self._commands_key(params)] = commands
        return True

    def _api_getMyCommands(self, params: JSONDict, files: dict[str, UploadedFile]) -> list[Any]:
        return copy.deepcopy(self._commands.get(self._commands_key(params), []))

    def _api_deleteMyCommands(self, params: JSONDict, files: dict[str, UploadedFile]) -> bool:
        self._commands.pop(self._commands_key(params), None)
        return True

    def _api_getFile(self, params: JSONDict, files: dict[str, UploadedFile]) -> JSONDict:
        file_id = str(params.get("file_id") or "")
        path = self._files.get(file_id)
        if path is None:
            raise _bad("invalid file_id")
        return {
            "file_id": file_id,
            "file_unique_id": file_id,
            "file_size": path.stat().st_size,
            "file_path": path.relative_to(self.files_dir).as_posix(),
        }

    # ---------------------------------------------------------------- internals (under lock)

    def _changed(self) -> None:
        self._version += 1
        self._cond.notify_all()

    def _next_seq(self) -> int:
        self._seq += 1
        return self._seq

    def _push_locked(self, update: JSONDict) -> int:
        update_id = self._next_update_id
        self._next_update_id += 1
        update["update_id"] = update_id
        self._updates.append(update)
        self._changed()
        return update_id

    def _user(self, user_id: int) -> JSONDict:
        return copy.deepcopy(
            self._users.get(user_id)
            or {"id": user_id, "is_bot": False, "first_name": "Pat", "language_code": "en"}
        )

    def _chat(self, chat_id: int) -> JSONDict:
        default = (
            {"id": chat_id, "type": "private", "first_name": "Pat"}
            if chat_id > 0
            else {"id": chat_id, "type": "group", "title": "Group"}
        )
        return copy.deepcopy(self._chats.get(chat_id, default))

    def _new_message_id(self, chat_id: int) -> int:
        # One sequence per chat shared by both sides, as in Telegram private chats.
        message_id = self._next_message_id.get(chat_id, 1)
        self._next_message_id[chat_id] = message_id + 1
        return message_id

    def _user_message(
        self,
        user_id: int,
        chat_id: int | None,
        body: JSONDict,
        chat_type: str | None = None,
        first_name: str | None = None,
        language_code: str | None = "en",
    ) -> JSONDict:
        chat_id = user_id if chat_id is None else chat_id
        with self._lock:
            if first_name is not None or user_id not in self._users:
                user: JSONDict = {"id": user_id, "is_bot": False, "first_name": first_name or "Pat"}
                if language_code:
                    user["language_code"] = language_code
                self._users[user_id] = user
            if chat_type is not None or chat_id not in self._chats:
                kind = chat_type or ("private" if chat_id > 0 else "group")
                self._chats[chat_id] = (
                    {"id": chat_id, "type": kind, "first_name": self._users[user_id]["first_name"]}
                    if kind == "private"
                    else {"id": chat_id, "type": kind, "title": "Group"}
                )
            message = {
                "message_id": self._new_message_id(chat_id),
                "date": int(time.time()),
                "chat": self._chat(chat_id),
                "from": self._user(user_id),
                **body,
            }
            self._stored[(chat_id, message["message_id"])] = message
            self._push_locked({"message": copy.deepcopy(message)})
            return copy.deepcopy(message)

    def _bot_message(self, chat_id: int, body: JSONDict, markup: JSONDict | None) -> JSONDict:
        message = {
            "message_id": self._new_message_id(chat_id),
            "date": int(time.time()),
            "chat": self._chat(chat_id),
            "from": self.bot_user,
            **body,
        }
        if markup and "inline_keyboard" in markup:  # Telegram echoes inline keyboards only
            message["reply_markup"] = markup
        self._stored[(chat_id, message["message_id"])] = message
        return copy.deepcopy(message)

    def _record(self, sent: SentMessage) -> None:
        sent.seq = self._next_seq()
        self._sent[(sent.chat_id, sent.message_id)] = sent

    def _edited(self, sent: SentMessage, markup: JSONDict | None) -> None:
        sent.reply_markup, sent.buttons = markup, _buttons(markup)
        sent.edits += 1
        sent.seq = self._next_seq()

    def _live(self, chat_id: int) -> list[SentMessage]:
        return sorted(
            (m for (c, _), m in self._sent.items() if c == chat_id and not m.deleted),
            key=lambda m: m.message_id,
        )

    def _chat_param(self, params: JSONDict) -> int:
        chat_id = params.get("chat_id")
        if chat_id is None or chat_id == "":
            raise _bad("chat_id is empty")
        if not isinstance(chat_id, int):
            raise _bad("chat not found")  # "@channel" names are not modelled
        return chat_id

    def _editable(self, params: JSONDict) -> tuple[SentMessage, JSONDict]:
        if params.get("inline_message_id"):
            raise _bad("MESSAGE_ID_INVALID")  # inline-mode messages are not modelled
        key = (self._chat_param(params), int(params.get("message_id") or 0))
        message = self._stored.get(key)
        if message is None:
            raise _bad("message to edit not found")
        sent = self._sent.get(key)
        if sent is None:
            raise _bad("message can't be edited")  # the person's own message
        return sent, message

    def _parse(
        self, text: str, parse_mode: str | None, entities: Any
    ) -> tuple[str, list[JSONDict]]:
        if parse_mode is None:
            return text, list(entities or [])
        mode = parse_mode.lower()
        if mode == "html":
            try:
                return parse_html(text)
            except HtmlError as error:
                raise _bad(f"can't parse entities: {error}") from None
        if mode in ("markdown", "markdownv2"):
            return text, []  # not validated; the bot uses HTML
        raise _bad("unsupported parse_mode")

    def _check_markup(self, markup: Any) -> JSONDict | None:
        if markup is None:
            return None
        if not isinstance(markup, dict):
            raise _bad("can't parse reply keyboard markup JSON object")
        if "inline_keyboard" in markup:
            rows = markup["inline_keyboard"]
            if not isinstance(rows, list) or not all(isinstance(r, list) for r in rows):
                raise _bad(
                    "can't parse inline keyboard button: InlineKeyboardMarkup must be an "
                    "Array of Arrays"
                )
            for button in itertools.chain.from_iterable(rows):
                if not isinstance(button, dict) or not button.get("text"):
                    raise _bad("can't parse inline keyboard button: Text must be non-empty")
                data = button.get("callback_data")
                if data is not None and not 1 <= len(str(data).encode()) <= MAX_CALLBACK_DATA:
                    raise _bad("BUTTON_DATA_INVALID")
                if not _INLINE_ACTIONS & button.keys():
                    raise _bad("text buttons are unallowed in the inline keyboard")
        return copy.deepcopy(markup)

    def _inline_markup(self, markup: Any) -> JSONDict | None:
        checked = self._check_markup(markup)
        if not checked:
            return None  # absent or {}: the keyboard goes away
        if "inline_keyboard" not in checked:
            raise _bad("inline keyboard expected")
        return checked

    def _commands_key(self, params: JSONDict) -> tuple[str, str]:
        scope = params.get("scope") or {"type": "default"}
        return json.dumps(scope, sort_keys=True), str(params.get("language_code") or "")

    def _file_id(self, kind: str) -> str:
        return f"{kind}-{next(self._ids)}"

    def _save_file(self, file_name: str, data: bytes) -> str:
        with self._lock:
            number = next(self._ids)
            safe = re.sub(r"[^A-Za-z0-9._-]+", "_", Path(file_name).name).strip("._") or "file"
            path = self.files_dir / f"{number:04d}-{safe}"
            path.write_bytes(data)
            file_id = f"file-{number}"
            self._files[file_id] = path
            return file_id

    def _timeout_report(self, timeout: float) -> str:
        with self._lock:
            recent = [c for c in self._calls if c.method != "getUpdates"][-10:]
        lines = [f"  {c.method} -> {c.status} {_short(c.params)}" for c in recent]
        return f"condition not met within {timeout}s; last bot calls (getUpdates omitted):\n" + (
            "\n".join(lines) or "  (none)"
        )


# --------------------------------------------------------------------------- helpers


def _snapshot(sent: SentMessage) -> SentMessage:
    return replace(
        sent,
        reply_markup=copy.deepcopy(sent.reply_markup),
        buttons=[list(row) for row in sent.buttons],
    )


def _buttons(markup: JSONDict | None) -> Buttons:
    if not markup or "inline_keyboard" not in markup:
        return []
    return [[(b["text"], b.get("callback_data")) for b in row] for row in markup["inline_keyboard"]]


def _set_or_drop(message: JSONDict, key: str, value: Any) -> None:
    if value is None:
        message.pop(key, None)
    else:
        message[key] = value


def _short(params: JSONDict) -> str:
    text = json.dumps(params, ensure_ascii=False, default=str)
    return text if len(text) <= 160 else text[:157] + "..."


def _coerce(key: str, value: Any) -> Any:
    """Turn a form value (always a string) back into the type PTB serialised."""
    if not isinstance(value, str):
        return value
    if key in _JSON_FIELDS:
        try:
            return json.loads(value)
        except ValueError:
            raise _bad(f"can't parse {key} JSON object") from None
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


# --------------------------------------------------------------------------- HTTP plumbing


_API_PATH = re.compile(r"/bot([^/]+)/([A-Za-z]+)/?")
_FILE_PATH = re.compile(r"/file/bot([^/]+)/(.+)")


class _Server(ThreadingHTTPServer):
    daemon_threads = True  # a held long poll must not keep the process alive

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


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as PTB's httpx pool expects
    server: _Server

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
            self._reply(400, _bad(f"can't parse request: {error}").envelope())
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
