"""Logging setup: one format, quiet HTTP libraries, and the secrets scrubbed from every line."""

from __future__ import annotations

import logging


class RedactingFormatter(logging.Formatter):
    """Replaces each secret (the bot token, the webhook secret) wherever it appears in a
    finished line: messages, library URLs and tracebacks alike."""

    def __init__(self, fmt: str, secrets: tuple[str, ...]) -> None:
        super().__init__(fmt)
        self.secrets = tuple(s for s in secrets if s)

    def format(self, record: logging.LogRecord) -> str:
        text = super().format(record)
        for secret in self.secrets:
            text = text.replace(secret, "<secret>")
        return text


def setup_logging(level: int, token: str | None, *secrets: str) -> None:
    handler = logging.StreamHandler()
    line = "%(asctime)s %(levelname)s %(name)s: %(message)s"
    handler.setFormatter(RedactingFormatter(line, (token or "", *secrets)))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    # httpx logs every request URL at INFO, and Telegram URLs carry the token.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    # Nine lines about Alembic's own plugins on every start say nothing about the bot.
    logging.getLogger("alembic.runtime.plugins").setLevel(logging.WARNING)
