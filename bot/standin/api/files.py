"""Bot API methods for files: photos and documents the bot sends, and getFile for downloads."""

from __future__ import annotations

from bot.standin.multipart import UploadedFile
from bot.standin.records import MAX_CAPTION, JSONDict, SentMessage, bad, buttons_of
from bot.standin.state import StandInState
from bot.standin.validation import chat_param, check_markup, parse_text

MAX_DOWNLOAD = 20 * 1024 * 1024


class FilesApi(StandInState):
    def _api_sendPhoto(self, params: JSONDict, files: dict[str, UploadedFile]) -> JSONDict:
        return self._send_file("photo", params, files)

    def _api_sendDocument(self, params: JSONDict, files: dict[str, UploadedFile]) -> JSONDict:
        return self._send_file("document", params, files)

    def _send_file(self, kind: str, params: JSONDict, files: dict[str, UploadedFile]) -> JSONDict:
        chat_id = chat_param(params)
        caption = params.get("caption")
        parse_mode = params.get("parse_mode") or None
        body: JSONDict = {}
        if caption is not None:
            caption = str(caption)
            plain, entities = parse_text(caption, parse_mode, params.get("caption_entities"))
            if len(plain) > MAX_CAPTION:
                raise bad("message caption is too long")
            body["caption"] = plain
            if entities:
                body["caption_entities"] = entities
        markup = check_markup(params.get("reply_markup"))
        upload = files.get(kind)
        if upload is not None:
            file_name = upload.filename
            file_id = self._save_file(upload.filename, upload.data)
            params[kind] = str(self._files[file_id])  # what calls() shows instead of the bytes
        elif isinstance(params.get(kind), str) and params[kind]:
            file_id, file_name = params[kind], None  # a file_id or URL sent again
        else:
            raise bad(f"there is no {kind} in the request")
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
                buttons=buttons_of(markup),
                caption=caption,
                file_name=file_name,
                photo_path=path if kind == "photo" else None,
                document_path=path if kind == "document" else None,
            )
        )
        return message

    def _api_getFile(self, params: JSONDict, files: dict[str, UploadedFile]) -> JSONDict:
        file_id = str(params.get("file_id") or "")
        path = self._files.get(file_id)
        if path is None:
            raise bad("invalid file_id")
        if path.stat().st_size > MAX_DOWNLOAD:
            raise bad("file is too big")  # bots download files of up to 20 MB
        return {
            "file_id": file_id,
            "file_unique_id": file_id,
            "file_size": path.stat().st_size,
            "file_path": path.relative_to(self.files_dir).as_posix(),
        }
