"""Retrying the bot's own Bot API calls the way Telegram asks.

python-telegram-bot lets a rate limiter wrap every request. The chat's calls never get this
far while an update runs (bot/tg/deferred.py records them; the outbox's sender paces and
retries them), so what it wraps are the direct calls: getFile, getMe, the bot's profile at
start. It does no throttling and only retries: a 429 waits its retry_after, a 5xx or a
dropped connection backs off and tries again. A timeout is not retried, since Telegram may
already have acted on it, nor is a 4xx, which will fail the same way again.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from datetime import timedelta
from typing import Any

from telegram.error import BadRequest, NetworkError, RetryAfter, TimedOut
from telegram.ext import BaseRateLimiter

log = logging.getLogger(__name__)

MAX_RETRIES = 3


def seconds(retry_after: int | float | timedelta) -> float:
    return retry_after.total_seconds() if isinstance(retry_after, timedelta) else retry_after


class RetryingLimiter(BaseRateLimiter[dict[str, int]]):
    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        pass

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | dict[str, Any] | list[dict[str, Any]]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: dict[str, int] | None,
    ) -> bool | dict[str, Any] | list[dict[str, Any]]:
        retries = MAX_RETRIES if rate_limit_args is None else rate_limit_args.get("retries", 0)
        if endpoint == "getUpdates":  # the updater has its own loop for this
            retries = 0
        attempt = 0
        while True:
            try:
                return await callback(*args, **kwargs)
            except RetryAfter as err:
                if attempt >= retries:
                    raise
                wait = seconds(err.retry_after)
                log.warning("%s: flood control, retrying in %.1f s", endpoint, wait)
                await asyncio.sleep(wait)
            except (TimedOut, BadRequest):
                raise
            except NetworkError:
                if attempt >= retries:
                    raise
                await asyncio.sleep(0.25 * 2**attempt)
            attempt += 1
