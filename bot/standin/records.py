"""What the stand-in records and answers with: sent messages, API calls, Bot API errors.

Shared by every other module of the stand-in; it imports none of them.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, TypeVar

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


def words(text: str) -> frozenset[str]:
    return frozenset(text.split())


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


def bad(description: str) -> ApiError:
    return ApiError(400, f"Bad Request: {description}")


def too_many(retry_after: int) -> ApiError:
    return ApiError(429, f"Too Many Requests: retry after {retry_after}", retry_after)


def snapshot(sent: SentMessage) -> SentMessage:
    """A copy of a record that later edits do not change, for handing out to callers."""
    return replace(
        sent,
        reply_markup=copy.deepcopy(sent.reply_markup),
        buttons=[list(row) for row in sent.buttons],
    )


def buttons_of(markup: JSONDict | None) -> Buttons:
    """The (text, callback_data) rows of an inline keyboard; [] for anything else."""
    if not markup or "inline_keyboard" not in markup:
        return []
    return [[(b["text"], b.get("callback_data")) for b in row] for row in markup["inline_keyboard"]]
