"""Exercise cards agree with the articles and the programs (issue 11): a cue credited to an
article is one a reviewer found in it; the coach's own tips credit no article; "Used for"
and a program's sources come from the programs."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.coach.knowledge import Content
from bot.coach.profile import Goal
from bot.content import DEFAULT_CONTENT_DIR, load_content
from tests.content.files import copy_content, edit, fails

REVIEW = Path(__file__).with_name("cue_review.yaml")
# The articles themselves (not in the repository): /work/shared/seeds, or SEEDS_DIR.
SEEDS = Path(os.environ.get("SEEDS_DIR", "/work/shared/seeds"))


@pytest.fixture(scope="module")
def content() -> Content:
    return load_content()


@pytest.fixture(scope="module")
def review() -> list[dict[str, Any]]:
    return yaml.safe_load(REVIEW.read_text(encoding="utf-8"))


def _plain(text: str) -> str:
    return " ".join(text.replace("\u2019", "'").split()).casefold()


def test_every_cue_credited_to_an_article_was_reviewed(
    content: Content, review: list[dict[str, Any]]
) -> None:
    credited = {(x.id, c.source, c.text) for x in content.exercises.values() for c in x.cues}
    reviewed = {(r["exercise"], r["source"], r["cue"]) for r in review}
    assert credited - reviewed == set(), "credited to an article but not reviewed"
    assert reviewed - credited == set(), "reviewed cues no card has (reword the review too)"
    assert len(reviewed) == len(review)  # each once


def test_the_review_quotes_its_articles(content: Content, review: list[dict[str, Any]]) -> None:
    if not SEEDS.is_dir():
        pytest.skip(f"the articles are not at {SEEDS} (set SEEDS_DIR)")
    for r in review:
        article = (SEEDS / content.sources[r["source"]].file).read_text(encoding="utf-8")
        assert 3 <= len(r["evidence"].split()) <= 25, r
        assert _plain(r["evidence"]) in _plain(article), r


# Words that credit an article or its author: a coach's tip must not use them.
_CREDITS = re.compile(r"\b(article|pasternak|harley|tie-in|according)\b", re.IGNORECASE)


def test_the_coachs_own_tips_credit_no_article(content: Content) -> None:
    for x in content.exercises.values():
        for tip in x.coach_cues:
            assert not _CREDITS.search(tip), (x.id, tip)
        assert 2 <= len(x.cues) + len(x.coach_cues) <= 3, x.id
        assert {c.source for c in x.cues} <= set(x.sources), x.id


def test_cards_with_the_articles_form_cues_credit_them(content: Content) -> None:
    # article 001 gives form cues for these four; 000 describes the American deadlift
    for card, source in [
        ("stiff_leg_deadlift", "001"),
        ("lying_leg_curl", "001"),
        ("squat", "001"),
        ("lunge", "001"),
        ("american_deadlift", "000"),
    ]:
        assert source in {c.source for c in content.exercises[card].cues}, card
    # article 002 only names its moves: none of their form cues is credited to it
    for card in ("skater_lunge", "walking_lunge", "single_leg_squat", "superman"):
        assert not content.exercises[card].cues, card


def test_a_cue_without_its_article_or_with_an_unknown_one_stops_the_load(
    tmp_path: Path,
) -> None:
    root = copy_content(tmp_path / "a")
    edit(
        root, "exercises.yaml", '    - source: "001"\n      text: For load', "    - text: For load"
    )
    assert "each cue needs its article" in str(fails(root))
    root = copy_content(tmp_path / "b")
    edit(
        root,
        "exercises.yaml",
        '    - source: "002"\n      text: Pasternak',
        '    - source: "009"\n      text: Pasternak',
    )
    assert "unknown source '009'" in str(fails(root))
    root = copy_content(tmp_path / "c")  # bridge cites 002 only
    edit(
        root,
        "exercises.yaml",
        '    - source: "002"\n      text: Pasternak',
        '    - source: "001"\n      text: Pasternak',
    )
    assert "not one of its sources" in str(fails(root))


def test_goals_are_not_written_on_cards(tmp_path: Path) -> None:
    root = copy_content(tmp_path)
    edit(
        root,
        "exercises.yaml",
        '  sources: ["001", "002"]\n',
        '  sources: ["001", "002"]\n  goals: [tone]\n',
    )
    assert "unknown field 'goals'" in str(fails(root))


# --- "Used for" and sources from the programs ------------------------------------------------


def _raw(name: str) -> Any:
    return yaml.safe_load((DEFAULT_CONTENT_DIR / name).read_text(encoding="utf-8"))


def used_for_from_the_yaml() -> dict[str, set[str]]:
    """Which goals use each exercise, read straight from the YAML (not through the loader):
    a session entry, or the easier variation a beginner does in its place."""
    easier = {c["id"]: c.get("easier") for c in _raw("exercises.yaml")}
    out: dict[str, set[str]] = {c: set() for c in easier}
    for program in _raw("programs.yaml")["programs"]:
        for entries in program["sessions"].values():
            for entry in entries:
                out[entry["exercise"]].add(program["goal"])
                if easier[entry["exercise"]]:
                    out[easier[entry["exercise"]]].add(program["goal"])
    return out


def test_used_for_matches_the_programs(content: Content) -> None:
    expected = used_for_from_the_yaml()
    for x in content.exercises.values():
        assert {g.value for g in content.used_for(x.id)} == expected[x.id], x.id
    assert content.used_for("single_leg_squat") == (Goal.COMPETE, Goal.BIKINI, Goal.TONE)
    assert content.used_for("leg_press") == ()  # named by article 000, in no program
    assert "tone" in expected["band_hip_thrust"]  # the home toning program's band work


def test_a_program_cites_the_articles_of_its_exercises(content: Content) -> None:
    for program in content.programs.programs:
        used = program.exercise_ids()
        used |= {content.exercises[x].easier for x in used} - {None}  # type: ignore[arg-type]
        for exercise_id in used:
            card = content.exercises[exercise_id]
            assert set(card.sources) & set(program.sources), (program.id, exercise_id)
    for place in ("home", "bodyweight"):
        for goal in Goal:
            program = content.programs.program_for(goal, place)
            assert "002" in program.sources, program.id  # they use article 002's moves
    assert content.programs.program_for(Goal.TONE, "gym").sources == ("001",)


@pytest.mark.parametrize(
    ("easier", "message"),
    [
        ("pistol_to_chair", "'easier': unknown exercise 'pistol_to_chair'"),
        ("single_leg_squat", "'easier': unknown exercise 'single_leg_squat'"),  # itself
        ("squat", "'easier': squat can't be done at bodyweight, home"),
        ("band_hip_thrust", "can't be done at bodyweight"),
    ],
)
def test_a_bad_easier_variation_stops_the_load(tmp_path: Path, easier: str, message: str) -> None:
    root = copy_content(tmp_path)
    edit(root, "exercises.yaml", "easier: bulgarian_split_squat", f"easier: {easier}")
    assert message in str(fails(root))


def test_an_easier_variation_loaded_otherwise_stops_the_load(tmp_path: Path) -> None:
    root = copy_content(tmp_path)
    edit(root, "exercises.yaml", "easier: bulgarian_split_squat", "easier: walking_lunge")
    load_content(root)  # bodyweight, and wherever the single-leg squat is: fine
    text = (root / "exercises.yaml").read_text(encoding="utf-8")
    start = text.index("- id: walking_lunge\n")
    at = text.index("  loading: bodyweight", start)
    (root / "exercises.yaml").write_text(
        text[:at] + "  loading: band" + text[at + len("  loading: bodyweight") :], encoding="utf-8"
    )
    assert "'easier': walking_lunge is band, not bodyweight" in str(fails(root))
