"""Short answers typed at "Save it?" (bot/training/typed.py)."""

from datetime import time

import pytest

from bot.coach.profile import Experience, Goal, Place, Profile, Unit
from bot.coach.setlog import SetEntry
from bot.training.typed import corrected_entries, done_then_remark, without_remark
from bot.training.typed_yes import confirmed_then_remark, is_confirmation, is_refusal


@pytest.mark.parametrize(
    "text", ["no", "nah", "nope", "no, that's wrong", "no thanks", "No thank you", "nope, thx"]
)
def test_a_no_with_or_without_thanks_is_a_refusal(text):
    assert is_refusal(text) and not is_confirmation(text)


@pytest.mark.parametrize("text", ["thanks", "no problem", "no 10 10 8", "not now"])
def test_thanks_or_other_words_are_no_refusal(text):
    assert not is_refusal(text)


@pytest.mark.parametrize(
    "text",
    ["yes", "yess", "Yesss!", "ok thanks", "perfect thanks", "👍🏻", "✅✅", "yep 👍", "okk"],
)
def test_a_yes_said_loosely_is_a_confirmation(text):
    assert is_confirmation(text) and not is_refusal(text)


@pytest.mark.parametrize("text", ["thanks", "thank you", "no", "12 12 10", "yes 12 12 10", "sss"])
def test_anything_else_is_no_confirmation(text):
    assert not is_confirmation(text)


@pytest.mark.parametrize(
    ("text", "head"),
    [("done, felt good", "done"), ("done but it was hard", "done"), (" Did it! tough", " Did it")],
)
def test_done_then_how_it_went(text, head):
    assert done_then_remark(text) == head


@pytest.mark.parametrize("text", ["done", "done, 12 12 10", "done with 20kg", "donee, ok", "done!"])
def test_no_done_then_a_remark(text):
    assert done_then_remark(text) is None


@pytest.mark.parametrize(
    ("text", "remark"),
    [
        ("done, felt good", "felt good"),
        ("yes, was hard", "was hard"),
        ("ok done - tough one", "tough one"),
        ("yes but it was hard", "it was hard"),
        ("Yes! Felt great 💪", "Felt great 💪"),
        ("nailed it, easy", "easy"),
        ("done ✅ felt strong", "felt strong"),
        ("✅ felt strong", "felt strong"),
    ],
)
def test_a_yes_then_how_it_went(text, remark):
    assert confirmed_then_remark(text) == remark


@pytest.mark.parametrize(
    "text",
    ["yes", "yes thanks", "yes it was", "yes, 12 12 10", "ok but in pounds", "yes but wait",
     "yes, skip", "done but what about lunges?", "felt good", "no, it was hard"],
)  # fmt: skip
def test_no_yes_then_a_remark(text):
    assert confirmed_then_remark(text) is None


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("12 12 10 at 20kg, 1 min rest", "12 12 10 at 20kg"),
        ("12 12 10 at 20kg (rested 90s between sets)", "12 12 10 at 20kg"),
        ("60kg 12 12 10 - 2 minutes rest between sets", "60kg 12 12 10"),
        ("3x10 @ 40 with 1.5 min of rest", "3x10 @ 40"),
    ],
)
def test_how_long_the_rests_were_is_a_remark_after_the_sets(text, head):
    """A remark with a number was never split off: "1 min rest" could have been sets."""
    assert without_remark(text, "syntax", "min") == head


KG = Unit.KG
PROFILE = Profile(Goal.TONE, Experience.NEW, Place.GYM, (0, 3), time(18, 30), "Europe/Berlin", KG)
AT_25 = (SetEntry(12, 25.0, KG), SetEntry(12, 25.0, KG), SetEntry(10, 25.0, KG))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("20 not 25", [(12, 20.0), (12, 20.0), (10, 20.0)]),
        ("oops 20kg not 25", [(12, 20.0), (12, 20.0), (10, 20.0)]),
        ("12 not 10", [(12, 25.0), (12, 25.0), (12, 25.0)]),
        ("it was 8 instead of 10", [(12, 25.0), (12, 25.0), (8, 25.0)]),
    ],
)
def test_one_number_for_another_corrects_the_load_or_those_reps(text, expected):
    """At "Save it?", "20 not 25" was "I couldn't read that (at "not")"."""
    profile = PROFILE
    got = corrected_entries(text, profile, AT_25)
    assert got is not None and [(e.reps, e.load) for e in got] == expected


def test_a_number_not_in_the_entry_is_no_correction():
    assert corrected_entries("20 not 30", PROFILE, AT_25) is None


MIXED = (SetEntry(12, 25.0, KG), SetEntry(12, 25.0, KG), SetEntry(10, 25.0, KG))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("set 2 was 20 not 25", [(12, 25.0), (12, 20.0), (10, 25.0)]),
        ("the second set was 20 not 25", [(12, 25.0), (12, 20.0), (10, 25.0)]),
        ("oops, last set 20kg not 25", [(12, 25.0), (12, 25.0), (10, 20.0)]),
        ("set one: 20 not 25", [(12, 20.0), (12, 25.0), (10, 25.0)]),
        ("20 not 25 on the second set", [(12, 25.0), (12, 20.0), (10, 25.0)]),
        ("20 not 25 for set 3", [(12, 25.0), (12, 25.0), (10, 20.0)]),
        ("set 2 was 10 not 12", [(12, 25.0), (10, 25.0), (10, 25.0)]),
    ],
)
def test_one_number_for_another_in_a_set_named_changes_that_set_only(text, expected):
    """ "set 2 was 20 not 25" put every set at 25 at 20."""
    got = corrected_entries(text, PROFILE, MIXED)
    assert got is not None and [(e.reps, e.load) for e in got] == expected


def test_a_set_named_not_there_or_without_the_number_is_no_correction():
    assert corrected_entries("set 4 was 20 not 25", PROFILE, MIXED) is None
    assert corrected_entries("set 3 was 10 not 12", PROFILE, MIXED) is None
