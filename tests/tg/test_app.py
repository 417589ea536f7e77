"""bot/tg/app.py: where files are downloaded from, beside the Bot API URL."""

from bot.tg.app import file_url


def test_file_url_sits_beside_the_bot_api_url():
    assert file_url("https://api.telegram.org/bot") == "https://api.telegram.org/file/bot"
    assert file_url("http://127.0.0.1:8081/bot/") == "http://127.0.0.1:8081/file/bot"
    assert file_url("http://10.0.0.5/telegram/bot") == "http://10.0.0.5/telegram/file/bot"
    assert file_url("https://example.org/api") == "https://api.telegram.org/file/bot"
