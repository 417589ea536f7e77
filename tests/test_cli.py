"""The command line as a person runs it: one clear line on bad config, never a traceback."""

import os
import socket
import subprocess
import sys
from pathlib import Path

from bot.standin.server import BotApiStandIn
from tests.factories import make_user

ROOT = Path(__file__).resolve().parent.parent


def run_cli(
    *args: str, env: dict[str, str], cwd: Path, typed: str | None = None
) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if k not in ("BOT_TOKEN", "DATABASE_URL")}
    full_env |= {"PYTHONPATH": str(ROOT)} | env
    stdin = {"input": typed} if typed is not None else {"stdin": subprocess.DEVNULL}
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        env=full_env,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=60,
        **stdin,  # type: ignore[call-overload]
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


def test_a_chat_restarted_on_the_same_database_answers_from_the_first_message(tmp_path):
    """Each chat started a stand-in whose update ids began at 1, and the bot ignores an
    id it has handled (a re-delivery): a second chat on the same file went unanswered."""
    env = {"DATABASE_URL": f"sqlite:///{tmp_path / 'chat.sqlite3'}"}
    for _ in range(2):
        result = run_cli("chat", env=env, cwd=tmp_path, typed="/help\n")
        assert result.returncode == 0, result.stderr
        assert "bot: " in result.stdout and "/today" in result.stdout, result.stdout


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
    assert result.stderr == ""  # no log lines beside the table
    lines = result.stdout.strip().splitlines()
    assert "question" in lines[0]
    assert lines[1].split()[:2] == ["2", "2"] and "protein bar" in lines[1]
    assert lines[2].split()[:2] == ["1", "1"] and "yoga" in lines[2]


# --- start-up failures: one line each, never a traceback, never a secret -----------------

TOKEN = "123456:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"


def one_error_line(result: subprocess.CompletedProcess[str]) -> str:
    """The one line the person reads (log lines, which carry a timestamp, aside)."""
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr and "Unclosed" not in result.stderr
    lines = [ln for ln in result.stderr.splitlines() if not ln[:4].isdigit()]
    assert len(lines) == 1, result.stderr
    return lines[0]


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])  # closed again: nothing listens there


def test_an_unreachable_bot_api_is_one_line(tmp_path):
    env = {"BOT_TOKEN": TOKEN, "BOT_API_URL": f"http://127.0.0.1:{closed_port()}/bot"}
    line = one_error_line(run_cli("run", env=env, cwd=tmp_path))
    assert line.startswith("error: cannot reach the Bot API at 127.0.0.1:")
    assert TOKEN not in line


def test_a_refused_token_is_one_line_without_the_token(tmp_path):
    with BotApiStandIn(token="999:OTHER") as standin:
        env = {"BOT_TOKEN": TOKEN, "BOT_API_URL": standin.base_url}
        result = run_cli("run", env=env, cwd=tmp_path)
    line = one_error_line(result)
    assert "refused BOT_TOKEN" in line
    assert TOKEN not in result.stderr and TOKEN.split(":")[1] not in result.stderr


def test_an_unreachable_database_is_one_line_without_the_password(tmp_path):
    url = f"postgresql://coach:s3cret@127.0.0.1:{closed_port()}/coach"
    for command in ("migrate", "unanswered"):
        line = one_error_line(run_cli(command, env={"DATABASE_URL": url}, cwd=tmp_path))
        assert line.startswith("error: cannot open the database") and "s3cret" not in line


def test_an_unwritable_data_folder_is_one_line(tmp_path):
    (tmp_path / "data").write_text("a file where the folder should be")
    for command in ("migrate", "chat"):
        line = one_error_line(run_cli(command, env={}, cwd=tmp_path))
        assert line.startswith("error: cannot create the data folder data")


def test_the_bot_starts_without_importing_matplotlib():
    """Charts are drawn on demand: matplotlib costs most of a second at start otherwise."""
    code = (
        "import sys, bot.__main__, bot.tg.runner, bot.tg.webhook; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('matplotlib', 'numpy')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert out.stdout.strip() == "[]"
