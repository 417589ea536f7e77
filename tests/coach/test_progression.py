import pytest

from bot.coach.profile import Unit
from bot.coach.progression import (
    EASIER_BAND,
    EASIER_BODYWEIGHT,
    ExerciseKind,
    Prescription,
    convert,
    floor_load,
    half_kg_rack,
    load_step,
    loadable,
    next_prescription,
    rack_step_open,
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


def test_down_never_below_the_empty_bar():
    # issue 11: a 1 kg barbell squat was prescribed; the empty bar (20 kg / 45 lb) is the floor
    rx = next_prescription(BARBELL, plan(20.0), done([5, 5, 5], 20.0))
    assert (rx.change, rx.load, rx.reason_code) == ("same", 20.0, "at_minimum")
    rx = next_prescription(BARBELL, plan(22.5), done([5, 5, 5], 22.5))
    assert (rx.change, rx.load) == ("down", 20.0)
    rx = next_prescription(BARBELL, plan(45.0, LB), done([5, 5, 5], 45.0, LB))
    assert (rx.change, rx.load) == ("same", 45.0)


def test_dumbbell_down_never_below_one_kg():
    rx = next_prescription(DUMBBELL, plan(1.0), done([5, 5, 5], 1.0))
    assert (rx.change, rx.load) == ("same", 1.0)


MACHINE = ExerciseKind("weighted", ("machine",))


@pytest.mark.parametrize(
    ("kind", "unit", "lowest"),
    [
        (MACHINE, KG, 5.0),  # the lightest plate of a weight stack
        (MACHINE, LB, 10.0),
        (DUMBBELL, KG, 1.0),  # the lightest dumbbells
        (DUMBBELL, LB, 2.5),
        (ExerciseKind("weighted", ("cable",)), KG, 2.5),
        (ExerciseKind("weighted", ("kettlebell",)), KG, 4.0),
        (BARBELL, KG, 20.0),
        (BARBELL, LB, 45.0),
    ],
)
def test_every_kit_has_a_floor_never_prescribed_under(kind, unit, lowest):
    """Issue 11: machine loads (leg curls) had no real minimum; each kit has a floor, and
    repeated misses at it hold the floor rather than going under it."""
    assert floor_load(kind, unit) == lowest
    rx = next_prescription(kind, plan(lowest, unit), done([3, 3, 3], lowest, unit))
    assert (rx.change, rx.load, rx.reason_code) == ("same", lowest, "at_minimum")
    heavier = lowest + 2 * load_step(kind, unit, lowest)
    rx = next_prescription(kind, plan(heavier, unit), done([3, 3, 3], heavier, unit))
    assert rx.change == "down" and rx.load is not None and rx.load >= lowest
    assert loadable(kind, unit, 0.5) == lowest


@pytest.mark.parametrize(
    ("unit", "load", "step"),
    [(KG, 60.0, 5.0), (KG, 30.0, 2.5), (LB, 120.0, 10.0), (LB, 60.0, 5.0)],
)
def test_machine_stacks_move_by_a_plate_of_the_stack(unit, load, step):
    """A weight stack's plates are 5 kg / 10 lb apart (2.5 kg / 5 lb with the add-on
    weight most stacks carry); light loads move by the add-on, like the other kits."""
    assert load_step(MACHINE, unit, load) == step
    rx = next_prescription(MACHINE, plan(load, unit), done([12, 12, 12], load, unit))
    assert rx.load == load + step


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
        (BARBELL, KG, 20.0, 2.5),  # issue 11: barbells move in 2.5 kg steps, even light
        (BARBELL, LB, 135.0, 5.0),
        (BARBELL, LB, 50.0, 5.0),
        (DUMBBELL, KG, 30.0, 2.0),
        (DUMBBELL, KG, 8.0, 1.0),
        (DUMBBELL, LB, 40.0, 5.0),  # a rack holds no 42.5 lb dumbbell: from 10 lb, 5 lb apart
        (DUMBBELL, LB, 7.5, 2.5),  # light ones 2.5 lb apart
        (DUMBBELL, LB, 60.0, 5.0),
        # issue 11: a barbell squat moved in dumbbell steps (35, 37, 39 kg); the first kit wins
        (ExerciseKind("weighted", ("barbell", "dumbbell")), KG, 30.0, 2.5),
        (ExerciseKind("weighted", ("dumbbell", "barbell")), KG, 30.0, 2.0),
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
    # issue 11: loads land on the 2.5 kg plate grid (was 1.25 kg: 63.75, 58.75)
    rx = next_prescription(BARBELL, plan(61.0), done([12, 12, 12], 61.0))
    assert rx.load == 62.5
    rx = next_prescription(BARBELL, plan(61.0), done([6, 6, 6], 61.0))
    assert rx.load == 57.5


def test_a_rack_2_5_kg_apart_keeps_its_step():
    """A 12.5 kg dumbbell logged was planned as 12 kg next time (no 2 kg rack holds 12.5):
    a load on a 2.5 step and off the 2 kg one is from a rack 2.5 apart, which it keeps."""
    assert loadable(DUMBBELL, KG, 12.5) == 12.5
    assert next_prescription(DUMBBELL, plan(12.5), done([10, 10, 10], 12.5)).load == 12.5
    assert next_prescription(DUMBBELL, plan(12.5), done([12, 12, 12], 12.5)).load == 15.0
    assert next_prescription(DUMBBELL, plan(15.0), done([6, 6, 6], 15.0)).load == 12.5
    assert next_prescription(DUMBBELL, plan(12.0), done([12, 12, 12], 12.0)).load == 14.0


def test_a_rack_2_5_kg_apart_keeps_its_step_through_a_load_on_both_steps():
    """12.5, 15, 17.5 kg typed, then 20 kg at the top: 20 sits on a rack 2 kg apart as well,
    and was planned up to 22 kg. The loads typed before tell the rack: 22.5."""
    before = done([12], 12.5) + done([12], 15.0) + done([12], 17.5)
    assert half_kg_rack(DUMBBELL, before, KG)
    assert not half_kg_rack(DUMBBELL, done([12], 14.0) + done([12], 20.0), KG)
    assert not half_kg_rack(DUMBBELL, done([12], 12.5, LB), LB)  # pounds: no kg rack
    assert not half_kg_rack(BARBELL, before, KG)  # plates, not a rack
    assert rack_step_open(DUMBBELL, done([12, 12, 12], 20.0), KG)
    assert not rack_step_open(DUMBBELL, done([12, 12, 12], 22.0), KG)  # a 2 kg rack's
    assert not rack_step_open(DUMBBELL, done([12, 12, 12], 17.5), KG)  # said by itself
    half = ExerciseKind("weighted", ("dumbbell",), half_rack=True)
    assert next_prescription(DUMBBELL, plan(20.0), done([12, 12, 12], 20.0)).load == 22.0
    assert next_prescription(half, plan(20.0), done([12, 12, 12], 20.0)).load == 22.5
    assert next_prescription(half, plan(20.0), done([6, 6, 6], 20.0)).load == 17.5
    assert loadable(half, KG, 21.3) == 22.5  # a range's Epley load lands on that rack
    assert loadable(half, KG, 8.0) == 8.0  # light ones still 1 kg apart


def test_dumbbell_up_in_kg():
    rx = next_prescription(DUMBBELL, plan(10.0), done([12, 12, 12], 10.0))
    assert rx.load == 12.0  # a rack runs 10, 12, 14 kg: no 11 kg dumbbell
    rx = next_prescription(DUMBBELL, plan(8.0), done([12, 12, 12], 8.0))
    assert rx.load == 9.0  # light ones 1 kg apart


# --- units --------------------------------------------------------------------------


def test_convert():
    assert convert(100, LB, KG) == pytest.approx(45.359237)
    assert convert(45.359237, KG, LB) == pytest.approx(100)
    assert convert(60, KG, KG) == 60.0


def test_lb_log_against_kg_plan_heavy_enough_goes_up_in_kg():
    rx = next_prescription(BARBELL, plan(60.0), done([12, 12, 12], 135.0, LB))  # 61.2 kg
    assert (rx.change, rx.unit, rx.load) == ("up", KG, 62.5)  # issue 11: on the 2.5 kg grid


def test_lb_log_within_half_a_plate_counts_as_the_plan():
    rx = next_prescription(BARBELL, plan(60.0), done([12, 12, 12], 132.5, LB))  # 60.1 kg
    assert rx.change == "up"
    rx = next_prescription(BARBELL, plan(60.0), done([12, 12, 12], 131.5, LB))  # 59.6 kg
    assert rx.change == "up"  # 0.7 lb short: inside half the smallest lb increment


def test_lb_log_lighter_than_kg_plan_stays():
    rx = next_prescription(BARBELL, plan(60.0), done([12, 12, 12], 130.0, LB))  # 59.0 kg
    assert (rx.change, rx.reason_code) == ("same", "lighter_than_planned")


def test_kg_log_against_lb_plan():
    # issue 11: lb barbell loads land on the 5 lb grid (were 142.5 and 127.5)
    rx = next_prescription(BARBELL, plan(135.0, LB), done([12, 12, 12], 62.5, KG))  # 137.8 lb
    assert (rx.change, rx.unit, rx.load) == ("up", LB, 145.0)
    rx = next_prescription(BARBELL, plan(135.0, LB), done([7, 7, 7], 60.0, KG))  # 132.3 lb
    assert (rx.change, rx.unit, rx.load) == ("down", LB, 125.0)


def test_mixed_units_in_one_log():
    sets = [*done([12], 60.0, KG), *done([12, 12], 135.0, LB)]
    assert next_prescription(BARBELL, plan(60.0), sets).change == "up"


# --- bodyweight and bands -----------------------------------------------------------
# issue 11: reps used to climb past the program's range (Nordics 3-6 -> 17-20, bands
# capped at 30 then nothing); the range is now the program's, the top names a variation.


def test_bodyweight_keeps_the_range_and_names_the_harder_variation_at_the_top():
    rx = next_prescription(BRIDGE, plan(None, low=12, high=15), done([14, 15, 15], None))
    assert (rx.change, rx.rep_low, rx.rep_high, rx.load) == ("same", 12, 15, None)
    rx = next_prescription(BRIDGE, plan(None, low=12, high=15), done([15, 15, 15], None))
    assert rx == Prescription(None, KG, 12, 15, "harder", "harder_variation", "single_leg_bridge")


def test_a_harder_variation_that_adds_dumbbells_is_more_weight_for_someone_holding_them():
    """It named "Bulgarian split squat holding dumbbells" to someone holding them already."""
    kind = ExerciseKind("bodyweight", (), harder="Bulgarian split squat holding dumbbells")
    top = plan(None, low=8, high=12)
    rx = next_prescription(kind, top, done([12, 12, 12], 10.0, KG))
    assert (rx.change, rx.reason_code, rx.variation) == (
        "harder",
        "heavier_in_hand",
        "the same move holding a little more weight",
    )
    rx = next_prescription(kind, top, done([12, 12, 12], None))  # bodyweight: the dumbbells
    assert rx.variation == "Bulgarian split squat holding dumbbells"


def test_low_rep_slot_stays_low():
    rx = next_prescription(BRIDGE, plan(None, low=3, high=6), done([6, 6, 6], None))
    assert (rx.rep_low, rx.rep_high) == (3, 6)


def test_bodyweight_at_top_without_harder_variation_stays():
    kind = ExerciseKind("bodyweight", ())
    rx = next_prescription(kind, plan(None, low=15, high=20), done([20, 20, 20], None))
    assert (rx.change, rx.reason_code, rx.rep_high) == ("same", "at_top", 20)


def test_bodyweight_missed_bottom_keeps_the_range():
    rx = next_prescription(BRIDGE, plan(None, low=14, high=18), done([14, 12, 11], None))
    assert (rx.change, rx.rep_low, rx.rep_high, rx.reason_code) == ("same", 14, 18, "missed_bottom")


def test_bodyweight_missed_bottom_twice_running_names_an_easier_variation():
    """A lifter one rep short of the bottom every time heard "same again" for months; a
    loaded move would have stepped down twice by then."""
    squat = ExerciseKind("bodyweight", (), harder="slow_squat", easier="bulgarian_split_squat")
    rx = next_prescription(
        squat, plan(None, low=3, high=8), done([3, 3, 2], None), missed_before=True
    )
    assert rx == Prescription(
        None, KG, 3, 8, "easier", "missed_twice", "bulgarian_split_squat"
    )  # the card's easier move, in the same range
    rx = next_prescription(
        BRIDGE, plan(None, low=3, high=6), done([3, 3, 2], None), missed_before=True
    )
    assert (rx.change, rx.variation, rx.rep_high) == ("easier", EASIER_BODYWEIGHT, 6)
    rx = next_prescription(
        BAND_WALK, plan(None, low=20, high=30), done([20, 19], None), missed_before=True
    )
    assert (rx.change, rx.variation) == ("easier", EASIER_BAND)
    # one miss, or a second time in range: no easier move yet
    rx = next_prescription(BAND_WALK, plan(None, low=20, high=30), done([20, 19], None))
    assert (rx.change, rx.variation) == ("same", None)
    rx = next_prescription(
        BAND_WALK, plan(None, low=20, high=30), done([20, 20], None), missed_before=True
    )
    assert (rx.change, rx.variation) == ("same", None)


def test_bodyweight_fewer_sets_cannot_go_up():
    rx = next_prescription(BRIDGE, plan(None, low=12, high=15), done([15, 15], None))
    assert (rx.change, rx.reason_code) == ("same", "fewer_sets")


def test_band_harder_variation_keeps_the_program_range():
    kind = ExerciseKind("band", ("band",), harder="heavier_band")
    rx = next_prescription(kind, plan(None, low=25, high=30), done([30, 30, 30], None))
    assert (rx.change, rx.variation, rx.rep_low, rx.rep_high) == ("harder", "heavier_band", 25, 30)


# --- a band or bodyweight move done with a load on a kit its card lists -------------------
# The abduction machine's 70 lb stack was told "a lighter band" after two misses, and its
# reps climbed as the band sets do; a Bulgarian split squat held with 95 lb dumbbells only
# ever heard "holding a little more weight", 95 lb again and again.
ABDUCTION = ExerciseKind(
    "band",
    ("band", "machine"),
    harder="the same move with a stronger band, or more weight on the abduction machine",
)
SPLIT_SQUAT = ExerciseKind(
    "bodyweight",
    ("bench", "dumbbell", "bodyweight"),
    harder="Bulgarian split squat holding dumbbells",
)


def test_a_band_move_loaded_on_its_machine_goes_by_the_stack():
    first = next_prescription(ABDUCTION, plan(None, LB, 2, 15, 20), done([20, 20], 70.0, LB))
    assert (first.change, first.load, first.variation) == ("up", 75.0, None)  # the add-on
    heavy = next_prescription(ABDUCTION, plan(150.0, LB, 2, 15, 20), done([20, 20], 150.0, LB))
    assert (heavy.change, heavy.load) == ("up", 160.0)  # a stack plate
    kept = next_prescription(ABDUCTION, plan(75.0, LB, 2, 15, 20), done([18, 16], 75.0, LB))
    assert (kept.change, kept.load, kept.variation) == ("same", 75.0, None)


def test_a_band_move_loaded_on_its_machine_missed_twice_goes_lighter_not_to_a_band():
    rx = next_prescription(
        ABDUCTION, plan(80.0, LB, 2, 15, 20), done([14, 13], 80.0, LB), missed_before=True
    )
    assert (rx.change, rx.load, rx.variation) == ("down", 75.0, None)
    at_floor = next_prescription(
        ABDUCTION, plan(10.0, LB, 2, 15, 20), done([14, 13], 10.0, LB), missed_before=True
    )
    assert (at_floor.change, at_floor.load, at_floor.variation) == ("same", 10.0, None)
    # with a band (no load) it is still the band's rule
    rx = next_prescription(
        ABDUCTION, plan(None, LB, 2, 15, 20), done([14, 13], None), missed_before=True
    )
    assert (rx.change, rx.variation) == ("easier", EASIER_BAND)


def test_a_bodyweight_move_held_with_dumbbells_gets_a_load_target():
    rx = next_prescription(SPLIT_SQUAT, plan(None, LB), done([12, 12, 12], 95.0, LB))
    assert (rx.change, rx.load, rx.variation) == ("up", 100.0, None)
    rx = next_prescription(SPLIT_SQUAT, plan(100.0, LB), done([12, 12, 12], 100.0, LB))
    assert (rx.change, rx.load) == ("up", 105.0)
    rx = next_prescription(SPLIT_SQUAT, plan(100.0, LB), done([7, 7, 6], 100.0, LB))
    assert (rx.change, rx.load) == ("down", 95.0)
    rx = next_prescription(SPLIT_SQUAT, plan(20.0, KG), done([12, 12, 12], 20.0, KG))
    assert (rx.change, rx.load) == ("up", 22.0)  # a dumbbell rack's 2 kg
    # without dumbbells the harder variation is the one holding them
    rx = next_prescription(SPLIT_SQUAT, plan(None, LB), done([12, 12, 12], None))
    assert (rx.change, rx.variation) == ("harder", "Bulgarian split squat holding dumbbells")


def test_inside_range_at_a_heavier_load_keeps_that_load():
    # tests/e2e/test_personas8.py: 30 lb × 10, 10 at 8-12 with 25 planned was "down to 25 lb"
    rx = next_prescription(BARBELL, plan(), done([10, 10, 9], 65.0))
    assert (rx.change, rx.load, rx.reason_code) == ("same", 65.0, "in_range")
    mixed = [*done([10], 65.0), *done([10, 9], 70.0)]  # the lightest set's load
    assert next_prescription(BARBELL, plan(), mixed).load == 65.0
