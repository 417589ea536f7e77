"""Typed, checked access to one entry of a list file; every error names file, line and id."""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, TypeVar

from bot.content.reader import ContentError, YamlMap

ID = re.compile(r"^[a-z0-9][a-z0-9_]*$")
_HTML_TAG = re.compile(r"</?([a-zA-Z]+)[^>]*>")
_ENTITY = re.compile(r"&(amp|lt|gt|quot|#\d+);")

E = TypeVar("E", bound=enum.Enum)


def id_of(data: Mapping[str, Any]) -> str | None:
    value = data.get("id")
    return value if isinstance(value, str) else None


class Fields:
    """One entry (a mapping with an `id`) of a list file, with its allowed fields checked."""

    def __init__(
        self, path: Path, item: YamlMap, required: Iterable[str], optional: Iterable[str] = ()
    ) -> None:
        self.path, self.item = path, item
        self.id: str = ""
        raw_id = item.get("id")
        if not isinstance(raw_id, str) or not ID.match(raw_id):
            raise self.error(f"'id' must be lower_snake_case text, got {raw_id!r}", "id")
        self.id = raw_id
        required, allowed = set(required) | {"id"}, set(required) | set(optional) | {"id"}
        for key in item:
            if key not in allowed:
                raise self.error(f"unknown field {key!r} (allowed: {sorted(allowed)})", key)
        missing = sorted(required - item.keys())
        if missing:
            raise self.error(f"missing field {missing[0]!r}")

    def error(self, what: str, key: str | None = None) -> ContentError:
        line = self.item.line_of(key) if key else self.item.line
        return ContentError(self.path, what, self.id or id_of(self.item), line)

    def has(self, key: str) -> bool:
        return self.item.get(key) is not None

    def text(self, key: str, max_len: int | None = None) -> str:
        value = self.item.get(key)
        if not isinstance(value, str) or not value.strip():
            raise self.error(f"{key!r} must be non-empty text", key)
        if max_len is not None and len(value) > max_len:
            raise self.error(f"{key!r} is {len(value)} chars, at most {max_len}", key)
        return value.strip()

    def opt_text(self, key: str) -> str | None:
        return self.text(key) if self.has(key) else None

    def html(self, key: str, max_len: int | None = None) -> str:
        """Telegram HTML with <b> and <i> only, on one line."""
        text = " ".join(self.text(key, max_len).split())
        check_html(self, key, text)
        return text

    def texts(self, key: str, min_n: int = 0, max_n: int | None = None) -> tuple[str, ...]:
        value = self.item.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise self.error(f"{key!r} must be a list of non-empty texts", key)
        if len(value) < min_n or (max_n is not None and len(value) > max_n):
            span = f"{min_n}..{max_n}" if max_n is not None else f"at least {min_n}"
            raise self.error(f"{key!r} needs {span} items, has {len(value)}", key)
        if len(set(value)) != len(value):
            raise self.error(f"{key!r} repeats an item", key)
        return tuple(v.strip() for v in value)

    def int_in(self, key: str, low: int, high: int) -> int:
        value = self.item.get(key)
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise self.error(f"{key!r} must be a whole number {low}..{high}, got {value!r}", key)
        return value

    def choice(self, key: str, kind: type[E], value: Any = None) -> E:
        """`kind(value)`, value defaulting to the field's own value."""
        value = self.item.get(key) if value is None else value
        try:
            return kind(value)
        except ValueError:
            allowed = [m.value for m in kind]
            raise self.error(f"{key!r}: {value!r} is not one of {allowed}", key) from None

    def choices(self, key: str, kind: type[E], min_n: int = 0) -> tuple[E, ...]:
        return tuple(self.choice(key, kind, v) for v in self.texts(key, min_n))

    def refs(
        self, key: str, known: Mapping[str, object], what: str, min_n: int = 0
    ) -> tuple[str, ...]:
        values = self.texts(key, min_n)
        for v in values:
            if v not in known:
                raise self.error(f"{key!r}: unknown {what} {v!r}", key)
        return values


def check_html(f: Fields, key: str, text: str) -> None:
    """Only <b> and <i>, balanced, with <, > and & escaped elsewhere."""
    for tag in _HTML_TAG.findall(text):
        if tag not in ("b", "i"):
            raise f.error(f"{key!r}: only <b> and <i> are allowed, found <{tag}>", key)
    bare = _ENTITY.sub("", _HTML_TAG.sub("", text))
    if "<" in bare or ">" in bare or "&" in bare:
        raise f.error(f"{key!r}: escape <, > and & as &lt; &gt; &amp;", key)
    for tag in ("b", "i"):
        if text.count(f"<{tag}>") != text.count(f"</{tag}>"):
            raise f.error(f"{key!r}: unbalanced <{tag}>", key)


def unique(fields: Fields, seen: dict[str, int], what: str = "id") -> None:
    if fields.id in seen:
        raise fields.error(f"duplicate {what} (first on line {seen[fields.id]})", "id")
    seen[fields.id] = fields.item.line
