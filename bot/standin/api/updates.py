"""Bot API methods for updates: long polling with getUpdates, and the webhook switches."""

from __future__ import annotations

import copy
import time

from bot.standin.multipart import UploadedFile
from bot.standin.records import ApiError, JSONDict
from bot.standin.state import StandInState


class UpdatesApi(StandInState):
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
