"""The command line as a person runs it: one clear line on bad config, never a traceback."""

import os
import subprocess
import sys
from pathlib import Path

from tests.factories import make_user

ROOT = Path(__file__).resolve().parent.parent


def run_cli(*args: str, env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if k not in ("BOT_TOKEN", "DATABASE_URL")}
    full_env |= {"PYTHONPATH": str(ROOT)} | env
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        env=full_env,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )


def test_run_without_token_says_so_in_one_line(tmp_path):
    result = run_cli("run", env={}, cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0
    assert "BOT_TOKEN is not set" in result.stderr
    assert "Traceback" not in result.stderr


def test_malformed_database_url_stops_with_one_line(tmp_path):
    result = run_cli("migrate", env={"DATABASE_URL": "oracle://nope"}, cwd=tmp_path)
    assert result.returncode == 2
    assert "DATABASE_URL" in result.stderr and "Traceback" not in result.stderr


def test_migrate_creates_the_default_database(tmp_path):
    result = run_cli("migrate", env={}, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "data" / "glute_coach.sqlite3").is_file()
    again = run_cli("migrate", env={}, cwd=tmp_path)
    assert again.returncode == 0, again.stderr


def test_chat_at_eof_leaves_cleanly(tmp_path):
    db = tmp_path / "chat.sqlite3"
    result = run_cli("chat", env={"DATABASE_URL": f"sqlite:///{db}"}, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Offline chat" in result.stdout
    assert "Traceback" not in result.stderr


def test_unanswered_lists_questions_most_frequent_first(tmp_path):
    import asyncio
    from datetime import UTC, datetime

    from bot.runtime.config import load_settings
    from bot.store.db import Database
    from bot.store.migrate import upgrade
    from bot.store.unanswered import record

    db_url = f"sqlite:///{tmp_path / 'q.sqlite3'}"

    async def seed() -> None:
        db = Database(load_settings({"DATABASE_URL": db_url}).database_url)
        await upgrade(db)
        now = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
        with db.session() as s:
            for uid in (1, 2):
                s.add(make_user(uid, now, onboarded=False))
            s.flush()
            record(s, 1, "Best protein bar?", "best protein bar", now)
            record(s, 2, "best protein bar", "best protein bar", now)
            record(s, 1, "Is yoga good?", "is yoga good", now)
        await db.dispose()

    asyncio.run(seed())
    result = run_cli("unanswered", env={"DATABASE_URL": db_url}, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert "question" in lines[0]
    assert lines[1].split()[:2] == ["2", "2"] and "protein bar" in lines[1]
    assert lines[2].split()[:2] == ["1", "1"] and "yoga" in lines[2]
