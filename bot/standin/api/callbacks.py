"""Bot API method for callback queries: answering a button press."""

from __future__ import annotations

from bot.standin.multipart import UploadedFile
from bot.standin.records import QUERY_TOO_OLD, JSONDict, bad
from bot.standin.state import StandInState


class CallbacksApi(StandInState):
    def _api_answerCallbackQuery(self, params: JSONDict, files: dict[str, UploadedFile]) -> bool:
        query_id = str(params.get("callback_query_id") or "")
        if query_id not in self._open_queries:
            raise bad(QUERY_TOO_OLD)
        self._open_queries.discard(query_id)
        self._answers.append(dict(params))
        return True
