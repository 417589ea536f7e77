"""A minimal multipart/form-data parser for the stand-in (stdlib only).

Byte-exact on purpose: `email`'s parser may rewrite line endings inside binary parts, and
`cgi` is gone from Python 3.13, so the body is split on the boundary delimiter directly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from email.message import Message
from urllib.parse import unquote


@dataclass(frozen=True)
class UploadedFile:
    field: str
    filename: str
    content_type: str
    data: bytes


# Quoted form parameters as httpx, requests and browsers write them (HTML5 escaping: %22 for ").
_QUOTED_PARAM = re.compile(rb';\s*(name|filename)="([^"]*)"', re.IGNORECASE)
# RFC 2231 / 5987 form: filename*=UTF-8''caf%C3%A9.png
_EXTENDED_FILENAME = re.compile(rb";\s*filename\*=([\w-]+)''([^;\s]+)", re.IGNORECASE)


def content_type_param(content_type: str, name: str) -> str | None:
    """A parameter of a Content-Type header value, e.g. its boundary."""
    header = Message()
    header["Content-Type"] = content_type
    value = header.get_param(name)
    return value if isinstance(value, str) else None


def parse_multipart(
    body: bytes, content_type: str
) -> tuple[dict[str, str], dict[str, UploadedFile]]:
    """Split a multipart/form-data body into its plain fields and its uploaded files."""
    boundary = content_type_param(content_type, "boundary")
    if not boundary:
        raise ValueError("multipart body without a boundary")
    delimiter = b"\r\n--" + boundary.encode("latin-1")
    fields: dict[str, str] = {}
    files: dict[str, UploadedFile] = {}
    # The leading CRLF lets the first delimiter match like the others.
    for chunk in (b"\r\n" + body).split(delimiter)[1:]:
        if chunk.startswith(b"--"):  # the closing delimiter
            break
        head, sep, data = chunk.partition(b"\r\n\r\n")
        if not sep:
            raise ValueError("multipart part without a header block")
        header_lines = head.split(b"\r\n")[1:]  # [0] is the rest of the boundary line
        headers: dict[bytes, bytes] = {}
        for line in header_lines:
            key, _, value = line.partition(b":")
            headers[key.strip().lower()] = value.strip()
        disposition = headers.get(b"content-disposition", b"")
        params = {k.lower(): _unescape(v) for k, v in _QUOTED_PARAM.findall(disposition)}
        extended = _EXTENDED_FILENAME.search(disposition)
        if extended:
            params[b"filename"] = unquote(
                extended[2].decode("ascii"), encoding=extended[1].decode()
            )
        name = params.get(b"name")
        if name is None:
            raise ValueError("multipart part without a name")
        if b"filename" in params:
            files[name] = UploadedFile(
                field=name,
                filename=params[b"filename"],
                content_type=headers.get(b"content-type", b"application/octet-stream").decode(),
                data=data,
            )
        else:
            fields[name] = data.decode("utf-8")
    return fields, files


def _unescape(raw: bytes) -> str:
    return raw.decode("utf-8").replace("%22", '"').replace("\\\\", "\\")
