"""Templates are checked at start: a broken one names its file."""

import shutil

import pytest

from bot.coach.smalltalk import Intent
from bot.runtime.render import CONTENT_DIR, Renderer, RenderError
from bot.training.logbook_steps import Ask


def test_every_template_compiles():
    Renderer().check()


def test_a_broken_template_names_its_file(tmp_path):
    shutil.copytree(CONTENT_DIR, tmp_path / "content")
    (tmp_path / "content" / "templates" / "help.html.j2").write_text("{% for x in %}")
    with pytest.raises(RenderError, match=r"help\.html\.j2"):
        Renderer(tmp_path / "content").check()


def test_a_template_broken_after_a_start_is_caught_at_the_next(tmp_path):
    # Compiled templates are cached across starts; the cache must never hide an edit.
    shutil.copytree(CONTENT_DIR, tmp_path / "content")
    Renderer(tmp_path / "content").check()
    (tmp_path / "content" / "templates" / "help.html.j2").write_text("{% for x in %}")
    with pytest.raises(RenderError, match=r"help\.html\.j2"):
        Renderer(tmp_path / "content").check()


def test_an_edited_template_renders_its_new_text_after_a_restart(tmp_path):
    shutil.copytree(CONTENT_DIR, tmp_path / "content")
    page = tmp_path / "content" / "templates" / "unknown_command.html.j2"
    assert "{{ command }}" in page.read_text()
    Renderer(tmp_path / "content").text("unknown_command", command="/x")
    page.write_text("Edited: {{ command }}")
    assert Renderer(tmp_path / "content").text("unknown_command", command="/x") == "Edited: /x"


def test_user_text_is_escaped():
    text = Renderer().text("unknown_command", command="<b>/x&y</b>")
    assert "&lt;b&gt;/x&amp;y&lt;/b&gt;" in text


def test_missing_context_fails_loudly():
    with pytest.raises(Exception, match="command"):
        Renderer().text("unknown_command")


@pytest.mark.parametrize(
    ("weighted", "unit", "examples", "not_said"),
    [
        (True, "kg", ['"60kg 20 20 18"', '"3x20 @ 40"'], []),  # at 15–20: its own reps
        (True, "lb", ['"135lb 20 20 18"', '"3x20 @ 95"'], ["kg"]),
        (False, "kg", ['"20 20 15"', '"3x20"'], ["kg", "@"]),  # a band move: reps only
    ],
)
def test_the_ask_gives_examples_that_fit_the_exercise(weighted, unit, examples, not_said):
    ask = Ask(1, 1, 4, "Monster walk", 3, 15, 20, None, unit, None, None, weighted=weighted)
    text = Renderer().text("log_ask", position=1, count=4, name=ask.name, log=ask, last=None,
                           swapped_from=None, change=None, variation=None)  # fmt: skip
    for example in examples:
        assert example in text, text
    for word in not_said:
        assert word not in text.split("Tap a button")[1], text


@pytest.mark.parametrize(
    ("sets", "weighted", "examples"),
    [
        # at 15–20 weighted moves were shown "12 12 10": reps of another target
        (2, True, ['"20 18"', '"60kg 20 18"', '"2x20 @ 40"', '"bw 20 20"']),
        (3, True, ['"20 20 18"', '"60kg 20 20 18"', '"3x20 @ 40"', '"bw 20 20 20"']),
        (4, True, ['"20 20 20 18"', '"60kg 20 20 20 18"', '"4x20 @ 40"', '"bw 20 20 20 20"']),
        (1, True, ['"20"', '"60kg 20"', '"20 @ 40"', '"bw 20"']),  # was "1x10 @ 40": odd
        (1, False, ['"20"', '"15 reps"']),
        (2, False, ['"20 15"', '"2x20"']),
        (4, False, ['"20 20 20 15"', '"4x20"']),
    ],
)
def test_the_asks_examples_have_the_targets_sets(sets, weighted, examples):
    """A target of 2 × 15–20 was shown "20 20 15" (three sets) to type, 2 × 8–12 "12 12 10"."""
    ask = Ask(1, 1, 4, "Monster walk", sets, 15, 20, None, "kg", None, None, weighted=weighted)
    text = Renderer().text("log_ask", position=1, count=4, name=ask.name, log=ask, last=None,
                           swapped_from=None, change=None, variation=None)  # fmt: skip
    typed = text.split("Tap a button")[1]
    for example in examples:
        assert example in typed, typed
    assert typed.count('"') == 2 * len(examples) + 2  # and "skip": nothing else to type


@pytest.mark.parametrize(
    ("low", "high", "examples"),
    [
        (3, 8, ['"8 8 8 6"', '"60kg 8 8 8 6"', '"4x8 @ 40"', '"bw 20 20 20 20"']),
        (8, 12, ['"12 12 12 10"', '"60kg 12 12 12 10"', '"4x10 @ 40"', '"bw 20 20 20 20"']),
        (6, 10, ['"10 10 10 8"', '"60kg 10 10 10 8"', '"4x10 @ 40"', '"bw 20 20 20 20"']),
    ],
)
def test_a_weighted_asks_examples_fit_its_reps(low, high, examples):
    """Hip thrusts at 4 × 3–8 were shown "12 12 12 10" to type: reps no set of theirs has."""
    ask = Ask(1, 1, 4, "Hip thrust", 4, low, high, None, "kg", None, None, weighted=True)
    text = Renderer().text("log_ask", position=1, count=4, name=ask.name, log=ask, last=None,
                           swapped_from=None, change=None, variation=None)  # fmt: skip
    typed = text.split("Tap a button")[1]
    for example in examples:
        assert example in typed, typed


@pytest.mark.parametrize(
    ("sets", "weighted", "examples"),
    [
        (2, True, ['"20 18" (reps)', '"60kg 20 18"', '"2x20 @ 40"', '"bw 20 20"', '"done"']),
        (1, True, ['"20" (reps)', '"60kg 20"', '"20 @ 40"', '"bw 20"', '"done"']),
        (2, False, ['"20 15"', '"2x20"', '"done"']),
    ],
)
def test_what_couldnt_be_read_gets_the_asks_examples(sets, weighted, examples):
    """ "I couldn't read that" showed "12 12 10" and "3x10 @ 40" for any target: two sets,
    one, a band move's."""
    text = Renderer().text("log_error", code="syntax", detail={"token": "zz"}, name="Squat",
                           unit="kg", named=False, sets=sets, rep_low=15, rep_high=20,
                           weighted=weighted)  # fmt: skip
    typed = text.split("try: ")[1]
    for example in examples:
        assert example in typed, typed
    assert typed.count('"') == 2 * len(examples) + 2, typed  # and "skip"


@pytest.mark.parametrize("onboarded", [True, False])
def test_every_conversation_intent_has_its_own_reply(onboarded):
    """A new Intent without its branch in talk.html.j2 would send an empty message ("help"
    is /help's own message)."""
    for intent in set(Intent) - {Intent.HELP}:
        for place in (None, "gym", "home", "bodyweight"):  # the handler always passes it
            text = Renderer().text(
                "talk",
                intent=intent.value,
                onboarded=onboarded,
                setting_up=False,
                paused=False,
                place=place,
                show=None,  # the handler passes these too: the show day, when said
                show_asked=False,
                show_day=None,
            )
            assert text.strip(), (intent, place)
