"""One set typed at a time, and the words that end an exercise logged that way."""

import pytest

from bot.coach.profile import Unit
from bot.coach.setlog import SetEntry
from bot.coach.setlog_oneset import first_sets, one_set, same_set, says_over

KG = Unit.KG


@pytest.mark.parametrize(
    ("text", "entry", "marked", "last"),
    [
        ("first set 12 reps at 20kg", SetEntry(12, 20.0, KG), True, False),
        ("set 2: 10", SetEntry(10, None, None), True, False),
        ("2nd set - 10 @ 22.5", SetEntry(10, 22.5, KG), True, False),
        ("last set 8", SetEntry(8, None, None), True, True),
        ("10", SetEntry(10, None, None), False, False),
        ("10 again", SetEntry(10, None, None), False, False),
        ("set 3: 8 too", SetEntry(8, None, None), True, False),
        ("11 done", SetEntry(11, None, None), False, False),
        ("got 10 that time", SetEntry(10, None, None), False, False),
        ("9 @ 22.5 this time", SetEntry(9, 22.5, KG), False, False),
    ],
)
def test_one_set(text, entry, marked, last):
    said = one_set(text, KG)
    assert said is not None and (said.entry, said.marked, said.last) == (entry, marked, last)


@pytest.mark.parametrize("text", ["20kg 12 12 10", "12 12", "3x10", "what?", "set 2?"])
def test_no_single_set(text):
    assert one_set(text, KG) is None


@pytest.mark.parametrize("text", ["done", "that's it", "next", "skip the rest", "all done"])
def test_over(text):
    assert says_over(text)


@pytest.mark.parametrize("text", ["that's all for today", "12", "done as planned"])
def test_not_over(text):
    assert not says_over(text)


@pytest.mark.parametrize("text", ["same", "Same again", "same as the last one", "again", "ditto"])
def test_the_last_set_again(text):
    assert same_set(text)


@pytest.mark.parametrize("text", ["same as last time", "same weight", "same but 5 more kg"])
def test_not_the_last_set_again(text):
    assert not same_set(text)


@pytest.mark.parametrize(
    ("text", "nth"),
    [
        ("set two 11", 2),
        ("second set 11", 2),
        ("set 2: 10", 2),
        ("3rd set 9", 3),
        ("set three: 9 reps at 22.5", 3),
        ("last set 8", None),
        ("next set 10", None),
        ("10", None),
    ],
)
def test_the_sets_number_said(text, nth):
    """ "set two 11" was no set at all; the number said lets a set already in be corrected."""
    said = one_set(text, KG)
    assert said is not None and said.nth == nth


@pytest.mark.parametrize(
    ("text", "entry", "nth"),
    [
        ("11 (harder)", SetEntry(11, None, None), None),  # was no set: shown to replace
        ("10, felt heavy", SetEntry(10, None, None), None),
        ("and 10 for set 2", SetEntry(10, None, None), 2),  # was 10 sets of 2
        ("10 reps at 22.5 for set two", SetEntry(10, 22.5, KG), 2),
    ],
)
def test_a_set_with_words_after_it_or_named_after_it(text, entry, nth):
    said = one_set(text, KG)
    assert said is not None and (said.entry, said.nth) == (entry, nth)


@pytest.mark.parametrize("text", ["10 more minutes", "10 sets", "12 12 10 felt heavy"])
def test_no_set_with_words_after_it(text):
    assert one_set(text, KG) is None


@pytest.mark.parametrize(
    ("text", "reps", "last"),
    [
        ("ten", 10, False),  # was no set
        ("3rd set 9 and done", 9, True),  # "and done" was no last
        ("10, last one", 10, True),
        ("10 - tough", 10, False),
    ],
)
def test_a_set_in_words_or_said_to_be_the_last(text, reps, last):
    said = one_set(text, KG)
    assert said is not None and (said.entry.reps, said.last) == (reps, last)


@pytest.mark.parametrize(
    ("text", "over"),
    [("that's it for squats", True), ("done for this one", True), ("that's it for today", False)],
)
def test_over_for_the_exercise_never_the_day(text, over):
    """ "that's it for squats" was a remark noted; "for today" ends the workout (not here)."""
    assert says_over(text) is over


@pytest.mark.parametrize(
    ("text", "reps", "load", "count"),
    [("10 for the first two", 10, None, 2), ("10 at 20kg on the first 3 sets", 10, 20.0, 3),
     ("and 9 for the first two", 9, None, 2)],
)  # fmt: skip
def test_reps_for_the_first_sets(text, reps, load, count):
    got = first_sets(text, Unit.KG)
    assert got is not None and (got[0].reps, got[0].load, got[1]) == (reps, load, count)


@pytest.mark.parametrize("text", ["10 for the last two", "10 10 for the first two", "10"])
def test_other_sets_are_not_the_first_ones(text):
    assert first_sets(text, Unit.KG) is None
