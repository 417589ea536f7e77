"""The offline terminal chat, driven by a script against the real PTB stack."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from bot.standin.server import BotApiStandIn, SentMessage
from bot.standin.terminal import render, run_terminal

USER = 1
PRESSED: list[str] = []  # reset by the fixture


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.message is not None
    goals = [
        [
            InlineKeyboardButton("Bikini", callback_data="bikini"),
            InlineKeyboardButton("Tone", callback_data="tone"),
        ],
        [InlineKeyboardButton("Compete", callback_data="compete")],
    ]
    await update.message.reply_text(
        "<b>Your goal?</b>\nPick one", parse_mode="HTML", reply_markup=InlineKeyboardMarkup(goals)
    )


async def choose(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    assert query is not None and query.data is not None
    PRESSED.append(query.data)
    await query.answer("Saved")
    await query.edit_message_text(f"Goal: <i>{query.data}</i> &amp; done", parse_mode="HTML")


async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.message is not None and update.message.text is not None
    await update.message.reply_text(f"You said {update.message.text}")


SENDING: list[bool] = []  # non-empty while `slow` has a message still to send


async def slow(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Two messages a second apart, as the bot's outbox paces a long reply."""
    assert update.message is not None
    SENDING.append(True)
    try:
        await update.message.reply_text("one")
        await asyncio.sleep(1.0)
        await update.message.reply_text("two")
    finally:
        SENDING.clear()


@pytest.fixture
async def standin(tmp_path: Path) -> AsyncIterator[BotApiStandIn]:
    """A stand-in with a tiny bot polling it."""
    PRESSED.clear()
    with BotApiStandIn(files_dir=tmp_path) as server:
        app = Application.builder().token(server.token).base_url(server.base_url).build()
        app.add_handler(CommandHandler("start", start))
        app.add_handler(CommandHandler("slow", slow))
        app.add_handler(CallbackQueryHandler(choose))
        app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, echo))
        async with app:
            await app.start()
            assert app.updater is not None
            await app.updater.start_polling(poll_interval=0, timeout=1)
            try:
                yield server
            finally:
                await app.updater.stop()
                await app.stop()


async def test_terminal_shows_choices_and_presses_by_number(standin: BotApiStandIn) -> None:
    lines: list[str] = []
    script: asyncio.Queue[str | None] = asyncio.Queue()

    def printed(text: str) -> bool:
        return text in lines

    terminal = asyncio.create_task(
        run_terminal(standin, user_id=USER, read_line=script.get, write=lines.append)
    )
    await script.put("/start")
    await standin.until(lambda: printed("  [3] Compete"))
    assert lines == ["bot: Your goal?", "     Pick one", "  [1] Bikini   [2] Tone", "  [3] Compete"]

    await script.put("2")  # picks "Tone" on the newest message with a keyboard
    await standin.until(lambda: printed("bot (updated): Goal: tone & done"))
    assert PRESSED == ["tone"]
    await standin.until(lambda: printed("  (Saved)"))  # the callback answer's toast

    await script.put("2")  # that keyboard is gone, so now "2" is just text
    await standin.until(lambda: printed("bot: You said 2"))
    await script.put("/quit")
    await terminal
    assert PRESSED == ["tone"]


async def test_terminal_returns_on_eof_and_prints_files(standin: BotApiStandIn) -> None:
    lines: list[str] = []
    script: asyncio.Queue[str | None] = asyncio.Queue()
    terminal = asyncio.create_task(
        run_terminal(standin, user_id=USER, read_line=script.get, write=lines.append)
    )
    await script.put(None)
    await terminal  # EOF ends the chat

    photo = SentMessage(
        message_id=3,
        chat_id=USER,
        photo_path=Path("/tmp/x.jpg"),
        caption="<b>Form</b> check",
        parse_mode="HTML",
    )
    assert render(photo) == ["bot: [photo saved to /tmp/x.jpg]", "     Form check"]
    assert render(SentMessage(message_id=4, chat_id=USER, deleted=True), updated=True) == [
        "bot (updated): (message deleted)"
    ]


async def test_terminal_waits_while_the_bot_is_busy_before_the_next_prompt(
    standin: BotApiStandIn,
) -> None:
    """A reply whose second message comes a second after its first is printed whole before
    the next line is read; it used to come after the next prompt."""
    lines: list[str] = []
    script = iter(["/slow", "hi", None])

    async def read_line() -> str | None:
        lines.append(">")
        return next(script)

    async def busy() -> bool:
        return bool(SENDING)

    await run_terminal(standin, user_id=USER, read_line=read_line, write=lines.append, busy=busy)
    assert lines == [">", "bot: one", "bot: two", ">", "bot: You said hi", ">"]
