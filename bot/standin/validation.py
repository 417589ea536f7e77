"""Checks on Bot API parameters, with the errors Telegram gives when they fail.

Pure functions of the request's parameters; checks that need the stand-in's state (does this
message exist?) live with the API methods that make them.
"""

from __future__ import annotations

import copy
import itertools
import json
import re
from typing import Any

from bot.standin.records import MAX_CALLBACK_DATA, JSONDict, bad, words
from bot.standin.telegram_html import HtmlError, parse_html

INLINE_ACTIONS = words(
    "callback_data url web_app login_url switch_inline_query copy_text "
    "switch_inline_query_current_chat switch_inline_query_chosen_chat callback_game pay"
)
CHAT_ACTIONS = words(
    "typing upload_photo record_video upload_video record_voice upload_voice "
    "upload_document choose_sticker find_location record_video_note upload_video_note"
)
COMMAND = re.compile(r"[a-z0-9_]{1,32}")


def chat_param(params: JSONDict) -> int:
    chat_id = params.get("chat_id")
    if chat_id is None or chat_id == "":
        raise bad("chat_id is empty")
    if not isinstance(chat_id, int):
        raise bad("chat not found")  # "@channel" names are not modelled
    return chat_id


def parse_text(text: str, parse_mode: str | None, entities: Any) -> tuple[str, list[JSONDict]]:
    """(plain text, entities) of a text or caption, as the person will see it."""
    if parse_mode is None:
        return text, list(entities or [])
    mode = parse_mode.lower()
    if mode == "html":
        try:
            return parse_html(text)
        except HtmlError as error:
            raise bad(f"can't parse entities: {error}") from None
    if mode in ("markdown", "markdownv2"):
        return text, []  # not validated; the bot uses HTML
    raise bad("unsupported parse_mode")


def check_markup(markup: Any) -> JSONDict | None:
    if markup is None:
        return None
    if not isinstance(markup, dict):
        raise bad("can't parse reply keyboard markup JSON object")
    if "inline_keyboard" in markup:
        rows = markup["inline_keyboard"]
        if not isinstance(rows, list) or not all(isinstance(r, list) for r in rows):
            raise bad(
                "can't parse inline keyboard button: InlineKeyboardMarkup must be an "
                "Array of Arrays"
            )
        for button in itertools.chain.from_iterable(rows):
            if not isinstance(button, dict) or not button.get("text"):
                raise bad("can't parse inline keyboard button: Text must be non-empty")
            data = button.get("callback_data")
            if data is not None and not 1 <= len(str(data).encode()) <= MAX_CALLBACK_DATA:
                raise bad("BUTTON_DATA_INVALID")
            if not INLINE_ACTIONS & button.keys():
                raise bad("text buttons are unallowed in the inline keyboard")
    return copy.deepcopy(markup)


def inline_markup(markup: Any) -> JSONDict | None:
    """The markup of an edit: an inline keyboard, or None when the keyboard goes away."""
    checked = check_markup(markup)
    if not checked:
        return None  # absent or {}: the keyboard goes away
    if "inline_keyboard" not in checked:
        raise bad("inline keyboard expected")
    return checked


COMMAND_SCOPES = words(
    "default all_private_chats all_group_chats all_chat_administrators chat "
    "chat_administrators chat_member"
)
MAX_COMMANDS = 100


def language_param(params: JSONDict) -> str:
    """A two-letter ISO 639-1 code, or "" for everyone without a dedicated one."""
    code = str(params.get("language_code") or "")
    if code and not re.fullmatch(r"[a-z]{2}", code):
        raise bad("LANG_CODE_INVALID")
    return code


def commands_key(params: JSONDict) -> tuple[str, str]:
    """Which command list a set/get/deleteMyCommands call means: (scope, language)."""
    scope = params.get("scope") or {"type": "default"}
    if not isinstance(scope, dict) or scope.get("type") not in COMMAND_SCOPES:
        raise bad("BOT_COMMAND_SCOPE_INVALID")
    if scope["type"].startswith("chat") and not scope.get("chat_id"):
        raise bad("chat_id is empty")
    return json.dumps(scope, sort_keys=True), language_param(params)
