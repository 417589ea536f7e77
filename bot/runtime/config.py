"""Settings from the environment, checked once at start.

A missing or malformed value raises ConfigError with one line a person can act on; the
command line prints it and exits, never a traceback. The token is never part of a message.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

DEFAULT_API_URL = "https://api.telegram.org/bot"
DEFAULT_DB_PATH = Path("data") / "glute_coach.sqlite3"
_TOKEN_RE = re.compile(r"^\d{3,20}:[A-Za-z0-9_-]{20,100}$")


class ConfigError(Exception):
    """A setting the bot cannot start with; str() is one line for the person starting it."""


@dataclass(frozen=True)
class Settings:
    bot_token: str | None
    api_url: str
    database_url: str  # normalised to a SQLAlchemy URL (sqlite3 or psycopg driver)
    log_level: int
    push_tick_seconds: float = 30.0
    # Bot API calls a second for the whole deployment, replies and pushes together
    # (Telegram allows about 30); answers to button presses are not counted.
    send_rate: float = 25.0
    chat_burst: int = 3  # new messages to one chat within 3 seconds
    flood_limit: int = 30  # updates from one chat within 10 seconds; more are held back

    def __repr__(self) -> str:  # keep the token out of any accidental log line
        token = "set" if self.bot_token else "unset"
        return f"Settings(bot_token=<{token}>, api_url={self.api_url!r}, database_url=<hidden>)"


_LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")


def data_folder(path: Path) -> Path:
    """Create a folder the bot writes into, or say in one line why it can't be."""
    try:
        path.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise ConfigError(
            f"cannot create the data folder {path}: a file of that name is in the way"
        ) from None
    except OSError as err:
        raise ConfigError(f"cannot create the data folder {path}: {err.strerror or err}") from None
    return path


def database_url(raw: str | None) -> str:
    """Turn the usual URL forms into SQLAlchemy URLs (the stdlib sqlite3 driver, psycopg)."""
    if not raw:
        data_folder(DEFAULT_DB_PATH.parent)
        return f"sqlite:///{DEFAULT_DB_PATH}"
    url = raw.strip()
    scheme, sep, rest = url.partition("://")
    if not sep or not rest:
        raise ConfigError(
            "DATABASE_URL is malformed: expected e.g. sqlite:///data/bot.sqlite3 "
            "or postgresql://user:pass@host/db"
        )
    scheme = scheme.lower()
    if scheme in ("sqlite", "sqlite+pysqlite", "sqlite+aiosqlite"):
        path = rest[1:] if rest.startswith("/") else rest
        if path and path != ":memory:":
            data_folder(Path(path).expanduser().parent)
        return f"sqlite://{rest}"
    if scheme in (
        "postgres",
        "postgresql",
        "postgresql+psycopg",
        "postgresql+asyncpg",
        "postgresql+psycopg2",
    ):
        return f"postgresql+psycopg://{rest}"
    raise ConfigError(
        f"DATABASE_URL has an unsupported scheme {scheme!r}: use sqlite:// or postgresql://"
    )


def _number(env: Mapping[str, str], name: str, default: float, low: float, high: float) -> float:
    raw = env.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        value = float(raw)
    except ValueError:
        raise ConfigError(f"{name} must be a number, got {raw!r}") from None
    if not low <= value <= high:
        raise ConfigError(f"{name} must be between {low:g} and {high:g}, got {raw!r}")
    return value


def load_settings(env: Mapping[str, str] | None = None, *, need_token: bool = False) -> Settings:
    env = os.environ if env is None else env
    token = (env.get("BOT_TOKEN") or "").strip() or None
    if token is not None and not _TOKEN_RE.match(token):
        # Say what is wrong without echoing the value: a half-pasted token is still a secret.
        raise ConfigError(
            "BOT_TOKEN is malformed: expected the form 123456789:AAE... from @BotFather"
        )
    if need_token and token is None:
        raise ConfigError(
            "BOT_TOKEN is not set: get one from @BotFather, or use `python -m bot chat`"
        )

    api_url = (env.get("BOT_API_URL") or DEFAULT_API_URL).strip()
    if not re.match(r"^https?://[^\s/]+", api_url):
        raise ConfigError(f"BOT_API_URL must start with http:// or https://, got {api_url!r}")

    level_name = (env.get("LOG_LEVEL") or "INFO").strip().upper()
    level = logging.getLevelName(level_name)
    if level_name not in _LOG_LEVELS or not isinstance(level, int):  # the README's four only
        raise ConfigError(
            f"LOG_LEVEL must be one of DEBUG, INFO, WARNING, ERROR, got {level_name!r}"
        )

    return Settings(
        bot_token=token,
        api_url=api_url,
        database_url=database_url(env.get("DATABASE_URL")),
        log_level=level,
        push_tick_seconds=_number(env, "PUSH_TICK_SECONDS", 30.0, 0.05, 3600),
        # PUSH_RATE is the name this had when only pushes were paced.
        send_rate=_number(env, "SEND_RATE" if env.get("SEND_RATE") else "PUSH_RATE", 25.0, 1, 1000),
        chat_burst=int(_number(env, "SEND_CHAT_BURST", 3, 1, 1000)),
        flood_limit=int(_number(env, "FLOOD_LIMIT", 30, 5, 100_000)),
    )
