"""Waiting for a loop's wake-up call."""

from __future__ import annotations

import asyncio
import contextlib


async def woken(event: asyncio.Event, seconds: float) -> None:
    """Until `event` is set or `seconds` pass. (Not asyncio.wait_for: on Python 3.11 it can
    swallow a cancellation that lands as the event is set, and the loop never stops.)"""
    with contextlib.suppress(TimeoutError):
        async with asyncio.timeout(seconds):
            await event.wait()
