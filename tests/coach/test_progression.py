import pytest

from bot.coach.profile import Unit
from bot.coach.progression import (
    ExerciseKind,
    Prescription,
    convert,
    load_step,
    next_prescription,
)
from bot.coach.setlog import Planned, SetEntry

KG, LB = Unit.KG, Unit.LB
BARBELL = ExerciseKind("weighted", ("barbell", "bench"))
DUMBBELL = ExerciseKind("weighted", ("dumbbell",))
BRIDGE = ExerciseKind("bodyweight", (), harder="single_leg_bridge")
BAND_WALK = ExerciseKind("band", ("band",))


def done(reps: list[int], load: float | None = 60.0, unit: Unit | None = KG) -> list[SetEntry]:
    return [SetEntry(r, load, unit if load is not None else None) for r in reps]


def plan(load: float | None = 60.0, unit: Unit = KG, sets: int = 3, low: int = 8, high: int = 12):
    return Planned(sets=sets, rep_low=low, rep_high=high, load=load, unit=unit)


def test_top_of_range_at_prescribed_load_goes_up():
    rx = next_prescription(BARBELL, plan(), done([12, 12, 12]))
    assert rx == Prescription(62.5, KG, 8, 12, "up", "top_reached")


def test_top_of_range_at_heavier_load_goes_up_from_what_was_lifted():
    rx = next_prescription(BARBELL, plan(), done([12, 12, 12], 65.0))
    assert (rx.change, rx.load) == ("up", 67.5)


def test_top_of_range_at_lighter_load_stays():
    rx = next_prescription(BARBELL, plan(), done([12, 12, 12], 55.0))
    assert (rx.change, rx.load, rx.reason_code) == ("same", 60.0, "lighter_than_planned")


def test_one_lighter_set_blocks_going_up():
    sets = [*done([12, 12]), *done([12], 57.5)]
    assert next_prescription(BARBELL, plan(), sets).reason_code == "lighter_than_planned"


def test_inside_range_stays():
    rx = next_prescription(BARBELL, plan(), done([12, 11, 10]))
    assert (rx.change, rx.load, rx.reason_code) == ("same", 60.0, "in_range")


def test_missed_bottom_goes_down():
    rx = next_prescription(BARBELL, plan(), done([10, 8, 7]))
    assert rx == Prescription(57.5, KG, 8, 12, "down", "missed_bottom")


def test_missed_bottom_at_lighter_load_goes_down_from_that_load():
    rx = next_prescription(BARBELL, plan(), done([9, 8, 6], 55.0))
    assert (rx.change, rx.load) == ("down", 52.5)


def test_miss_at_a_heavier_load_than_planned_keeps_the_plan():
    rx = next_prescription(BARBELL, plan(), [*done([12, 12]), *done([6], 70.0)])
    assert (rx.change, rx.load, rx.reason_code) == ("same", 60.0, "missed_heavier_than_planned")


def test_down_never_below_the_smallest_increment():
    rx = next_prescription(BARBELL, plan(1.25), done([5, 5, 5], 1.25))
    assert (rx.change, rx.load, rx.reason_code) == ("same", 1.25, "at_minimum")
    rx = next_prescription(BARBELL, plan(2.0), done([5, 5, 5], 2.0))
    assert (rx.change, rx.load) == ("down", 1.25)


def test_fewer_sets_than_planned_cannot_go_up():
    rx = next_prescription(BARBELL, plan(), done([12, 12]))
    assert (rx.change, rx.reason_code) == ("same", "fewer_sets")


def test_fewer_sets_with_a_miss_still_goes_down():
    assert next_prescription(BARBELL, plan(), done([6])).change == "down"


def test_unknown_load_cannot_go_up():
    rx = next_prescription(BARBELL, plan(), done([12, 12, 12], None))
    assert (rx.change, rx.reason_code) == ("same", "load_unknown")


def test_no_history_starts_without_a_load():
    rx = next_prescription(BARBELL, plan(None), [])
    assert rx == Prescription(None, KG, 8, 12, "start", "pick_start_load")


def test_first_session_uses_the_chosen_load():
    rx = next_prescription(BARBELL, plan(None), done([12, 12, 12], 40.0))
    assert (rx.change, rx.load) == ("up", 42.5)
    rx = next_prescription(BARBELL, plan(None), done([10, 9, 8], 40.0))
    assert (rx.change, rx.load) == ("same", 40.0)


def test_nothing_logged_keeps_the_plan():
    assert next_prescription(BARBELL, plan(), []).reason_code == "not_logged"


# --- steps and rounding -------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "unit", "load", "step"),
    [
        (BARBELL, KG, 60.0, 2.5),
        (BARBELL, KG, 20.0, 1.25),  # 10% of 20 is 2: round down to the 1.25 grid
        (BARBELL, KG, 5.0, 1.25),  # can't go below what the plates allow
        (BARBELL, LB, 135.0, 5.0),
        (BARBELL, LB, 30.0, 2.5),
        (DUMBBELL, KG, 30.0, 2.0),
        (DUMBBELL, KG, 8.0, 1.0),
        (DUMBBELL, LB, 40.0, 2.5),  # 10% of 40 lb is 4: 2.5 lb
        (DUMBBELL, LB, 60.0, 5.0),
        (ExerciseKind("weighted", ("barbell", "dumbbell")), KG, 30.0, 2.0),  # smallest wins
        (ExerciseKind("weighted", ("mat",)), KG, 60.0, 2.5),  # unknown kit: barbell steps
        (BRIDGE, KG, 60.0, 0.0),
    ],
)
def test_load_step(kind, unit, load, step):
    assert load_step(kind, unit, load) == step


def test_lb_plan_goes_up_by_5_lb():
    rx = next_prescription(BARBELL, plan(135.0, LB), done([12, 12, 12], 135.0, LB))
    assert (rx.load, rx.unit) == (140.0, LB)


def test_off_grid_load_is_rounded_to_plates():
    rx = next_prescription(BARBELL, plan(61.0), done([12, 12, 12], 61.0))
    assert rx.load == 63.75
    rx = next_prescription(BARBELL, plan(61.0), done([6, 6, 6], 61.0))
    assert rx.load == 58.75


def test_dumbbell_up_in_kg():
    rx = next_prescription(DUMBBELL, plan(10.0), done([12, 12, 12], 10.0))
    assert rx.load == 11.0


# --- units --------------------------------------------------------------------------


def test_convert():
    assert convert(100, LB, KG) == pytest.approx(45.359237)
    assert convert(45.359237, KG, LB) == pytest.approx(100)
    assert convert(60, KG, KG) == 60.0


def test_lb_log_against_kg_plan_heavy_enough_goes_up_in_kg():
    rx = next_prescription(BARBELL, plan(60.0), done([12, 12, 12], 135.0, LB))  # 61.2 kg
    assert (rx.change, rx.unit, rx.load) == ("up", KG, 63.75)


def test_lb_log_within_half_a_plate_counts_as_the_plan():
    rx = next_prescription(BARBELL, plan(60.0), done([12, 12, 12], 132.5, LB))  # 60.1 kg
    assert rx.change == "up"
    rx = next_prescription(BARBELL, plan(60.0), done([12, 12, 12], 131.5, LB))  # 59.6 kg
    assert rx.change == "up"  # 0.7 lb short: inside half the smallest lb increment


def test_lb_log_lighter_than_kg_plan_stays():
    rx = next_prescription(BARBELL, plan(60.0), done([12, 12, 12], 130.0, LB))  # 59.0 kg
    assert (rx.change, rx.reason_code) == ("same", "lighter_than_planned")


def test_kg_log_against_lb_plan():
    rx = next_prescription(BARBELL, plan(135.0, LB), done([12, 12, 12], 62.5, KG))  # 137.8 lb
    assert (rx.change, rx.unit, rx.load) == ("up", LB, 142.5)
    rx = next_prescription(BARBELL, plan(135.0, LB), done([7, 7, 7], 60.0, KG))  # 132.3 lb
    assert (rx.change, rx.unit, rx.load) == ("down", LB, 127.5)


def test_mixed_units_in_one_log():
    sets = [*done([12], 60.0, KG), *done([12, 12], 135.0, LB)]
    assert next_prescription(BARBELL, plan(60.0), sets).change == "up"


# --- bodyweight and bands -----------------------------------------------------------


def test_bodyweight_progresses_by_reps_then_harder_variation():
    rx = next_prescription(BRIDGE, plan(None, low=12, high=15), done([15, 15, 15], None))
    assert (rx.change, rx.rep_low, rx.rep_high, rx.load) == ("up", 14, 17, None)
    rx = next_prescription(BRIDGE, plan(None, low=14, high=19), done([19, 19, 19], None))
    assert (rx.change, rx.rep_low, rx.rep_high) == ("up", 15, 20)  # capped at 20
    rx = next_prescription(BRIDGE, plan(None, low=15, high=20), done([20, 20, 20], None))
    assert rx == Prescription(None, KG, 8, 12, "harder", "harder_variation", "single_leg_bridge")


def test_bodyweight_at_cap_without_harder_variation_stays():
    kind = ExerciseKind("bodyweight", ())
    rx = next_prescription(kind, plan(None, low=15, high=20), done([20, 20, 20], None))
    assert (rx.change, rx.reason_code) == ("same", "at_cap")


def test_bodyweight_missed_bottom_lowers_reps_down_to_a_floor():
    rx = next_prescription(BRIDGE, plan(None, low=14, high=18), done([14, 12, 11], None))
    assert (rx.change, rx.rep_low, rx.rep_high) == ("down", 12, 16)
    rx = next_prescription(BRIDGE, plan(None, low=8, high=12), done([6, 6, 6], None))
    assert (rx.change, rx.reason_code) == ("same", "at_minimum")


def test_bodyweight_fewer_sets_cannot_go_up():
    rx = next_prescription(BRIDGE, plan(None, low=12, high=15), done([15, 15], None))
    assert (rx.change, rx.reason_code) == ("same", "fewer_sets")


def test_band_reps_go_to_30():
    rx = next_prescription(BAND_WALK, plan(None, low=20, high=28), done([28, 28, 28], None))
    assert (rx.change, rx.rep_low, rx.rep_high) == ("up", 22, 30)
    rx = next_prescription(BAND_WALK, plan(None, low=22, high=30), done([30, 30, 30], None))
    assert (rx.change, rx.rep_high) == ("same", 30)


def test_band_harder_variation_resets_reps():
    kind = ExerciseKind("band", ("band",), harder="heavier_band")
    rx = next_prescription(kind, plan(None, low=22, high=30), done([30, 30, 30], None))
    assert (rx.change, rx.variation, rx.rep_low, rx.rep_high) == ("harder", "heavier_band", 12, 20)
