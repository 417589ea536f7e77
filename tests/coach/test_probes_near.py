"""The synthetic near-miss probes (tests/data/probes_near.yaml) are well formed.

They are development probes written by a helper, every one to be declined; this checks only
the file's shape, never how the coach answers them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

PROBES = Path(__file__).resolve().parent.parent / "data" / "probes_near.yaml"

KINDS = {
    "unnamed_exercise",
    "timeframe",
    "nutrition",
    "pain_injury",
    "other_muscle",
    "form_detail",
    "other_topic",
    "off_topic",
}
STYLES = {"short", "context", "long"}


def _items() -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = yaml.safe_load(PROBES.read_text(encoding="utf-8"))
    return items


def test_enough_probes() -> None:
    assert len(_items()) >= 120


def test_every_probe_is_a_decline_with_a_known_kind_and_style() -> None:
    for item in _items():
        assert set(item) == {"q", "ids", "why", "style"}, item
        assert isinstance(item["q"], str) and item["q"].strip(), item
        assert item["ids"] == ["decline"], item
        assert item["why"] in KINDS, item
        assert item["style"] in STYLES, item


def test_no_duplicate_questions() -> None:
    seen: set[str] = set()
    for item in _items():
        key = " ".join(item["q"].lower().split())
        assert key not in seen, item["q"]
        seen.add(key)


def test_every_kind_is_represented() -> None:
    assert {item["why"] for item in _items()} == KINDS
