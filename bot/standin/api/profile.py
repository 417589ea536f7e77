"""Bot API methods for the bot's profile: its description and short description.

Telegram keeps one of each per language ("" for everyone without a dedicated one); an empty
string removes it, and getMy* answers "" when none is set.
"""

from __future__ import annotations

from bot.standin.multipart import UploadedFile
from bot.standin.records import JSONDict, bad
from bot.standin.state import StandInState
from bot.standin.validation import language_param

MAX_DESCRIPTION = 512
MAX_SHORT_DESCRIPTION = 120


class ProfileApi(StandInState):
    def _api_setMyDescription(self, params: JSONDict, files: dict[str, UploadedFile]) -> bool:
        return self._set_profile_text("description", MAX_DESCRIPTION, params)

    def _api_getMyDescription(self, params: JSONDict, files: dict[str, UploadedFile]) -> JSONDict:
        return {"description": self._profile.get(("description", language_param(params)), "")}

    def _api_setMyShortDescription(self, params: JSONDict, files: dict[str, UploadedFile]) -> bool:
        return self._set_profile_text("short_description", MAX_SHORT_DESCRIPTION, params)

    def _api_getMyShortDescription(
        self, params: JSONDict, files: dict[str, UploadedFile]
    ) -> JSONDict:
        text = self._profile.get(("short_description", language_param(params)), "")
        return {"short_description": text}

    def _set_profile_text(self, field: str, limit: int, params: JSONDict) -> bool:
        text = params.get(field)
        text = "" if text is None else str(text)
        if len(text) > limit:
            raise bad(f"{field.upper()}_INVALID: at most {limit} characters")
        key = (field, language_param(params))
        if text:
            self._profile[key] = text
        else:
            self._profile.pop(key, None)
        return True

    def profile_text(self, field: str, language: str = "") -> str:
        """What Telegram would show: `description` or `short_description` (tests)."""
        with self._lock:
            return self._profile.get((field, language), "")
