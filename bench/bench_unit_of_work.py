"""CPU per unit of work on the hot paths, without Telegram: the use cases the handlers call,
run as `Database.run` runs them, against a file holding 100,000 stored people.

    .venv/bin/python bench/bench_unit_of_work.py
    .venv/bin/python bench/bench_unit_of_work.py --database-url postgresql://…/empty_db

Prints CPU milliseconds per unit of work (this process's user + system time, so a
PostgreSQL server's own work is not in it) and wall milliseconds; asserts nothing.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy.orm import Session  # noqa: E402

from bot.runtime.clock import ManualClock  # noqa: E402
from bot.runtime.config import load_settings  # noqa: E402
from bot.runtime.services import Services  # noqa: E402
from bot.tg.runner import build_services  # noqa: E402
from bot.training import logbook, setup  # noqa: E402
from bot.training.people import Caller, person  # noqa: E402
from tests.bulk_users import insert_users, user_row  # noqa: E402

NOW = datetime(2026, 11, 16, 17, 30, tzinfo=UTC)  # a Monday: tone's session A is due
PEOPLE = 300  # people measured; each path runs once for each


def measure(label: str, svc: Services, work: Callable[[int], Callable[[Session], object]]) -> None:
    """Run `work(person)` as one unit of work for each person; print CPU and wall per unit."""
    cpu0, wall0 = time.process_time(), time.perf_counter()
    for i in range(1, PEOPLE + 1):
        with svc.db.session() as s:
            work(i)(s)
    cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
    print(f"  {label:<42} {cpu * 1000 / PEOPLE:6.2f} ms CPU  {wall * 1000 / PEOPLE:6.2f} ms wall")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stored", type=int, default=100_000)
    parser.add_argument("--database-url", help="an empty database instead of a SQLite file")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-uow-") as tmp:
        url = args.database_url or f"sqlite:///{Path(tmp) / 'uow.sqlite3'}"
        settings = load_settings({"DATABASE_URL": url})
        svc = asyncio.run(build_services(settings, ManualClock(NOW)))
        later = NOW + timedelta(hours=3)
        rows = [user_row(i, now=NOW, next_push_at=later, days="0,3") for i in range(1, PEOPLE + 1)]
        rows += [user_row(1_000_000 + i, now=NOW, next_push_at=later) for i in range(args.stored)]
        for row in rows[:PEOPLE]:
            row |= {"tz": "Europe/Berlin", "push_time": "18:30", "started_on": date(2026, 11, 2)}
        asyncio.run(insert_users(svc.db, rows))
        print(f"bench_unit_of_work: {svc.db.engine.dialect.name}, {args.stored:,} stored people")

        def who(i: int) -> Caller:
            return Caller(i, i)

        echoes: dict[int, int] = {}

        def set_log(i: int) -> Callable[[Session], object]:
            def work(s: Session) -> object:
                outcome = logbook.on_text(svc, s, person(s, who(i), NOW), "squat 60kg 12 12 12")
                echoes[i] = outcome.log_id  # type: ignore[union-attr]
                return outcome

            return work

        def save(i: int) -> Callable[[Session], object]:
            parts = ["lg", "ok", str(echoes[i])]
            return lambda s: logbook.on_press(svc, s, person(s, who(i), NOW), parts)

        def start(i: int) -> Callable[[Session], object]:
            return lambda s: setup.start(svc, s, who(i))

        measure("/start of a set-up person", svc, start)
        measure("set log, first of the day (opens it)", svc, set_log)
        measure("Save of that set log (asks the next)", svc, save)
        asyncio.run(svc.db.dispose())


if __name__ == "__main__":
    main()
