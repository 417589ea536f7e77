"""Loose ends of dumbbells at home: the logging step, "next time" and the harder version at
the heaviest dumbbell, the setup reply and /settings, a heaviest said with no unit, a place
set in other words, and another pair bought. Each test says what the person had and typed,
what they got, and why it was wrong for them."""

from __future__ import annotations

from datetime import timedelta

from tests.e2e.flows import onboard
from tests.e2e.harness import Env, texts
from tests.e2e.test_kit_loose_ends2 import typed_place
from tests.e2e.test_kit_loose_ends3 import line_of, what_ill_do

TEN_KG = "i have a pair of 10kg dumbbells at home"
GLUTES = "Grow glutes, not legs"


async def test_the_step_for_a_move_held_with_a_dumbbell_asks_for_its_weight(env: Env):
    """Glutes only, set up with "i have a pair of 10kg dumbbells at home", she tapped Start
    logging: "1/3 · Single-leg hip thrust, Target: 3 × 8–12, type your reps: "12 12 8"", not
    a word of the dumbbell /today had told her to hold on the hip, nor that its weight is
    what the next target goes by. Now the step says how it is held and shows the weight in
    the example; the glute bridge (nothing to hold) asks for reps alone."""
    chat = env.chat(9701)
    await typed_place(chat, TEN_KG, goal=GLUTES)
    await chat.say("/today")
    asked = texts(await chat.tap("Start logging"))
    assert "holding a dumbbell on the hip" in asked, asked
    assert '"10kg 12 12 8"' in asked, asked
    asked = (await chat.tap("Skip"))[-1].text or ""  # the glute bridge: no dumbbell on its card
    assert "Glute bridge" in asked and "dumbbell" not in asked and "kg" not in asked, asked
    chat = env.chat(9702)  # pounds, no heaviest said: her unit in the example
    await typed_place(chat, "home with dumbbells", unit="lb", goal=GLUTES)
    await chat.say("/today")
    asked = texts(await chat.tap("Start logging"))
    assert "holding a dumbbell on the hip" in asked and 'lb 12 12 8"' in asked, asked
    assert "kg" not in asked, asked


async def test_next_time_at_the_heaviest_dumbbell_names_the_harder_version(env: Env):
    """With her heaviest dumbbell (10 kg), "walking lunge 10kg 20 20" at the top of 12–20: the
    plan moves her to the lunge lowered slowly with that dumbbell, but the finish was built
    as "same load, 10 kg" (the load seen unchanged overwrote the plan's harder version) and
    only a patch in the message's template turned it round. Now the finish is built with the
    harder version, and the next step asking for the lunge names it too."""
    chat = env.chat(9703)
    await typed_place(chat, TEN_KG, goal=GLUTES)
    await chat.say("walking lunge 10kg 20 20")
    await chat.say("yes")
    await chat.say("skip")  # the single-leg hip thrust
    done = texts(await chat.say("skip"))  # the glute bridge: the finish
    assert "• Walking lunge: ready for a harder version: the same move lowered slowly" in done
    assert "with the heaviest dumbbell you have" in done and "same load" not in done, done


async def test_the_harder_version_of_a_held_move_at_the_heaviest_is_the_plans(env: Env):
    """With dumbbells up to 10 kg, "what's the harder version of the walking lunge" got
    "walking lunge holding dumbbells": the dumbbells she holds for it already. At her
    heaviest the plan makes it the lunge lowered slowly, with that dumbbell: now named, and so
    in the lunge's card."""
    chat = env.chat(9704)
    await typed_place(chat, TEN_KG, goal=GLUTES)
    said = texts(await chat.say("what's the harder version of the walking lunge"))
    assert "holding dumbbells" not in said, said
    assert "lowered slowly" in said and "heaviest dumbbell" in said, said
    card = texts(await chat.say("walking lunge"))  # its card's harder version, the same
    assert "Harder version: the same move lowered slowly" in card, card
    assert "heaviest dumbbell" in card, card


async def test_the_setup_reply_names_only_moves_of_ones_own_plan(env: Env):
    """A toner set up with "home with dumbbells" heard "holding a dumbbell where a move takes
    one: the single-leg hip thrust's on the hip, the split squat's and lunges' in your hands":
    her plan has no single-leg hip thrust nor split squat, only the walking lunge. Now the
    reply names the moves her plan holds a dumbbell for; glutes only still names the hip
    thrust's."""
    chat = env.chat(9705)
    said = await typed_place(chat, "home with dumbbells")
    assert "single-leg hip thrust" not in said and "split squat" not in said, said
    assert "walking lunge holding dumbbells" in said, said
    chat = env.chat(9706)
    said = await typed_place(chat, "home with dumbbells", goal=GLUTES)
    assert "single-leg hip thrust holding a dumbbell on the hip" in said, said


async def test_the_heaviest_said_with_no_unit_at_setup_takes_ones_unit(env: Env):
    """ "home with dumbbells up to 20" at setup, in pounds: the 20 was dropped (a heaviest
    was kept only with its unit), and her loads could go past it. Now it is kept in the
    unit she picks: the summary says "up to 20 lb"; in kg, "up to 20 kg"."""
    for n, unit in enumerate(("lb", "kg")):
        chat = env.chat(9707 + n)
        said = await typed_place(chat, "home with dumbbells up to 20", unit=unit)
        assert "up to 20" in said, said
        assert f"up to 20 {unit}" in what_ill_do(chat.last_text()), chat.last_text()


async def test_a_place_set_in_other_words_with_its_kit_is_made(env: Env):
    """With bodyweight only, "set my place to home with dumbbells" got "I don't know that one
    yet", and "home: dumbbells, bands, a bench" got the banded hip thrust's card. Both say
    the place with its kit; now each is made."""
    for n, (typed, shown) in enumerate(
        (
            ("set my place to home with dumbbells", "Home: dumbbells"),
            ("can you set my place to home with dumbbells", "Home: dumbbells"),
            ("home: dumbbells, bands, a bench", "Home: bands or a ball, and dumbbells"),
        )
    ):
        chat = env.chat(9710 + n)
        await onboard(chat, place="Bodyweight only")
        said = texts(await chat.say(typed))
        assert f"Where you train: <b>{shown}</b> ✓" in said, (typed, said)


async def test_settings_show_the_heaviest_dumbbell(env: Env):
    """Set up with "i have a pair of 10kg dumbbells at home", /settings said "Where you
    train: Home: dumbbells": the 10 kg kept for her loads was nowhere to see or check."""
    chat = env.chat(9715)
    await typed_place(chat, TEN_KG, goal=GLUTES)
    said = texts(await chat.say("/settings"))
    assert "• Where you train: Home: dumbbells, up to 10 kg" in said, said


async def test_another_pair_of_dumbbells_is_asked_about_and_taken(env: Env):
    """With dumbbells up to 10 kg kept, "just got another pair of dumbbells!" got "I don't
    know that one yet", and "just got a pair of 15kg dumbbells" got "Dumbbells at home join
    it once you say you have them", as if she had none. Now the first asks how heavy the new
    pair is, a lighter pair leaves the 10 kg as it is, and a heavier one raises her heaviest
    to 15 kg and says so; her loads then go past 10 kg."""
    chat = env.chat(9716)
    await typed_place(chat, TEN_KG, goal=GLUTES)
    said = texts(await chat.say("just got another pair of dumbbells!"))
    assert "How heavy" in said and "up to 10 kg" in said, said
    said = texts(await chat.say("bought a pair of 8kg dumbbells"))  # lighter: the 10 kg stays
    assert "Your heaviest stays 10 kg" in said, said
    said = texts(await chat.say("just got a pair of 15kg dumbbells"))
    assert "Where you train: <b>Home: dumbbells</b> ✓" in said and "up to 15 kg" in said, said
    assert "Home: dumbbells, up to 15 kg" in texts(await chat.say("/settings"))
    await chat.say("single leg hip thrust 10kg 12 12 12")
    await chat.say("yes")
    env.clock.set(env.clock.now() + timedelta(days=4))
    line = line_of(texts(await chat.say("/today")), "Single-leg hip thrust")
    assert "@ 12" in line or "@ 11" in line, line  # past the 10 kg, up to the new 15
