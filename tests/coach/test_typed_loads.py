"""Typed loads against the target (a QA reviewer's odd logs): one far from the target is
asked about before it is saved (125 kg typed for a 62.5 kg squat was saved without a word,
and the next target was 127.5 kg), and "Next time" compares loads in one unit."""

from bot.coach.profile import Unit
from bot.coach.setlog import SetEntry
from bot.coach.training import FarLoad, far_from_target, seen_change

KG, LB = Unit.KG, Unit.LB


def sets(load: float | None, unit: Unit | None = KG, reps: int = 12) -> list[SetEntry]:
    return [SetEntry(reps, load, unit if load is not None else None)] * 3


def test_loads_near_the_target_are_not_asked_about():
    assert far_from_target(sets(62.5), 60.0, KG) is None
    assert far_from_target(sets(80.0), 60.0, KG) is None  # a third more: maybe real
    assert far_from_target(sets(35.0), 60.0, KG) is None  # a deload
    assert far_from_target(sets(135.0, LB), 60.0, KG) is None  # the same, in pounds
    assert far_from_target(sets(None), 60.0, KG) is None  # reps alone
    assert far_from_target(sets(125.0), None, KG) is None  # nothing to compare with


def test_double_or_half_the_target_is_asked_about():
    assert far_from_target(sets(125.0), 62.5, KG) == FarLoad(125.0, KG, 62.5, KG, True)
    assert far_from_target(sets(6.0), 60.0, KG) == FarLoad(6.0, KG, 60.0, KG, False)
    mixed = [SetEntry(12, 60.0, KG), SetEntry(12, 600.0, KG)]  # one set's typo
    assert far_from_target(mixed, 60.0, KG) == FarLoad(600.0, KG, 60.0, KG, True)


def test_a_number_meant_in_the_other_unit_is_named():
    # 135 typed with a kg profile: 135 lb is about the 60 kg target
    assert far_from_target(sets(135.0), 60.0, KG) == FarLoad(135.0, KG, 60.0, KG, True, LB)
    # 60 typed with an lb profile against 135 lb: 60 kg is about the target
    assert far_from_target(sets(60.0, LB), 135.0, LB) == FarLoad(60.0, LB, 135.0, LB, False, KG)


def test_next_time_compares_a_load_typed_in_the_other_unit_converted():
    assert seen_change(65.0, KG, sets(140.0, LB)) == "up"  # 63.5 kg; it said "down"
    assert seen_change(140.0, LB, sets(63.5, KG)) == "same"  # 139.99 lb; it said "up"
    assert seen_change(135.0, LB, sets(63.5, KG)) == "down"
    assert seen_change(60.0, KG, sets(60.0)) == "same"
    assert seen_change(60.0, KG, sets(None)) is None
