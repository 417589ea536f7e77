"""Webhook settings from the environment (`python -m bot webhook` and `set-webhook`).

WEBHOOK_URL     public https URL Telegram posts updates to (required); the server itself
                listens on WEBHOOK_PATH, so a proxy may map any public path onto it
WEBHOOK_SECRET  1-256 characters of A-Z a-z 0-9 _ - (required); Telegram sends it in the
                X-Telegram-Bot-Api-Secret-Token header of every update
PORT            port to listen on, default 8080 (0 picks a free port)
WEBHOOK_LISTEN  address to listen on, default 0.0.0.0
PUSH_WORKER     "1" (default): this process also runs the push loop; "0": it only answers
                updates. The push claim already stops double sends; this keeps the
                proactive send budget in as few processes as you choose.

Errors are ConfigError with one line; the secret is never part of a message.
"""

from __future__ import annotations

import ipaddress
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit

from bot.runtime.config import ConfigError

WEBHOOK_PATH = "/telegram"
DEFAULT_PORT = 8080
DEFAULT_LISTEN = "0.0.0.0"
_SECRET_RE = re.compile(r"^[A-Za-z0-9_-]{1,256}$")
_LOCAL_HOSTS = ("localhost", "127.0.0.1", "::1")


@dataclass(frozen=True)
class WebhookSettings:
    url: str
    secret: str
    port: int = DEFAULT_PORT
    listen: str = DEFAULT_LISTEN
    push_worker: bool = True
    path: str = WEBHOOK_PATH

    def __repr__(self) -> str:  # keep the secret out of any accidental log line
        return (
            f"WebhookSettings(url={self.url!r}, secret=<hidden>, port={self.port}, "
            f"listen={self.listen!r}, push_worker={self.push_worker}, path={self.path!r})"
        )


def _url(raw: str | None) -> str:
    url = (raw or "").strip()
    if not url:
        raise ConfigError(
            "WEBHOOK_URL is not set: the public https URL Telegram should post updates to, "
            f"e.g. https://bot.example.com{WEBHOOK_PATH}"
        )
    parts = urlsplit(url)
    local = parts.hostname in _LOCAL_HOSTS
    if parts.scheme != "https" and not (parts.scheme == "http" and local):
        raise ConfigError(f"WEBHOOK_URL must start with https:// (Telegram's rule), got {url!r}")
    if not parts.hostname or parts.query or parts.fragment:
        raise ConfigError(f"WEBHOOK_URL must be a plain URL like https://host/path, got {url!r}")
    return url


def _secret(raw: str | None) -> str:
    secret = (raw or "").strip()
    if not secret:
        raise ConfigError(
            "WEBHOOK_SECRET is not set: choose 1-256 characters of A-Z, a-z, 0-9, _ and -"
        )
    if not _SECRET_RE.match(secret):
        # Say what is wrong without echoing the value.
        raise ConfigError(
            "WEBHOOK_SECRET is malformed: use 1-256 characters of A-Z, a-z, 0-9, _ and -"
        )
    return secret


def _port(raw: str | None) -> int:
    text = (raw or "").strip()
    if not text:
        return DEFAULT_PORT
    if not text.isdigit() or int(text) > 65535:
        raise ConfigError(f"PORT must be a number from 0 to 65535, got {text!r}")
    return int(text)


def _listen(raw: str | None) -> str:
    host = (raw or "").strip() or DEFAULT_LISTEN
    try:
        ipaddress.ip_address(host)
    except ValueError:
        if not re.match(r"^[A-Za-z0-9.-]{1,253}$", host):
            raise ConfigError(
                f"WEBHOOK_LISTEN must be an IP address or host name, got {host!r}"
            ) from None
    return host


def _flag(env: Mapping[str, str], name: str, default: bool) -> bool:
    raw = (env.get(name) or "").strip().lower()
    if not raw:
        return default
    if raw in ("1", "true", "yes", "on"):
        return True
    if raw in ("0", "false", "no", "off"):
        return False
    raise ConfigError(f"{name} must be 1 or 0, got {raw!r}")


def load_webhook_settings(env: Mapping[str, str] | None = None) -> WebhookSettings:
    env = os.environ if env is None else env
    return WebhookSettings(
        url=_url(env.get("WEBHOOK_URL")),
        secret=_secret(env.get("WEBHOOK_SECRET")),
        port=_port(env.get("PORT")),
        listen=_listen(env.get("WEBHOOK_LISTEN")),
        push_worker=_flag(env, "PUSH_WORKER", True),
    )
