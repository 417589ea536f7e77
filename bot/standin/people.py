"""The stand-in's people: messages, edits and button presses that become updates for the bot."""

from __future__ import annotations

import copy

from bot.standin.records import JSONDict
from bot.standin.state import StandInState
from bot.standin.telegram_html import utf16_len


class PeopleMixin(StandInState):
    """Simulate people. Each action queues an update for getUpdates and returns what it sent."""

    def send_text(
        self,
        user_id: int,
        text: str,
        *,
        chat_id: int | None = None,
        chat_type: str = "private",
        first_name: str = "Pat",
        language_code: str | None = "en",
        forward_origin: JSONDict | None = None,
        reply_to: int | None = None,
    ) -> JSONDict:
        """Queue a text message from a person; returns the Message dict. `forward_origin`
        (a MessageOrigin: {"type": "user", "date": ..., "sender_user": {...}}, "hidden_user"
        with "sender_user_name", "chat" or "channel") makes it a message they forwarded;
        `reply_to` (a message id in the chat) a reply to that message, which Telegram sends
        along whole as reply_to_message (without the message it replied to in turn)."""
        body: JSONDict = {"text": text}
        if reply_to is not None:
            where = user_id if chat_id is None else chat_id
            with self._lock:
                replied = self._stored.get((where, reply_to))
                if replied is None:
                    raise ValueError(f"no message {reply_to} in chat {where} to reply to")
                body["reply_to_message"] = {
                    k: v for k, v in copy.deepcopy(replied).items() if k != "reply_to_message"
                }
        if text.startswith("/"):
            command = text.split(maxsplit=1)[0]  # "/start" or "/start@glute_coach_bot"
            body["entities"] = [{"type": "bot_command", "offset": 0, "length": utf16_len(command)}]
        if forward_origin is not None:
            body["forward_origin"] = forward_origin
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
            message["edit_date"] = int(self.clock())
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
