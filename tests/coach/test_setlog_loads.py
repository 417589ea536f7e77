"""Loads said set by set ("20 for the first two, 25 for the last"): each set gets its own,
or none are guessed."""

import pytest

from bot.coach.profile import Unit
from bot.coach.setlog import SetEntry
from bot.coach.setlog_loads import loads_by_set, paired_lists, reps_at_loads, with_loads

KG, LB = Unit.KG, Unit.LB
TWELVES = (SetEntry(12, None, None),) * 3


def loads(entries: tuple[SetEntry, ...] | None) -> list[tuple[float | None, Unit | None]] | None:
    return None if entries is None else [(e.load, e.unit) for e in entries]


@pytest.mark.parametrize(
    ("text", "head", "expected"),
    [
        ("20 for the first two, 25 for the last", "", [(20, KG), (20, KG), (25, KG)]),
        ("3x10, first two at 20 and the last at 25", "3x10", [(20, KG), (20, KG), (25, KG)]),
        ("20 for the first, 25lb for the rest", "", [(20, LB), (25, LB), (25, LB)]),
        ("20kg on the first set, 22.5 on the second, 25 on the third", "",
         [(20, KG), (22.5, KG), (25, KG)]),
        ("10 10 8 - 20 for the first two and 25 on the last one", "10 10 8",
         [(20, KG), (20, KG), (25, KG)]),
        ("20 for the first, 25 for the second and third", "", [(20, KG), (25, KG), (25, KG)]),
        ("20lb for the first and second, 25 for the last", "", [(20, LB), (20, LB), (25, LB)]),
    ],
)  # fmt: skip
def test_each_set_gets_the_load_said_for_it(text, head, expected):
    said = loads_by_set(text)
    assert said is not None and said[0] == head
    assert loads(with_loads(TWELVES, said[1], KG)) == expected


@pytest.mark.parametrize(
    "text", ["20 for the first two, 25 for the last two", "20 for the first, 25 for the second"]
)
def test_loads_that_dont_fit_the_sets_one_to_one_are_not_guessed(text):
    said = loads_by_set(text)
    assert said is not None and with_loads(TWELVES, said[1], KG) is None


@pytest.mark.parametrize("text", ["12 12 10", "20 for the first two", "the last set was 8"])
def test_no_loads_set_by_set(text):
    assert loads_by_set(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("10 reps at 20, 20, then 25kg", [(20, KG), (20, KG), (25, KG)]),
        ("did 10 at 20/20/25", [(20, KG), (20, KG), (25, KG)]),
        ("8 reps with 95, 95 and 100 lbs", [(95, LB), (95, LB), (100, LB)]),
        ("10 reps at 20, 12, 10", None),  # falling, no unit: maybe reps
        ("12 12 10 at 20", None),
    ],
)
def test_the_same_reps_at_a_load_per_set(text, expected):
    assert loads(reps_at_loads(text, KG)) == expected


@pytest.mark.parametrize(
    "text", ["first set 12, second 11, third 10", "first set 12, second set 10", "1st 12, 2nd 10"]
)
def test_each_set_in_turn_with_a_bare_whole_number_is_reps(text):
    """ "first set 12, second 11, third 10" was read as loads of 12, 11 and 10 kg."""
    assert loads_by_set(text) is None


@pytest.mark.parametrize(
    "text",
    ["first set at 20, second at 25", "first set 20kg, second 25kg", "first 20, second 22.5"],
)
def test_each_set_in_turn_with_a_load_said_is_loads(text):
    assert loads_by_set(text) is not None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12/10/8 @ 20/22.5/25", [(12, 20, KG), (10, 22.5, KG), (8, 25, KG)]),
        ("20-22.5-25 x 12-10-8", [(12, 20, KG), (10, 22.5, KG), (8, 25, KG)]),
        ("12/10/8 at 40/45/50 lbs", [(12, 40, LB), (10, 45, LB), (8, 50, LB)]),
        ("20/25kg x 10/8", [(10, 20, KG), (8, 25, KG)]),
    ],
)
def test_each_set_its_own_reps_and_load_side_by_side(text, expected):
    got = paired_lists(text, KG)
    assert got is not None and [(e.reps, e.load, e.unit) for e in got] == expected


@pytest.mark.parametrize("text", ["12/10 @ 20/22.5/25", "12/10/8", "20 x 12", "12.5/10 @ 20/25"])
def test_lists_that_do_not_pair_are_not_guessed(text):
    assert paired_lists(text, KG) is None
