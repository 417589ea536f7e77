"""The stand-in's state, and the bookkeeping that every part of it shares.

BotApiStandIn (server.py) is StandInState plus one mixin per kind of work: playing the people
(people.py), observing the bot (observe.py), injecting faults (faults.py) and serving the Bot API
methods (api_*.py). All state is guarded by `_lock`; the `_`-methods here expect the caller to
hold it, except `_user_message` and `_save_file`, which take it themselves.
"""

from __future__ import annotations

import copy
import itertools
import re
import tempfile
import threading
import time
from collections import deque
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.standin.multipart import UploadedFile
from bot.standin.records import ApiCall, JSONDict, SentMessage, buttons_of

if TYPE_CHECKING:
    from bot.standin.faults import DelayRule, FailRule, RandomFaults
    from bot.standin.http_server import ApiServer

ApiHandler = Callable[[JSONDict, dict[str, UploadedFile]], Any]


class StandInState:
    # The Bot API methods served, by their Telegram names; each is an `_api_<name>` method.
    API_METHODS: frozenset[str] = frozenset()

    def __init__(
        self,
        token: str = "123456:OFFLINE-STANDIN",
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        files_dir: Path | None = None,
        bot_username: str = "glute_coach_bot",
        rate_limit: float | None = None,
        clock: Callable[[], float] = time.time,
        first_id: int = 1,
    ) -> None:
        self.token = token
        prefix = token.split(":", 1)[0]
        self.bot_id = int(prefix) if prefix.isdigit() else 123456
        self.bot_username = bot_username
        self.rate_limit = rate_limit
        # Seconds since the epoch for the dates Telegram stamps on messages: tests that move
        # a clock pass theirs, so a message is "sent" at the time the bot believes it is.
        self.clock = clock
        # Where update ids and each chat's message ids start. Telegram never reuses them, and
        # the bot ignores an update id it has already handled: a stand-in restarted on the
        # same database (the offline chat) starts past the ids of its earlier runs.
        self._first_id = first_id
        self.files_dir = Path(files_dir) if files_dir else Path(tempfile.mkdtemp(prefix="standin-"))
        self.files_dir.mkdir(parents=True, exist_ok=True)
        self._host, self._port = host, port
        self._server: ApiServer | None = None
        self._thread: threading.Thread | None = None
        self._stop_event = threading.Event()

        self._lock = threading.RLock()
        self._cond = threading.Condition(self._lock)  # notified on every change of state
        self._version = 0
        self._ids = itertools.count(1)  # file ids, callback query ids, upload names
        self._updates: list[JSONDict] = []
        self._next_update_id = first_id
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
        self._profile: dict[tuple[str, str], str] = {}  # (field, language) -> text
        self._files: dict[str, Path] = {}  # file_id -> saved file
        self._fail_rules: list[FailRule] = []
        self._delays: list[DelayRule] = []
        self._holds: dict[tuple[str, int], threading.Event] = {}
        # Seconds every answer but getUpdates is held: a real network's round trip, for
        # benchmarks (tests use delay/hold to time one call).
        self.latency = 0.0
        self._blocked: set[int] = set()
        self._random: RandomFaults | None = None
        self._send_times: deque[float] = deque()
        self._handlers: dict[str, tuple[str, ApiHandler]] = {
            name.lower(): (name, getattr(self, f"_api_{name}")) for name in self.API_METHODS
        }

    @property
    def bot_user(self) -> JSONDict:
        return {
            "id": self.bot_id,
            "is_bot": True,
            "first_name": "Glute Coach",
            "username": self.bot_username,
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
        message_id = self._next_message_id.get(chat_id, self._first_id)
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
                "date": int(self.clock()),
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
            "date": int(self.clock()),
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
        sent.reply_markup, sent.buttons = markup, buttons_of(markup)
        sent.edits += 1
        sent.seq = self._next_seq()

    def _live(self, chat_id: int) -> list[SentMessage]:
        return sorted(
            (m for (c, _), m in self._sent.items() if c == chat_id and not m.deleted),
            key=lambda m: m.message_id,
        )

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
