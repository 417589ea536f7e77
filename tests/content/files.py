"""Copies of content/ to break on purpose, and the checks every broken file shares."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.content import DEFAULT_CONTENT_DIR, ContentError, load_content


def copy_content(tmp_path: Path) -> Path:
    """content/*.yaml (not the templates) copied under tmp_path."""
    tmp_path.mkdir(parents=True, exist_ok=True)
    for path in DEFAULT_CONTENT_DIR.glob("*.yaml"):
        shutil.copy(path, tmp_path / path.name)
    return tmp_path


def edit(root: Path, name: str, old: str, new: str) -> None:
    path = root / name
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"fixture text not unique in {name}: {old!r}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def line_of(root: Path, name: str, needle: str, nth: int = 1) -> int:
    lines = (root / name).read_text(encoding="utf-8").splitlines()
    hits = [i + 1 for i, line in enumerate(lines) if needle in line]
    return hits[nth - 1]


def fails(root: Path) -> ContentError:
    with pytest.raises(ContentError) as info:
        load_content(root)
    return info.value
