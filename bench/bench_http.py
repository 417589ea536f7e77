"""Bot API client cost: python-telegram-bot's httpx client against bot/tg/http_client.py.

    .venv/bin/python bench/bench_http.py [--calls 2000]

The stand-in runs in its own process so the CPU measured (time.process_time) is the
client's alone: the Bot method, the request, the answer parsed back into a Message. Calls go
one after another, as a handler's replies do. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing as mp
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup  # noqa: E402
from telegram.request import BaseRequest, HTTPXRequest  # noqa: E402

from bot.standin.server import BotApiStandIn  # noqa: E402
from bot.tg.http_client import AiohttpRequest  # noqa: E402

TOKEN = "123456789:BENCH-standin-abcdefghijklmnop"
CHAT = 1001
KEYBOARD = InlineKeyboardMarkup(
    [[InlineKeyboardButton(f"Option {i}", callback_data=f"1:goal:{i}")] for i in range(4)]
)
TEXT = "<b>What is your goal?</b>\n" + "Tap a button or type your answer. " * 6


def serve(urls: Any) -> None:
    """Child process: the stand-in, with one chat, until killed."""
    standin = BotApiStandIn(TOKEN)
    standin.start()
    standin.send_text(CHAT, "hi")
    urls.put(standin.base_url)
    while True:
        time.sleep(3600)


async def measure(base_url: str, request: BaseRequest, calls: int, keyboard: bool) -> float:
    """CPU milliseconds per sendMessage."""
    markup = KEYBOARD if keyboard else None
    text = TEXT if keyboard else "hi"
    async with Bot(TOKEN, base_url=base_url, request=request) as bot:
        for _ in range(100):  # warm: connections open, caches filled
            await bot.send_message(CHAT, text, parse_mode="HTML", reply_markup=markup)
        t0 = time.process_time()
        for _ in range(calls):
            await bot.send_message(CHAT, text, parse_mode="HTML", reply_markup=markup)
        return (time.process_time() - t0) * 1000 / calls


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=2000)
    args = parser.parse_args()
    ctx = mp.get_context("spawn")
    urls = ctx.Queue()
    server = ctx.Process(target=serve, args=(urls,), daemon=True)
    server.start()
    try:
        base_url = urls.get(timeout=60)
        print(f"bench_http: CPU ms per sendMessage, {args.calls} calls each (nothing asserted)")
        print(f"  {'message':<28}{'httpx (PTB)':>14}{'aiohttp (ours)':>16}")
        for label, keyboard in (("short text", False), ("HTML text + 4 buttons", True)):
            httpx_ms = asyncio.run(measure(base_url, HTTPXRequest(), args.calls, keyboard))
            aio_ms = asyncio.run(measure(base_url, AiohttpRequest(), args.calls, keyboard))
            print(f"  {label:<28}{httpx_ms:>14.3f}{aio_ms:>16.3f}")
    finally:
        server.kill()
        server.join()


if __name__ == "__main__":
    main()
