"""Load and validate content/*.yaml into typed, frozen objects at start-up.

Each file is a YAML list of mappings, read by one small section loader (see SECTIONS):
add programs.yaml or templates by writing a loader and appending it there. Loaders run in
order and see the sections loaded before them, for cross-references. Anything wrong raises
ContentError naming the file, the line and the entry id: never a half-loaded coach.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any, TypeVar, cast

import yaml

from bot.coach.knowledge import (
    Content,
    EntryKind,
    Equipment,
    Exercise,
    KnowledgeEntry,
    Loading,
    Pattern,
    Source,
)
from bot.coach.matcher import words
from bot.coach.profile import Goal, Place

DEFAULT_CONTENT_DIR = Path(__file__).resolve().parent.parent / "content"

TITLE_MAX = 30
ANSWER_MAX = 1200  # leaves room for the goal line, sources and buttons in one message
_ID = re.compile(r"^[a-z0-9][a-z0-9_]*$")
_HTML_TAG = re.compile(r"</?([a-zA-Z]+)[^>]*>")
_ENTITY = re.compile(r"&(amp|lt|gt|quot|#\d+);")

E = TypeVar("E", bound=enum.Enum)
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: ~8x faster


class ContentError(Exception):
    """content/ is wrong: the message names the file, the line and the entry at fault."""

    def __init__(
        self, path: Path, what: str, entry: str | None = None, line: int | None = None
    ) -> None:
        self.path, self.entry, self.line, self.what = path, entry, line, what
        where = f"{path}:{line}" if line else str(path)
        super().__init__(f"{where}: entry {entry!r}: {what}" if entry else f"{where}: {what}")


@dataclass(frozen=True)
class Item:
    """One mapping of a list file, with the lines it was written on."""

    data: Mapping[str, Any]
    line: int
    key_lines: Mapping[str, int]


@dataclass(frozen=True)
class YamlFile:
    path: Path
    items: tuple[Item, ...]


def read_list_file(path: Path) -> YamlFile:
    """Parse `path` as a YAML list of mappings, keeping line numbers (1-based)."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ContentError(path, f"cannot read: {exc.strerror or exc}") from exc
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        raise ContentError(path, f"YAML error: {exc.problem or exc}", line=line) from exc
    except yaml.YAMLError as exc:
        raise ContentError(path, f"YAML error: {exc}") from exc
    finally:
        loader.dispose()
    if not isinstance(node, yaml.SequenceNode) or not isinstance(data, list):
        raise ContentError(path, "expected a list of entries at the top level", line=1)
    items = []
    for item_node, value in zip(node.value, data, strict=True):
        line = item_node.start_mark.line + 1
        if not isinstance(item_node, yaml.MappingNode) or not isinstance(value, dict):
            raise ContentError(path, "each entry must be a mapping of fields", line=line)
        key_lines: dict[str, int] = {}
        for key_node, _ in item_node.value:
            key = str(key_node.value)
            if key in key_lines:
                raise ContentError(
                    path, f"field {key!r} given twice", _id_of(value), key_node.start_mark.line + 1
                )
            key_lines[key] = key_node.start_mark.line + 1
        items.append(Item(value, line, key_lines))
    return YamlFile(path, tuple(items))


def _id_of(data: Mapping[str, Any]) -> str | None:
    value = data.get("id")
    return value if isinstance(value, str) else None


class _Fields:
    """Typed, checked access to one item's fields; errors carry file, line and id."""

    def __init__(
        self, file: YamlFile, item: Item, required: Iterable[str], optional: Iterable[str] = ()
    ) -> None:
        self.file, self.item = file, item
        self.id: str = ""
        raw_id = item.data.get("id")
        if not isinstance(raw_id, str) or not _ID.match(raw_id):
            raise self.error(f"'id' must be lower_snake_case text, got {raw_id!r}", "id")
        self.id = raw_id
        required, allowed = set(required) | {"id"}, set(required) | set(optional) | {"id"}
        for key in item.data:
            if key not in allowed:
                raise self.error(f"unknown field {key!r} (allowed: {sorted(allowed)})", key)
        missing = sorted(required - item.data.keys())
        if missing:
            raise self.error(f"missing field {missing[0]!r}")

    def error(self, what: str, key: str | None = None) -> ContentError:
        line = self.item.key_lines.get(key, self.item.line) if key else self.item.line
        return ContentError(self.file.path, what, self.id or _id_of(self.item.data), line)

    def has(self, key: str) -> bool:
        return self.item.data.get(key) is not None

    def text(self, key: str, max_len: int | None = None) -> str:
        value = self.item.data.get(key)
        if not isinstance(value, str) or not value.strip():
            raise self.error(f"{key!r} must be non-empty text", key)
        if max_len is not None and len(value) > max_len:
            raise self.error(f"{key!r} is {len(value)} chars, at most {max_len}", key)
        return value.strip()

    def opt_text(self, key: str) -> str | None:
        return self.text(key) if self.has(key) else None

    def texts(self, key: str, min_n: int = 0, max_n: int | None = None) -> tuple[str, ...]:
        value = self.item.data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise self.error(f"{key!r} must be a list of non-empty texts", key)
        if len(value) < min_n or (max_n is not None and len(value) > max_n):
            span = f"{min_n}..{max_n}" if max_n is not None else f"at least {min_n}"
            raise self.error(f"{key!r} needs {span} items, has {len(value)}", key)
        if len(set(value)) != len(value):
            raise self.error(f"{key!r} repeats an item", key)
        return tuple(v.strip() for v in value)

    def choice(self, key: str, kind: type[E], value: Any = None) -> E:
        """`kind(value)`, value defaulting to the field's own value."""
        value = self.item.data.get(key) if value is None else value
        try:
            return kind(value)
        except ValueError:
            allowed = [m.value for m in kind]  # type: ignore[attr-defined]
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


def _norm(text: str) -> str:
    return " ".join(words(text))


def _claim(owners: dict[str, str], f: _Fields, key: str, texts: Iterable[str]) -> None:
    """Each name or phrasing belongs to one item, or the matcher could not tell them apart."""
    for text in texts:
        owner = owners.setdefault(_norm(text), f.id)
        if owner != f.id:
            raise f.error(f"{text!r} is already used by {owner!r}", key)


def _unique(fields: _Fields, seen: dict[str, int], what: str = "id") -> None:
    if fields.id in seen:
        raise fields.error(f"duplicate {what} (first on line {seen[fields.id]})", "id")
    seen[fields.id] = fields.item.line


# ------------------------------------------------------------------------ section loaders
Sections = dict[str, Any]
Loader = Callable[[YamlFile, Sections], Any]


def _load_sources(file: YamlFile, _: Sections) -> Mapping[str, Source]:
    out: dict[str, Source] = {}
    seen: dict[str, int] = {}
    for item in file.items:
        f = _Fields(file, item, ["title", "file"], ["author", "year"])
        _unique(f, seen)
        year = item.data.get("year")
        if year is not None and not isinstance(year, int):
            raise f.error("'year' must be a number", "year")
        out[f.id] = Source(f.id, f.text("title"), f.text("file"), f.opt_text("author"), year)
    return MappingProxyType(out)


_EXERCISE_REQUIRED = [
    "name",
    "aliases",
    "muscles",
    "pattern",
    "equipment",
    "places",
    "loading",
    "cues",
    "goals",
    "sources",
]


def _load_exercises(file: YamlFile, sections: Sections) -> Mapping[str, Exercise]:
    sources = sections["sources"]
    out: dict[str, Exercise] = {}
    seen: dict[str, int] = {}
    names: dict[str, str] = {}  # folded name, alias or phrasing -> exercise id
    pending_harder: list[tuple[_Fields, str]] = []
    for item in file.items:
        f = _Fields(file, item, _EXERCISE_REQUIRED, ["harder", "note", "phrasings"])
        _unique(f, seen)
        x = Exercise(
            id=f.id,
            name=f.text("name"),
            aliases=f.texts("aliases"),
            muscles=f.texts("muscles", 1),
            pattern=f.choice("pattern", Pattern),
            equipment=f.choices("equipment", Equipment, 1),
            places=f.choices("places", Place, 1),
            loading=f.choice("loading", Loading),
            cues=f.texts("cues", 2, 3),
            goals=f.choices("goals", Goal),
            sources=f.refs("sources", sources, "source", 1),
            harder=f.opt_text("harder"),
            note=f.opt_text("note"),
            phrasings=f.texts("phrasings"),
        )
        _claim(names, f, "aliases", x.names)
        _claim(names, f, "phrasings", x.phrasings)
        if x.harder and _ID.match(x.harder) and "_" in x.harder:
            pending_harder.append((f, x.harder))  # looks like an id: must be a card
        out[x.id] = x
    for f, ref in pending_harder:
        if ref not in out:
            raise f.error(f"'harder': unknown exercise {ref!r}", "harder")
    return MappingProxyType(out)


def _check_html(f: _Fields, key: str, text: str) -> None:
    for tag in _HTML_TAG.findall(text):
        if tag not in ("b", "i"):
            raise f.error(f"{key!r}: only <b> and <i> are allowed, found <{tag}>", key)
    bare = _ENTITY.sub("", _HTML_TAG.sub("", text))
    if "<" in bare or ">" in bare or "&" in bare:
        raise f.error(f"{key!r}: escape <, > and & as &lt; &gt; &amp;", key)
    for tag in ("b", "i"):
        if text.count(f"<{tag}>") != text.count(f"</{tag}>"):
            raise f.error(f"{key!r}: unbalanced <{tag}>", key)


def _load_entries(file: YamlFile, sections: Sections) -> Mapping[str, KnowledgeEntry]:
    sources, exercises = sections["sources"], sections["exercises"]
    out: dict[str, KnowledgeEntry] = {}
    seen: dict[str, int] = {}
    pending_related: list[tuple[_Fields, tuple[str, ...]]] = []
    owners = {_norm(t): x.id for x in exercises.values() for t in (*x.names, *x.phrasings)}
    titles: dict[str, str] = {}
    for item in file.items:
        f = _Fields(
            file,
            item,
            ["kind", "title", "answer", "sources", "phrasings"],
            ["goal_lines", "exercises", "related"],
        )
        _unique(f, seen)
        if f.id in exercises:
            raise f.error("id is already an exercise id (they share one namespace)", "id")
        kind = f.text("kind")
        if kind not in ("myth", "topic"):
            raise f.error(f"'kind' must be myth or topic, got {kind!r}", "kind")
        title = f.text("title", TITLE_MAX)
        if titles.setdefault(title.casefold(), f.id) != f.id:
            raise f.error(
                f"title {title!r} is already used by {titles[title.casefold()]!r}", "title"
            )
        answer = " ".join(f.text("answer", ANSWER_MAX).split())
        _check_html(f, "answer", answer)
        raw_lines = item.data.get("goal_lines") or {}
        if not isinstance(raw_lines, dict):
            raise f.error("'goal_lines' must map a goal to one line", "goal_lines")
        goal_lines: dict[Goal, str] = {}
        for goal, line in raw_lines.items():
            g = f.choice("goal_lines", Goal, goal)
            if not isinstance(line, str) or not line.strip():
                raise f.error(f"'goal_lines': {goal!r} needs a non-empty line", "goal_lines")
            _check_html(f, "goal_lines", line)
            goal_lines[g] = line.strip()
        related = f.texts("related")
        pending_related.append((f, related))
        out[f.id] = KnowledgeEntry(
            id=f.id,
            kind=cast(EntryKind, kind),
            title=title,
            answer=answer,
            sources=f.refs("sources", sources, "source", 1),
            phrasings=f.texts("phrasings", 1),
            goal_lines=MappingProxyType(goal_lines),
            exercises=f.refs("exercises", exercises, "exercise (no card with that id)"),
            related=related,
        )
        _claim(owners, f, "phrasings", out[f.id].phrasings)
    for f, related in pending_related:
        for ref in related:
            if ref not in out and ref not in exercises:
                raise f.error(f"'related': unknown entry {ref!r}", "related")
    return MappingProxyType(out)


# name in Content, file under content/, loader: in dependency order.
SECTIONS: tuple[tuple[str, str, Loader], ...] = (
    ("sources", "sources.yaml", _load_sources),
    ("exercises", "exercises.yaml", _load_exercises),
    ("entries", "knowledge.yaml", _load_entries),
)


def load_sections(root: Path, sections: Iterable[tuple[str, str, Loader]] = SECTIONS) -> Sections:
    """Run each section loader over its file under `root`; all or nothing."""
    loaded: Sections = {}
    for name, filename, loader in sections:
        loaded[name] = loader(read_list_file(root / filename), loaded)
    return loaded


def load_content(root: Path = DEFAULT_CONTENT_DIR) -> Content:
    """Everything under content/, validated; raises ContentError on the first problem."""
    s = load_sections(root)
    return Content(sources=s["sources"], exercises=s["exercises"], entries=s["entries"])
