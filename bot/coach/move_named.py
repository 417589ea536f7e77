"""Which move of a workout a person means when they name an exercise loosely: "lunges"
for the walking lunge or the Bulgarian split squat, "squats" for the single-leg squat.
People name the family; the workout holds one of its members."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.coach.compose import named_cards
from bot.coach.knowledge import Content
from bot.coach.other_names import other_in, other_named

__all__ = ["is_variant", "move_in", "other_in", "other_named"]


def _name_words(name: str) -> list[str]:
    return re.sub(r"[^a-z ]+", " ", name.lower()).split()


def is_variant(content: Content, named_id: str, held_id: str) -> bool:
    """Whether `held_id` is a variation of the card named: its name ends with that card's
    ("Walking lunge" of "Lunge"), or the card named is its movement's own ("Lunge" stands
    for every lunge pattern move, the Bulgarian split squat too)."""
    named, held = content.exercises[named_id], content.exercises[held_id]
    base = _name_words(named.name)
    if _name_words(held.name)[-len(base) :] == base:
        return True
    return named.id == named.pattern and held.pattern == named.pattern


def move_in(content: Content, text: str, held: Sequence[str]) -> str | None:
    """The move of `held` (a workout's, in order) the text names: the card itself, else the
    first variation of it; None when it names none of them."""
    for named in named_cards(content, text):
        if named in held:
            return named
        variant = next((i for i in held if is_variant(content, named, i)), None)
        if variant is not None:
            return variant
    return None
