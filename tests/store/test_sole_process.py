"""Leases left in a SQLite file are freed at start only by the one process running on it: a
second process started on the same file by mistake must not re-send the first one's calls in
flight (they wait out their lease, as on PostgreSQL)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from bot.store.db import Database

HOLD = """
import sys, time
from bot.store.db import Database
db = Database(sys.argv[1])
print(db.alone(), flush=True)
time.sleep(30)
"""


async def test_only_the_first_process_on_a_file_is_alone(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'bot.sqlite3'}"
    other = subprocess.Popen([sys.executable, "-c", HOLD, url], stdout=subprocess.PIPE, text=True)
    try:
        assert other.stdout is not None and other.stdout.readline().strip() == "True"
        here = Database(url)
        assert here.alone() is False  # the other process is running on the file
        await here.dispose()
    finally:
        other.kill()
        other.wait()
    again = Database(url)
    assert again.alone() is True  # a killed process holds nothing
    await again.dispose()


async def test_disposing_lets_the_next_one_be_alone(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'bot.sqlite3'}"
    first = Database(url)
    assert first.alone() is True
    await first.dispose()
    second = Database(url)
    assert second.alone() is True
    await second.dispose()


def test_an_in_memory_database_is_alone() -> None:
    assert Database("sqlite://").alone() is True
