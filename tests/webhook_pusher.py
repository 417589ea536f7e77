"""Telegram in webhook mode, for tests: the stand-in's updates POSTed to the bot's webhook.

The stand-in (bot/standin) queues what the people do for getUpdates and knows nothing of
webhooks. `WebhookPusher` plays Telegram's delivery side on top of that queue: it takes the
queued updates (getUpdates through `BotApiStandIn.handle_api`, in this process, the way
Telegram's own queue hands them out), POSTs each one to the webhook URL with the
X-Telegram-Bot-Api-Secret-Token header, and POSTs it again, and again, until the bot answers
200, as Telegram does. Only then is the update confirmed (the offset moves past it), so an
update a dead bot never answered is delivered to the next one.

Updates of one chat are posted one after another, in order; different chats in parallel
(Telegram's `max_connections`). Leave the stand-in's own webhook unset: its getUpdates
refuses to serve while one is set, as Telegram's does.
"""

from __future__ import annotations

import json
import threading
import time
import urllib.error
import urllib.request
from collections import Counter, defaultdict
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from bot.standin.server import BotApiStandIn

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
JSONDict = dict[str, Any]


def chat_of(update: JSONDict) -> int | None:
    """Whose update it is (the key its order is kept by), as bot/store/inbox.py reads it."""
    for key in ("message", "edited_message", "callback_query"):
        body = update.get(key)
        if isinstance(body, dict):
            message = body.get("message") if key == "callback_query" else body
            chat = message.get("chat") if isinstance(message, dict) else None
            if isinstance(chat, dict):
                return chat.get("id")
            return (body.get("from") or {}).get("id")
    return None


class WebhookPusher:
    """POSTs every update the stand-in queues to `url` until it is answered 200.

    delivered[update_id]  200 answers it got (more than one: it was posted again after a 200)
    posts[update_id]      POSTs that reached the bot (a refused connection is not one)
    statuses              every answer by HTTP status; None: connection refused, reset or
                          timed out (no answer)
    first_ok_at[update_id]  when (time.time()) the POST that first got a 200 began: an
                          update stored before then was stored by a POST whose 200 was lost
    """

    def __init__(
        self,
        standin: BotApiStandIn,
        url: str,
        secret: str,
        *,
        connections: int = 8,
        retry_pause: float = 0.05,
        timeout: float = 10.0,
    ) -> None:
        self.standin = standin
        self.url = url
        self.secret = secret
        self.retry_pause = retry_pause
        self.timeout = timeout
        self.delivered: Counter[int] = Counter()
        self.posts: Counter[int] = Counter()
        self.statuses: Counter[int | None] = Counter()
        self.raw: dict[int, JSONDict] = {}
        self.first_ok_at: dict[int, float] = {}  # time.time() the first 200's POST began
        self._lock = threading.Lock()
        self._in_flight: set[int] = set()  # taken from the queue, not answered 200 yet
        self._offset = 0
        self._stop = threading.Event()
        self._pool = ThreadPoolExecutor(connections, thread_name_prefix="telegram-post")
        self._thread: threading.Thread | None = None

    # --- lifecycle ----------------------------------------------------------------------

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="telegram-webhook", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=30)
        self._pool.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> WebhookPusher:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # --- what a test looks at -------------------------------------------------------------

    def in_flight(self) -> set[int]:
        """Updates handed to the bot (or being handed) that have not been answered 200."""
        with self._lock:
            return {u for u in self._in_flight if not self.delivered[u]}

    def idle(self) -> bool:
        """Nothing queued at the stand-in and nothing waiting for a 200."""
        with self._lock:
            busy = bool(self._in_flight)
        return not busy and self.standin.pending_updates() == 0

    # --- posting --------------------------------------------------------------------------

    def post(self, update: JSONDict) -> int | None:
        """One POST of `update`: the HTTP status, or None if there was no answer."""
        request = urllib.request.Request(
            self.url,
            data=json.dumps(update).encode(),
            method="POST",
            headers={"Content-Type": "application/json", SECRET_HEADER: self.secret},
        )
        update_id = update.get("update_id")
        began = time.time()
        status: int | None
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as reply:
                reply.read()
                status = reply.status
        except urllib.error.HTTPError as err:
            status = err.code
        except (urllib.error.URLError, OSError):
            status = None
        with self._lock:
            self.statuses[status] += 1
            if isinstance(update_id, int):
                if status is not None:
                    self.posts[update_id] += 1
                if status == 200:
                    self.delivered[update_id] += 1
                    self.first_ok_at.setdefault(update_id, began)
        return status

    def post_until_ok(self, update: JSONDict) -> bool:
        """POST until answered 200 (True), or until stopped (False)."""
        pause = self.retry_pause
        while not self._stop.is_set():
            if self.post(update) == 200:
                return True
            self._stop.wait(pause)
            pause = min(pause * 2, 0.5)
        return False

    def _chat_in_order(self, updates: list[JSONDict]) -> None:
        for update in updates:
            if not self.post_until_ok(update):
                return
            with self._lock:
                self._in_flight.discard(update["update_id"])

    def _deliver(self, batch: Iterable[JSONDict]) -> None:
        by_chat: dict[int | None, list[JSONDict]] = defaultdict(list)
        for update in batch:
            by_chat[chat_of(update)].append(update)
        jobs = []
        for chat, updates in by_chat.items():
            if chat is None:  # nobody's: no order to keep
                jobs += [self._pool.submit(self._chat_in_order, [u]) for u in updates]
            else:
                jobs.append(self._pool.submit(self._chat_in_order, updates))
        for job in jobs:
            job.result()

    def _take(self) -> list[JSONDict]:
        params: JSONDict = {"offset": self._offset, "timeout": 0.2, "limit": 100}
        status, body, _ = self.standin.handle_api(self.standin.token, "getUpdates", params, {})
        if status != 200:
            raise RuntimeError(f"the stand-in refused getUpdates: {status} {body}")
        return list(body["result"])

    def _run(self) -> None:
        while not self._stop.is_set():
            batch = self._take()
            if not batch:
                continue
            with self._lock:
                for update in batch:
                    self.raw[update["update_id"]] = update
                    self._in_flight.add(update["update_id"])
            self._deliver(batch)
            if self._stop.is_set():
                return
            # Every one of them was answered 200: confirm them, as Telegram forgets them.
            self._offset = max(u["update_id"] for u in batch) + 1
