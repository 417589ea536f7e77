"""Reading content/*.yaml: the one YAML reader, and the one error a content problem raises.

Mappings and lists come back as YamlMap and YamlList, which remember the line they and each
of their keys or items were written on, so every check can point at the line at fault.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: ~8x faster


class ContentError(Exception):
    """content/ is wrong: the message names the file, the line and the entry at fault."""

    def __init__(
        self,
        path: Path,
        what: str,
        entry: str | None = None,
        line: int | None = None,
        *,
        kind: str = "entry",
    ) -> None:
        self.path, self.entry, self.line, self.what = path, entry, line, what
        where = f"{path}:{line}" if line else str(path)
        super().__init__(f"{where}: {kind} {entry!r}: {what}" if entry else f"{where}: {what}")


class YamlMap(dict[Any, Any]):
    """A YAML mapping that remembers the line it starts on and the line of each key."""

    def __init__(self, line: int) -> None:
        super().__init__()
        self.line = line
        self.key_lines: dict[Any, int] = {}

    def line_of(self, key: Any) -> int:
        return self.key_lines.get(key, self.line)


class YamlList(list[Any]):
    """A YAML list that remembers the line it starts on and the line of each item."""

    def __init__(self, line: int) -> None:
        super().__init__()
        self.line = line
        self.item_lines: list[int] = []

    def line_of(self, index: int) -> int:
        return self.item_lines[index] if 0 <= index < len(self.item_lines) else self.line


def read_yaml(path: Path) -> Any:
    """Parse `path` (safe YAML only) into plain values, YamlMaps and YamlLists."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ContentError(path, f"cannot read: {exc.strerror or exc}") from exc
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        return None if node is None else _build(loader, path, node)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        raise ContentError(path, f"YAML error: {exc.problem or exc}", line=line) from exc
    except yaml.YAMLError as exc:
        raise ContentError(path, f"YAML error: {exc}") from exc
    finally:
        loader.dispose()


def _build(loader: Any, path: Path, node: yaml.Node) -> Any:
    line = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        loader.flatten_mapping(node)  # resolves `<<` merge keys, as safe_load would
        mapping = YamlMap(line)
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            key_line = key_node.start_mark.line + 1
            if not isinstance(key, str | int) or isinstance(key, bool):
                raise ContentError(path, f"a key must be text, got {key!r}", line=key_line)
            if key in mapping:
                entry = mapping.get("id")
                raise ContentError(
                    path,
                    f"field {key!r} given twice",
                    entry if isinstance(entry, str) else None,
                    key_line,
                )
            mapping.key_lines[key] = key_line
            mapping[key] = _build(loader, path, value_node)
        return mapping
    if isinstance(node, yaml.SequenceNode):
        items = YamlList(line)
        for item_node in node.value:
            items.item_lines.append(item_node.start_mark.line + 1)
            items.append(_build(loader, path, item_node))
        return items
    return loader.construct_object(node, deep=True)


def read_list_file(path: Path) -> YamlList:
    """Parse `path` as a YAML list of mappings (one per entry)."""
    data = read_yaml(path)
    if not isinstance(data, YamlList):
        raise ContentError(path, "expected a list of entries at the top level", line=1)
    for item, line in zip(data, data.item_lines, strict=True):
        if not isinstance(item, YamlMap):
            raise ContentError(path, "each entry must be a mapping of fields", line=line)
    return data


def read_map_file(path: Path, what: str) -> YamlMap:
    """Parse `path` as a YAML mapping; `what` says what it should hold, for the error."""
    data = read_yaml(path)
    if not isinstance(data, YamlMap):
        raise ContentError(path, f"expected a mapping with {what} at the top level", line=1)
    return data
