"""The stand-in refuses what Telegram refuses: profile texts, command scopes, big files."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from telegram import Bot, BotCommandScopeAllPrivateChats, BotCommandScopeChat
from telegram.error import BadRequest

from bot.standin.server import BotApiStandIn


@pytest.fixture
async def standin_bot(tmp_path: Path) -> AsyncIterator[tuple[BotApiStandIn, Bot]]:
    with BotApiStandIn(files_dir=tmp_path / "files") as standin:
        async with Bot(standin.token, base_url=standin.base_url) as bot:
            yield standin, bot


async def test_descriptions_round_trip_per_language(standin_bot):
    standin, bot = standin_bot
    assert (await bot.get_my_description()).description == ""
    await bot.set_my_description("Coach " * 10)
    await bot.set_my_short_description("Short", language_code="de")
    assert (await bot.get_my_description()).description == "Coach " * 10
    assert (await bot.get_my_short_description()).short_description == ""
    assert (await bot.get_my_short_description("de")).short_description == "Short"
    assert standin.profile_text("short_description", "de") == "Short"
    await bot.set_my_description("")  # an empty string removes it
    assert (await bot.get_my_description()).description == ""


async def test_descriptions_over_the_limits_are_refused(standin_bot):
    standin, bot = standin_bot
    await bot.set_my_description("x" * 512)
    await bot.set_my_short_description("x" * 120)
    with pytest.raises(BadRequest):
        await bot.set_my_description("x" * 513)
    with pytest.raises(BadRequest):
        await bot.set_my_short_description("x" * 121)
    with pytest.raises(BadRequest):
        await bot.set_my_description("hi", language_code="english")
    assert standin.profile_text("description") == "x" * 512  # unchanged by the refusals


async def test_commands_are_kept_per_scope(standin_bot):
    _, bot = standin_bot
    await bot.set_my_commands([("start", "Begin")], scope=BotCommandScopeAllPrivateChats())
    assert await bot.get_my_commands() == ()
    private = await bot.get_my_commands(scope=BotCommandScopeAllPrivateChats())
    assert [c.command for c in private] == ["start"]
    await bot.set_my_commands([("plan", "Plan")], scope=BotCommandScopeChat(42))
    assert [c.command for c in await bot.get_my_commands(scope=BotCommandScopeChat(42))] == ["plan"]


async def test_too_many_commands_or_an_unknown_scope_are_refused(standin_bot):
    standin, bot = standin_bot
    with pytest.raises(BadRequest, match=r"(?i)BOT_COMMANDS_TOO_MUCH"):
        await bot.set_my_commands([(f"c{i}", "x") for i in range(101)])
    await bot.set_my_commands([(f"c{i}", "x") for i in range(100)])
    status, body, _ = standin.handle_api(
        standin.token, "setMyCommands", {"commands": [], "scope": {"type": "everyone"}}, {}
    )
    assert status == 400 and "SCOPE" in body["description"]


async def test_get_file_refuses_files_over_20_mb(standin_bot):
    standin, bot = standin_bot
    big = standin.send_document(42, "big.csv", b"x" * (20 * 1024 * 1024 + 1))
    with pytest.raises(BadRequest, match=r"(?i)too big"):
        await bot.get_file(big["document"]["file_id"])
