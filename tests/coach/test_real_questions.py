"""Set 1, the real questions: its labels name things the content has, and the benchmark's
dev/test split by hash is stable and leaves both halves with on- and off-topic items."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

from bot.coach.knowledge import Content
from bot.content import load_content

ROOT = Path(__file__).resolve().parent.parent.parent


def _labels() -> list[dict[str, Any]]:
    text = (ROOT / "tests" / "data" / "real_labels.yaml").read_text(encoding="utf-8")
    items: list[dict[str, Any]] = yaml.safe_load(text)
    return items


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_matcher", ROOT / "bench/bench_matcher.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def content() -> Content:
    return load_content()


def test_labels_name_known_items_or_decline(content: Content) -> None:
    known = set(content.entries) | set(content.exercises) | {"decline"}
    items = _labels()
    assert len(items) == 90
    assert all(it["ids"] and set(it["ids"]) <= known for it in items)
    assert sum(it["ids"] == ["decline"] for it in items) == 10


def test_split_is_fixed_and_both_halves_hold_both_kinds() -> None:
    split = _bench().real_split
    assert split("Does the StairMaster Help Your Glutes?") == split(
        "Does the StairMaster Help Your Glutes?"
    )
    for part in ("dev", "test"):
        half = [it for it in _labels() if split(it["q"]) == part]
        assert len(half) >= 30
        assert any(it["ids"] == ["decline"] for it in half)


def test_real_questions_test_half_floor(content: Content) -> None:
    # A floor under today's figures on the half never tuned on (0.865 right, 1.00 declined,
    # no confident wrong answer), so a change that loses ground on real questions shows.
    # The bar is 0.90 answered right; not met yet.
    bench = _bench()
    half = [it for it in _labels() if bench.real_split(it["q"]) == "test"]
    figures = bench.score_real(content, bench.Matcher(content), half)
    assert figures["right"] >= 0.85, figures
    assert figures["declined"] >= 0.90, figures
    assert figures["confident_wrong"] <= 1, figures


def _own(name: str) -> list[dict[str, Any]]:
    path = ROOT / "tests" / "data" / f"real_questions_{name}.yaml"
    items: list[dict[str, Any]] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return items


@pytest.mark.parametrize(
    ("name", "size", "figure", "floor"),
    [
        ("a", 200, "right", 0.78),  # mostly on-topic: answered right (today 0.816)
        ("b", 130, "declined", 0.88),  # mostly near-misses: declined (today 0.902)
    ],
)
def test_own_collection_test_half_floor(
    content: Content, name: str, size: int, figure: str, floor: float
) -> None:
    # Real questions collected for issue 12 (tests/data/real_questions_*.yaml), scored on
    # the half never tuned on, with a floor under today's figure so a change that loses
    # ground shows. The bars (0.90 right, 0.90 declined) are not met yet.
    bench = _bench()
    items = _own(name)
    known = set(content.entries) | set(content.exercises) | {"decline"}
    assert len(items) >= size and all(set(it["ids"]) <= known for it in items)
    half = [it for it in items if bench.real_split(it["q"]) == "test"]
    figures = bench.score_real(content, bench.Matcher(content), half)
    assert figures[figure] >= floor, figures


def _older_questions(earlier: str) -> set[str]:
    """Questions a new set mustn't repeat: set 1's, the named own sets' and the near-misses'."""
    older = {it["q"] for it in _labels() + [it for n in earlier for it in _own(n)]}
    nearmiss = (ROOT / "tests" / "data" / "nearmiss.yaml").read_text(encoding="utf-8")
    return older | {line[2:].strip() for line in nearmiss.splitlines() if line.startswith("- ")}


def test_set_c_is_well_formed_and_new(content: Content) -> None:
    # Set C (tests/data/real_questions_c.yaml) is a held-out measurement set: this checks only
    # that the file is valid (labels name known entries or cards, or decline with a reason) and
    # that no question repeats set 1, A, B or the near-misses. No score floor on purpose.
    items = _own("c")
    known = set(content.entries) | set(content.exercises) | {"decline"}
    kinds = {"forum_post", "reader_question", "qa_site_question", "comment"}
    assert items
    for it in items:
        assert it["ids"] and set(it["ids"]) <= known, it
        assert (it["ids"] == ["decline"]) == ("why" in it), it
        assert it["kind"] in kinds and it["paraphrased"] is False and it["source"], it
    questions = [it["q"] for it in items]
    assert len(set(questions)) == len(questions)
    assert not set(questions) & _older_questions("ab")


_WHYS = {
    "pain_injury",
    "timeframe",
    "nutrition",
    "other_muscle",
    "unnamed_exercise",
    "equipment",
    "other_topic",
    "off_topic",
}


@pytest.mark.parametrize(
    ("name", "earlier"),
    [
        ("d", "abc"),
        ("e", "abcd"),
        ("f", "abcde"),
        ("g", "abcdef"),
        ("h", "abcdefg"),
        ("i", "abcdefgh"),
        ("j", "abcdefghi"),
        ("k", "abcdefghij"),
        ("l", "abcdefghijk"),
        ("m", "abcdefghijkl"),
        ("n", "abcdefghijklm"),
        ("o", "abcdefghijklmn"),
        ("p", "abcdefghijklmno"),
        ("q", "abcdefghijklmnop"),
        ("r", "abcdefghijklmnopq"),
        ("s", "abcdefghijklmnopqr"),
        ("t", "abcdefghijklmnopqrs"),
        ("u", "abcdefghijklmnopqrst"),
    ],
)
def test_later_sets_are_well_formed_and_new(content: Content, name: str, earlier: str) -> None:
    # Sets D to Q (tests/data/real_questions_d.yaml to _q.yaml) are more held-out measurement
    # sets: labels name known entries or cards, or decline with a known reason; kinds valid;
    # no question repeats set 1, the earlier own sets or the near-misses, and no source page
    # repeats an earlier own set. No score floor on purpose.
    # F and G (2026-12-02) give each decline's reason in words, and take client questions that
    # trainers quoted and reader e-mails as people's own words too. H (2026-12-02, late) is
    # mostly pages titled with a question people search for: the forums had run dry. I (same day)
    # is about half near-misses, to measure declines, and is collected the same way as H.
    # J (2026-12-03) is collected the same way as I, from new angles and new pages; so is K
    # (same day), about 40% near-misses. L (same day) is collected the same way, leaning on
    # reader letters, forums and Q&A pages where they were still unused. M (same day) too, with
    # about half of it in people's own words and about 40% near-misses. N (same day) too, about
    # 45% near-misses; the corpus is nearly used up, so only 5 of its 43 items are own words.
    # O (same day) holds people's own words only, no page titles, so it is smaller (26 items,
    # 12 near-misses); publisher_heading is not a valid kind for it. P (same day) likewise holds
    # people's own words only (28 items, 12 near-misses), mostly personal blog posts. Q (same day)
    # too (31 items, 12 near-misses): blog posts, forum opening posts, reader questions, quotes.
    # R (2026-12-04) too (20 items, 9 near-misses): forum threads, personal blogs and quotes.
    # S (same day) too (24 items, 16 near-misses): squat-challenge blogs, runner and sprint forums.
    # T (same day) too (40 items, 31 near-misses): reader letters to columns, forum posts and a
    # doctor Q&A site, mostly pain and injury near-misses, as answered questions ran out.
    # U (same day) too (26 items, 15 near-misses): listeners' questions in podcast show notes,
    # reader questions, comments and forum posts, as answered questions ran out.
    items = _own(name)
    known = set(content.entries) | set(content.exercises) | {"decline"}
    kinds = {"forum_post", "reader_question", "qa_site_question", "comment"}
    if name in "fghijklmnopqrstu":
        kinds |= {"reader_email", "quoted_client"}
    if name in "hijklmn":  # mostly pages titled with the question people search for, as in set A
        kinds.add("publisher_heading")
    assert items
    for it in items:
        assert it["ids"] and set(it["ids"]) <= known, it
        assert (it["ids"] == ["decline"]) == ("why" in it), it
        if name in "de":
            assert "why" not in it or it["why"] in _WHYS, it
        else:
            assert "why" not in it or len(it["why"]) > 10, it
        assert it["kind"] in kinds and it["paraphrased"] is False and it["source"], it
        assert len(it["q"]) <= 650, it
    before = [it for n in earlier for it in _own(n)]
    questions = [it["q"] for it in items]
    assert len(set(questions)) == len(questions)
    assert not set(questions) & _older_questions(earlier)
    old_sources = {it["source"] for it in before if it["source"]}
    assert not {it["source"] for it in items} & old_sources
