"""Bot API methods for text messages: send, edit, delete."""

from __future__ import annotations

import copy
from typing import Any

from bot.standin.multipart import UploadedFile
from bot.standin.records import MAX_TEXT, NOT_MODIFIED, JSONDict, SentMessage, bad, buttons_of
from bot.standin.state import StandInState
from bot.standin.validation import chat_param, check_markup, inline_markup, parse_text


def _message_text(params: JSONDict) -> tuple[str, str | None, str, list[JSONDict]]:
    """A message's text as sent, its parse mode, and as shown: checked as Telegram does."""
    text = str(params.get("text") or "")
    parse_mode = params.get("parse_mode") or None
    plain, entities = parse_text(text, parse_mode, params.get("entities"))
    if not plain.strip():
        raise bad("message text is empty")
    if len(plain) > MAX_TEXT:
        raise bad("message is too long")
    return text, parse_mode, plain, entities


class MessagesApi(StandInState):
    def _api_sendMessage(self, params: JSONDict, files: dict[str, UploadedFile]) -> JSONDict:
        chat_id = chat_param(params)
        text, parse_mode, plain, entities = _message_text(params)
        markup = check_markup(params.get("reply_markup"))
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
                buttons=buttons_of(markup),
            )
        )
        return message

    def _api_editMessageText(self, params: JSONDict, files: dict[str, UploadedFile]) -> JSONDict:
        sent, message = self._editable(params)
        if sent.plain_text is None:
            raise bad("there is no text in the message to edit")
        text, parse_mode, plain, entities = _message_text(params)
        markup = inline_markup(params.get("reply_markup"))
        # Without reply_markup the keyboard goes away, as on Telegram.
        if (message["text"], message.get("entities", []), message.get("reply_markup")) == (
            plain,
            entities,
            markup,
        ):
            raise bad(NOT_MODIFIED)
        message["text"] = plain
        _set_or_drop(message, "entities", entities or None)
        _set_or_drop(message, "reply_markup", markup)
        message["edit_date"] = int(self.clock())
        sent.text, sent.plain_text, sent.parse_mode = text, plain, parse_mode
        self._edited(sent, markup)
        return copy.deepcopy(message)

    def _api_editMessageReplyMarkup(
        self, params: JSONDict, files: dict[str, UploadedFile]
    ) -> JSONDict:
        sent, message = self._editable(params)
        markup = inline_markup(params.get("reply_markup"))
        if message.get("reply_markup") == markup:
            raise bad(NOT_MODIFIED)
        _set_or_drop(message, "reply_markup", markup)
        message["edit_date"] = int(self.clock())
        self._edited(sent, markup)
        return copy.deepcopy(message)

    def _api_deleteMessage(self, params: JSONDict, files: dict[str, UploadedFile]) -> bool:
        key = (chat_param(params), int(params.get("message_id") or 0))
        if self._stored.pop(key, None) is None:
            raise bad("message to delete not found")
        sent = self._sent.get(key)
        if sent is not None:
            sent.deleted = True
            sent.seq = self._next_seq()
        return True

    def _editable(self, params: JSONDict) -> tuple[SentMessage, JSONDict]:
        if params.get("inline_message_id"):
            raise bad("MESSAGE_ID_INVALID")  # inline-mode messages are not modelled
        key = (chat_param(params), int(params.get("message_id") or 0))
        message = self._stored.get(key)
        if message is None:
            raise bad("message to edit not found")
        sent = self._sent.get(key)
        if sent is None:
            raise bad("message can't be edited")  # the person's own message
        return sent, message


def _set_or_drop(message: JSONDict, key: str, value: Any) -> None:
    if value is None:
        message.pop(key, None)
    else:
        message[key] = value
