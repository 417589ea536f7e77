"""No log line carries the bot token or the webhook secret, whatever logs it."""

from __future__ import annotations

import logging

import pytest

from bot.runtime.logs import setup_logging

TOKEN = "123456:ABC-secret-token"
SECRET = "hook_secret_42"


@pytest.fixture
def restore_root():
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    yield
    root.handlers[:], root.level = handlers, level


def test_token_and_webhook_secret_are_scrubbed_from_messages_and_tracebacks(restore_root, capsys):
    setup_logging(logging.DEBUG, TOKEN, SECRET)
    log = logging.getLogger("telegram.ext")
    log.debug("POST https://api.telegram.org/bot%s/setWebhook secret_token=%s", TOKEN, SECRET)
    try:
        raise RuntimeError(f"failed with {TOKEN} and {SECRET}")
    except RuntimeError:
        log.exception("request failed")
    err = capsys.readouterr().err
    assert "setWebhook" in err and "request failed" in err and "RuntimeError" in err
    assert TOKEN not in err and SECRET not in err
    assert err.count("<secret>") == 4
