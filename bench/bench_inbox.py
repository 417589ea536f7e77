"""What the durable inbox and the outbox cost per update, step by step, in CPU.

    .venv/bin/python bench/bench_inbox.py
    .venv/bin/python bench/bench_inbox.py --database-url postgresql://…/an_empty_database

Each step the inbox (bot/tg/inbox.py, bot/store/inbox.py) and the sender (bot/tg/outbox.py,
bot/store/outbox.py) add to an update runs here on its own, through the calls the bot makes
(`Inbox.store`, `Database.run` with the store functions, `UpdateTransaction`,
`Sender._done`), on a temporary SQLite file and, with --database-url, on PostgreSQL too. The
tables hold what a busy bot's do (--done processed updates, --sent calls of the last minute).
Figures are CPU time per update: this process's (every thread), and on PostgreSQL also the
server backends' for the database (/proc/<pid>/schedstat, when the server is local).

Two regimes: "batch 1" is a bot under light load (each getUpdates brings one update, each
claim finds one; a chat's calls go one at a time, so each call takes a claim), "batched" one
under load (getUpdates brings --batch updates, the inbox claims up to 32 at once, the sender
up to 50). Per call costs are multiplied by --calls (Bot API calls per update; bench_load.py
measures 2.25 for its script). The update transaction's extra is one handler unit of work
(the person's row read and changed) run inside an UpdateTransaction that marks the update
done, minus the same unit run alone with `Database.run` as before the inbox; the outbox rows
are what committing the update's calls with it adds. The three run in turn, update by update.

The total is set against the bot's whole CPU per update before the inbox, from README.md
(bench_load.py at commit 8abdd7b: 3.6 ms SQLite, 3.9 ms PostgreSQL) unless --before gives
other figures. Empty claims (the loops' wake-ups) are listed apart: bench_load.py counts how
many an update causes. Last, one claim is timed with --backlogs updates and calls waiting:
the claims read every waiting row. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable, Iterator
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any, TypeVar, cast

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import insert, text, update  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from bot.runtime.config import load_settings  # noqa: E402
from bot.runtime.services import Services  # noqa: E402
from bot.store import inbox, outbox  # noqa: E402
from bot.store.db import Database, UpdateTransaction, current_transaction  # noqa: E402
from bot.store.models import InboxUpdate, OutboxMessage  # noqa: E402
from bot.store.users import get_user, set_awaiting  # noqa: E402
from bot.tg.inbox import LEASE, Inbox  # noqa: E402
from bot.tg.outbox import Sender  # noqa: E402
from bot.tg.runner import build_services  # noqa: E402
from tests.bulk_users import insert_users, user_row  # noqa: E402

T = TypeVar("T")
Figure = tuple[float, float]  # client ms, server ms per update (or per call); server nan: none
TOKEN = "123456789:BENCH-standin-abcdefghijklmnop"
BEFORE = {"SQLite": 3.6, "PostgreSQL": 3.9}  # README.md, bench_load.py before the inbox
CHAT0 = 70_000_000
INBOX_CLAIM, SENDER_CLAIM = 32, 50  # what each claims at once under load (see docstring)
KEYBOARD = {
    "inline_keyboard": [
        [{"text": "Tone up", "callback_data": "ob:goal:tone"}],
        [{"text": "Grow", "callback_data": "ob:goal:grow"}],
        [{"text": "Strength", "callback_data": "ob:goal:strength"}],
    ]
}


# --------------------------------------------------------------------------- the stream


def raw_update(update_id: int, chat: int) -> dict[str, Any]:
    """An update as Telegram sends it: every other one a text, the rest button presses
    (which carry the message the button is on)."""
    person = {"id": chat, "is_bot": False, "first_name": "Pat", "language_code": "en"}
    private = {"id": chat, "type": "private", "first_name": "Pat"}
    now = int(time.time())
    if update_id % 2:
        message = {"message_id": update_id, "from": person, "chat": private, "date": now}
        return {"update_id": update_id, "message": {**message, "text": "squat 60kg 12 12 12"}}
    shown = {
        "message_id": update_id,
        "from": {"id": 123456789, "is_bot": True, "first_name": "Glute Coach"},
        "chat": private,
        "date": now - 5,
        "text": "What is your goal? Pick the one closest to what you want from training.",
        "reply_markup": KEYBOARD,
    }
    press = {
        "id": str(update_id * 7),
        "from": person,
        "message": shown,
        "chat_instance": "42",
        "data": "ob:goal:tone",
    }
    return {"update_id": update_id, "callback_query": press}


def calls_for(update_id: int, chat: int, pattern: list[int]) -> list[outbox.Call]:
    """The calls one update queues: a press's answer, an edit, new messages, in the mix
    `pattern` gives (calls per update, cycling)."""
    send = {
        "chat_id": str(chat),
        "text": "<b>Today</b>: squat 3×12 at 60 kg, hip thrust 3×10 at 80 kg. " * 3,
        "parse_mode": "HTML",
        "reply_markup": json.dumps(KEYBOARD, separators=(",", ":")),
    }
    edit = {"chat_id": str(chat), "message_id": "7", "text": "Goal: tone up ✓"}
    answer = {"callback_query_id": str(update_id * 7)}
    kinds = [
        ("answerCallbackQuery", answer, outbox.ANSWER),
        ("editMessageText", edit, outbox.EDIT),
        ("sendMessage", send, outbox.MESSAGE),
    ]
    n = pattern[update_id % len(pattern)]
    return [
        outbox.Call(chat, method, fields, kind=kind, update_id=update_id)
        for method, fields, kind in kinds[3 - n :]
    ]


# --------------------------------------------------------------------------- measuring


class Cpu:
    """Process time of this process (every thread), and on PostgreSQL the on-CPU time of the
    server's backends for this database, when they run on this machine (/proc/<pid>/schedstat,
    in nanoseconds)."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.pids: list[int] = []

    async def refresh(self) -> None:
        """Look up the backends (between measurements: the query costs CPU too)."""

        def pids(s: Session) -> list[int]:
            rows = s.execute(
                text("SELECT pid FROM pg_stat_activity WHERE datname = current_database()")
            )
            return [int(r[0]) for r in rows]

        self.pids = await self.db.run(pids) if self.db.is_postgres else []

    def now(self) -> tuple[float, float]:
        server = float("nan")
        if self.db.is_postgres:
            server = 0.0
            for pid in self.pids:
                try:
                    with open(f"/proc/{pid}/schedstat") as f:
                        server += int(f.read().split()[0]) / 1e9
                except (OSError, ValueError, IndexError):
                    return time.process_time(), float("nan")
        return time.process_time(), server

    async def timed(self, spent: list[float], work: Awaitable[T]) -> T:
        """Await `work`, adding its CPU seconds to spent = [client, server]."""
        client0, server0 = self.now()
        result = await work
        client1, server1 = self.now()
        spent[0] += client1 - client0
        spent[1] += server1 - server0
        return result


def per(spent: list[float], units: int) -> Figure:
    """CPU ms per unit: (client, server)."""
    units = max(1, units)
    return spent[0] * 1000 / units, spent[1] * 1000 / units


def chunks(items: list[Any], size: int) -> Iterator[list[Any]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


# --------------------------------------------------------------------------- the steps


class Steps:
    def __init__(self, svc: Services, n: int, pattern: list[int]) -> None:
        self.svc = svc
        self.db = svc.db
        self.n = n
        self.pattern = pattern
        self.cpu = Cpu(svc.db)
        # The inbox as the bot builds it; store() uses only the services (no Application).
        # No room to process anything: Inbox.store then only stores (its claim for free
        # slots is measured on its own below).
        self.inbox = Inbox(cast(Any, None), svc, 0)
        self.next_id = 1_000_000
        # Limits lifted (as bench_load.py does): this measures the claim, not the pacing.
        self.limits = outbox.Limits(rate=100_000, chat_burst=100_000)

    def fresh(self, n: int) -> list[inbox.Incoming]:
        """n new updates, one per chat."""
        out = []
        for i in range(n):
            self.next_id += 1
            raw = raw_update(self.next_id, CHAT0 + i)
            found = inbox.incoming(raw)
            assert found is not None
            out.append(found)
        return out

    async def parse(self) -> Figure:
        """What polling adds per update: read what the inbox needs and re-serialise the update
        (inbox.incoming), then read the stored JSON back before Update.de_json."""
        raws = [raw_update(i, CHAT0 + i % 1000) for i in range(self.n * 10)]
        body = json.dumps({"ok": True, "result": raws}).encode()

        t0 = time.process_time()
        for raw in json.loads(body)["result"]:
            found = inbox.incoming(raw)
            assert found is not None
            json.loads(found.payload)
        t1 = time.process_time()
        json.loads(body)  # PTB's Updater read the body too: only the difference counts
        t2 = time.process_time()
        return per([(t1 - t0) - (t2 - t1), float("nan")], len(raws))

    async def store(self, batch: int, flood: bool) -> Figure:
        """Inbox.store (insert + flood check) or only the insert, per update."""
        updates = self.fresh(self.n)
        spent = [0.0, 0.0]
        await self.cpu.refresh()
        for part in chunks(updates, batch):
            if flood:
                await self.cpu.timed(spent, self.inbox.store(part))
            else:
                work = partial(inbox.store, updates=part, now=datetime.now(UTC))
                await self.cpu.timed(spent, self.db.run(work))
        await self.db.run(_all_done)
        return per(spent, len(updates))

    async def claim(self, wave: int) -> Figure:
        """The inbox's claim (up to 32 at once), per update claimed: `wave` updates are stored
        (untimed), then claimed until none is left, each claimed batch marked done (untimed).
        The claim reads every update waiting, so the wave is the backlog it sees."""
        updates = self.fresh(self.n)
        claimed = 0
        spent = [0.0, 0.0]
        await self.cpu.refresh()
        for part in chunks(updates, wave):
            await self.inbox.store(part)
            goal = claimed + len(part)
            while claimed < goal:  # (the empty claim that would end it: empty_claims)
                work = partial(inbox.claim, now=datetime.now(UTC), limit=INBOX_CLAIM, lease=LEASE)
                got = await self.cpu.timed(spent, self.db.run(work))
                if not got:
                    raise RuntimeError("the inbox claim found nothing to claim")
                claimed += len(got)
                await self.db.run(partial(_mark_done, ids=[c.update_id for c in got]))
        return per(spent, claimed)

    async def empty_claims(self, n: int) -> tuple[Figure, Figure]:
        """A claim that finds nothing (a wake-up after another update or call finished), for
        the inbox and for the sender: per claim."""
        spent_inbox, spent_sender = [0.0, 0.0], [0.0, 0.0]
        await self.cpu.refresh()
        for _ in range(n):
            work = partial(inbox.claim, now=datetime.now(UTC), limit=INBOX_CLAIM, lease=LEASE)
            await self.cpu.timed(spent_inbox, self.db.run(work))
        for _ in range(n):
            claim = partial(
                outbox.claim, now=datetime.now(UTC), limit=SENDER_CLAIM, limits=self.limits
            )
            await self.cpu.timed(spent_sender, self.db.run(claim))
        return per(spent_inbox, n), per(spent_sender, n)

    @staticmethod
    def _unit(chat: int, flip: bool) -> Callable[[Session], None]:
        """A handler's unit of work: the person's row, locked, read and changed."""

        def work(s: Session) -> None:
            user = get_user(s, chat, lock=True)
            assert user is not None
            set_awaiting(user, "bench" if flip else None)

        return work

    async def transaction(self) -> tuple[Figure, Figure, Figure]:
        """One handler unit of work per update (the person's row read and changed), run three
        ways, in turn so that background load weighs on each alike: alone, as before the
        inbox; inside an UpdateTransaction that opens by marking its update done and commits
        with no calls; and the same committing its calls into the outbox. Per update each."""
        updates = self.fresh(self.n)
        for part in chunks(updates, 100):
            await self.inbox.store(part)
        spent = {way: [0.0, 0.0] for way in ("plain", "bare", "full")}
        await self.cpu.refresh()
        for k, u in enumerate(updates):
            assert u.chat_id is not None
            unit = self._unit(u.chat_id, k % 2 == 0)
            await self.cpu.timed(spent["plain"], self.db.run(unit))
            # The two inbox ways take turns over the updates (each update is done once).
            way = "bare" if k % 2 else "full"
            calls = calls_for(u.update_id, u.chat_id, self.pattern) if way == "full" else []
            await self.cpu.timed(spent[way], _as_inbox(self.db, u.update_id, unit, calls))
        await self.db.run(_all_done)
        half = len(updates) // 2
        return (
            per(spent["plain"], len(updates)),
            per(spent["bare"], half),
            per(spent["full"], len(updates) - half),
        )

    async def send(self, wave: int) -> tuple[Figure, Figure, int]:
        """The sender's claim (up to 50 at once) and its mark-sent (Sender._done, one unit of
        work per call), per call: the calls of `wave` updates are queued (untimed), then
        claimed and marked until none is left; and how many calls. A chat's calls go one at
        a time, so one update's calls take a claim each."""
        updates = self.fresh(self.n)
        claims, marks = [0.0, 0.0], [0.0, 0.0]
        calls = 0
        result = {"message_id": 1}
        await self.db.run(_all_sent)  # what the transaction steps queued
        await self.cpu.refresh()
        for part in chunks(updates, wave):
            queued = [
                call
                for u in part
                for call in calls_for(u.update_id, cast(int, u.chat_id), self.pattern)
            ]
            await self.db.run(partial(outbox.add, calls=queued, now=datetime.now(UTC)))
            goal = calls + len(queued)
            while calls < goal:  # (the empty claim that would end it: empty_claims)
                work = partial(
                    outbox.claim, now=datetime.now(UTC), limit=SENDER_CLAIM, limits=self.limits
                )
                got = await self.cpu.timed(claims, self.db.run(work))
                if not got:
                    raise RuntimeError("the sender's claim found nothing to claim")
                calls += len(got)
                for c in got:
                    done = partial(Sender._done, c=c, now=datetime.now(UTC), result=result)
                    await self.cpu.timed(marks, self.db.run(done))
        return per(claims, calls), per(marks, calls), calls

    async def backlog(self, waiting: int) -> tuple[Figure, Figure]:
        """One inbox claim (32) and one sender claim (50) with `waiting` updates and calls
        waiting (three per chat), given back after each: ms per claim."""
        await self.db.run(_all_done)
        await self.db.run(_all_sent)
        updates = self.fresh(waiting)
        updates = [
            inbox.Incoming(u.update_id, CHAT0 + k // 3, u.sent_at, u.payload)
            for k, u in enumerate(updates)
        ]
        for part in chunks(updates, 500):
            await self.db.run(partial(inbox.store, updates=part, now=datetime.now(UTC)))
            queued = [calls_for(u.update_id, cast(int, u.chat_id), [1])[0] for u in part]
            await self.db.run(partial(outbox.add, calls=queued, now=datetime.now(UTC)))
        spent_inbox, spent_sender = [0.0, 0.0], [0.0, 0.0]
        await self.cpu.refresh()
        rounds = 10
        for _ in range(rounds):
            work = partial(inbox.claim, now=datetime.now(UTC), limit=INBOX_CLAIM, lease=LEASE)
            await self.cpu.timed(spent_inbox, self.db.run(work))
            await self.db.run(inbox.release_leases)
            claim = partial(
                outbox.claim, now=datetime.now(UTC), limit=SENDER_CLAIM, limits=self.limits
            )
            await self.cpu.timed(spent_sender, self.db.run(claim))
            await self.db.run(outbox.release_leases)
        await self.db.run(_all_done)
        await self.db.run(_all_sent)
        return per(spent_inbox, rounds), per(spent_sender, rounds)


async def _as_inbox(
    db: Database, update_id: int, unit: Callable[[Session], None], calls: list[outbox.Call]
) -> None:
    """What Inbox._attempt does around process_update, with one unit of work as the handler."""

    def opening(s: Session) -> None:
        if not inbox.begin_done(s, update_id, datetime.now(UTC)):
            raise RuntimeError("the update was done already")

    tx = UpdateTransaction(db, opening)
    token = current_transaction.set(tx)
    try:
        await db.run(unit)  # the handler's unit of work, inside tx
    finally:
        current_transaction.reset(token)
    try:
        await tx.commit(lambda s: outbox.add(s, calls, datetime.now(UTC)))
    finally:
        await tx.end()


def _all_done(s: Session) -> None:
    s.execute(
        update(InboxUpdate)
        .where(InboxUpdate.state == inbox.NEW)
        .values(state=inbox.DONE, done_at=datetime.now(UTC), lease_until=None)
    )


def _all_sent(s: Session) -> None:
    s.execute(
        update(OutboxMessage)
        .where(OutboxMessage.state == outbox.PENDING)
        # Long enough ago not to count against the limits of the steps that follow.
        .values(state=outbox.SENT, sent_at=datetime.now(UTC) - timedelta(seconds=5))
    )


def _mark_done(s: Session, ids: list[int]) -> None:
    s.execute(
        update(InboxUpdate)
        .where(InboxUpdate.update_id.in_(ids))
        .values(state=inbox.DONE, done_at=datetime.now(UTC), lease_until=None)
        .execution_options(synchronize_session=False)
    )


# --------------------------------------------------------------------------- set-up


async def prefill(db: Database, chats: int, done: int, sent: int) -> None:
    """The tables as a busy bot has them: `chats` people, `done` processed updates kept for
    re-deliveries (two days of them in production), `sent` calls made in the last minute
    (kept for the limits)."""
    now = datetime.now(UTC)
    await insert_users(
        db,
        (user_row(CHAT0 + i, now=now, next_push_at=now + timedelta(hours=2)) for i in range(chats)),
    )
    long_ago = now - timedelta(hours=1)

    def fill(s: Session) -> None:
        for start in range(0, done, 5000):
            s.execute(
                insert(InboxUpdate),
                [
                    {
                        "update_id": i + 1,
                        "chat_id": 80_000_000 + i % 5000,
                        "payload": json.dumps(raw_update(i + 1, 80_000_000 + i % 5000)),
                        "state": inbox.DONE,
                        "received_at": long_ago,
                        "sent_at": long_ago,
                        "attempts": 1,
                        "done_at": long_ago,
                    }
                    for i in range(start, min(done, start + 5000))
                ],
            )
        for start in range(0, sent, 5000):
            s.execute(
                insert(OutboxMessage),
                [
                    {
                        "chat_id": 80_000_000 + i % 5000,
                        "method": "sendMessage",
                        "fields": '{"chat_id":"1","text":"hi"}',
                        "kind": outbox.MESSAGE,
                        "priority": outbox.REPLY,
                        "state": outbox.SENT,
                        "created_at": now - timedelta(seconds=2 + i * 55 / sent),
                        "not_before": now - timedelta(seconds=2 + i * 55 / sent),
                        "sent_at": now - timedelta(seconds=2 + i * 55 / sent),
                        "attempts": 1,
                    }
                    for i in range(start, min(sent, start + 5000))
                ],
            )

    await db.run(fill)


async def bench_database(url: str, args: argparse.Namespace) -> dict[str, dict[str, Any]]:
    """Every step on one database: {regime: {step: figure}}, and "backlog": {waiting:
    (inbox claim, sender claim)}."""
    settings = load_settings({"DATABASE_URL": url, "BOT_TOKEN": TOKEN, "LOG_LEVEL": "WARNING"})
    svc = await build_services(settings)
    try:
        await prefill(svc.db, args.updates, args.done, args.sent)
        steps = Steps(svc, args.updates, args.pattern)
        await steps.store(100, flood=True)  # warm up: caches, statement compilation, pool
        out: dict[str, dict[str, Any]] = {}
        parse = await steps.parse()
        empty_inbox, empty_sender = await steps.empty_claims(args.updates)
        for regime, batch in (("batch 1", 1), ("batched", args.batch)):
            fig: dict[str, Figure] = {"parse": parse}
            fig["store"] = await steps.store(batch, flood=True)
            fig["store_insert"] = await steps.store(batch, flood=False)
            fig["claim"] = await steps.claim(batch)
            plain, bare, full = await steps.transaction()
            fig["plain"] = plain
            fig["tx_extra"] = _minus(bare, plain)
            fig["outbox_add"] = _minus(full, bare)
            sender_claim, mark_sent, calls = await steps.send(batch)
            fig["sender_claim_call"] = sender_claim
            fig["mark_sent_call"] = mark_sent
            fig["empty_inbox_claim"] = empty_inbox
            fig["empty_sender_claim"] = empty_sender
            fig["calls"] = (calls / args.updates, float("nan"))
            out[regime] = fig
        out["backlog"] = {n: await steps.backlog(n) for n in args.backlogs}
        return out
    finally:
        await svc.db.dispose()


def _minus(a: Figure, b: Figure) -> Figure:
    return a[0] - b[0], a[1] - b[1]


# --------------------------------------------------------------------------- report


ROWS: list[tuple[str, str, bool]] = [  # key, label, per call (x calls per update)
    ("parse", "polling: incoming() + payload re-read", False),
    ("store", "store: insert + flood check", False),
    ("store_insert", "  of which the insert alone", False),
    ("claim", "inbox claim", False),
    ("tx_extra", "update tx: open hop, done, hops", False),
    ("outbox_add", "update tx: outbox rows written", False),
    ("sender_claim_call", "sender claim (per call x calls)", True),
    ("mark_sent_call", "mark sent (per call x calls)", True),
]


def report(results: dict[str, dict[str, dict[str, Any]]], args: argparse.Namespace) -> None:
    columns = [(db, regime) for db in results for regime in ("batch 1", "batched")]
    calls = args.calls
    width = 16
    print(
        f"\n  CPU ms per update; PostgreSQL: this process + the server's backends; "
        f"{calls:g} calls per update"
    )
    print(f"  {'':<38}" + "".join(f"{db:>{width}}" for db, _ in columns))
    print(f"  {'step':<38}" + "".join(f"{regime:>{width}}" for _, regime in columns))

    def fmt(client: float, server: float) -> str:
        if server == server:  # PostgreSQL: the server's share after the client's
            return f"{client:.3f} +{server:.2f}"
        return f"{client:.3f}"

    def line(label: str, cells: list[str]) -> None:
        print(f"  {label:<38}" + "".join(f"{c:>{width}}" for c in cells))

    totals = {c: [0.0, 0.0] for c in columns}
    for key, label, per_call in ROWS:
        cells = []
        for db, regime in columns:
            client, server = results[db][regime][key]
            k = calls if per_call else 1.0
            cells.append(fmt(client * k, server * k))
            if not label.startswith("  "):
                totals[(db, regime)][0] += client * k
                totals[(db, regime)][1] += server * k if server == server else 0.0
        line(label, cells)
    line(
        "total the inbox and outbox add",
        [fmt(t[0], t[1] if db != "SQLite" else float("nan")) for (db, _), t in totals.items()],
    )
    before = {"SQLite": args.before[0], "PostgreSQL": args.before[1]}
    line("bot CPU per update before the inbox", [f"{before[db]:.2f}" for db, _ in columns])
    line(
        "  total / before (this process)",
        [f"{100 * t[0] / before[db]:.0f} %" for (db, _), t in totals.items()],
    )
    print(f"  (before: {args.before_note})")
    print("\n  not in the total:")
    for key, label in (
        ("empty_inbox_claim", "an inbox claim finding nothing"),
        ("empty_sender_claim", "a sender claim finding nothing"),
        ("plain", "the handler's unit alone (as before)"),
    ):
        line(label, [fmt(*results[db][regime][key]) for db, regime in columns])
    line(
        "calls per update in this stream",
        [f"{results[db][regime]['calls'][0]:.2f}" for db, regime in columns],
    )
    print(
        "  each update finished wakes the inbox loop and each call finished the sender's, and\n"
        "  a wake-up claims: how many claims an update really costs, bench_load.py counts."
    )
    backlogs = {db: r["backlog"] for db, r in results.items() if r.get("backlog")}
    if backlogs:
        wide = 18
        print("\n  one claim, CPU ms, by how many updates and calls wait (three per chat)")
        short = {"SQLite": "SQLite", "PostgreSQL": "PG"}
        print(
            f"  {'waiting':>9}"
            + "".join(
                f"{short[db] + ' inbox':>{wide}}{short[db] + ' sender':>{wide}}" for db in backlogs
            )
        )
        for n in args.backlogs:
            row = "".join(
                f"{fmt(*b[n][0]):>{wide}}{fmt(*b[n][1]):>{wide}}" for b in backlogs.values()
            )
            print(f"  {n:>9,}{row}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--database-url", help="an empty PostgreSQL database to measure beside SQLite"
    )
    parser.add_argument("--updates", type=int, default=600, help="updates per step")
    parser.add_argument("--batch", type=int, default=100, help="a getUpdates batch under load")
    parser.add_argument("--done", type=int, default=50_000, help="processed updates kept")
    parser.add_argument("--sent", type=int, default=10_000, help="calls made in the last minute")
    parser.add_argument(
        "--backlogs",
        default="0,500,5000",
        help="waiting updates and calls to time one claim with (comma-separated; '' for none)",
    )
    parser.add_argument(
        "--calls",
        type=float,
        default=2.25,
        help="Bot API calls per update (bench_load.py's script: 2.2)",
    )
    parser.add_argument(
        "--before",
        default="3.6,3.9",
        help="the bot's CPU ms per update before the inbox, SQLite,PostgreSQL (README.md)",
    )
    args = parser.parse_args()
    args.before = [float(x) for x in args.before.split(",")]
    args.backlogs = [int(x) for x in args.backlogs.split(",") if x.strip()]
    args.before_note = (
        "README.md's bench_load.py figures at 8abdd7b"
        if args.before == [3.6, 3.9]
        else f"--before {args.before[0]:g},{args.before[1]:g}"
    )
    # The mix of calls per update (cycled) whose mean is --calls: 3 (press: answer, edit,
    # send), 1 (a text's reply), 2...
    whole, frac = int(args.calls), args.calls - int(args.calls)
    quarters = round(frac * 4)
    args.pattern = [min(3, whole + 1)] * quarters + [whole] * (4 - quarters)
    print("bench_inbox: CPU the inbox and the outbox add per update (figures only)")
    print(
        f"  {args.updates} updates per step, {args.done:,} done updates and {args.sent:,} "
        f"calls of the last minute stored, {args.updates:,} people"
    )
    results: dict[str, dict[str, dict[str, Any]]] = {}
    with tempfile.TemporaryDirectory(prefix="bench-inbox-") as tmp:
        t0 = time.monotonic()
        results["SQLite"] = asyncio.run(
            bench_database(f"sqlite:///{Path(tmp) / 'inbox.sqlite3'}", args)
        )
        print(f"  SQLite done in {time.monotonic() - t0:.0f} s")
    if args.database_url:
        t0 = time.monotonic()
        results["PostgreSQL"] = asyncio.run(bench_database(args.database_url, args))
        print(f"  PostgreSQL done in {time.monotonic() - t0:.0f} s")
    report(results, args)


if __name__ == "__main__":
    with contextlib.suppress(KeyboardInterrupt):
        main()
