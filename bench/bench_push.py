"""Push dispatcher benchmark: the claim statement at 100,000 users, and a rate-limited wave.

    .venv/bin/python bench/bench_push.py                   # SQLite (and PostgreSQL if
    TEST_POSTGRES_URL=postgresql://... .venv/bin/python bench/bench_push.py   # it is set)
    .venv/bin/python bench/bench_push.py --wave-users 1000 # a shorter wave

(a) deliveries.claim_due(s, now, 1000, LEASE), as one unit of work (Database.run), on a
    database built by the Alembic migrations, with 100,000 users of whom 1,000 are due:
    median of several claims, leases reset in between.
(b) the real Dispatcher.tick() with the real PTB Bot and a wall clock against the stand-in
    enforcing PUSH_RATE in a sliding 1-second window: achieved send rate and 429s.

Prints figures next to their targets; asserts nothing.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import statistics
import sys
import tempfile
import time
import uuid
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import event, text, update  # noqa: E402

from bot.handlers.workouts import compose_push  # noqa: E402
from bot.runtime.config import database_url, load_settings  # noqa: E402
from bot.standin.server import BotApiStandIn  # noqa: E402
from bot.store import deliveries  # noqa: E402
from bot.store.db import Database  # noqa: E402
from bot.store.migrate import upgrade  # noqa: E402
from bot.store.models import User  # noqa: E402
from bot.tg.app import build_application  # noqa: E402
from bot.tg.push import CLAIM_BATCH, LEASE, Dispatcher  # noqa: E402
from bot.tg.runner import build_services  # noqa: E402
from tests.bulk_users import insert_users, midday_zone, user_row  # noqa: E402

TOKEN = "123456789:BENCH-standin-abcdefghijklmnop"
ZONES = ("Europe/Berlin", "America/New_York", "Asia/Tokyo", "UTC", "Australia/Sydney")
CLAIM_TARGET_MS = 50.0
RATE_TARGET = 0.9


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


# --------------------------------------------------------------------------- (b) wave


def max_in_window(times: list[float], window: float = 1.0) -> int:
    best, start = 0, 0
    for end, t in enumerate(times):
        while times[start] <= t - window:
            start += 1
        best = max(best, end - start + 1)
    return best


async def bench_wave(users: int, rate: float, workdir: Path) -> None:
    with BotApiStandIn(TOKEN, files_dir=workdir / "files", rate_limit=rate) as standin:
        settings = load_settings(
            {
                "DATABASE_URL": f"sqlite:///{workdir / 'wave.sqlite3'}",
                "PUSH_RATE": f"{rate:g}",
            }
        )
        svc = await build_services(settings)  # the system clock
        now = svc.clock.now()
        tz = midday_zone(now)
        await insert_users(
            svc.db,
            (
                user_row(2_000_000 + i, now=now, next_push_at=now - timedelta(minutes=1), tz=tz)
                for i in range(users)
            ),
        )
        app = build_application(svc, standin.token, standin.base_url)
        async with app:  # the production Bot (its request settings), without polling
            dispatcher = Dispatcher(svc, app.bot, compose_push)
            # Record when each send slot is granted, to tell queueing from spacing below.
            slots: list[float] = []
            acquire = dispatcher.budget.acquire

            async def timed_acquire() -> None:
                await acquire()
                slots.append(time.monotonic())

            dispatcher.budget.acquire = timed_acquire  # type: ignore[method-assign]
            outcomes: Counter[str] = Counter()
            ticks = 0
            t0 = time.monotonic()
            for _ in range(users // CLAIM_BATCH + 5):  # bounded: each tick claims <= 1,000
                result = await dispatcher.tick()
                ticks += 1
                outcomes.update(result.outcomes.values())
                if result.claimed == 0:
                    break
            wall = time.monotonic() - t0
        await svc.db.dispose()

    calls = [c for c in standin.calls("sendMessage")]
    ok = sorted(c.time for c in calls if c.status == 200)
    limited = sorted(c.time for c in calls if c.status == 429)
    steady = (len(ok) - 1) / (ok[-1] - ok[0]) if len(ok) > 1 else 0.0
    overall = len(ok) / wall if wall else 0.0
    # Seconds from a slot being granted to the request reaching the stand-in: the intent
    # commit and HTTP in between. Spacing holds at the server only if this is steady.
    lag_ms = sorted(
        (a - s) * 1000 for s, a in zip(sorted(slots), sorted(c.time for c in calls), strict=False)
    )
    # For each 429: how long since the send `rate` accepted sends before it (< 1 s = the
    # window really held `rate` sends; the cause is bunching, not the limit itself).
    spans = []
    for t in limited:
        before = [x for x in ok if x < t]
        if len(before) >= int(rate):
            spans.append(t - before[-int(rate)])

    print(f"\n(b) push wave: {users:,} due users, PUSH_RATE={rate:g}/s, stand-in limit {rate:g}/s")
    _row("ticks / wall time", f"{ticks} / {wall:.1f} s")
    _row("outcomes", ", ".join(f"{k}={v}" for k, v in sorted(outcomes.items())))
    _row("delivered (sendMessage 200)", f"{len(ok):,}")
    _row("steady send rate (first to last send)", f"{steady:.2f} /s")
    _row("achieved rate / PUSH_RATE (steady)", f"{steady / rate:.3f}", f"target >= {RATE_TARGET}")
    _row("overall rate / PUSH_RATE (incl. claims)", f"{overall / rate:.3f}")
    _row("429 responses", f"{len(limited)}", "target 0")
    _row("most accepted sends in any 1-s window", f"{max_in_window(ok)}", f"limit {rate:g}")
    if lag_ms:
        p50 = lag_ms[len(lag_ms) // 2]
        p99 = lag_ms[min(len(lag_ms) - 1, int(len(lag_ms) * 0.99))]
        _row("slot -> arrival lag p50/p99/max (approx)", f"{p50:.1f}/{p99:.1f}/{lag_ms[-1]:.1f} ms")
    if spans:
        _row(f"span of {int(rate)} sends before each 429: max", f"{max(spans) * 1000:.0f} ms")
    ok_verdict = steady / rate >= RATE_TARGET and not limited
    _row("verdict", "OK" if ok_verdict else "MISSED TARGET")


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=100_000)
    parser.add_argument("--due", type=int, default=1_000)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--wave-users", type=int, default=2_000)
    parser.add_argument("--rate", type=float, default=30.0, help="PUSH_RATE for the wave")
    args = parser.parse_args()
    logging.getLogger("bot.tg.push").setLevel(logging.ERROR)  # 429s are counted below instead
    print("bench_push: claim statement and push wave (figures only, nothing asserted)")
    with tempfile.TemporaryDirectory(prefix="bench-push-") as tmp:
        workdir = Path(tmp)
        await claim_sqlite(args.users, args.due, args.runs, workdir)
        pg = os.environ.get("TEST_POSTGRES_URL")
        if pg:
            await claim_postgres(pg, args.users, args.due, args.runs)
        else:
            print("\n(a) PostgreSQL: skipped (set TEST_POSTGRES_URL to include it)")
        await bench_wave(args.wave_users, args.rate, workdir)


if __name__ == "__main__":
    asyncio.run(main())
