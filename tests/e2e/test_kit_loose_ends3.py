"""Loose ends of dumbbells at home and on a week away: what the plan says of them. Each test
says what the person had and typed, what they got, and why it was wrong for them."""

from __future__ import annotations

from datetime import timedelta

from tests.e2e.flows import onboard
from tests.e2e.harness import Env, texts
from tests.e2e.test_kit_loose_ends2 import typed_place


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


def line_of(shown: str, name: str) -> str:
    return next((x for x in shown.split("\n") if f"<b>{name}</b>:" in x), "")


async def test_the_first_workout_with_dumbbells_says_to_hold_one(env: Env):
    """Glutes only, set up with "home with dumbbells" and told "holding a dumbbell where a
    move takes one: the single-leg hip thrust's on the hip", her first workout said
    "Single-leg hip thrust: 3 × 8–12" and "Walking lunge: 2 × 12–20" with no word of a
    dumbbell; so did the first workout of a gym-goer's week away "only dumbbells up to
    20kg". Now each line says how the move is done with the kit: the single-leg hip thrust
    holding a dumbbell on the hip, the walking lunge holding dumbbells; the glute bridge
    (no dumbbell on its card) and a plan with nothing to hold say no such thing."""
    chat = env.chat(9611)
    await typed_place(chat, "home with dumbbells", goal="Grow glutes, not legs")
    shown = texts(await chat.say("/today"))  # Monday: session A
    assert "3 × 8–12 holding a dumbbell on the hip," in line_of(shown, "Single-leg hip thrust")
    assert "holding dumbbells," in line_of(shown, "Walking lunge"), shown
    assert "holding" not in line_of(shown, "Glute bridge"), shown

    chat = env.chat(9612)
    await onboard(chat, goal="Grow glutes, not legs")
    said = texts(await chat.say("in a hotel gym next week, only dumbbells up to 20kg"))
    assert "dumbbells only" in said, said
    env.clock.set(env.clock.now() + timedelta(days=7))  # the hotel Monday: session A
    shown = texts(await chat.say("/today"))
    assert "holding a dumbbell on the hip," in line_of(shown, "Single-leg hip thrust"), shown
    assert "holding dumbbells," in line_of(shown, "Walking lunge"), shown

    chat = env.chat(9613)  # bands at home, nothing to hold: no dumbbell named
    await onboard(chat, goal="Grow glutes, not legs", place="Home: bands or a ball")
    shown = texts(await chat.say("/today"))
    assert line_of(shown, "Single-leg hip thrust") and "holding" not in shown, shown


def what_ill_do(summary: str) -> str:
    return next((x for x in summary.split("\n") if x.startswith("<b>What I'll do:</b>")), "")


async def test_what_ill_do_with_dumbbells_at_home_names_them(env: Env):
    """Set up with "home with dumbbells" to tone up, the summary's "What I'll do" and
    /program read "The home toning routine without the ball curl: three sets of 20.": not a
    word of the dumbbells she had just been told to hold. Glutes only, the same. Now both say
    which moves hold them, as the exercise cards do it; with bands and no dumbbells, none."""
    for n, (goal, held) in enumerate(
        (
            ("Tone up", "walking lunge holding dumbbells"),
            ("Grow glutes, not legs", "single-leg hip thrust holding a dumbbell on the hip"),
        )
    ):
        chat = env.chat(9621 + n)
        await typed_place(chat, "home with dumbbells", goal=goal)
        line = what_ill_do(chat.last_text())
        assert "With your dumbbells" in line and held in line, (goal, line)
        program = texts(await chat.say("/program"))
        assert "With your dumbbells" in program and held in program, (goal, program)
    chat = env.chat(9623)
    await onboard(chat, place="Bodyweight only")
    said = texts(await chat.say("I train at home with dumbbells now"))
    assert "walking lunge holding dumbbells" in what_ill_do(said), said
    chat = env.chat(9624)
    await typed_place(chat, "At home. I have some resistance bands.")
    line = what_ill_do(chat.last_text())
    assert line and "dumbbell" not in line, line
    assert "dumbbell" not in texts(await chat.say("/program"))
