"""The harder variation a bodyweight or band move names at its top is one the person's kit
allows: "walking lunge holding dumbbells" was named at home with bands, with bodyweight
only and on a week away with nothing. Checked over every card, without Telegram."""

from __future__ import annotations

from functools import cache

import pytest

from bot.coach.knowledge import Content
from bot.coach.profile import Place, Unit
from bot.coach.progression import HARDER_UNLOADED
from bot.coach.setlog import Planned, SetEntry
from bot.coach.training import prescribe
from bot.content import load_content

# Equipment a harder variation may need in the hands: the kit the person must own for it.
HELD = ("dumbbell", "weight plate", "kettlebell", "barbell")


@cache
def content() -> Content:
    return load_content()


def at_top(card_id: str, place: Place, held: bool | None = None) -> str | None:
    """The variation named after every set at the top of a 3 x 8-12 with no load."""
    card = content().exercises[card_id]
    top = [SetEntry(12, None, None)] * 3
    plan = Planned(3, 8, 12, None, Unit.KG)
    rx = prescribe(card, plan, top, (8, 12), Unit.KG, place=place, held=held)
    return rx.variation if rx.change == "harder" else None


UNLOADED = sorted(
    c.id for c in content().exercises.values() if c.loading.value != "weighted" and c.harder
)


@pytest.mark.parametrize("card_id", UNLOADED)
def test_no_kit_to_hold_names_no_held_load(card_id: str) -> None:
    card = content().exercises[card_id]
    for place in (Place.HOME, Place.BODYWEIGHT):
        if place not in card.places:
            continue
        named = at_top(card_id, place) or ""
        assert not any(kit in named.lower() for kit in HELD), (place, named)
        named = at_top(card_id, Place.BODYWEIGHT, held=False) or ""  # away with nothing
        assert not any(kit in named.lower() for kit in HELD), named


def test_dumbbells_there_keep_the_cards_harder_version() -> None:
    for card_id in ("walking_lunge", "bulgarian_split_squat"):
        card = content().exercises[card_id]
        assert at_top(card_id, Place.GYM) == card.harder
        assert at_top(card_id, Place.BODYWEIGHT, held=True) == card.harder  # away, dumbbells
        assert at_top(card_id, Place.HOME) == HARDER_UNLOADED
        assert at_top(card_id, Place.BODYWEIGHT) == HARDER_UNLOADED
