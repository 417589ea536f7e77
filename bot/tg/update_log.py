"""One INFO line per update: who (a salted hash), which handler, outcome, milliseconds.

    update 7 kind=message user=3f2a9c01be handler=bot.handlers.onboarding.start_command
    outcome=ok ms=12

- user: the first 10 hex digits of sha256(LOG_SALT + user id), or "-" when the update has
  no user. Telegram user ids are small integers, so the hash only hides them if LOG_SALT is
  kept secret; the default salt merely keeps raw ids out of the log.
- handler: module.qualname of the last callback that ran (guards in negative groups, such
  as the private-chat check, count too).
- outcome: "error" if a callback raised, "ok" if a handler in group 0 or later ran, else
  "ignored" (nothing matched, or a guard stopped the update).
- Never the token or the message text. The same fields ride on the record as `extra`
  (user_hash, handler, outcome, ms) for a structured formatter.

Hooked in through `ApplicationBuilder().application_class(UpdateLoggingApplication)`: the
application wraps every handler's callback as it is added and times `process_update`.
Callbacks of handlers with block=False (none today) still run after the line is written.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import os
import time
from collections.abc import Callable, Coroutine, Mapping
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

from telegram import Update
from telegram.ext import Application, ApplicationHandlerStop, BaseHandler

log = logging.getLogger("bot.updates")

DEFAULT_SALT = "glute-coach"

Callback = Callable[[Any, Any], Coroutine[Any, Any, Any]]


@dataclass
class _Record:
    handler: str = "-"
    took: bool = False  # a handler in group >= 0 ran
    error: bool = False


_current: ContextVar[_Record | None] = ContextVar("update_log_record", default=None)
# Set by whoever processes an update (bot/tg/inbox.py) to learn what its handlers raised:
# python-telegram-bot hands a handler's exception to the error handlers, never to its caller.
failures: ContextVar[list[BaseException] | None] = ContextVar("handler_failures", default=None)


def salt_from_env(env: Mapping[str, str] | None = None) -> str:
    env = os.environ if env is None else env
    return env.get("LOG_SALT") or DEFAULT_SALT


def user_hash(user_id: int, salt: str) -> str:
    return hashlib.sha256(f"{salt}{user_id}".encode()).hexdigest()[:10]


def callback_name(callback: object) -> str:
    module = getattr(callback, "__module__", None)
    name = getattr(callback, "__qualname__", None) or type(callback).__qualname__
    return f"{module}.{name}" if module else name


def _traced(callback: Callback, group: int) -> Callback:
    name = callback_name(callback)

    @functools.wraps(callback)
    async def traced(update: Any, context: Any) -> Any:
        record = _current.get()
        if record is not None:
            record.handler = name
            record.took = record.took or group >= 0
        try:
            return await callback(update, context)
        except ApplicationHandlerStop:
            raise
        except Exception as err:
            if record is not None:
                record.error = True
            seen = failures.get()
            if seen is not None:
                seen.append(err)
            raise

    traced._update_log = True  # type: ignore[attr-defined]
    return traced


class UpdateLoggingApplication(Application):
    """An Application that writes one log line per processed Update."""

    def __init__(self, *, log_salt: str = DEFAULT_SALT, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.log_salt = log_salt

    def add_handler(self, handler: BaseHandler[Any, Any, Any], group: int = 0) -> None:
        callback = getattr(handler, "callback", None)
        if callback is not None and not getattr(callback, "_update_log", False):
            handler.callback = _traced(callback, group)
        super().add_handler(handler, group)

    async def process_update(self, update: object) -> None:
        if not isinstance(update, Update):
            await super().process_update(update)
            return
        record = _Record()
        reset = _current.set(record)
        start = time.perf_counter()
        try:
            await super().process_update(update)
        except Exception:
            record.error = True
            raise
        finally:
            _current.reset(reset)
            self._write(update, record, (time.perf_counter() - start) * 1000)

    def _write(self, update: Update, record: _Record, ms: float) -> None:
        user = update.effective_user
        fields = {
            "user_hash": user_hash(user.id, self.log_salt) if user else "-",
            "handler": record.handler,
            "outcome": "error" if record.error else "ok" if record.took else "ignored",
            "ms": round(ms),
        }
        kind = next((t for t in Update.ALL_TYPES if getattr(update, t, None) is not None), "-")
        log.info(
            "update %s kind=%s user=%s handler=%s outcome=%s ms=%d",
            update.update_id,
            kind,
            *fields.values(),
            extra=fields,
        )
