"""What a load logged on each exercise card is lifted with, and so the steps it moves in:
the glute-ham raise card listed "machine", so a 10 lb plate held in it would have gone up
by a weight stack's plate; the seated hip abduction planned at home went by the abduction
machine's stack."""

from __future__ import annotations

from functools import cache

import pytest

from bot.coach.knowledge import Content
from bot.coach.profile import Place, Unit
from bot.coach.progression import as_logged, kit_of
from bot.coach.setlog import Planned, SetEntry
from bot.coach.training import kind_of, prescribe
from bot.content import load_content

KG, LB = Unit.KG, Unit.LB

# Every card: the kit a load logged on it is (None: a load there is not a kit's, the move
# keeps its reps rule). Written here from how the move is done, not read from the cards.
CARRIED_BY: dict[str, str | None] = {
    "hip_thrust": "barbell",
    "band_hip_thrust": None,
    "single_leg_hip_thrust": "dumbbell",  # a dumbbell held on the working hip
    "barbell_glute_bridge": "barbell",
    "bridge": None,
    "squat": "barbell",
    "lunge": "dumbbell",
    "walking_lunge": "dumbbell",
    "bulgarian_split_squat": "dumbbell",
    "skater_lunge": None,
    "single_leg_squat": None,
    "back_extension": "plate",
    "american_deadlift": "barbell",
    "deadlift": "barbell",
    "stiff_leg_deadlift": "barbell",
    "good_morning": "barbell",
    "nordic_ham_curl": None,
    "glute_ham_raise": "plate",
    "lying_leg_curl": "machine",
    "seated_leg_curl": "machine",
    "standing_leg_curl": "machine",
    "hamstring_ball_curl": None,
    "monster_walk": None,
    "sumo_walk": None,
    "seated_hip_abduction": "machine",
    "superman": None,
    "leg_extension": "machine",
    "leg_press": "machine",
}
# At home and with bodyweight only there is no machine: a load is held.
AWAY: dict[str, str | None] = {"seated_hip_abduction": "dumbbell"}


@cache
def content() -> Content:
    return load_content()


def carried(card_id: str, place: Place | None) -> str | None:
    kind = as_logged(kind_of(content().exercises[card_id], place), [SetEntry(10, 20.0, KG)])
    return kit_of(kind) if kind.loading == "weighted" else None


def test_every_card_is_in_the_table() -> None:
    assert set(CARRIED_BY) == set(content().exercises)


@pytest.mark.parametrize("card_id", sorted(CARRIED_BY))
def test_a_load_logged_on_a_card_is_on_the_kit_it_is_done_with(card_id: str) -> None:
    assert carried(card_id, None) == CARRIED_BY[card_id]
    assert carried(card_id, Place.GYM) == CARRIED_BY[card_id]
    card = content().exercises[card_id]
    for place in (Place.HOME, Place.BODYWEIGHT):
        if place in card.places:
            assert carried(card_id, place) == AWAY.get(card_id, CARRIED_BY[card_id]), place


def test_a_plate_held_in_a_glute_ham_raise_goes_up_by_a_plate_not_a_stack() -> None:
    ghr = content().exercises["glute_ham_raise"]
    rx = prescribe(ghr, Planned(3, 3, 6, None, LB), [SetEntry(8, 10.0, LB)] * 3, (3, 6), LB)
    assert (rx.change, rx.load, rx.rep_high) == ("up", 12.5, 6)  # a stack's plate: 15 lb
    rx = prescribe(ghr, Planned(3, 3, 6, 10.0, KG), [SetEntry(6, 10.0, KG)] * 3, (3, 6), KG)
    assert (rx.change, rx.load) == ("up", 11.25)  # a 1.25 kg plate on top
    rx = prescribe(ghr, Planned(3, 3, 6, 5.0, KG), [SetEntry(2, 5.0, KG)] * 3, (3, 6), KG)
    assert (rx.change, rx.load) == ("down", 3.75)  # under a stack's lightest plate


def test_the_abduction_at_home_moves_a_held_load_in_dumbbell_steps() -> None:
    card = content().exercises["seated_hip_abduction"]
    top = [SetEntry(20, 10.0, KG)] * 2
    home = prescribe(card, Planned(2, 15, 20, None, KG), top, (15, 20), KG, place=Place.HOME)
    gym = prescribe(card, Planned(2, 15, 20, None, KG), top, (15, 20), KG, place=Place.GYM)
    assert (home.change, home.load) == ("up", 12.0)  # a rack runs 10, 12, 14 kg
    assert (gym.change, gym.load) == ("up", 12.5)  # the stack's add-on at a gym
    band = [SetEntry(20, None, None)] * 2
    bare = prescribe(card, Planned(2, 15, 20, None, KG), band, (15, 20), KG, place=Place.HOME)
    assert bare.change == "harder" and "machine" not in (bare.variation or ""), bare


def test_a_dumbbell_on_the_single_leg_hip_thrust_moves_in_dumbbell_steps() -> None:
    """Its card listed only a bench, so a 10 kg dumbbell held on the hip was saved and never
    planned again: the next target was reps alone, or a harder variation as if done bare."""
    card = content().exercises["single_leg_hip_thrust"]
    top = [SetEntry(12, 10.0, KG)] * 3
    rx = prescribe(card, Planned(3, 8, 12, None, KG), top, (8, 12), KG, place=Place.HOME)
    assert (rx.change, rx.load, rx.rep_high) == ("up", 12.0, 12)  # a rack's next one
    rx = prescribe(card, Planned(3, 8, 12, 25.0, LB), [SetEntry(12, 25.0, LB)] * 3, (8, 12), LB)
    assert (rx.change, rx.load) == ("up", 30.0)
    bare = prescribe(card, Planned(3, 8, 12, None, KG), [SetEntry(12, None, None)] * 3, (8, 12), KG)
    assert (bare.change, bare.load) == ("harder", None)  # done bare: its harder variation
