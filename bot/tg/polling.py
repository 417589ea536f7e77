"""Long polling into the inbox: an update is stored before the offset moves past it.

python-telegram-bot's Updater confirms a batch (asks for the next offset) before its
updates are processed, and stops for everyone on one it cannot parse. This loop asks
getUpdates itself, reads only what the inbox needs from each raw update (bot/store/inbox.py
`incoming`), stores the batch, and only then asks with the next offset. A crash between the
two re-reads the batch; the inbox ignores the update_ids it already has.
"""

from __future__ import annotations

import asyncio
import json
import logging

from telegram import Update
from telegram.error import NetworkError

from bot.store.inbox import incoming
from bot.tg.http_client import AiohttpRequest
from bot.tg.inbox import Inbox

log = logging.getLogger(__name__)

MAX_PAUSE = 30.0  # seconds, the longest wait between failed attempts


async def poll(inbox: Inbox, request: AiohttpRequest, base_url: str, timeout: int) -> None:
    """Until cancelled. `base_url` is the bot's (…/bot<token>); never logged."""
    url = f"{base_url}/getUpdates"
    offset: int | None = None
    pause = 0.5
    allowed = json.dumps(Update.ALL_TYPES)
    while True:
        fields = {"timeout": str(timeout), "allowed_updates": allowed}
        if offset is not None:
            fields["offset"] = str(offset)
        try:
            status, body = await request.send_form(url, fields, read_timeout=timeout + 10)
            reply = json.loads(body)
            if not isinstance(reply, dict):
                raise ValueError("not an object")
        except (NetworkError, ValueError) as err:
            log.warning("getUpdates failed (%s); trying again in %.1f s", type(err).__name__, pause)
            await asyncio.sleep(pause)
            pause = min(MAX_PAUSE, pause * 2)
            continue
        if not reply.get("ok"):
            wait = (reply.get("parameters") or {}).get("retry_after") or pause
            log.warning(
                "getUpdates refused (%s %s); trying again in %.1f s",
                status,
                str(reply.get("description", ""))[:80],
                float(wait),
            )
            await asyncio.sleep(float(wait))
            pause = min(MAX_PAUSE, pause * 2)
            continue
        raw = [r for r in reply.get("result") or [] if isinstance(r, dict)]
        batch = [u for u in map(incoming, raw) if u is not None]
        try:
            await inbox.store(batch)
        except Exception:
            log.exception("could not store a batch of updates; reading it again")
            await asyncio.sleep(pause)
            pause = min(MAX_PAUSE, pause * 2)
            continue
        pause = 0.5
        ids = [u.update_id for u in batch]
        if ids:
            offset = max(ids) + 1
