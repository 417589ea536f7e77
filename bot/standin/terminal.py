"""Chat with the bot in a terminal, offline: the person's side of the stand-in.

Bot messages and edits are printed as plain text as they arrive (a background task watches
the stand-in), keyboards as numbered choices. Typing a number picks a choice on the newest
message that still has a keyboard; anything else is sent as a text message.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable
from typing import Any

from bot.standin.server import BotApiStandIn, SentMessage, html_to_plain

ReadLine = Callable[[], Awaitable[str | None]]
Write = Callable[[str], None]
# ...and the bot has nothing left to send: its outbox paces each chat (a few messages per
# few seconds), so a reply's last message can come seconds after its first.
Busy = Callable[[], Awaitable[bool]]

POLL_SECONDS = 0.05  # how often the watcher looks for new bot output
REPLY_WAIT_SECONDS = 8.0  # longest wait for the bot's answer before prompting again
QUIET_SECONDS = 0.3  # a reply is complete once nothing new arrived for this long...


async def stdin_reader() -> str | None:
    """Read one line from stdin without blocking the event loop; None on EOF."""
    try:
        return await asyncio.to_thread(input, "> ")
    except EOFError:
        return None


async def run_terminal(
    standin: BotApiStandIn,
    *,
    user_id: int = 1,
    read_line: ReadLine,
    write: Write,
    busy: Busy | None = None,
) -> None:
    """Run the chat until EOF or "/quit". `write` receives one line at a time; `busy` says
    whether the bot still has updates to handle or messages to send."""
    screen = _Screen(standin, user_id, write)
    watcher = asyncio.create_task(screen.watch(), name="standin-terminal-watch")
    try:
        while True:
            line = await read_line()
            if line is None or line.strip() == "/quit":
                return
            line = line.strip()
            if line:
                mark = standin.mark()
                screen.handle_input(line)
                await _await_reply(standin, mark, user_id, busy)
                screen.show_new()
    finally:
        watcher.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await watcher
        screen.show_new()  # whatever arrived since the watcher's last look


async def _await_reply(
    standin: BotApiStandIn, mark: int, user_id: int, busy: Busy | None = None
) -> None:
    """Let the bot answer before the next prompt, so replies and input don't interleave.

    Waits for the first output, then until it has been quiet briefly; gives up after a few
    seconds so a bot that stays silent never hangs the terminal.
    """
    loop = asyncio.get_running_loop()
    deadline = loop.time() + REPLY_WAIT_SECONDS
    last_seen = mark
    quiet_since: float | None = None
    while loop.time() < deadline:
        newest = max((m.seq for m in standin.messages_since(mark, chat_id=user_id)), default=mark)
        if newest != last_seen:
            last_seen, quiet_since = newest, loop.time()
        elif (
            quiet_since is not None
            and loop.time() - quiet_since >= QUIET_SECONDS
            and (busy is None or not await busy())
        ):
            return
        await asyncio.sleep(POLL_SECONDS)


class _Screen:
    """What the person has seen so far, and how their input maps to actions."""

    def __init__(self, standin: BotApiStandIn, user_id: int, write: Write) -> None:
        self.standin = standin
        self.user_id = user_id
        self.write = write
        self.seen_seq = 0  # the stand-in's mark() up to which output was shown
        self.shown: set[int] = set()  # message ids already printed once
        self.my_queries: set[str] = set()  # callback queries this terminal made
        self.answers_seen = 0

    async def watch(self) -> None:
        while True:
            self.show_new()
            await asyncio.sleep(POLL_SECONDS)

    def show_new(self) -> None:
        for message in self.standin.messages_since(self.seen_seq, chat_id=self.user_id):
            self.seen_seq = max(self.seen_seq, message.seq)
            for line in render(message, updated=message.message_id in self.shown):
                self.write(line)
            self.shown.add(message.message_id)
        answers = self.standin.callback_answers()
        for answer in answers[self.answers_seen :]:
            if answer.get("callback_query_id") in self.my_queries and answer.get("text"):
                self.write(f"  ({answer['text']})")  # the toast Telegram would pop up
        self.answers_seen = len(answers)

    def handle_input(self, line: str) -> None:
        choice = self._choice(int(line)) if line.isdigit() else None
        if choice is None:  # not a number, or no such choice: plain text (e.g. "30" as an age)
            self.standin.send_text(self.user_id, line)
            return
        message, button = choice
        if "callback_data" in button:
            query_id = self.standin.press(self.user_id, message.message_id, button["callback_data"])
            self.my_queries.add(query_id)
        elif "url" in button:
            self.write(f"  (link: {button['url']})")
        else:  # a reply-keyboard button just sends its text
            self.standin.send_text(self.user_id, button["text"])

    def _choice(self, number: int) -> tuple[SentMessage, dict[str, Any]] | None:
        for message in reversed(self.standin.messages(self.user_id)):
            buttons = _keyboard(message)
            if not message.deleted and buttons:
                flat = [button for row in buttons for button in row]
                return (message, flat[number - 1]) if 1 <= number <= len(flat) else None
        return None


def _keyboard(message: SentMessage) -> list[list[dict[str, Any]]]:
    markup = message.reply_markup or {}
    rows = markup.get("inline_keyboard") or markup.get("keyboard") or []
    # Reply-keyboard buttons may be bare strings in the Bot API.
    return [[b if isinstance(b, dict) else {"text": str(b)} for b in row] for row in rows]


def render(message: SentMessage, *, updated: bool = False) -> list[str]:
    """A bot message as terminal lines."""
    prefix = "bot (updated):" if updated else "bot:"
    if message.deleted:
        return [f"{prefix} (message deleted)"]
    lines: list[str] = []
    if message.photo_path or message.document_path:
        kind = "photo" if message.photo_path else f"document {message.file_name or ''}".strip()
        lines.append(f"{prefix} [{kind} saved to {message.photo_path or message.document_path}]")
        prefix = "    "
    body = message.plain_text if message.plain_text is not None else message.caption or ""
    if message.plain_text is None and message.caption and _is_html(message.parse_mode):
        body = html_to_plain(message.caption)
    for i, text_line in enumerate(body.splitlines() or ([""] if not lines else [])):
        lines.append(f"{prefix} {text_line}" if i == 0 else f"     {text_line}")
    number = 0
    for row in _keyboard(message):
        cells = []
        for button in row:
            number += 1
            suffix = " (link)" if "url" in button else ""
            cells.append(f"[{number}] {button['text']}{suffix}")
        lines.append("  " + "   ".join(cells))
    return lines


def _is_html(parse_mode: str | None) -> bool:
    return (parse_mode or "").lower() == "html"
