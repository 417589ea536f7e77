"""Telegram HTML parsing (bot/standin/telegram_html.py); over HTTP, see test_server.py."""

from __future__ import annotations

from bot.standin.telegram_html import parse_html


def test_parse_html_entities_count_utf16() -> None:
    text, entities = parse_html(
        '💪 <b>hip</b> <span class="tg-spoiler">x</span>'
        '<pre><code class="language-py">p</code></pre>'
    )
    assert text == "💪 hip xp"
    assert entities == [
        {"type": "bold", "offset": 3, "length": 3},  # the emoji is 2 UTF-16 units
        {"type": "spoiler", "offset": 7, "length": 1},
        {"type": "pre", "offset": 8, "length": 1, "language": "py"},
    ]
