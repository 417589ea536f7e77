"""content/programs.yaml: broken programs stop the load, naming the file, the line and the
program; programs are checked against the exercise cards, the sources and the goals."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.content import DEFAULT_CONTENT_DIR, ContentError, load_content
from tests.content.files import copy_content, fails, line_of

PROGRAMS = DEFAULT_CONTENT_DIR / "programs.yaml"


@pytest.fixture(scope="module")
def raw() -> dict[str, Any]:
    return yaml.safe_load(PROGRAMS.read_text())


def write(tmp_path: Path, data: dict[str, Any]) -> Path:
    """A copy of content/ with `data` as its programs.yaml."""
    root = copy_content(tmp_path)
    (root / "programs.yaml").write_text(yaml.safe_dump(data, sort_keys=False))
    return root


def program(data: dict[str, Any], program_id: str) -> dict[str, Any]:
    return next(p for p in data["programs"] if p["id"] == program_id)


def set_card_places(root: Path, card: str, places: str) -> None:
    """Rewrite the `places:` line of one exercise card in the copied exercises.yaml."""
    path = root / "exercises.yaml"
    text = path.read_text(encoding="utf-8")
    start = text.index(f"- id: {card}\n")
    at = text.index("  places: ", start)
    end = text.index("\n", at)
    path.write_text(text[:at] + f"  places: {places}" + text[end:], encoding="utf-8")


def set_first_entry(key: str, value: Any) -> Any:
    def change(p: dict[str, Any]) -> None:
        p["sessions"]["A"][0][key] = value

    return change


BREAKAGES = [
    ("unknown goal", lambda p: p.update(goal="sumo"), "unknown goal 'sumo'"),
    ("unknown place", lambda p: p.update(place="beach"), "unknown place 'beach'"),
    ("no sessions", lambda p: p.update(sessions={}), "sessions must be a non-empty"),
    ("empty session", lambda p: p["sessions"].update(B=[]), "session B has no exercises"),
    ("reps reversed", set_first_entry("reps", "12-8"), "bad rep range '12-8'"),
    ("reps zero", set_first_entry("reps", "0-5"), "bad rep range '0-5'"),
    ("reps garbage", set_first_entry("reps", "lots"), "bad rep range 'lots'"),
    ("reps too many", set_first_entry("reps", 500), "bad rep range 500"),
    ("sets zero", set_first_entry("sets", 0), "sets must be"),
    ("unknown exercise", set_first_entry("exercise", "hip_trust"), "unknown exercise"),
    ("wrong place", set_first_entry("exercise", "leg_press"), "not available at home"),
    ("unknown note", set_first_entry("note", "slowly"), "unknown note"),
    ("rotate without emphases", set_first_entry("reps", "rotate"), "needs the program's"),
    ("typo key", set_first_entry("rest", 60), "unknown key(s) rest"),
    ("two-line why", lambda p: p.update(why="one\ntwo"), "why must be one"),
    ("two-line why without bands", lambda p: p.update(why_without_bands="a\nb"), "be one line"),
    ("no sources", lambda p: p.update(sources=[]), "sources must be"),
    ("unknown source", lambda p: p.update(sources=["009"]), "unknown source '009'"),
    ("bad step tag", lambda p: p.update(steps=[{"from_week": 2, "tag": "x", "sets": 4}]), "tag"),
]


@pytest.mark.parametrize(
    ("change", "message"), [b[1:] for b in BREAKAGES], ids=[b[0] for b in BREAKAGES]
)
def test_validation_names_file_and_program(
    tmp_path: Path, raw: dict[str, Any], change: Any, message: str
) -> None:
    data = copy.deepcopy(raw)
    change(program(data, "bikini_home"))
    root = write(tmp_path, data)
    err = fails(root)
    text = str(err)
    assert str(root / "programs.yaml") in text
    assert "'bikini_home'" in text and err.entry == "bikini_home"
    assert message in text


def test_validation_gives_the_line(tmp_path: Path) -> None:
    root = copy_content(tmp_path)
    path = root / "programs.yaml"
    path.write_text(path.read_text().replace("reps: 3-6,", "reps: 6-3,", 1))
    line = line_of(root, "programs.yaml", "reps: 6-3")
    with pytest.raises(ContentError, match=rf"programs\.yaml:{line}: program 'compete_gym':"):
        load_content(root)


def test_missing_combination_is_an_error(tmp_path: Path, raw: dict[str, Any]) -> None:
    data = copy.deepcopy(raw)
    data["programs"] = [p for p in data["programs"] if p["id"] != "tone_bodyweight"]
    with pytest.raises(ContentError, match="no program for goal tone at bodyweight"):
        load_content(write(tmp_path, data))


def test_duplicates_are_errors(tmp_path: Path, raw: dict[str, Any]) -> None:
    data = copy.deepcopy(raw)
    data["programs"].append(copy.deepcopy(program(data, "tone_gym")))
    with pytest.raises(ContentError, match="duplicate program id"):
        load_content(write(tmp_path / "1", data))
    twin = copy.deepcopy(program(raw, "tone_gym")) | {"id": "tone_gym_2"}
    data = copy.deepcopy(raw)
    data["programs"].append(twin)
    with pytest.raises(ContentError, match="a second program for tone at gym"):
        load_content(write(tmp_path / "2", data))


def test_places_live_on_the_cards_only(tmp_path: Path, raw: dict[str, Any]) -> None:
    data = copy.deepcopy(raw)
    data["available_at"] = {"bridge": ["gym"]}
    err = fails(write(tmp_path, data))
    assert err.path.name == "programs.yaml" and "unknown key(s) available_at" in str(err)


def test_bad_place_on_a_card_and_bad_yaml(tmp_path: Path) -> None:
    root = copy_content(tmp_path / "1")
    set_card_places(root, "bridge", "[gym, moon]")
    err = fails(root)
    assert (err.path.name, err.entry) == ("exercises.yaml", "bridge") and "moon" in str(err)
    root = copy_content(tmp_path / "2")
    (root / "programs.yaml").write_text("programs: [\n  - id: x\n")
    err = fails(root)
    assert err.path.name == "programs.yaml" and "YAML error" in str(err)
    assert err.line is not None


def test_cards_must_cover_the_programs(tmp_path: Path) -> None:
    root = copy_content(tmp_path / "1")
    set_card_places(root, "bridge", "[gym, bodyweight]")
    err = fails(root)
    assert err.path.name == "programs.yaml"
    assert "bridge is not available at home: its card lists gym, bodyweight" in str(err)
    root = copy_content(tmp_path / "2")
    path = root / "programs.yaml"
    path.write_text(path.read_text().replace("exercise: bridge,", "exercise: cable_kickback,", 1))
    err = fails(root)
    assert err.path.name == "programs.yaml"
    assert "unknown exercise 'cable_kickback': no card in exercises.yaml" in str(err)
