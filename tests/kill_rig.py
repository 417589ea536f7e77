"""A bot killed again and again while people talk to it, and the reckoning afterwards.

Used by tests/test_kill_updates.py. The pieces:

    BotProcess  `python -m bot run` (long polling) or `python -m bot webhook` as a real
                subprocess against the stand-in, on a real SQLite file: started, SIGKILLed,
                started again, stopped with SIGTERM at the end.
    DbWatch     reads the bot's database from this process while it runs: the inbox's state
                per update, and every outbox row ever written (sent rows are purged after a
                minute, so they are captured as they appear).
    Person      one person going through a script: onboarding by buttons, sets typed and
                saved, questions, button presses; some steps wait for the reply, some don't.
    reckon      what happened to every update and every reply, from the stand-in's records
                and the database: lost, done twice, sent twice, and why.

Nothing here reaches into the bot: the subprocess is only ever seen through the stand-in
(what a person would see) and its database.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
import urllib.request
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bot.standin.server import BotApiStandIn, SentMessage

ROOT = Path(__file__).resolve().parent.parent
TOKEN = "123456789:TEST-standin-abcdefghijklmnopq"


def subprocess_env(standin: BotApiStandIn, db_path: Path, **settings: str) -> dict[str, str]:
    """The environment of `python -m bot …` run against `standin` on the SQLite file
    `db_path` (this checkout on the path, quick push ticks, warnings only), plus `settings`."""
    env = {k: v for k, v in os.environ.items() if k not in ("BOT_TOKEN", "DATABASE_URL")}
    return (
        env
        | {
            "PYTHONPATH": str(ROOT),
            "BOT_TOKEN": TOKEN,
            "BOT_API_URL": standin.base_url,
            "DATABASE_URL": f"sqlite:///{db_path}",
            "PUSH_TICK_SECONDS": "0.2",
            "LOG_LEVEL": "WARNING",
        }
        | settings
    )


SECRET = "kill-test-secret_0123456789"
# The Bot API calls the bot records in its outbox (bot/tg/deferred.py RECORDED).
RECORDED = {
    "sendMessage",
    "sendPhoto",
    "sendDocument",
    "editMessageText",
    "editMessageCaption",
    "editMessageReplyMarkup",
    "deleteMessage",
    "answerCallbackQuery",
}
NEW_MESSAGE = {"sendMessage", "sendPhoto", "sendDocument"}


# --------------------------------------------------------------------------- the process


class BotProcess:
    """The bot as a subprocess; `mode` is "run" (long polling) or "webhook"."""

    def __init__(
        self,
        mode: str,
        standin: BotApiStandIn,
        db_path: Path,
        log_path: Path,
        *,
        port: int = 0,
        extra_env: dict[str, str] | None = None,
    ) -> None:
        self.mode = mode
        self.standin = standin
        self.db_path = db_path
        self.log_path = log_path
        self.port = port
        self.proc: subprocess.Popen[bytes] | None = None
        self.started_at = 0.0
        self.starts = 0
        env = subprocess_env(
            standin,
            db_path,
            SEND_RATE="200",
            SEND_CHAT_BURST="1000",
            # These people type as fast as a program can; held back as a flood, their
            # updates would have no effect by design (tests/e2e/test_flood.py).
            FLOOD_LIMIT="100000",
        )
        if mode == "webhook":
            env |= {
                "WEBHOOK_URL": self.webhook_url,
                "WEBHOOK_SECRET": SECRET,
                "WEBHOOK_LISTEN": "127.0.0.1",
                "PORT": str(port),
            }
        self.env = env | (extra_env or {})

    @property
    def webhook_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/telegram"

    def start(self) -> None:
        assert self.proc is None or self.proc.poll() is not None, "already running"
        self.started_at = time.monotonic()
        self.starts += 1
        with self.log_path.open("ab") as out:
            out.write(f"\n=== start {self.starts} ===\n".encode())
            out.flush()
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "bot", self.mode],
                env=self.env,
                cwd=self.db_path.parent,
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=subprocess.STDOUT,
            )

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def ready(self) -> bool:
        """Serving: polling getUpdates (long polling) or answering /healthz (webhook)."""
        if not self.alive():
            return False
        if self.mode == "run":
            return any(c.time > self.started_at for c in self.standin.calls("getUpdates"))
        try:
            with urllib.request.urlopen(
                f"http://127.0.0.1:{self.port}/healthz", timeout=0.5
            ) as reply:
                return bool(reply.status == 200)
        except OSError:
            return False

    async def until_ready(self, timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        while not await asyncio.to_thread(self.ready):
            if self.proc is not None and self.proc.poll() is not None:
                raise AssertionError(f"the bot exited with {self.proc.returncode}: {self.tail()}")
            if time.monotonic() > deadline:
                raise TimeoutError(f"the bot did not come up in {timeout}s: {self.tail()}")
            await asyncio.sleep(0.02)

    def kill(self) -> None:
        assert self.proc is not None
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=10)

    def stop(self, timeout: float = 30.0) -> int:
        """SIGTERM, as a deploy does; the exit code (SIGKILL after `timeout`: a hang)."""
        assert self.proc is not None
        self.proc.send_signal(signal.SIGTERM)
        try:
            return self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
            raise AssertionError(f"the bot did not stop within {timeout}s of SIGTERM") from None

    def output(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def tail(self, chars: int = 3000) -> str:
        return self.output()[-chars:]


# --------------------------------------------------------------------------- the database


def canonical(method: str, params: dict[str, Any]) -> str:
    """A call's identity, the same whether read from the outbox (fields as PTB encoded
    them, all strings) or from the stand-in (decoded): JSON values parsed, keys sorted."""

    def norm(value: Any) -> Any:
        if isinstance(value, str):
            try:
                parsed = json.loads(value)
            except ValueError:
                return value
            return value if isinstance(parsed, str) else norm(parsed)
        if isinstance(value, dict):
            return {k: norm(v) for k, v in value.items()}
        if isinstance(value, list):
            return [norm(v) for v in value]
        return value

    return json.dumps([method, norm(params)], sort_keys=True, ensure_ascii=False)


@dataclass(frozen=True)
class OutRow:
    id: int
    update_id: int | None
    chat_id: int
    method: str
    key: str  # canonical(method, fields)


class DbWatch:
    """The bot's SQLite file, read from this process (WAL: readers never block the bot)."""

    def __init__(self, db_path: Path) -> None:
        self.conn = sqlite3.connect(db_path, timeout=10, isolation_level=None)
        self.inbox: dict[int, tuple[str, int]] = {}  # update_id -> (state, attempts)
        self.rows: dict[int, OutRow] = {}  # every outbox row seen, by id
        self.open_rows: dict[int, str] = {}  # id -> state, rows pending or sending now
        self._last_id = 0

    def close(self) -> None:
        self.conn.close()

    def refresh(self) -> None:
        self.inbox = {
            uid: (state, attempts)
            for uid, state, attempts in self.conn.execute(
                "SELECT update_id, state, attempts FROM inbox"
            )
        }
        # New rows only (on SQLite ids are committed in order). A purge could let an id be
        # used again, unseen here: check_all_rows_known catches that at the end.
        for row_id, update_id, chat_id, method, fields in self.conn.execute(
            "SELECT id, update_id, chat_id, method, fields FROM outbox WHERE id > ? ORDER BY id",
            (self._last_id,),
        ):
            key = canonical(method, json.loads(fields))
            self.rows[row_id] = OutRow(row_id, update_id, chat_id, method, key)
            self._last_id = row_id
        self.open_rows = dict(
            self.conn.execute(
                "SELECT id, state FROM outbox WHERE state IN ('pending', 'sending')"
            ).fetchall()
        )

    def check_all_rows_known(self) -> None:
        """At the end: every row still in the table was captured, with the same content."""
        for row_id, update_id, chat_id, method, fields in self.conn.execute(
            "SELECT id, update_id, chat_id, method, fields FROM outbox"
        ):
            row = OutRow(row_id, update_id, chat_id, method, canonical(method, json.loads(fields)))
            assert self.rows.get(row_id) == row, f"outbox row {row_id} was not captured as is"

    def received_at(self) -> dict[int, float]:
        """When each update was stored (time.time() scale)."""
        return {
            uid: datetime.fromisoformat(stamp).replace(tzinfo=UTC).timestamp()
            for uid, stamp in self.conn.execute("SELECT update_id, received_at FROM inbox")
        }

    def processed_out_of_order(self) -> list[tuple[int, int]]:
        """Pairs of one chat's updates processed in the other order than they were sent
        (done_at is set when an update's transaction opens, after the one before committed)."""
        out = []
        last: dict[int, tuple[int, datetime]] = {}
        for update_id, chat_id, stamp in self.conn.execute(
            "SELECT update_id, chat_id, done_at FROM inbox "
            "WHERE state != 'new' AND chat_id IS NOT NULL ORDER BY update_id"
        ):
            done_at = datetime.fromisoformat(stamp)
            before = last.get(chat_id)
            if before is not None and before[1] > done_at:
                out.append((before[0], update_id))
            last[chat_id] = (update_id, done_at)
        return out

    def settled(self, update_id: int) -> bool:
        """Processed, and every reply it queued made (the person has seen them)."""
        state = self.inbox.get(update_id, ("", 0))[0]
        if state not in ("done", "aside"):
            return False
        return not any(
            self.rows[i].update_id == update_id for i in self.open_rows if i in self.rows
        )

    def waiting(self) -> int:
        return sum(1 for state, _ in self.inbox.values() if state == "new")

    def sending(self) -> set[int]:
        return {i for i, state in self.open_rows.items() if state == "sending"}

    def count_by_user(self, table: str) -> Counter[int]:
        return Counter(
            dict(self.conn.execute(f"SELECT user_id, count(*) FROM {table} GROUP BY user_id"))
        )


# --------------------------------------------------------------------------- the people

# The onboarding buttons in order (as tests/e2e/flows.py ONBOARDING_BUTTONS).
ONBOARDING = (
    "Tone up",
    "New to lifting",
    "A gym",
    "Use suggested",
    "Done",
    "18:30",
    "Europe/Berlin",
    "kg",
)
# Distinct words (no digits) for each person's questions the coach cannot answer.
NAMES = ("alder", "birch", "cedar", "damson", "elder", "fir", "gorse", "hazel", "ivy", "juniper")


@dataclass(frozen=True)
class Step:
    """One thing a person does. kind: "say" (text), "tap" (the newest button whose label
    contains `arg`), "tap_data" (the newest button whose callback data starts with `arg`).
    `wait`: the next step waits until this one is processed and its replies have arrived."""

    kind: str
    arg: str
    wait: bool = True
    sets: int = 0  # set rows it saves
    unknown: int = 0  # questions the coach can't answer it records


def say(text: str, *, wait: bool = True, sets: int = 0, unknown: int = 0) -> Step:
    return Step("say", text, wait, sets, unknown)


def tap(label: str, *, sets: int = 0) -> Step:
    return Step("tap", label, True, sets)


def tap_data(prefix: str) -> Step:
    return Step("tap_data", prefix, True)


def poison() -> Step:
    """An update the library cannot parse (a message without its date): set aside, no
    reply, and the person's next updates are not held up by it."""
    return Step("poison", "", False)


def onboarding() -> list[Step]:
    return [say("/start"), *(tap(label) for label in ONBOARDING)]


def script(name: str) -> list[Step]:
    """Onboarding, then sets and questions mixed: what each person does once."""
    return [
        *onboarding(),
        say("hip thrust 60 12 12 10"),  # an echo with Save / Fix
        tap("Save", sets=3),
        poison(),
        say("does the stepmill burn glute fat?", wait=False),  # a curated answer
        say(f"what about quokka yoga for {name}?", unknown=1),  # noted for the content team
        tap_data("1:qa:"),  # one of the nearby topics offered
        say("squat 40 10 10", wait=False),
        say("yes", sets=2),  # confirms the echo it did not wait for
        say("/today"),
        say("lunge 20 8 8 8"),
        tap("Save", sets=3),
        say("leg press 100 12 12", wait=False),
        say("ok", sets=2),
    ]


def encore(name: str, round_no: int) -> list[Step]:
    """What each person keeps doing until the kills are over (no sets: saving an exercise
    already logged today replaces its sets, so only the script's saves add rows)."""
    word = NAMES[round_no % len(NAMES)]
    return [
        say(f"what about {word} tea for {name}?", wait=False, unknown=1),
        say("does the stepmill burn glute fat?"),
        tap_data("1:qa:"),
        say("/today", wait=round_no % 2 == 0),
        say("/week"),
    ]


class Person:
    """One person, acting only on what the stand-in shows them and the bot's progress."""

    def __init__(
        self,
        standin: BotApiStandIn,
        watch: DbWatch,
        user_id: int,
        name: str,
        handed_over: Callable[[int], bool] = lambda _: False,
    ) -> None:
        self.standin = standin
        self.watch = watch
        # Telegram counts the update as delivered (the offset moved past it, or the webhook
        # answered 200): the bot had stored it by then.
        self.handed_over = handed_over
        self.user_id = user_id
        self.name = name
        self.updates: list[int] = []  # update_ids of what they sent, in order
        self.queries: dict[str, int] = {}  # callback query ids of their presses
        self.poison: list[int] = []  # update_ids of the unparseable updates they sent
        self.sets = 0
        self.unknown = 0
        self.steps = 0
        self.scripted = False  # the script is done (the encore may follow)

    async def run(self, stop: asyncio.Event, timeout: float) -> None:
        for step in script(self.name):
            await self.act(step, timeout)
        self.scripted = True
        round_no = 0
        while not stop.is_set():
            for step in encore(self.name, round_no):
                if stop.is_set():
                    break
                await self.act(step, timeout)
            round_no += 1
        await self.settle(self.updates[-1], timeout)

    async def onboard(self, timeout: float) -> None:
        for step in onboarding():
            await self.act(step, timeout)

    async def act(self, step: Step, timeout: float) -> None:
        if step.kind == "say":
            self.standin.send_text(self.user_id, step.arg)
        elif step.kind == "poison":
            chat = {"id": self.user_id, "type": "private", "first_name": "Pat"}
            sender = {"id": self.user_id, "is_bot": False, "first_name": "Pat"}
            self.standin.push_update({"message": {"chat": chat, "from": sender, "text": "?"}})
            self.poison.append(self.standin.last_update_id)
        else:
            message_id, data = self.button(step)
            query = self.standin.press(self.user_id, message_id, data)
            self.queries[query] = self.user_id
        update_id = self.standin.last_update_id
        self.updates.append(update_id)
        self.sets += step.sets
        self.unknown += step.unknown
        self.steps += 1
        if step.wait:
            await self.settle(update_id, timeout)

    def button(self, step: Step) -> tuple[int, str]:
        for message in reversed(self.standin.messages(self.user_id)):
            if message.deleted:
                continue
            for row in message.buttons:
                for text, data in row:
                    if data is None:
                        continue
                    hit = step.arg.lower() in text.lower() if step.kind == "tap" else None
                    if hit or (step.kind == "tap_data" and data.startswith(step.arg)):
                        return message.message_id, data
        raise AssertionError(
            f"{self.name}: no button for {step}; chat:\n{transcript(self.standin, self.user_id)}"
        )

    async def settle(self, update_id: int, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while not self.watch.settled(update_id):
            if self.handed_over(update_id) and update_id not in self.watch.inbox:
                self.watch.refresh()  # a store committed before the hand-over shows now
                if update_id not in self.watch.inbox:
                    raise AssertionError(
                        f"{self.name}: update {update_id} lost: Telegram handed it over, "
                        f"the inbox does not have it"
                    )
            if time.monotonic() > deadline:
                state = self.watch.inbox.get(update_id)
                raise TimeoutError(
                    f"{self.name}: update {update_id} not settled in {timeout}s "
                    f"(inbox {state}); chat:\n{transcript(self.standin, self.user_id)}"
                )
            await asyncio.sleep(0.02)


def transcript(standin: BotApiStandIn, chat_id: int, last: int = 8) -> str:
    def line(m: SentMessage) -> str:
        text = (m.plain_text or m.text or m.caption or "").replace("\n", " ")[:90]
        return f"  #{m.message_id} {text} {[t for row in m.buttons for t, _ in row]}"

    return "\n".join(line(m) for m in standin.messages(chat_id)[-last:])


async def watching(watch: DbWatch, every: float = 0.05) -> None:
    """Refresh the watch until cancelled."""
    while True:
        watch.refresh()
        await asyncio.sleep(every)


# --------------------------------------------------------------------------- the reckoning


@dataclass
class Kill:
    at: float  # seconds after the start it ended
    up: bool  # the bot was serving (else still starting)
    waiting: int  # inbox rows not done, left by the dead process
    sending: set[int]  # outbox rows it had in flight
    chats_sending: set[int]  # their chats
    redelivered: int  # stored updates Telegram will deliver again (offset/200 never given)


@dataclass
class Report:
    mode: str
    kills: list[Kill]
    updates: int = 0
    done: int = 0
    lost: list[int] = field(default_factory=list)  # not done (or not even stored)
    done_twice: list[int] = field(default_factory=list)  # replies recorded twice
    redelivered: int = 0
    retried: int = 0  # updates whose processing began again after a kill (attempts > 1)
    replies: int = 0  # outbox rows for updates
    pushes: int = 0  # outbox rows for pushes
    undelivered: list[OutRow] = field(default_factory=list)  # never reached the stand-in
    refused: list[tuple[OutRow, int]] = field(default_factory=list)  # first sent: not 200
    resent: list[OutRow] = field(default_factory=list)  # each arrival after the first
    unexplained: list[OutRow] = field(default_factory=list)  # ... though not in flight at a kill
    duplicate_messages: int = 0  # what a person sees twice: a new message sent again
    out_of_order: list[str] = field(default_factory=list)  # calls not in the outbox's order
    processed_out_of_order: list[tuple[int, int]] = field(default_factory=list)
    silent: list[int] = field(default_factory=list)  # updates with no reply one can see
    poison: tuple[int, int] = (0, 0)  # unparseable updates (sent, set aside)
    poison_replied: list[int] = field(default_factory=list)  # ... that got a reply anyway
    sets: tuple[int, int] = (0, 0)  # (expected, stored)
    unknown: tuple[int, int] = (0, 0)  # (expected, stored)
    seconds: float = 0.0
    extra: dict[str, object] = field(default_factory=dict)  # figures of one mode

    def table(self) -> str:
        in_flight = sum(len(k.sending) for k in self.kills)
        rows = [
            ("mode", self.mode),
            ("kills (while starting)", f"{len(self.kills)} ({sum(not k.up for k in self.kills)})"),
            ("kills with work left", sum(1 for k in self.kills if k.waiting or k.sending)),
            ("updates sent / done", f"{self.updates} / {self.done}"),
            ("unparseable sent / set aside", "{} / {}".format(*self.poison)),
            ("lost (no effect)", len(self.lost)),
            ("done twice", len(self.done_twice)),
            ("re-delivered after store", self.redelivered),
            ("processing begun again", self.retried),
            ("replies recorded / pushes", f"{self.replies} / {self.pushes}"),
            ("replies never delivered", len(self.undelivered)),
            ("replies refused at first", len(self.refused)),
            ("calls in flight at a kill", in_flight),
            ("calls sent again", len(self.resent)),
            ("  of them unexplained", len(self.unexplained)),
            ("duplicate messages seen", self.duplicate_messages),
            ("sets expected / stored", "{} / {}".format(*self.sets)),
            ("unknown qs expected / stored", "{} / {}".format(*self.unknown)),
            *self.extra.items(),
            ("wall time", f"{self.seconds:.1f} s"),
        ]
        width = max(len(k) for k, _ in rows)
        return "\n".join(f"  {k:<{width}}  {v}" for k, v in rows)


def reckon(
    mode: str,
    standin: BotApiStandIn,
    watch: DbWatch,
    people: list[Person],
    kills: list[Kill],
    *,
    redelivered: int = 0,
) -> Report:
    """Every update and every reply accounted for (the bot stopped, the watch refreshed)."""
    report = Report(mode, kills, redelivered=redelivered)
    sent = [u for p in people for u in p.updates]
    report.updates = len(sent)
    poison = {u for p in people for u in p.poison}

    def state(update_id: int) -> str:
        return watch.inbox.get(update_id, ("", 0))[0]

    report.done = sum(1 for u in sent if state(u) == "done")
    report.lost = [u for u in sent if state(u) != ("aside" if u in poison else "done")]
    report.poison = (len(poison), sum(1 for u in poison if state(u) == "aside"))
    report.retried = sum(1 for u in sent if watch.inbox.get(u, ("", 0))[1] > 1)

    rows = sorted(watch.rows.values(), key=lambda r: r.id)
    report.replies = sum(1 for r in rows if r.update_id is not None)
    report.pushes = sum(1 for r in rows if r.update_id is None)
    per_update: dict[int, Counter[str]] = defaultdict(Counter)
    for r in rows:
        if r.update_id is not None:
            per_update[r.update_id][r.key] += 1
    report.done_twice = sorted(u for u, keys in per_update.items() if max(keys.values()) > 1)
    # A reply a person sees: a message, or a change to one (not only a press answered).
    seen = {r.update_id for r in rows if r.method != "answerCallbackQuery"}
    report.silent = [u for u in sent if u not in seen and u not in poison]
    report.poison_replied = [u for u in poison if u in per_update]
    report.processed_out_of_order = watch.processed_out_of_order()

    # Each chat's calls as the stand-in received them, against the chat's outbox rows in
    # the order they were written (the sender makes a chat's calls one at a time, in that
    # order). A call may repeat only right after itself: sent again after a restart.
    queries = {q: p.user_id for p in people for q, _ in p.queries.items()}
    arrived: dict[int, list[tuple[str, int]]] = defaultdict(list)
    for call in standin.calls():
        if call.method not in RECORDED:
            continue
        chat = call.params.get("chat_id")
        if chat is None:
            chat = queries.get(str(call.params.get("callback_query_id")))
        if chat is None:
            report.out_of_order.append(f"a call for no known chat: {call.method} {call.params}")
            continue
        arrived[int(chat)].append((canonical(call.method, call.params), call.status))
    by_chat: dict[int, list[OutRow]] = defaultdict(list)
    for r in rows:
        by_chat[r.chat_id].append(r)
    in_flight = set().union(*(k.sending for k in kills)) if kills else set()
    for chat in set(by_chat) | set(arrived):
        want, got = by_chat.get(chat, []), arrived.get(chat, [])
        i = 0
        for key, status in got:
            if i < len(want) and key == want[i].key:
                if status != 200:
                    report.refused.append((want[i], status))
                i += 1
                continue
            if i > 0 and key == want[i - 1].key:
                again = want[i - 1]
                report.resent.append(again)
                if again.id not in in_flight:
                    report.unexplained.append(again)
                if again.method in NEW_MESSAGE and status == 200:
                    report.duplicate_messages += 1
                continue
            report.out_of_order.append(f"chat {chat}: {key[:160]} (expected {i}/{len(want)})")
            break
        report.undelivered += want[i:]

    expected_sets = sum(p.sets for p in people)
    expected_unknown = sum(p.unknown for p in people)
    report.sets = (expected_sets, sum(watch.count_by_user("set_logs").values()))
    report.unknown = (expected_unknown, sum(watch.count_by_user("unanswered_questions").values()))
    return report


def per_person(watch: DbWatch, people: list[Person]) -> dict[str, list[tuple[int, int, int]]]:
    """(user, expected, stored) for sets and unknown questions where they differ."""
    sets, unknown = watch.count_by_user("set_logs"), watch.count_by_user("unanswered_questions")
    return {
        "sets": [(p.user_id, p.sets, sets[p.user_id]) for p in people if p.sets != sets[p.user_id]],
        "unknown": [
            (p.user_id, p.unknown, unknown[p.user_id])
            for p in people
            if p.unknown != unknown[p.user_id]
        ],
    }
