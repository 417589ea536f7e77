import logging

import pytest

from bot.runtime.config import DEFAULT_API_URL, ConfigError, database_url, load_settings

TOKEN = "123456789:AAEabcdefghijklmnopqrstuvwxyz012345"


def test_defaults_without_anything(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    s = load_settings({})
    assert s.bot_token is None
    assert s.api_url == DEFAULT_API_URL
    assert s.database_url == "sqlite:///data/glute_coach.sqlite3"
    assert (tmp_path / "data").is_dir()
    assert s.log_level == logging.INFO
    assert s.push_tick_seconds == 30.0
    assert (s.send_rate, s.chat_burst) == (25.0, 3)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("sqlite:///x/bot.db", "sqlite:///x/bot.db"),
        ("sqlite:////abs/bot.db", "sqlite:////abs/bot.db"),
        ("postgres://u:p@h:5432/db", "postgresql+psycopg://u:p@h:5432/db"),
        ("postgresql://u:p@h/db", "postgresql+psycopg://u:p@h/db"),
        ("postgresql+asyncpg://u@h/db", "postgresql+psycopg://u@h/db"),
    ],
)
def test_database_url_forms(raw, expected, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert database_url(raw) == expected


@pytest.mark.parametrize(
    ("env", "fragment"),
    [
        ({"BOT_TOKEN": "nonsense"}, "BOT_TOKEN is malformed"),
        ({"DATABASE_URL": "mysql://x/y"}, "unsupported scheme"),
        ({"DATABASE_URL": "not a url"}, "DATABASE_URL is malformed"),
        ({"LOG_LEVEL": "LOUD"}, "LOG_LEVEL"),
        ({"LOG_LEVEL": "WARN"}, "LOG_LEVEL"),  # logging knows it; the README names four
        ({"LOG_LEVEL": "NOTSET"}, "LOG_LEVEL"),
        ({"BOT_API_URL": "ftp://x"}, "BOT_API_URL"),
        ({"PUSH_TICK_SECONDS": "soon"}, "PUSH_TICK_SECONDS must be a number"),
        ({"PUSH_RATE": "0"}, "PUSH_RATE must be between"),
    ],
)
def test_bad_settings_give_one_clear_line(env, fragment, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ConfigError) as exc:
        load_settings(env)
    message = str(exc.value)
    assert fragment in message
    assert "\n" not in message


def test_malformed_token_is_not_echoed(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    secret = "999:short-secret"
    with pytest.raises(ConfigError) as exc:
        load_settings({"BOT_TOKEN": secret})
    assert secret not in str(exc.value)


def test_run_needs_a_token(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ConfigError, match="BOT_TOKEN is not set"):
        load_settings({}, need_token=True)
    assert load_settings({"BOT_TOKEN": TOKEN}, need_token=True).bot_token == TOKEN


def test_settings_repr_hides_token(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    s = load_settings({"BOT_TOKEN": TOKEN})
    assert TOKEN not in repr(s)
