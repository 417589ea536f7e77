"""Push benchmark: the claim statement at 100,000 users, and push waves through the outbox.

    .venv/bin/python bench/bench_push.py                   # SQLite (and PostgreSQL if
    TEST_POSTGRES_URL=postgresql://... .venv/bin/python bench/bench_push.py   # it is set)
    .venv/bin/python bench/bench_push.py --wave-users 1000 --skip-claim   # a shorter run

(a) deliveries.claim_due(s, now, 1000, LEASE), as one unit of work (Database.run), on a
    database built by the Alembic migrations, with 100,000 users of whom 1,000 are due:
    median of several claims, leases reset in between.
(b) a push wave from one worker: the production Application started as a worker runs it
    (bot/tg/runner.py `working`, without polling), its Dispatcher.tick() queueing the
    pushes into the outbox and its outbox Sender making them, on the wall clock, against
    the stand-in enforcing Telegram's limit (--limit, 30/s) in a sliding 1-second window:
    the achieved send rate against SEND_RATE (--rate) and against the limit, and 429s.
(c) the same wave from two workers sharing one database (two Applications with their own
    engines, dispatchers and senders in this process, as two processes would be; a fresh
    PostgreSQL database when --database-url or TEST_POSTGRES_URL names a server, else a
    SQLite file): the deployment-wide send rate against the limit, and 429s.

Prints figures next to their targets; asserts nothing.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import os
import statistics
import sys
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import psycopg  # noqa: E402
from sqlalchemy import event, text, update  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from bot.runtime.config import database_url, load_settings  # noqa: E402
from bot.runtime.services import Services  # noqa: E402
from bot.standin.server import BotApiStandIn  # noqa: E402
from bot.store import deliveries, outbox  # noqa: E402
from bot.store.db import Database  # noqa: E402
from bot.store.migrate import upgrade  # noqa: E402
from bot.store.models import User  # noqa: E402
from bot.tg.app import build_application  # noqa: E402
from bot.tg.push import CLAIM_BATCH, LEASE  # noqa: E402
from bot.tg.runner import Worker, build_services, working  # noqa: E402
from tests.bulk_users import insert_users, midday_zone, user_row  # noqa: E402

TOKEN = "123456789:BENCH-standin-abcdefghijklmnop"
ZONES = ("Europe/Berlin", "America/New_York", "Asia/Tokyo", "UTC", "Australia/Sydney")
CLAIM_TARGET_MS = 50.0
RATE_TARGET = 0.9  # of SEND_RATE
TELEGRAM_LIMIT = 30.0  # messages a second, deployment-wide


def _row(label: str, value: str, target: str = "") -> None:
    print(f"  {label:<44} {value:>14}   {target}")


# --------------------------------------------------------------------------- (a) claim


def claim_rows(total: int, due: int, now: datetime) -> Any:
    """`due` users due in the last 10 minutes, 4% never scheduled (paused or mid-onboarding),
    the rest spread over the coming week."""
    unscheduled = total // 25
    for i in range(total):
        uid = 1_000_000 + i
        if i < due:
            at: datetime | None = now - timedelta(seconds=1 + (i * 600) // due)
        elif i < due + unscheduled:
            at = None
        else:
            at = now + timedelta(seconds=60 + (i * 7919) % (7 * 86400))
        yield user_row(uid, now=now, next_push_at=at, tz=ZONES[i % len(ZONES)])


async def claim_due(db: Database, now: datetime) -> list[deliveries.Claimed]:
    """One claim as the dispatcher makes it: a unit of work on a database thread."""
    return await db.run(lambda s: deliveries.claim_due(s, now, CLAIM_BATCH, LEASE))


async def _reset_leases(db: Database) -> None:
    await db.run(
        lambda s: s.execute(
            update(User).where(User.push_lease_until.is_not(None)).values(push_lease_until=None)
        )
    )


async def bench_claim(db: Database, label: str, total: int, due: int, runs: int) -> None:
    now = datetime.now(UTC).replace(microsecond=0)
    t0 = time.perf_counter()
    await upgrade(db)
    inserted = await insert_users(db, claim_rows(total, due, now))
    build_s = time.perf_counter() - t0
    if db.is_postgres:
        await db.run(lambda s: s.execute(text("ANALYZE users")))

    await claim_due(db, now - timedelta(days=30))  # warm-up, claims none
    idle_ms = []
    for _ in range(runs):
        t = time.perf_counter()
        got = await claim_due(db, now - timedelta(days=30))
        idle_ms.append((time.perf_counter() - t) * 1000)
        assert not got
    times_ms, counts = [], []
    for _ in range(runs):
        await _fresh(db)
        t = time.perf_counter()
        claimed = await claim_due(db, now)
        times_ms.append((time.perf_counter() - t) * 1000)
        counts.append(len(claimed))
    await _fresh(db)

    median = statistics.median(times_ms)
    print(f"\n(a) claim_due on {label}")
    _row("users stored / due now", f"{inserted:,} / {due:,}")
    _row("build (migrations + executemany insert)", f"{build_s:.1f} s")
    _row("rows claimed per run", ", ".join(sorted({str(c) for c in counts})), f"(expect {due})")
    target = f"target < {CLAIM_TARGET_MS:g} ms"
    _row(f"claim 1,000 due: median of {runs}", f"{median:.1f} ms", target)
    _row("claim 1,000 due: min / max", f"{min(times_ms):.1f} / {max(times_ms):.1f} ms")
    _row("claim when nothing is due: median", f"{statistics.median(idle_ms):.2f} ms")
    _row("verdict", "OK" if median < CLAIM_TARGET_MS else "OVER TARGET")
    plan = await _plan(db, now)
    if plan:
        print("  plan:")
    for line in plan:
        print(f"    {line}")


async def _fresh(db: Database) -> None:
    """Give the claimed rows back; on PostgreSQL also vacuum, as on a fresh copy."""
    await _reset_leases(db)
    if db.is_postgres:
        await asyncio.to_thread(_vacuum, db)


def _vacuum(db: Database) -> None:
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text("VACUUM users"))


async def _plan(db: Database, now: datetime) -> list[str]:
    """The plan of the claim statement as run at `now` (on PostgreSQL, executed and rolled
    back with EXPLAIN ANALYZE)."""
    captured: list[tuple[str, Any]] = []

    def capture(conn: Any, cursor: Any, statement: str, params: Any, *_: Any) -> None:
        if "RETURNING" in statement.upper():
            captured.append((statement, params))

    event.listen(db.engine, "before_cursor_execute", capture)
    try:
        await claim_due(db, now)
    finally:
        event.remove(db.engine, "before_cursor_execute", capture)
    await _fresh(db)
    if not captured:
        return []
    statement, params = captured[0]
    return await asyncio.to_thread(_explain, db, statement, params)


def _explain(db: Database, statement: str, params: Any) -> list[str]:
    with db.engine.connect() as conn:
        if db.is_postgres:
            rows = conn.exec_driver_sql("EXPLAIN (ANALYZE, COSTS OFF) " + statement, params)
            lines = [r[0] for r in rows]
        else:
            rows = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, params)
            lines = [r[-1] for r in rows]
        conn.rollback()
    return lines


async def claim_sqlite(total: int, due: int, runs: int, workdir: Path) -> None:
    db = Database(f"sqlite:///{workdir / 'claim.sqlite3'}")
    try:
        await bench_claim(db, "SQLite (file, WAL)", total, due, runs)
    finally:
        await db.dispose()


async def claim_postgres(raw_url: str, total: int, due: int, runs: int) -> None:
    """In a throwaway schema of the given database, dropped afterwards."""
    url = database_url(raw_url)
    schema = f"bench_push_{uuid.uuid4().hex[:8]}"
    admin = Database(url)
    await admin.run(lambda s: s.execute(text(f'CREATE SCHEMA "{schema}"')))
    db = Database(url, connect_args={"options": f"-csearch_path={schema}"})
    try:
        await bench_claim(db, "PostgreSQL", total, due, runs)
    finally:
        await db.dispose()
        await admin.run(lambda s: s.execute(text(f'DROP SCHEMA "{schema}" CASCADE')))
        await admin.dispose()


# --------------------------------------------------------------------------- (b, c) waves


def max_in_window(times: list[float], window: float = 1.0) -> int:
    best, start = 0, 0
    for end, t in enumerate(times):
        while times[start] <= t - window:
            start += 1
        best = max(best, end - start + 1)
    return best


@contextlib.contextmanager
def fresh_pg_database(server_url: str) -> Iterator[str]:
    """A new, empty database on the server for this run (dropped afterwards): its URL."""
    name = f"bench_push_{uuid.uuid4().hex[:8]}"
    admin = make_url(database_url(server_url))
    dsn = admin.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
        try:
            yield admin.set(database=name).render_as_string(hide_password=False)
        finally:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@contextlib.asynccontextmanager
async def workers(
    standin: BotApiStandIn, url: str, rate: float, count: int
) -> AsyncIterator[list[tuple[Services, Worker]]]:
    """`count` workers on one database, each the production Application with its own
    engine, started as `python -m bot run` starts it, but without polling or the push loop
    (the bench ticks the dispatchers itself, as fast as they go)."""
    settings = load_settings({"DATABASE_URL": url, "SEND_RATE": f"{rate:g}"})
    services = [await build_services(settings) for _ in range(count)]  # the system clock
    try:
        async with contextlib.AsyncExitStack() as stack:
            started = []
            for svc in services:
                app = build_application(svc, standin.token, standin.base_url)
                started.append(
                    (svc, await stack.enter_async_context(working(app, svc, pushes=False)))
                )
            yield started
    finally:
        for svc in services:
            await svc.db.dispose()


async def wave(
    standin: BotApiStandIn, url: str, users: int, rate: float, count: int
) -> dict[str, Any]:
    """`users` due people, `count` workers ticking and sending until every call is made."""
    async with workers(standin, url, rate, count) as started:
        db = started[0][0].db
        now = datetime.now(UTC)
        tz = midday_zone(now)
        await insert_users(
            db,
            (
                user_row(2_000_000 + i, now=now, next_push_at=now - timedelta(minutes=1), tz=tz)
                for i in range(users)
            ),
        )
        made: Counter[int] = Counter()  # calls each worker's sender made
        states: Counter[str] = Counter()
        changed = asyncio.Event()
        for i, (_svc, worker) in enumerate(started):

            def finished(_call: outbox.Claimed, state: str, i: int = i) -> None:
                states[state] += 1
                if state == outbox.SENT:
                    made[i] += 1
                changed.set()

            worker.sender.listeners.append(finished)

        outcomes: Counter[str] = Counter()
        ticks = 0

        async def tick_until_none(worker: Worker) -> None:
            nonlocal ticks
            for _ in range(users + 5):  # bounded: each tick claims at least one person
                result = await worker.dispatcher.tick()
                ticks += 1
                outcomes.update(result.outcomes.values())
                if result.claimed == 0:
                    return

        # A reply's wait while the wave is prepared: a unit of work queued on the database
        # every 50 ms (an update's own units of work queue the same way), timed to its end.
        waits: list[float] = []
        preparing = True

        async def probe() -> None:
            while preparing:
                p0 = time.monotonic()
                await db.run(lambda s: s.execute(text("SELECT 1")).scalar_one())
                waits.append(time.monotonic() - p0)
                await asyncio.sleep(0.05)

        prober = asyncio.create_task(probe())
        t0 = time.monotonic()
        await asyncio.gather(*(tick_until_none(w) for _svc, w in started))
        queued_s = time.monotonic() - t0
        preparing = False
        await prober
        while await db.run(outbox.unfinished):
            changed.clear()
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(0.5):
                    await changed.wait()
        wall = time.monotonic() - t0

    calls = standin.calls("sendMessage")  # their times are time.monotonic(), as t0
    ok = sorted(c.time for c in calls if c.status == 200)
    per_chat = Counter(c.params.get("chat_id") for c in calls if c.status == 200)
    return {
        "ticks": ticks,
        "first_s": ok[0] - t0 if ok else float("nan"),
        "queued_s": queued_s,
        "wall": wall,
        "outcomes": outcomes,
        "states": states,
        "made": made,
        "ok": ok,
        "limited": sum(1 for c in calls if c.status == 429),
        "twice": sum(1 for n in per_chat.values() if n > 1),
        "waits": sorted(waits),
    }


def report(title: str, users: int, rate: float, limit: float, r: dict[str, Any]) -> None:
    ok: list[float] = r["ok"]
    steady = (len(ok) - 1) / (ok[-1] - ok[0]) if len(ok) > 1 else 0.0
    overall = len(ok) / r["wall"] if r["wall"] else 0.0
    print(f"\n{title}: {users:,} due users, SEND_RATE={rate:g}/s, stand-in limit {limit:g}/s")
    _row(
        "ticks / all queued after / wall time",
        f"{r['ticks']} / {r['queued_s']:.1f} / {r['wall']:.1f} s",
    )
    _row("first push made after the first tick began", f"{r['first_s']:.2f} s")
    waits: list[float] = r["waits"]
    if waits:
        p99 = waits[max(int(len(waits) * 0.99) - 1, 0)]
        _row(
            "a unit of work's wait while the wave is prepared, p50 / p99 / max",
            f"{statistics.median(waits) * 1000:.0f} / {p99 * 1000:.0f} / {waits[-1] * 1000:.0f} ms",
            "(a reply waits for a few of these)",
        )
    _row("tick outcomes", ", ".join(f"{k}={v}" for k, v in sorted(r["outcomes"].items())))
    _row("outbox calls finished", ", ".join(f"{k}={v}" for k, v in sorted(r["states"].items())))
    if len(r["made"]) > 1:
        _row(
            "sendMessage made per worker",
            " / ".join(f"{r['made'][i]:,}" for i in sorted(r["made"])),
        )
    _row(
        "delivered (sendMessage 200) / twice",
        f"{len(ok):,} / {r['twice']}",
        f"(expect {users:,} / 0)",
    )
    _row("send rate, first to last send", f"{steady:.2f} /s")
    _row("  against SEND_RATE", f"{steady / rate:.3f}", f"target >= {RATE_TARGET}")
    _row("  against the limit", f"{steady / limit:.3f}", "target <= 1")
    _row("overall rate / SEND_RATE (from first tick)", f"{overall / rate:.3f}")
    _row("429 responses", f"{r['limited']}", "target 0")
    _row("most accepted sends in any 1-s window", f"{max_in_window(ok)}", f"limit {limit:g}")
    good = steady / rate >= RATE_TARGET and not r["limited"] and max_in_window(ok) <= limit
    _row("verdict", "OK" if good else "MISSED TARGET")


async def bench_wave(users: int, rate: float, limit: float, workdir: Path) -> None:
    with BotApiStandIn(TOKEN, files_dir=workdir / "files", rate_limit=limit) as standin:
        url = f"sqlite:///{workdir / 'wave.sqlite3'}"
        r = await wave(standin, url, users, rate, 1)
    report("(b) push wave, one worker, SQLite", users, rate, limit, r)


async def bench_two_workers(
    users: int, rate: float, limit: float, pg: str | None, workdir: Path
) -> None:
    with BotApiStandIn(TOKEN, files_dir=workdir / "files2", rate_limit=limit) as standin:
        if pg:
            with fresh_pg_database(pg) as url:
                r = await wave(standin, url, users, rate, 2)
            where = "PostgreSQL"
        else:
            r = await wave(standin, f"sqlite:///{workdir / 'two.sqlite3'}", users, rate, 2)
            where = "SQLite file (no PostgreSQL server given)"
    report(f"(c) push wave, two workers, one {where}", users, rate, limit, r)


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=100_000)
    parser.add_argument("--due", type=int, default=1_000)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--skip-claim", action="store_true", help="only the waves")
    parser.add_argument("--wave-users", type=int, default=2_000)
    parser.add_argument("--two-worker-users", type=int, default=1_000, help="0 skips (c)")
    parser.add_argument("--rate", type=float, default=25.0, help="SEND_RATE (the default 25)")
    parser.add_argument("--limit", type=float, default=TELEGRAM_LIMIT, help="the stand-in's limit")
    parser.add_argument(
        "--database-url", help="a PostgreSQL server for (a) and (c) (default TEST_POSTGRES_URL)"
    )
    args = parser.parse_args()
    # 429s and the dispatcher's tick lines are counted below instead.
    for name in ("bot.tg.push", "bot.tg.outbox"):
        logging.getLogger(name).setLevel(logging.ERROR)
    print("bench_push: claim statement and push waves (figures only, nothing asserted)")
    pg = args.database_url or os.environ.get("TEST_POSTGRES_URL")
    with tempfile.TemporaryDirectory(prefix="bench-push-") as tmp:
        workdir = Path(tmp)
        if not args.skip_claim:
            await claim_sqlite(args.users, args.due, args.runs, workdir)
            if pg:
                await claim_postgres(pg, args.users, args.due, args.runs)
            else:
                print("\n(a) PostgreSQL: skipped (set TEST_POSTGRES_URL to include it)")
        if args.wave_users:
            await bench_wave(args.wave_users, args.rate, args.limit, workdir)
        if args.two_worker_users:
            await bench_two_workers(args.two_worker_users, args.rate, args.limit, pg, workdir)


if __name__ == "__main__":
    asyncio.run(main())
