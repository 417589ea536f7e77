"""bot.tg.update_log through the e2e harness: one INFO line per update, a salted hash instead
of the user id, and never the token or what the person wrote."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

import bot.training.setup
from bot.tg.update_log import DEFAULT_SALT, user_hash
from tests.e2e.harness import bot_env

# Library loggers that production silences (bot/runtime/logs.py): httpx logs request URLs, which
# carry the token.
SILENCED = ("httpx", "httpcore")


def update_lines(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name == "bot.updates"]


def visible_text(caplog: pytest.LogCaptureFixture) -> str:
    return "\n".join(
        r.getMessage()
        for r in caplog.records
        if r.levelno >= logging.INFO and not r.name.startswith(SILENCED)
    )


async def test_one_line_per_update_with_hash_handler_outcome(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    async with bot_env(tmp_path) as env:
        chat = env.chat(4242)
        await chat.say("/start")
        first = env.standin.last_update_id
        await chat.say("my knees hurt on tuesday squats")
        second = env.standin.last_update_id
        token = env.standin.token

    lines = update_lines(caplog)
    assert [r.getMessage().split()[1] for r in lines] == [str(first), str(second)]
    start = lines[0]
    digest = user_hash(4242, DEFAULT_SALT)
    assert start.getMessage() == (
        f"update {first} kind=message user={digest} "
        f"handler=bot.handlers.onboarding.start_command outcome=ok ms={start.ms}"
    )
    assert (start.user_hash, start.outcome) == (digest, "ok")  # also as structured fields
    assert isinstance(start.ms, int) and start.ms >= 0
    assert lines[1].handler == "bot.handlers.router.on_text" and lines[1].outcome == "ok"

    text = visible_text(caplog)
    assert "4242" not in text
    assert "knees" not in text and "/start" not in text
    assert token not in text


async def test_guarded_update_is_ignored(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    async with bot_env(tmp_path) as env:
        group = env.chat(51, chat_id=-100)
        await group.say("hello group", chat_type="group")
    (line,) = update_lines(caplog)
    assert line.handler == "bot.handlers.fallback.private_only"
    assert line.outcome == "ignored"


async def test_failing_handler_is_an_error(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object) -> None:
        raise RuntimeError("a bug")

    monkeypatch.setattr(bot.training.setup, "start", broken)
    caplog.set_level(logging.INFO)
    async with bot_env(tmp_path) as env:
        replies = await env.chat(52).say("/start")
    # Tried three times (bot/tg/inbox.py), each attempt one line, then set aside.
    lines = update_lines(caplog)
    assert [line.outcome for line in lines] == ["error"] * 3
    assert {line.handler for line in lines} == {"bot.handlers.onboarding.start_command"}
    assert len(replies) == 1 and "went wrong" in (replies[0].text or "")


async def test_log_salt_changes_the_hash(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LOG_SALT", "pepper")
    caplog.set_level(logging.INFO)
    async with bot_env(tmp_path) as env:
        await env.chat(53).say("/help")
    (line,) = update_lines(caplog)
    assert line.user_hash == user_hash(53, "pepper") != user_hash(53, DEFAULT_SALT)
    assert len(line.user_hash) == 10
