"""The multipart/form-data parser (bot/standin/multipart.py)."""

from __future__ import annotations

import httpx

from bot.standin.multipart import parse_multipart


def test_multipart_parser_keeps_bytes_exact() -> None:
    request = httpx.Request(
        "POST",
        "http://x/",
        data={"chat_id": "1", "caption": "ça va"},
        files={"photo": ('pic "1".png', b"a\r\nb\r\n--x\r\n\r\n", "image/png")},
    )
    fields, files = parse_multipart(request.read(), request.headers["content-type"])
    assert fields == {"chat_id": "1", "caption": "ça va"}
    assert files["photo"].filename == 'pic "1".png'
    assert files["photo"].data == b"a\r\nb\r\n--x\r\n\r\n"
    assert files["photo"].content_type == "image/png"
