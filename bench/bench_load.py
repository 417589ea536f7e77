"""Load benchmark: the bot against a bare python-telegram-bot echo bot, same stand-in, same
machine, same update stream; two more baselines say where the difference goes.

    .venv/bin/python bench/bench_load.py
    .venv/bin/python bench/bench_load.py --users 200 --rate 50 --seconds 20
    .venv/bin/python bench/bench_load.py --rtt-ms 20 --users 40 --rate 20   # a real network
    .venv/bin/python bench/bench_load.py --database-url postgresql://…/an_empty_database

Four processes run the same stream in turn:
- bot: the production stack (below).
- echo: bare PTB (httpx, one update at a time) echoing texts and answering presses.
- mirror: bare PTB making the bot's kind of calls (press: answer + edit + send) and no work.
- floor: the mirror on the bot's HTTP client (bot/tg/http_client.py): what the bot's Bot API
  calls cost alone, so bot/floor is the share of throughput its own work leaves.

Each bot runs in its own process (spawned), polling the stand-in that runs here, so the bot's
peak memory is its own and the stand-in doesn't share its interpreter lock. The bot is the
production stack: bot.tg.runner.build_services + running (polling into the inbox, each update
processed in one transaction that records its replies into the outbox, the sender making
them), a temp SQLite file holding 100,000 stored users, every feature installed. The sender's
limits are lifted (--send-rate, --chat-burst; the deployment defaults, 25 calls/s and 3 new
messages per chat in 3 s, would measure Telegram's limits, not the bot).

- handled: for the bot, an update counts once the inbox has processed it AND every call it
  queued has been made (the inbox's and the sender's listeners); for the baselines, once
  process_update returned (their calls are made inside it).
- saturation: each step of a realistic script (onboarding taps, free-text questions, set
  logs with a Save tap, /today) is pushed for every user at once; updates/s = updates /
  time until the bot has handled them all.
- latency: the same kind of stream offered open-loop at a fixed rate; latency is from pushing
  the update into the stand-in to the stand-in receiving the first reply to it (sendMessage,
  editMessageText or answerCallbackQuery), both read on the machine's monotonic clock. For the
  bot it is also split at the inbox: stored (the batch committed), processed (its transaction
  committed, replies queued), every call made. The bot's first reply to an update is found
  exactly: the sender makes a chat's calls in order, one at a time, and reports each.
- database work: the bot's transactions and statements per update over the whole run
  (SQLAlchemy engine events), the most frequent statements listed (--statements).

Prints figures next to their targets; asserts nothing.
"""

from __future__ import annotations

import argparse
import asyncio
import bisect
import contextlib
import logging
import multiprocessing as mp
import os
import resource
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import partial
from multiprocessing.synchronize import Event
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import event  # noqa: E402
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update  # noqa: E402
from telegram.ext import (  # noqa: E402
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from bot.runtime.config import database_url, load_settings  # noqa: E402
from bot.runtime.logs import setup_logging  # noqa: E402
from bot.standin.server import BotApiStandIn  # noqa: E402
from bot.store import inbox as inbox_store  # noqa: E402
from bot.store import outbox as outbox_store  # noqa: E402
from bot.store.db import Database  # noqa: E402
from bot.store.migrate import upgrade  # noqa: E402
from bot.tg.app import bot_request  # noqa: E402
from bot.tg.deferred import RECORDED  # noqa: E402
from bot.tg.http_client import AiohttpRequest  # noqa: E402
from bot.tg.runner import build_services, running  # noqa: E402
from tests.bulk_users import insert_users, user_row  # noqa: E402

TOKEN = "123456789:BENCH-standin-abcdefghijklmnop"
STORED_USERS = 100_000
REPLIES = frozenset({"sendmessage", "editmessagetext", "answercallbackquery"})
RECORDED_LOWER = frozenset(m.lower() for m in RECORDED)  # the calls the sender makes
TARGET_RATIO = 0.8
TARGET_CPU_RATIO = 1.5  # CPU per update, the bot against the floor (its calls alone)
TARGET_P99_MS = 100.0
TARGET_MEMORY_MB = 200.0

# One person's session: ("text", what they type) or ("tap", part of a button label).
SCRIPT: list[tuple[str, str]] = [
    ("text", "/start"),
    ("tap", "Tone up"),
    ("tap", "New to lifting"),
    ("tap", "A gym"),
    ("tap", "Use suggested"),
    ("tap", "Done"),
    ("tap", "18:30"),
    ("tap", "Europe/Berlin"),
    ("tap", "kg"),
    ("text", "does the stepmill burn glute fat?"),
    ("text", "/today"),
    ("text", "squat 60kg 12 12 12"),
    ("tap", "Save"),
    ("text", "how often should I train glutes?"),
    ("text", "hip thrust 80kg 10 10 10"),
    ("tap", "Save"),
    ("text", "/today"),
    ("text", "will squats make my legs bigger?"),
]


# --------------------------------------------------------------------------- bot processes


@contextlib.asynccontextmanager
async def echo_running(
    token: str, base_url: str, *, mirror: bool, ours: bool = False
) -> AsyncIterator[Application]:
    """The baselines, bare python-telegram-bot (its defaults: httpx, one update at a time).
    echo: repeats each text and answers each press, one Bot API call per update.
    mirror: makes the bot's calls without its work: a press is answered, the last message
    it sent is edited and a new one sent, with a keyboard; a text gets one message back.
    ours=True: the mirror on the bot's own HTTP client (bot/tg/http_client.py), which makes it
    the floor of what the bot could cost, the bot's calls with none of its work."""
    last_sent: dict[int, int] = {}  # chat -> the mirror's newest message
    buttons = InlineKeyboardMarkup(
        [
            [InlineKeyboardButton("Yes", callback_data="1:y")],
            [InlineKeyboardButton("No", callback_data="1:n")],
        ]
    )

    async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        message = update.effective_message
        assert message is not None and message.text is not None
        sent = await message.reply_text(message.text, reply_markup=buttons if mirror else None)
        last_sent[sent.chat_id] = sent.message_id

    async def answer(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        assert query is not None
        await query.answer()
        chat = update.effective_chat
        if not mirror or chat is None:
            return
        if chat.id in last_sent:
            await context.bot.edit_message_text(
                f"You chose {query.data} (update {update.update_id})", chat.id, last_sent[chat.id]
            )
        sent = await context.bot.send_message(
            chat.id, "And the next question?", reply_markup=buttons
        )
        last_sent[chat.id] = sent.message_id

    builder = ApplicationBuilder().token(token).base_url(base_url)
    if ours:
        builder = builder.request(bot_request()).get_updates_request(AiohttpRequest(2))
    else:
        builder = builder.get_updates_connection_pool_size(2)  # as the bot, for a clean stop
    app = builder.build()
    app.add_handler(MessageHandler(filters.TEXT, echo))
    app.add_handler(CallbackQueryHandler(answer))
    async with app:
        await app.start()
        assert app.updater is not None
        await app.updater.start_polling(
            poll_interval=0, timeout=10, allowed_updates=Update.ALL_TYPES
        )
        try:
            yield app
        finally:
            await app.updater.stop()
            await app.stop()


class Handled:
    """Counts the bot's updates handled: processed by the inbox and every call it queued made.

    The inbox's listener says how many calls an update queued; the sender's says when each
    was made. Either may come first (the sender can make a call before the processing task
    reaches its listeners), so each update keeps a balance. Also notes, per update, when it
    was stored, processed, and when its first and last calls were made (monotonic clock)."""

    def __init__(self, counter: Any) -> None:
        self.counter = counter
        self.owed: dict[int, int] = {}  # update_id -> calls queued - calls made
        self.processed: set[int] = set()
        self.handled: set[int] = set()
        self.repeats = 0  # updates whose processing finished twice
        self.stored: dict[int, float] = {}
        self.done_at: dict[int, float] = {}
        self.first_call: dict[int, float] = {}
        self.last_call: dict[int, float] = {}
        # chat -> the update each call the sender made answered (None: a push), in order.
        self.chat_calls: dict[int, list[int | None]] = {}

    def on_update(self, update_id: int, state: str, calls: int) -> None:
        if state == inbox_store.NEW:  # a failed attempt: it will be tried again
            return
        if update_id in self.processed:
            self.repeats += 1
            return
        self.processed.add(update_id)
        self.done_at[update_id] = time.monotonic()
        self.owed[update_id] = self.owed.get(update_id, 0) + calls
        self._check(update_id)

    def on_call(self, call: Any, state: str) -> None:
        update_id = call.update_id
        # Every attempt reached the stand-in (it injects no faults here), in chat order.
        self.chat_calls.setdefault(call.chat_id, []).append(update_id)
        if update_id is None or state == outbox_store.PENDING:  # a push; or to be retried
            return
        now = time.monotonic()
        self.first_call.setdefault(update_id, now)
        self.last_call[update_id] = now
        self.owed[update_id] = self.owed.get(update_id, 0) - 1
        self._check(update_id)

    def _check(self, update_id: int) -> None:
        if (
            update_id in self.processed
            and self.owed[update_id] <= 0
            and update_id not in self.handled
        ):
            self.handled.add(update_id)
            with self.counter.get_lock():
                self.counter.value += 1

    def watch(self, worker: Any) -> None:
        worker.inbox.listeners.append(self.on_update)
        worker.sender.listeners.append(self.on_call)
        store = worker.inbox.store

        async def stored(updates: list[Any]) -> None:
            await store(updates)
            now = time.monotonic()
            for u in updates:
                self.stored.setdefault(u.update_id, now)

        worker.inbox.store = stored  # polling looks it up at each batch

    def stages(self) -> dict[int, tuple[float, float, float, float]]:
        """update_id -> (stored, processed, first call made, last call made); nan: none."""
        nan = float("nan")
        return {
            uid: (
                self.stored.get(uid, nan),
                self.done_at[uid],
                self.first_call.get(uid, nan),
                self.last_call.get(uid, nan),
            )
            for uid in self.handled
        }


def count_statements(engine: Any) -> Counter[str]:
    """Statements the bot's engine runs, by their first words, and transactions ("(begin)")."""
    counts: Counter[str] = Counter()

    def on_statement(_c: Any, _cur: Any, statement: str, *_: Any) -> None:
        counts[" ".join(statement.split())[:72]] += 1

    def on_begin(_conn: Any) -> None:
        counts["(begin)"] += 1

    event.listen(engine, "before_cursor_execute", on_statement)
    event.listen(engine, "begin", on_begin)
    return counts


async def _serve(
    kind: str,
    db_url: str,
    base_url: str,
    counter: Any,
    ready: Event,
    stop: Event,
    limits: tuple[float, int],
) -> dict[str, Any]:
    setup_logging(logging.WARNING, TOKEN)
    svc = None
    statements: Counter[str] | None = None
    if kind == "bot":
        send_rate, chat_burst = limits
        settings = load_settings(
            {
                "DATABASE_URL": db_url,
                "BOT_TOKEN": TOKEN,
                "BOT_API_URL": base_url,
                "SEND_RATE": f"{send_rate:g}",
                "SEND_CHAT_BURST": str(chat_burst),
            }
        )
        svc = await build_services(settings)
        statements = count_statements(svc.db.engine)
        context = running(svc, TOKEN, base_url)
    else:
        context = echo_running(TOKEN, base_url, mirror=kind != "echo", ours=kind == "floor")
    handled: Handled | None = None
    repeats = 0  # baselines: updates processed twice (a getUpdates answer lost to a timeout)
    try:
        async with context as app:
            if kind == "bot":
                handled = Handled(counter)
                handled.watch(app.bot_data["worker"])
            else:
                original = app.process_update
                seen: set[int] = set()

                async def counted(update: object) -> None:
                    nonlocal repeats
                    if isinstance(update, Update):
                        repeats += update.update_id in seen
                        seen.add(update.update_id)
                    try:
                        await original(update)
                    finally:
                        with counter.get_lock():
                            counter.value += 1

                app.process_update = counted  # type: ignore[method-assign]
            started_rss = _rss_mb()
            ready.set()
            for _ in range(36_000):  # at most an hour; the parent sets stop long before
                if stop.is_set():
                    break
                await asyncio.sleep(0.05)
    finally:
        if svc is not None:
            await svc.db.dispose()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    out: dict[str, Any] = {"started_rss_mb": started_rss, "peak_rss_mb": peak}
    if handled is not None:
        out["repeats"] = handled.repeats
        out["stages"] = handled.stages()
        out["chat_calls"] = handled.chat_calls
    else:
        out["repeats"] = repeats
    if statements is not None:
        out["statements"] = dict(statements)
    return out


def serve(
    kind: str,
    db_url: str,
    base_url: str,
    counter: Any,
    ready: Event,
    stop: Event,
    results: Any,
    limits: tuple[float, int],
) -> None:
    """Child process entry point: run one bot until `stop`, then report its memory (and for
    the bot, when each update passed each stage)."""
    results.put(asyncio.run(_serve(kind, db_url, base_url, counter, ready, stop, limits)))


def _rss_mb() -> float:
    with open("/proc/self/statm") as f:
        pages = int(f.read().split()[1])
    return pages * resource.getpagesize() / 2**20


# --------------------------------------------------------------------------- driving


class Keyboards:
    """Tracks each chat's live inline keyboards from the bot's calls, so a tap finds its
    button in O(1) (stand-in.messages() scans every message; too slow inside a timed run)."""

    def __init__(self, standin: BotApiStandIn) -> None:
        self._boards: dict[int, dict[int, list[tuple[str, str]]]] = {}
        self._lock = threading.Lock()
        original = standin.handle_api

        def handle_api(token: str, method: str, params: Any, files: Any) -> Any:
            status, body, delay = original(token, method, params, files)
            name = method.lower()
            if status == 200 and name in (
                "sendmessage",
                "editmessagetext",
                "editmessagereplymarkup",
            ):
                chat = params.get("chat_id")
                mid = (
                    body["result"]["message_id"]
                    if name == "sendmessage"
                    else params.get("message_id")
                )
                markup = params.get("reply_markup") or {}
                buttons = [
                    (b["text"], b["callback_data"])
                    for row in markup.get("inline_keyboard", [])
                    for b in row
                    if b.get("callback_data")
                ]
                with self._lock:
                    board = self._boards.setdefault(chat, {})
                    if buttons:
                        board[mid] = buttons
                    else:
                        board.pop(mid, None)
            return status, body, delay

        standin.handle_api = handle_api  # type: ignore[method-assign]

    def find(self, chat_id: int, label: str) -> tuple[int, str] | None:
        """(message_id, callback_data) of the newest button whose text contains `label`."""
        with self._lock:
            board = dict(self._boards.get(chat_id, {}))
        for mid in sorted(board, reverse=True):
            for text, data in board[mid]:
                if label.lower() in text.lower():
                    return mid, data
        return None


@dataclass
class Pushed:
    """One update as offered: when, to which chat, the callback query id for a press, and
    the update_id the stand-in gave it."""

    at: float
    chat_id: int
    query_id: str | None
    step: int
    update_id: int = 0


@dataclass
class Driver:
    """Plays people: for the bot by following its keyboards (and recording what it did),
    for the echo bot by replaying that record exactly."""

    standin: BotApiStandIn
    keyboards: Keyboards
    record: dict[int, list[tuple[str, str]]] = field(default_factory=dict)  # user -> actions
    last_message: dict[int, int] = field(default_factory=dict)
    fallbacks: int = 0  # taps whose button wasn't there (sent as text instead)
    query_chat: dict[str, int] = field(default_factory=dict)  # callback query id -> chat

    def act(self, user: int, step: int, replay_of: int | None) -> Pushed:
        target: int | None = None  # the message a press is on
        if replay_of is not None:
            kind, payload = self.record[replay_of][step]
        else:
            kind, payload = SCRIPT[step]
            if kind == "tap":
                found = self.keyboards.find(user, payload)
                if found is None:
                    self.fallbacks += 1
                    kind = "text"
                else:
                    kind, (target, payload) = "press", found
            self.record.setdefault(user, []).append((kind, payload))
        at = time.monotonic()
        if kind == "text":
            message = self.standin.send_text(user, payload)
            self.last_message[user] = message["message_id"]
            # One thread pushes, so the newest update_id is this one.
            return Pushed(at, user, None, step, self.standin.last_update_id)
        # Replayed presses land on the person's last message: any message in the chat will do.
        query = self.standin.press(user, target or self.last_message[user], payload)
        self.query_chat[query] = user
        return Pushed(at, user, query, step, self.standin.last_update_id)


Step = tuple[int, int]  # (person, index into SCRIPT)


def saturation_plan(people: list[int]) -> list[list[Step]]:
    """One phase per script step, every person taking it at once."""
    return [[(u, step) for u in people] for step in range(len(SCRIPT))]


def latency_plan(first: int, lanes: int, total: int) -> tuple[list[list[Step]], list[Step]]:
    """`lanes` people at staggered points of the script, so every second of the timed run
    mixes onboarding taps, questions, set logs and /today. Returns the untimed phases that
    bring lane i to step i mod len(SCRIPT), then `total` timed steps, round robin over the
    lanes; a lane whose person finishes the script gets a new person from /start."""
    steps = len(SCRIPT)
    warm = [[(first + i, s) for i in range(lanes) if s < i % steps] for s in range(steps - 1)]
    person = [first + i for i in range(lanes)]
    at = [i % steps for i in range(lanes)]
    fresh = first + lanes
    timed: list[Step] = []
    for n in range(total):
        i = n % lanes
        timed.append((person[i], at[i]))
        at[i] += 1
        if at[i] == steps:
            person[i], at[i], fresh = fresh, 0, fresh + 1
    return [phase for phase in warm if phase], timed


def cpu_seconds(pid: int | None) -> float:
    """User + system CPU seconds a process has used so far (Linux /proc)."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def wait_for(counter: Any, target: int, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while counter.value < target:
        if time.monotonic() > deadline:
            return False
        time.sleep(0.001)
    return True


def run_phases(
    driver: Driver,
    counter: Any,
    phases: list[list[Step]],
    offset: int,
    pid: int | None = None,
    cpu_ms: list[float] | None = None,
) -> float:
    """Push each phase at once and wait until the bot has processed it; busy seconds.
    With `pid` and `cpu_ms`, appends that process's CPU ms per update in each phase."""
    busy = 0.0
    for phase in phases:
        start_count = counter.value
        t0 = time.monotonic()
        cpu0 = cpu_seconds(pid) if cpu_ms is not None else 0.0
        for user, step in phase:
            driver.act(user + offset, step, user if offset else None)
        if not wait_for(counter, start_count + len(phase), timeout=120):
            raise RuntimeError("the bot stopped processing updates")
        busy += time.monotonic() - t0
        if cpu_ms is not None:
            cpu_ms.append((cpu_seconds(pid) - cpu0) * 1000 / len(phase))
    return busy


def run_timed(
    driver: Driver, counter: Any, timed: list[Step], offset: int, rate: float
) -> list[Pushed]:
    """Open loop: step n goes out at t0 + n/rate whatever the bot is doing."""
    pushed: list[Pushed] = []
    start_count = counter.value
    t0 = time.monotonic()
    for n, (user, step) in enumerate(timed):
        delay = t0 + n / rate - time.monotonic()
        if delay > 0:
            time.sleep(delay)
        pushed.append(driver.act(user + offset, step, user if offset else None))
    wait_for(counter, start_count + len(timed), timeout=120)
    return pushed


def latencies(standin: BotApiStandIn, pushed: list[Pushed]) -> list[float | None]:
    """Milliseconds from each push to the first reply to it (None: no reply seen)."""
    by_chat: dict[int, list[float]] = {}
    by_query: dict[str, float] = {}
    for call in standin.calls():
        if call.method.lower() not in REPLIES or call.status != 200:
            continue
        if "callback_query_id" in call.params:
            by_query.setdefault(str(call.params["callback_query_id"]), call.time)
        elif isinstance(call.params.get("chat_id"), int):
            by_chat.setdefault(call.params["chat_id"], []).append(call.time)
    out: list[float | None] = []
    for p in pushed:
        candidates = []
        times = by_chat.get(p.chat_id, [])
        k = bisect.bisect_left(times, p.at)
        if k < len(times):
            candidates.append(times[k])
        if p.query_id is not None and p.query_id in by_query:
            candidates.append(by_query[p.query_id])
        out.append((min(candidates) - p.at) * 1000 if candidates else None)
    return out


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * q))] if ordered else float("nan")


@dataclass
class Figures:
    updates: int = 0
    busy: float = 0.0
    latency_ms: list[float] = field(default_factory=list)
    by_step: dict[int, list[float]] = field(default_factory=dict)
    step_cpu: list[float] = field(default_factory=list)  # CPU ms per update, saturation phases
    offered: int = 0
    calls_per_update: float = 0.0
    cpu_seconds: float = 0.0  # the bot process's user+system CPU during the saturation run
    memory: dict[str, float] = field(default_factory=dict)
    # The bot's timed updates: ms from the push to stored, processed, last call made.
    stages: dict[str, list[float]] = field(default_factory=dict)
    statements: dict[str, int] = field(default_factory=dict)  # the bot's, over the whole run
    handled: int = 0  # updates over the whole run

    @property
    def per_second(self) -> float:
        return self.updates / self.busy if self.busy else 0.0


def run_one(
    kind: str,
    standin: BotApiStandIn,
    driver: Driver,
    db_url: str,
    plans: tuple[list[list[Step]], list[list[Step]], list[Step]],
    rate: float,
    offset: int,
    limits: tuple[float, int],
) -> Figures:
    """Start one bot process, drive it through the plans, stop it; offset != 0 replays the
    recorded actions for persons shifted by `offset` (other chats, same stream)."""
    saturate, warm, timed = plans
    ctx = mp.get_context("spawn")
    counter = ctx.Value("q", 0)
    ready, stop, results = ctx.Event(), ctx.Event(), ctx.Queue()
    proc = ctx.Process(
        target=serve,
        args=(kind, db_url, standin.base_url, counter, ready, stop, results, limits),
        name=f"bench-{kind}",
    )
    calls_before = len(standin.calls())
    proc.start()
    figures = Figures()
    pushed: list[Pushed] = []
    try:
        if not ready.wait(120):
            raise RuntimeError(f"the {kind} process did not start")
        cpu0 = cpu_seconds(proc.pid)
        figures.busy = run_phases(driver, counter, saturate, offset, proc.pid, figures.step_cpu)
        figures.cpu_seconds = cpu_seconds(proc.pid) - cpu0
        figures.updates = sum(len(phase) for phase in saturate)
        run_phases(driver, counter, warm, offset)
        pushed = run_timed(driver, counter, timed, offset, rate)
        figures.offered = len(pushed)
        made = [c for c in standin.calls()[calls_before:] if c.method != "getUpdates"]
        updates = figures.updates + sum(len(phase) for phase in warm) + len(timed)
        figures.calls_per_update = len(made) / updates
    finally:
        stop.set()
        out: dict[str, Any] = {}
        with contextlib.suppress(Exception):
            out = results.get(timeout=60)
        proc.join(timeout=30)
        if proc.is_alive():
            proc.kill()
            proc.join()
    stages = out.pop("stages", None)
    chat_calls = out.pop("chat_calls", None)
    figures.statements = out.pop("statements", {})
    figures.handled = counter.value
    figures.memory = out
    if stages is not None:
        figures.stages = stage_latencies(stages, pushed)
    if chat_calls is not None:  # the bot: each reply matched to its update
        replied = first_replies(standin.calls()[calls_before:], chat_calls, driver.query_chat)
        found = [
            (replied[p.update_id] - p.at) * 1000 if p.update_id in replied else None for p in pushed
        ]
    else:
        found = latencies(standin, pushed)
    for p, ms in zip(pushed, found, strict=True):
        if ms is not None:
            figures.latency_ms.append(ms)
            figures.by_step.setdefault(p.step, []).append(ms)
    return figures


def first_replies(
    calls: list[Any], chat_calls: dict[int, list[int | None]], query_chat: dict[str, int]
) -> dict[int, float]:
    """update_id -> when the stand-in received the first reply to it. The sender makes each
    chat's calls one at a time in order, so a chat's k-th recorded call the stand-in saw is
    the k-th the sender reported, which names its update."""
    by_chat: dict[int, list[tuple[float, bool]]] = {}
    for call in calls:
        if call.method.lower() not in RECORDED_LOWER:
            continue
        chat = call.params.get("chat_id")
        if not isinstance(chat, int):
            chat = query_chat.get(str(call.params.get("callback_query_id")))
        if chat is None:
            continue
        is_reply = call.method.lower() in REPLIES and call.status == 200
        by_chat.setdefault(chat, []).append((call.time, is_reply))
    first: dict[int, float] = {}
    for chat, seen in by_chat.items():
        for (at, is_reply), update_id in zip(seen, chat_calls.get(chat, []), strict=False):
            if is_reply and update_id is not None:
                first.setdefault(update_id, at)
    return first


def stage_latencies(
    stages: dict[int, tuple[float, float, float, float]], pushed: list[Pushed]
) -> dict[str, list[float]]:
    """For the timed updates: ms from the push to each stage the bot reported."""
    out: dict[str, list[float]] = {"stored": [], "processed": [], "all calls made": []}
    for p in pushed:
        times = stages.get(p.update_id)
        if times is None:
            continue
        stored, processed, _first, last = times
        for name, t in (("stored", stored), ("processed", processed), ("all calls made", last)):
            if t == t:  # not nan
                out[name].append((t - p.at) * 1000)
    return out


async def build_database(raw_url: str, users: int) -> str:
    """A migrated database (a DATABASE_URL) holding `users` onboarded people, none due during
    the run."""
    url = database_url(raw_url)
    db = Database(url)
    now = datetime.now(UTC)
    try:
        await upgrade(db)
        await insert_users(
            db,
            (
                user_row(
                    50_000_000 + i,
                    now=now,
                    next_push_at=now + timedelta(hours=2, seconds=i * 6),
                    tz="Europe/Berlin",
                )
                for i in range(users)
            ),
        )
    finally:
        await db.dispose()
    return raw_url


KINDS = ("bot", "echo", "mirror", "floor")


def _row(label: str, values: list[str], target: str = "") -> None:
    print(f"  {label:<34}" + "".join(f"{v:>12}" for v in values) + f"   {target}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=200, help="people in the saturation run")
    parser.add_argument("--rate", type=float, default=50.0, help="offered updates per second")
    parser.add_argument("--seconds", type=float, default=20.0, help="length of the latency run")
    parser.add_argument("--stored", type=int, default=STORED_USERS)
    parser.add_argument(
        "--rtt-ms",
        type=float,
        default=0.0,
        help="hold every Bot API answer but getUpdates this long, as a real network would",
    )
    parser.add_argument(
        "--database-url",
        help="an empty database to use instead of a temporary SQLite file, e.g. postgresql://…",
    )
    parser.add_argument(
        "--send-rate",
        type=float,
        default=1000.0,
        help="the bot's SEND_RATE (calls/s); high, so the bench measures the bot, not the limit",
    )
    parser.add_argument("--chat-burst", type=int, default=1000, help="the bot's SEND_CHAT_BURST")
    parser.add_argument(
        "--statements",
        type=int,
        default=10,
        help="list the bot's N most frequent statements per update (0: none)",
    )
    parser.add_argument(
        "--kinds",
        default=",".join(KINDS),
        help="which of bot,echo,mirror,floor to run (bot and floor always run)",
    )
    args = parser.parse_args()
    kinds = [k for k in KINDS if k in {"bot", "floor", *args.kinds.split(",")}]
    steps = len(SCRIPT)
    lanes = max(1, int(args.rate * 1.2))  # each person's next step comes ~1.2 s after the last
    total = int(args.rate * args.seconds)
    plans = (
        saturation_plan([10_000_000 + i for i in range(args.users)]),
        *latency_plan(11_000_000, lanes, total),
    )
    print("bench_load: the bot vs bare PTB baselines (figures only, nothing asserted)")

    with (
        tempfile.TemporaryDirectory(prefix="bench-load-") as tmp,
        BotApiStandIn(TOKEN, files_dir=Path(tmp) / "files") as standin,
    ):
        standin.latency = args.rtt_ms / 1000
        t0 = time.monotonic()
        db_url = asyncio.run(
            build_database(
                args.database_url or f"sqlite:///{Path(tmp) / 'load.sqlite3'}", args.stored
            )
        )
        print(f"  stored users: {args.stored:,} (built in {time.monotonic() - t0:.1f} s)")
        if args.rtt_ms:
            print(f"  every Bot API answer held {args.rtt_ms:g} ms (getUpdates excepted)")
        driver = Driver(standin, Keyboards(standin))
        runs: dict[str, Figures] = {}
        for n, kind in enumerate(kinds):
            # The baselines' people: the bot's recorded actions replayed in other chats.
            runs[kind] = run_one(
                kind,
                standin,
                driver,
                db_url,
                plans,
                args.rate,
                n * 10_000_000,
                (args.send_rate, args.chat_burst),
            )
    report(args, runs, steps, lanes, driver.fallbacks)


def _quantile(f: Figures, q: float) -> str:
    return f"{pct(f.latency_ms, q):.1f} ms"


def db_kind(args: argparse.Namespace) -> str:
    url = args.database_url or "sqlite"
    return "PostgreSQL" if url.startswith("postgres") else "SQLite"


def report(
    args: argparse.Namespace, runs: dict[str, Figures], steps: int, lanes: int, fallbacks: int
) -> None:
    bot, floor = runs["bot"], runs["floor"]
    echo = runs.get("echo", Figures())
    rate = f"{args.rate:g}/s"
    print(
        f"\n  saturation: {args.users} people x {steps} steps = {bot.updates:,} updates each; "
        f"latency run: {bot.offered:,} updates at {rate} over {lanes} people at "
        "staggered script steps"
    )
    print(f"  taps whose button was missing (sent as text): {fallbacks}")
    print(
        f"  the bot's sender limits: SEND_RATE={args.send_rate:g}, "
        f"SEND_CHAT_BURST={args.chat_burst}; {db_kind(args)}"
    )
    print(
        "  echo: bare PTB echo bot, 1 call per update. mirror: bare PTB making the bot's kind\n"
        "  of calls (press: answer + edit + send; text: send) with none of its work.\n"
        "  floor: the mirror on the bot's HTTP client, i.e. the bot's calls alone.\n"
    )

    kinds = [k for k in KINDS if k in runs]

    def each(fmt: Callable[[Figures], str]) -> list[str]:
        return [fmt(runs[k]) for k in kinds]

    def mem(key: str) -> Callable[[Figures], str]:
        return lambda f: f"{f.memory.get(key, float('nan')):.0f} MB"

    _row("", kinds, "target")
    _row("updates/s at saturation", each(lambda f: f"{f.per_second:.0f}"))
    _row(
        "CPU ms per update at saturation", each(lambda f: f"{f.cpu_seconds * 1000 / f.updates:.2f}")
    )
    cpu_ratio = (bot.cpu_seconds / bot.updates) / (floor.cpu_seconds / floor.updates)
    _row("CPU per update bot/floor", [f"{cpu_ratio:.2f}"], f"<= {TARGET_CPU_RATIO}")
    ratio = bot.per_second / echo.per_second if echo.per_second else 0.0
    if "echo" in runs:
        _row("saturation ratio bot/echo", [f"{ratio:.2f}"], f">= {TARGET_RATIO}")
        floored = floor.per_second / echo.per_second if echo.per_second else 0.0
        _row("saturation ratio floor/echo", [f"{floored:.2f}"], "the bot's calls alone")
    own = bot.per_second / floor.per_second if floor.per_second else 0.0
    _row("saturation ratio bot/floor", [f"{own:.2f}"], "1 would be: the bot's own work is free")
    _row(f"replies seen at {rate}", each(lambda f: f"{len(f.latency_ms)}/{f.offered}"))
    for name, q in (("p50", 0.50), ("p90", 0.90), ("p99", 0.99)):
        target = f"< {TARGET_P99_MS:g} ms" if name == "p99" else ""
        _row(
            f"reply latency {name} at {rate}",
            each(partial(_quantile, q=q)),
            target,
        )
    _row("reply latency max", each(lambda f: f"{max(f.latency_ms, default=float('nan')):.1f} ms"))
    _row("Bot API calls per update", each(lambda f: f"{f.calls_per_update:.2f}"))
    _row("updates processed twice", each(lambda f: f"{f.memory.get('repeats', 0):.0f}"))
    _row("RSS after start", each(mem("started_rss_mb")))
    _row(
        "peak RSS (ru_maxrss)",
        each(mem("peak_rss_mb")),
        f"bot < {TARGET_MEMORY_MB:g} MB with {args.stored:,} users stored",
    )
    if bot.stages:
        print(f"\n  bot, ms from the push at {rate}:   p50      p90      p99")
        rows = [*bot.stages.items()]
        rows.insert(2, ("first reply at the stand-in", bot.latency_ms))
        for name, values in rows:
            print(
                f"    {name:<30}"
                + "".join(f"{pct(values, q):>9.1f}" for q in (0.5, 0.9, 0.99))
                + f"   n={len(values)}"
            )
    if bot.statements and bot.handled:
        per = bot.handled
        txs = bot.statements.get("(begin)", 0)
        total = sum(n for label, n in bot.statements.items() if label != "(begin)")
        print(
            f"\n  bot database work over the whole run ({per:,} updates): "
            f"{txs / per:.2f} transactions, {total / per:.1f} statements per update"
        )
        ranked = sorted(bot.statements.items(), key=lambda kv: -kv[1])
        for label, n in [kv for kv in ranked if kv[0] != "(begin)"][: args.statements]:
            print(f"    {n / per:6.2f}  {label}")
    print(f"\n  bot reply latency by script step at {rate} (ms):")
    print(
        f"    {'step':<38} {'n':>4} {'p50':>7} {'p99':>7}"
        "   CPU ms/update at saturation: bot, floor, bot/floor"
    )
    for step, (kind, payload) in enumerate(SCRIPT):
        values = bot.by_step.get(step, [])
        label = f"{kind} {payload}"
        cpu = bot.step_cpu[step] if step < len(bot.step_cpu) else float("nan")
        base = floor.step_cpu[step] if step < len(floor.step_cpu) else float("nan")
        print(
            f"    {label:<38} {len(values):>4} {pct(values, 0.5):>7.1f} {pct(values, 0.99):>7.1f}"
            f"   {cpu:>6.2f} {base:>6.2f} {cpu / base if base else float('nan'):>6.2f}"
        )
    verdicts = {
        "CPU ratio": cpu_ratio <= TARGET_CPU_RATIO,
        "p99": pct(bot.latency_ms, 0.99) < TARGET_P99_MS,
        "memory": bot.memory.get("peak_rss_mb", 1e9) < TARGET_MEMORY_MB,
    }
    if "echo" in runs:
        verdicts["saturation ratio"] = ratio >= TARGET_RATIO
    print(
        "\n  verdict: " + ", ".join(f"{k} {'OK' if v else 'MISSED'}" for k, v in verdicts.items())
    )


if __name__ == "__main__":
    main()
