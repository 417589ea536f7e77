"""Load benchmark: the bot against a bare python-telegram-bot echo bot, same stand-in, same
machine, same update stream; two more baselines say where the difference goes.

    .venv/bin/python bench/bench_load.py
    .venv/bin/python bench/bench_load.py --users 200 --rate 50 --seconds 20
    .venv/bin/python bench/bench_load.py --rtt-ms 20 --users 40 --rate 20   # a real network

Four processes run the same stream in turn:
- bot: the production stack (below).
- echo: bare PTB (httpx, one update at a time) echoing texts and answering presses.
- mirror: bare PTB making the bot's kind of calls (press: answer + edit + send) and no work.
- floor: the mirror on the bot's HTTP client (bot/tg/http_client.py): what the bot's Bot API
  calls cost alone, so bot/floor is the share of throughput its own work leaves.

Each bot runs in its own process (spawned), polling the stand-in that runs here, so the bot's
peak memory is its own and the stand-in doesn't share its interpreter lock. The bot is the
production stack: bot.tg.runner.build_services + running, a temp SQLite file holding 100,000
stored users, every feature installed.

- saturation: each step of a realistic script (onboarding taps, free-text questions, set
  logs with a Save tap, /today) is pushed for every user at once; updates/s = updates /
  time until the bot has processed them all (counted by wrapping process_update).
- latency: the same kind of stream offered open-loop at a fixed rate; latency is from pushing
  the update into the stand-in to the stand-in receiving the first reply to it (sendMessage,
  editMessageText or answerCallbackQuery), both read on this process's monotonic clock.

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
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from multiprocessing.synchronize import Event
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

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
from bot.store.db import Database  # noqa: E402
from bot.store.migrate import upgrade  # noqa: E402
from bot.tg.app import bot_request  # noqa: E402
from bot.tg.http_client import AiohttpRequest  # noqa: E402
from bot.tg.runner import build_services, running  # noqa: E402
from tests.bulk_users import insert_users, user_row  # noqa: E402

TOKEN = "123456789:BENCH-standin-abcdefghijklmnop"
STORED_USERS = 100_000
REPLIES = frozenset({"sendmessage", "editmessagetext", "answercallbackquery"})
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


async def _serve(
    kind: str, db_url: str, base_url: str, counter: Any, ready: Event, stop: Event
) -> dict[str, float]:
    setup_logging(logging.WARNING, TOKEN)
    svc = None
    if kind == "bot":
        settings = load_settings(
            {"DATABASE_URL": db_url, "BOT_TOKEN": TOKEN, "BOT_API_URL": base_url}
        )
        svc = await build_services(settings)
        context = running(svc, TOKEN, base_url)
    else:
        context = echo_running(TOKEN, base_url, mirror=kind != "echo", ours=kind == "floor")
    try:
        async with context as app:
            original = app.process_update
            seen: set[int] = set()
            repeats = 0  # updates processed twice (a getUpdates answer lost to a timeout)

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
    return {"started_rss_mb": started_rss, "peak_rss_mb": peak, "repeats": repeats}


def serve(
    kind: str,
    db_url: str,
    base_url: str,
    counter: Any,
    ready: Event,
    stop: Event,
    results: Any,
) -> None:
    """Child process entry point: run one bot until `stop`, then report its memory."""
    results.put(asyncio.run(_serve(kind, db_url, base_url, counter, ready, stop)))


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
    """One update as offered: when, to which chat, and the callback query id for a press."""

    at: float
    chat_id: int
    query_id: str | None
    step: int


@dataclass
class Driver:
    """Plays people: for the bot by following its keyboards (and recording what it did),
    for the echo bot by replaying that record exactly."""

    standin: BotApiStandIn
    keyboards: Keyboards
    record: dict[int, list[tuple[str, str]]] = field(default_factory=dict)  # user -> actions
    last_message: dict[int, int] = field(default_factory=dict)
    fallbacks: int = 0  # taps whose button wasn't there (sent as text instead)

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
            return Pushed(at, user, None, step)
        # Replayed presses land on the person's last message: any message in the chat will do.
        query = self.standin.press(user, target or self.last_message[user], payload)
        return Pushed(at, user, query, step)


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
) -> Figures:
    """Start one bot process, drive it through the plans, stop it; offset != 0 replays the
    recorded actions for persons shifted by `offset` (other chats, same stream)."""
    saturate, warm, timed = plans
    ctx = mp.get_context("spawn")
    counter = ctx.Value("q", 0)
    ready, stop, results = ctx.Event(), ctx.Event(), ctx.Queue()
    proc = ctx.Process(
        target=serve,
        args=(kind, db_url, standin.base_url, counter, ready, stop, results),
        name=f"bench-{kind}",
    )
    calls_before = len(standin.calls())
    proc.start()
    figures = Figures()
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
        for p, ms in zip(pushed, latencies(standin, pushed), strict=True):
            if ms is not None:
                figures.latency_ms.append(ms)
                figures.by_step.setdefault(p.step, []).append(ms)
        made = [c for c in standin.calls()[calls_before:] if c.method != "getUpdates"]
        updates = figures.updates + sum(len(phase) for phase in warm) + len(timed)
        figures.calls_per_update = len(made) / updates
    finally:
        stop.set()
        with contextlib.suppress(Exception):
            figures.memory = results.get(timeout=60)
        proc.join(timeout=30)
        if proc.is_alive():
            proc.kill()
            proc.join()
    return figures


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
            runs[kind] = run_one(kind, standin, driver, db_url, plans, args.rate, n * 10_000_000)
    report(args, runs, steps, lanes, driver.fallbacks)


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
            each(lambda f, q=q: f"{pct(f.latency_ms, q):.1f} ms"),
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
