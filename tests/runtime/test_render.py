"""Messages over Telegram's 4,096 characters are cut where the HTML still parses."""

from __future__ import annotations

from bot.runtime.render import MAX_TEXT, shorten_html
from bot.standin.telegram_html import parse_html


def test_a_message_that_fits_is_untouched():
    body = "<b>Week</b>\n" * 10
    assert shorten_html(body, MAX_TEXT) is body


def test_a_long_message_is_cut_at_a_line_end_with_its_tags_closed():
    line = "<b>Mon 02 Nov</b> · <i>Hip thrust: 60 kg × 12, 12; 57.5 kg × 10</i>\n"
    body = "<blockquote>" + line * 200 + "</blockquote>"
    short = shorten_html(body, MAX_TEXT)
    assert len(short) <= MAX_TEXT
    assert short.endswith("…</blockquote>")
    parse_html(short)  # raises HtmlError where Telegram would refuse the message


def test_a_cut_never_lands_inside_a_tag_or_an_entity():
    for shift in range(60):  # every place a cut can fall, against a body with no line ends
        body = "x" * shift + '<a href="https://example.org/x">Dom &amp; Ana</a> ' * 120
        short = shorten_html(body, 1000)
        assert len(short) <= 1000
        parse_html(short)
