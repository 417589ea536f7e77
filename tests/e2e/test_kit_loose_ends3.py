"""Loose ends of dumbbells at home and on a week away: what the plan says of them. Each test
says what the person had and typed, what they got, and why it was wrong for them."""

from __future__ import annotations

from tests.e2e.flows import onboard
from tests.e2e.harness import Env, texts


async def test_dumbbells_new_to_a_place_named_as_a_setting_are_kept(env: Env):
    """Training with bodyweight only, she typed "I got dumbbells, can you switch me to home"
    and heard "That's what I have already: Where you train: Bodyweight only": the place
    named was the one she had (home with no bands is the plan with no equipment), and the
    dumbbells, the only new thing, were dropped. At home with bands, "I have bands and
    dumbbells now, can you switch me to home" got the same "already". Now the dumbbells are
    kept, and said back."""
    for n, (place, typed, shown) in enumerate(
        (
            ("Bodyweight only", "I got dumbbells, can you switch me to home", "Home: dumbbells"),
            (
                "Home: bands or a ball",
                "I have bands and dumbbells now, can you switch me to home",
                "Home: bands or a ball, and dumbbells",
            ),
        )
    ):
        chat = env.chat(9601 + n)
        await onboard(chat, place=place)
        said = texts(await chat.say(typed))
        assert "already" not in said, (typed, said)
        assert f"Where you train: <b>{shown}</b> ✓" in said and "holding a dumbbell" in said, said
        harder = texts(await chat.say("what's the harder version of the walking lunge"))
        assert "walking lunge holding dumbbells" in harder, (typed, harder)
        said = texts(await chat.say(typed))  # said again: now it is so
        assert f"That's what I have already: Where you train: <b>{shown}</b>" in said, said
