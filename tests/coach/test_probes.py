"""The synthetic on-topic probes (tests/data/probes_on.yaml, development tuning only): enough
items, each labelled with ids the content has, a known style, and no question twice."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from bot.content import load_content

ROOT = Path(__file__).resolve().parent.parent.parent
STYLES = {"short", "context", "long", "compare"}


def _probes() -> list[dict[str, Any]]:
    text = (ROOT / "tests" / "data" / "probes_on.yaml").read_text(encoding="utf-8")
    items: list[dict[str, Any]] = yaml.safe_load(text)
    return items


def test_probes_are_many_and_name_known_ids() -> None:
    content = load_content()
    known = set(content.entries) | set(content.exercises)
    items = _probes()
    assert len(items) >= 150
    for it in items:
        assert isinstance(it["q"], str) and it["q"].strip(), it
        assert it["ids"], it
        assert set(it["ids"]) <= known, (it["q"], set(it["ids"]) - known)
        assert len(set(it["ids"])) == len(it["ids"]), it["q"]
        assert it["style"] in STYLES, it


def test_probes_have_no_duplicate_questions() -> None:
    questions = [" ".join(it["q"].lower().split()) for it in _probes()]
    assert len(questions) == len(set(questions))


def test_every_entry_is_probed() -> None:
    content = load_content()
    counts: dict[str, int] = {}
    for it in _probes():
        for i in it["ids"]:
            counts[i] = counts.get(i, 0) + 1
    assert all(counts.get(e, 0) >= 4 for e in content.entries), counts
