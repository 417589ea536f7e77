"""content/goals.yaml and content/labels.yaml: broken goals or a missing label stop the bot
at start, naming the file, the line and the goal at fault."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.coach.profile import Goal
from bot.content import DEFAULT_CONTENT_DIR, ContentError, load_goals, load_labels
from bot.runtime.render import Renderer
from tests.content.files import copy_content, edit, fails, line_of


def goals_fail(root: Path) -> ContentError:
    with pytest.raises(ContentError) as info:
        load_goals(root / "goals.yaml")
    return info.value


def labels_fail(root: Path) -> ContentError:
    with pytest.raises(ContentError) as info:
        load_labels(root / "labels.yaml", load_goals(root / "goals.yaml"))
    return info.value


def test_labels_hold_every_goal_and_choice() -> None:
    goals = load_goals(DEFAULT_CONTENT_DIR / "goals.yaml")
    labels = load_labels(DEFAULT_CONTENT_DIR / "labels.yaml", goals)
    assert labels["goal"] == {g.value: goals[g].label for g in Goal}
    assert labels["goal_short"]["tone"] == "toning"
    assert labels["place"]["home"] == "Home: bands or a ball"


def test_goals_in_another_order(tmp_path: Path) -> None:
    root = copy_content(tmp_path)
    path = root / "goals.yaml"
    text = path.read_text(encoding="utf-8")
    tone = text[text.index("- id: tone\n") : text.index("- id: glutes_only\n")]
    path.write_text(text.replace(tone, "") + "\n" + tone, encoding="utf-8")
    err = goals_fail(root)
    assert err.path.name == "goals.yaml"
    assert "compete, bikini, tone, glutes_only, in that order" in str(err)
    assert "found compete, bikini, glutes_only, tone" in str(err)


def test_a_goal_missing_from_the_file(tmp_path: Path) -> None:
    root = copy_content(tmp_path)
    path = root / "goals.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text[: text.index("- id: glutes_only\n")], encoding="utf-8")
    assert "found compete, bikini, tone" in str(goals_fail(root))
    assert fails(root).path.name == "goals.yaml"  # load_content checks the goals too


def test_a_goal_the_code_does_not_know(tmp_path: Path) -> None:
    root = copy_content(tmp_path)
    edit(root, "goals.yaml", "- id: tone\n", "- id: powerlifting\n")
    err = goals_fail(root)
    assert (err.entry, err.line) == ("powerlifting", line_of(root, "goals.yaml", "powerlifting"))
    assert "'powerlifting' is not one of" in str(err)


def test_missing_field(tmp_path: Path) -> None:
    root = copy_content(tmp_path)
    edit(
        root,
        "goals.yaml",
        "  days_why: Twice a week with two rest days between sessions is the toning rhythm.\n",
        "",
    )
    err = goals_fail(root)
    assert err.entry == "tone" and "missing field 'days_why'" in str(err)


def test_days_out_of_range(tmp_path: Path) -> None:
    root = copy_content(tmp_path)
    edit(root, "goals.yaml", "  days: 2\n", "  days: 8\n")
    err = goals_fail(root)
    assert (err.entry, err.line) == ("tone", line_of(root, "goals.yaml", "days: 8"))
    assert "'days' must be a whole number 1..7" in str(err)


def test_html_in_the_question(tmp_path: Path) -> None:
    root = copy_content(tmp_path)
    edit(root, "goals.yaml", "question: <b>Tone up</b>", 'question: <a href="x">Tone up</a>')
    err = goals_fail(root)
    assert err.entry == "tone" and "<a>" in str(err)


def test_a_keyword_of_two_goals(tmp_path: Path) -> None:
    root = copy_content(tmp_path)
    edit(root, "goals.yaml", "    5: [tone, toned,", "    5: [tone, bikini, toned,")
    err = goals_fail(root)
    assert err.entry == "tone" and "'bikini' is already a keyword of 'bikini'" in str(err)
    assert err.line == line_of(root, "goals.yaml", "5: [tone, bikini")


def test_keywords_are_lowercase_and_ranked(tmp_path: Path) -> None:
    root = copy_content(tmp_path / "1")
    edit(root, "goals.yaml", "    5: [tone, toned,", "    5: [Tone, toned,")
    assert "'Tone' must be lowercase" in str(goals_fail(root))
    root = copy_content(tmp_path / "2")
    edit(root, "goals.yaml", "    5: [tone, toned,", "    0: [tone, toned,")
    assert "rank 0 must be 1 or more" in str(goals_fail(root))


def test_typed_and_label_must_read_back_as_their_goal(tmp_path: Path) -> None:
    root = copy_content(tmp_path / "1")
    edit(root, "goals.yaml", "  typed: tone\n", "  typed: compete\n")
    err = goals_fail(root)
    assert err.entry == "tone" and "typed 'compete' reads as goal 'compete'" in str(err)
    root = copy_content(tmp_path / "2")
    edit(root, "goals.yaml", "  label: Tone up\n", "  label: Look great\n")
    err = goals_fail(root)
    assert err.entry == "tone" and "label 'Look great' reads as goal None" in str(err)


def test_a_missing_label(tmp_path: Path) -> None:
    root = copy_content(tmp_path)
    edit(root, "labels.yaml", '  bodyweight: "Bodyweight only"\n', "")
    err = labels_fail(root)
    assert err.path.name == "labels.yaml" and "no label for place bodyweight" in str(err)


def test_a_missing_step_label(tmp_path: Path) -> None:
    root = copy_content(tmp_path)
    edit(root, "labels.yaml", '  zone: "Time zone"\n', "")
    assert "no label for step zone" in str(labels_fail(root))


def test_goal_words_stay_in_goals_yaml(tmp_path: Path) -> None:
    root = copy_content(tmp_path)
    edit(root, "labels.yaml", "experience:\n", 'goal:\n  tone: "Tone up"\nexperience:\n')
    err = labels_fail(root)
    assert err.line == line_of(root, "labels.yaml", "goal:")
    assert "goal words live in goals.yaml" in str(err)


def test_the_renderer_checks_goals_and_labels_at_start(tmp_path: Path) -> None:
    root = tmp_path / "content"
    shutil.copytree(DEFAULT_CONTENT_DIR, root)
    edit(root, "labels.yaml", '  lb: "lb"\n', "")
    with pytest.raises(ContentError, match="no label for unit lb"):
        Renderer(root)
