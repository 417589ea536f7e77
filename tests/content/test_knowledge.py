"""sources.yaml, exercises.yaml and knowledge.yaml load into typed objects; broken content
stops the load, naming the file, the line and the entry at fault."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.coach.goals import divisions_named
from bot.coach.knowledge import Content, Pattern
from bot.coach.profile import Goal, Place
from bot.content import load_content
from tests.content.files import copy_content, edit, fails, line_of

FIXED_EXERCISE_IDS = (
    "hip_thrust",
    "band_hip_thrust",
    "single_leg_hip_thrust",
    "barbell_glute_bridge",
    "bridge",
    "squat",
    "lunge",
    "walking_lunge",
    "bulgarian_split_squat",
    "skater_lunge",
    "single_leg_squat",
    "back_extension",
    "american_deadlift",
    "deadlift",
    "stiff_leg_deadlift",
    "good_morning",
    "nordic_ham_curl",
    "glute_ham_raise",
    "lying_leg_curl",
    "seated_leg_curl",
    "standing_leg_curl",
    "hamstring_ball_curl",
    "monster_walk",
    "sumo_walk",
    "seated_hip_abduction",
    "superman",
    "leg_extension",
    "leg_press",
)


@pytest.fixture(scope="module")
def content() -> Content:
    return load_content()


# ------------------------------------------------------------------ the real content
def test_every_fixed_exercise_has_a_card(content: Content) -> None:
    assert set(FIXED_EXERCISE_IDS) <= set(content.exercises)


def test_cards_are_complete(content: Content) -> None:
    for x in content.exercises.values():
        assert 2 <= len(x.cues) + len(x.coach_cues) <= 3, x.id  # the articles' and the coach's
        assert x.muscles and x.equipment and x.places and x.sources, x.id
        assert set(x.sources) <= set(content.sources), x.id
    sldl = content.exercises["stiff_leg_deadlift"]
    assert {"straight-leg deadlift", "stiff leg deadlift"} <= {n.lower() for n in sldl.names}
    assert content.exercises["superman"].pattern is Pattern.BACK_EXTENSION
    assert content.exercises["bridge"].harder
    for quad_move in ("leg_extension", "leg_press"):
        assert "000" in content.exercises[quad_move].sources
        assert "legs" in (content.exercises[quad_move].note or "")


def test_places_follow_equipment(content: Content) -> None:
    for x in content.exercises.values():
        if Place.BODYWEIGHT in x.places:
            assert "bodyweight" in x.equipment, x.id
        if {"barbell", "machine"} >= set(x.equipment):
            assert x.places == (Place.GYM,), x.id


def test_entries_cover_the_articles(content: Content) -> None:
    for required in (
        "myth_cardio_spot_reduction",
        "myth_tie_in_muscle",
        "myth_special_exercise",
        "myth_sprinting",
        "myth_smooth_transition",
        "three_keys",
        "bikini_priority",
        "glutes_not_thighs",
        "rep_ranges",
        "nordics_vs_leg_curls",
        "tone_routine",
        "choose_weight",
        "lower_back",
    ):
        assert required in content.entries
    assert {e.kind for e in content.myths()} == {"myth"}
    assert len(content.myths()) >= 4
    cited = {s for e in content.entries.values() for s in e.sources}
    assert cited == set(content.sources) == {"000", "001", "002"}
    assert content.sources["002"].author == "Harley Pasternak"
    assert content.sources["002"].year == 2013
    assert content.sources["000"].author is None


def test_entries_are_short_and_tagged(content: Content) -> None:
    for e in content.entries.values():
        assert len(e.title) <= 30, e.id
        assert len(e.phrasings) >= 10, e.id  # many ways people ask
        assert set(re.findall(r"</?(\w+)>", e.answer)) <= {"b", "i"}, e.id
        assert set(e.goal_lines) <= set(Goal), e.id


def test_no_goal_line_counts_sessions_a_person_may_not_train(content: Content) -> None:
    # People choose their own days: "three sessions a week" read against a bikini
    # competitor's four training days.
    counted = re.compile(r"\b(one|two|three|four|five|six|\d) (sessions|days|workouts) a week\b")
    for e in content.entries.values():
        for goal, line in e.goal_lines.items():
            assert not counted.search(line), (e.id, goal, line)


def test_goal_lines_and_helpers(content: Content) -> None:
    entry = content.entries["myth_smooth_transition"]
    assert entry.goal_line(Goal.BIKINI)
    assert entry.goal_line(None) is None
    assert content.entries["choose_weight"].goal_line(Goal.COMPETE) is None
    hip = content.exercises["hip_thrust"]
    assert content.sources_of(hip)[0].id == "000"
    gym_glutes = content.exercises_for(Goal.GLUTES_ONLY, Place.GYM)
    assert hip in gym_glutes
    assert content.exercises["leg_press"] not in gym_glutes
    assert all(
        Place.BODYWEIGHT in x.places for x in content.exercises_for(Goal.TONE, Place.BODYWEIGHT)
    )


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("hip thrust", "hip_thrust"),
        ("Hip Thrusts", "hip_thrust"),
        ("hipthrust", "hip_thrust"),
        ("hip thurst", "hip_thrust"),
        ("band hip thrust", "band_hip_thrust"),
        ("hip thrust with band", "band_hip_thrust"),
        ("single leg hip thrust", "single_leg_hip_thrust"),
        ("straight-leg deadlift", "stiff_leg_deadlift"),
        ("stiff leg deadlifts", "stiff_leg_deadlift"),
        ("SLDL", "stiff_leg_deadlift"),
        ("deadlift", "deadlift"),
        ("American deadlift", "american_deadlift"),
        ("good mornings", "good_morning"),
        ("Good morning", "good_morning"),
        ("GHR", "glute_ham_raise"),
        ("nordics", "nordic_ham_curl"),
        ("bulgarians", "bulgarian_split_squat"),
        ("Bulgarian split sqaut", "bulgarian_split_squat"),
        ("glute bridge", "bridge"),
        ("barbell glute bridge", "barbell_glute_bridge"),
        ("leg curl", "lying_leg_curl"),
        ("seated leg curl", "seated_leg_curl"),
        ("back extention", "back_extension"),
        ("Monster Walks", "monster_walk"),
        ("pistol squat", "single_leg_squat"),
    ],
)
def test_find_exercise(content: Content, name: str, expected: str) -> None:
    found = content.find_exercise(name)
    assert found is not None and found.id == expected


@pytest.mark.parametrize("name", ["", "curl", "bench press", "rdl", "🍑", "x" * 5000, "\u202e"])
def test_find_exercise_unknown(content: Content, name: str) -> None:
    assert content.find_exercise(name) is None


# ------------------------------------------------------------------ broken content
def test_copied_content_loads(tmp_path: Path) -> None:
    assert load_content(copy_content(tmp_path)).entries


def test_duplicate_id(tmp_path: Path) -> None:
    root = copy_content(tmp_path)
    edit(root, "knowledge.yaml", "- id: myth_sprinting\n", "- id: myth_tie_in_muscle\n")
    err = fails(root)
    assert err.path.name == "knowledge.yaml"
    assert err.entry == "myth_tie_in_muscle"
    assert err.line == line_of(root, "knowledge.yaml", "- id: myth_tie_in_muscle", nth=2)
    assert "duplicate" in str(err) and "knowledge.yaml" in str(err)


def test_missing_source_field(tmp_path: Path) -> None:
    root = copy_content(tmp_path)
    edit(
        root,
        "knowledge.yaml",
        '  sources: ["002"]\n  exercises: [superman, bridge]\n',
        "  exercises: [superman, bridge]\n",
    )
    err = fails(root)
    assert (err.path.name, err.entry) == ("knowledge.yaml", "lower_back")
    assert "missing field 'sources'" in str(err)


def test_unknown_source_id(tmp_path: Path) -> None:
    root = copy_content(tmp_path)
    edit(
        root,
        "exercises.yaml",
        '  sources: ["002"]\n  harder: single-leg bridge\n',
        '  sources: ["003"]\n  harder: single-leg bridge\n',
    )
    err = fails(root)
    assert (err.path.name, err.entry) == ("exercises.yaml", "bridge")
    assert "'003'" in str(err)


def test_empty_sources(tmp_path: Path) -> None:
    root = copy_content(tmp_path)
    edit(
        root,
        "knowledge.yaml",
        '  sources: ["001"]\n  related: [tone_routine, rep_ranges]\n',
        "  sources: []\n  related: [tone_routine, rep_ranges]\n",
    )
    err = fails(root)
    assert (err.path.name, err.entry) == ("knowledge.yaml", "choose_weight")
    assert err.line == line_of(root, "knowledge.yaml", "  sources: []")


def test_exercise_reference_without_card(tmp_path: Path) -> None:
    root = copy_content(tmp_path)
    edit(
        root,
        "knowledge.yaml",
        "  exercises: [superman, bridge]\n",
        "  exercises: [superman, bridge, cable_kickback]\n",
    )
    err = fails(root)
    assert (err.path.name, err.entry) == ("knowledge.yaml", "lower_back")
    assert "cable_kickback" in str(err)
    assert err.line == line_of(root, "knowledge.yaml", "cable_kickback")


def test_unknown_field(tmp_path: Path) -> None:
    root = copy_content(tmp_path)
    edit(root, "exercises.yaml", "  name: Sumo walk\n", "  name: Sumo walk\n  colour: pink\n")
    err = fails(root)
    assert (err.path.name, err.entry) == ("exercises.yaml", "sumo_walk")
    assert "unknown field 'colour'" in str(err)
    assert err.line == line_of(root, "exercises.yaml", "colour: pink")


def test_empty_phrasings(tmp_path: Path) -> None:
    root = copy_content(tmp_path)
    text = (root / "knowledge.yaml").read_text(encoding="utf-8")
    start = text.index("- id: myth_padding")
    block = text[start : text.index("\n- id:", start)]
    phrasings = block[block.index("  phrasings:\n") :]
    edit(root, "knowledge.yaml", phrasings, "  phrasings: []")
    err = fails(root)
    assert (err.path.name, err.entry) == ("knowledge.yaml", "myth_padding")
    assert "phrasings" in str(err)


def test_bad_choice_value(tmp_path: Path) -> None:
    root = copy_content(tmp_path)
    edit(
        root,
        "exercises.yaml",
        "  pattern: abduction\n  equipment: [band, machine]\n",
        "  pattern: hip_abduction\n  equipment: [band, machine]\n",
    )
    err = fails(root)
    assert (err.path.name, err.entry) == ("exercises.yaml", "seated_hip_abduction")
    assert "hip_abduction" in str(err)


def test_a_division_named_gets_its_line_unless_the_lines_are_about_ones_own_plan(
    content: Content,
) -> None:
    bikini = content.entries["bikini_priority"]  # a compete line only
    assert divisions_named("is figure prep different from bikini prep?") == (
        Goal.COMPETE,
        Goal.BIKINI,
    )
    assert divisions_named("Bodybuilding, figure or physique?") == (Goal.COMPETE,)
    assert divisions_named("how often should I train glutes") == ()
    assert bikini.line_goal(Goal.TONE, (Goal.BIKINI, Goal.COMPETE)) == Goal.COMPETE
    assert bikini.line_goal(Goal.TONE, (Goal.BIKINI,)) == Goal.TONE  # no bikini line
    smooth = content.entries["myth_smooth_transition"]  # compete and bikini lines
    assert smooth.line_goal(Goal.COMPETE, (Goal.BIKINI, Goal.COMPETE)) == Goal.COMPETE  # own
    assert smooth.line_goal(Goal.TONE, (Goal.BIKINI, Goal.COMPETE)) == Goal.BIKINI  # first
    assert smooth.line_goal(None, ()) is None
    toning = content.entries["tone_routine"]  # "Yours isn't the toning plan"
    assert toning.own_plan_lines and not smooth.own_plan_lines
    assert toning.line_goal(Goal.TONE, (Goal.COMPETE,)) == Goal.TONE
    # a division's line is read by people who don't compete: no "your plan" in them
    for e in content.entries.values():
        for goal in (Goal.COMPETE, Goal.BIKINI):
            line = e.goal_lines.get(goal, "")
            assert e.own_plan_lines or not re.search(r"\byours?\b", line, re.I), e.id


def test_goal_lines_for_must_be_division_or_own_plan(tmp_path: Path) -> None:
    root = copy_content(tmp_path)
    edit(root, "knowledge.yaml", "  goal_lines_for: own plan\n", "  goal_lines_for: mine\n")
    err = fails(root)
    assert (err.path.name, err.entry) == ("knowledge.yaml", "tone_routine")
    assert "goal_lines_for" in str(err)


def test_unknown_goal_in_goal_lines(tmp_path: Path) -> None:
    root = copy_content(tmp_path)
    edit(
        root,
        "knowledge.yaml",
        "    bikini: In bikini the hamstrings come second",
        "    powerlifting: In bikini the hamstrings come second",
    )
    err = fails(root)
    assert (err.path.name, err.entry) == ("knowledge.yaml", "build_hamstrings")
    assert "powerlifting" in str(err)


def test_name_claimed_by_two_cards(tmp_path: Path) -> None:
    root = copy_content(tmp_path)
    edit(
        root,
        "exercises.yaml",
        "aliases: [seated leg curls,",
        "aliases: [Leg Curl, seated leg curls,",
    )
    err = fails(root)
    assert (err.path.name, err.entry) == ("exercises.yaml", "seated_leg_curl")
    assert "lying_leg_curl" in str(err)


def test_phrasing_in_two_entries(tmp_path: Path) -> None:
    root = copy_content(tmp_path)
    edit(
        root,
        "knowledge.yaml",
        "    - does padded underwear work\n",
        "    - does padded underwear work\n    - How to tone my butt?\n",
    )
    err = fails(root)
    assert err.entry == "myth_padding"
    assert "tone_routine" in str(err)


def test_html_other_than_bold_and_italic(tmp_path: Path) -> None:
    root = copy_content(tmp_path)
    edit(root, "knowledge.yaml", "<b>Not really.</b>", '<a href="x">Not really.</a>')
    err = fails(root)
    assert (err.path.name, err.entry) == ("knowledge.yaml", "myth_padding")
    assert "<a>" in str(err)


def test_title_too_long(tmp_path: Path) -> None:
    root = copy_content(tmp_path)
    edit(
        root,
        "knowledge.yaml",
        "  title: Picking your weight\n",
        "  title: Picking the right weight for every set\n",
    )
    err = fails(root)
    assert (err.entry, err.line) == (
        "choose_weight",
        line_of(root, "knowledge.yaml", "Picking the right"),
    )


def test_unknown_related_entry(tmp_path: Path) -> None:
    root = copy_content(tmp_path)
    edit(
        root,
        "knowledge.yaml",
        "  related: [three_muscle_groups]\n  phrasings:\n    - why train the lower back",
        "  related: [three_muscle_groups, warm_ups]\n  phrasings:\n    - why train the lower back",
    )
    err = fails(root)
    assert err.entry == "lower_back" and "warm_ups" in str(err)


def test_a_thing_is_defined_by_one_entry(tmp_path: Path) -> None:
    root = copy_content(tmp_path)
    edit(
        root,
        "knowledge.yaml",
        "  defines: [spinal erectors,",
        "  defines: [Hamstrings, spinal erectors,",
    )
    err = fails(root)
    assert err.entry == "lower_back" and "myth_tie_in_muscle" in str(err)


def test_yaml_syntax_error_names_line(tmp_path: Path) -> None:
    root = copy_content(tmp_path)
    edit(
        root,
        "sources.yaml",
        "  title: Toning hamstrings and glutes\n",
        "  title: [Toning hamstrings\n",
    )
    err = fails(root)
    assert err.path.name == "sources.yaml"
    assert err.line is not None and err.line >= line_of(root, "sources.yaml", "[Toning")


def test_missing_file(tmp_path: Path) -> None:
    root = copy_content(tmp_path)
    (root / "exercises.yaml").unlink()
    err = fails(root)
    assert err.path.name == "exercises.yaml"


def test_not_a_list(tmp_path: Path) -> None:
    root = copy_content(tmp_path)
    (root / "sources.yaml").write_text("id: '000'\ntitle: x\n", encoding="utf-8")
    err = fails(root)
    assert err.path.name == "sources.yaml" and "list" in str(err)
