"""The first Bot API call at start, failing in one line a person can act on.

Without this, an unreachable Bot API printed about 120 lines (three chained tracebacks and two
"Unclosed client session" warnings); a refused token printed PTB's message, which repeats the
token. `initialized` is `async with app` with those failures turned into BotApiUnavailable.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from urllib.parse import urlsplit

from telegram import Bot
from telegram.error import InvalidToken, NetworkError
from telegram.ext import Application


class BotApiUnavailable(Exception):
    """The Bot API could not be reached or refused the token; str() is one line."""


def explain(err: Exception, api_url: str) -> BotApiUnavailable:
    """One line for a failed first call; never the token (it is part of the URL path)."""
    host = urlsplit(api_url).netloc or api_url
    if isinstance(err, InvalidToken):
        return BotApiUnavailable(
            f"the Bot API at {host} refused BOT_TOKEN: check it with @BotFather"
        )
    reason = str(err).splitlines()[0] if str(err) else type(err).__name__
    return BotApiUnavailable(
        f"cannot reach the Bot API at {host} ({reason}): check the network and BOT_API_URL"
    )


@contextlib.asynccontextmanager
async def initialized(app: Application, api_url: str) -> AsyncIterator[Application]:
    """`async with app`, with a failed getMe as BotApiUnavailable and nothing left open."""
    try:
        await app.initialize()
    except (InvalidToken, NetworkError) as err:
        # Application.shutdown does nothing for an app that never finished initializing,
        # but the bot's HTTP sessions were opened before getMe failed: close them.
        await app.bot.shutdown()
        raise explain(err, api_url) from None
    try:
        yield app
    finally:
        await app.shutdown()


@contextlib.asynccontextmanager
async def bot_session(bot: Bot, api_url: str) -> AsyncIterator[Bot]:
    """`async with bot` for one-off commands (set-webhook), failing the same way."""
    try:
        await bot.initialize()
    except (InvalidToken, NetworkError) as err:
        await bot.shutdown()
        raise explain(err, api_url) from None
    try:
        yield bot
    finally:
        await bot.shutdown()
