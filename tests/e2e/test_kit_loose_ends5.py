"""Loose ends of the kit at home: the weight of a new pair said on its own or after a comma,
a pair bought with dumbbells kept, the harder version of a move she already holds dumbbells
for, a barbell bought with no place said, and the Bulgarian split squat at a home gym with
a barbell. Each test says what the person had and typed, what they got, and why it was
wrong for them."""

from __future__ import annotations

from tests.e2e.flows import onboard
from tests.e2e.harness import Env, texts
from tests.e2e.test_home_gym import _dana
from tests.e2e.test_kit_loose_ends2 import typed_place

TEN_KG = "i have a pair of 10kg dumbbells at home"
MADE = "Where you train: <b>Home: dumbbells</b> ✓"


async def test_a_bare_weight_answers_how_heavy_the_new_pair_is(env: Env):
    """With dumbbells up to 10 kg, "just got another pair of dumbbells!" got "How heavy is
    the new pair?", and the answer "15kg" got "Kilograms or pounds?" (the unit question, for
    the "kg"); "15" and "they're 15s" got "I don't know that one yet". The question waited
    for nothing. Now the weight said next is the new pair's: her heaviest is 15 kg; a
    lighter one leaves the 10 kg as it is."""
    for n, typed in enumerate(("15kg", "15", "15 kg", "they're 15s")):
        chat = env.chat(9801 + n)
        await typed_place(chat, TEN_KG)
        assert "How heavy" in texts(await chat.say("just got another pair of dumbbells!"))
        said = texts(await chat.say(typed))
        assert MADE in said and "up to 15 kg" in said, (typed, said)
        assert "Home: dumbbells, up to 15 kg" in texts(await chat.say("/settings")), typed
    chat = env.chat(9805)
    await typed_place(chat, TEN_KG)
    await chat.say("just got another pair of dumbbells!")
    said = texts(await chat.say("8kg"))
    assert "Your heaviest stays 10 kg" in said, said
    chat = env.chat(9806)  # only the message right after the question is its answer
    await typed_place(chat, TEN_KG)
    await chat.say("just got another pair of dumbbells!")
    await chat.say("how many sets of hip thrusts?")
    said = texts(await chat.say("15"))
    assert "up to 15 kg" not in said, said


async def test_the_weight_after_a_comma_is_the_new_pairs(env: Env):
    """With dumbbells up to 30 lb, "bought new dumbbells, 20lb" opened "Where do you
    train?", as if she had said nothing of the pair. Now the 20 lb is read: lighter than
    her 30 lb, which stays her heaviest, said so; a heavier one after a comma raises it."""
    chat = env.chat(9811)
    await typed_place(chat, "i have a pair of 30lb dumbbells at home", unit="lb")
    said = texts(await chat.say("bought new dumbbells, 20lb"))
    assert "Your heaviest stays 30 lb" in said and "Where do you train" not in said, said
    said = texts(await chat.say("bought new dumbbells, 40lb"))
    assert MADE in said and "up to 40 lb" in said, said


async def test_a_pair_bought_with_dumbbells_kept_is_asked_about(env: Env):
    """With dumbbells kept (up to 10 kg, or no heaviest said), "just got a pair of
    dumbbells!" got "Dumbbells at home join it once you say you have them": she has them,
    she had just said so. Now it asks how heavy the new pair is, as "another pair" does."""
    for n, place in enumerate((TEN_KG, "home with dumbbells")):
        chat = env.chat(9821 + n)
        await typed_place(chat, place)
        said = texts(await chat.say("just got a pair of dumbbells!"))
        assert "How heavy is the new pair?" in said, (place, said)
        assert "once you say you have them" not in said, (place, said)


async def test_the_harder_version_of_a_move_held_already_is_its_load(env: Env):
    """Set up with "home with dumbbells" (no heaviest said), "what's the harder version of
    the walking lunge" got "walking lunge holding dumbbells": the dumbbells her plan has her
    hold for it already. With no heaviest said, her targets raise the dumbbell's weight:
    that is what gets harder, now said, in the answer and on the lunge's card."""
    chat = env.chat(9831)
    await typed_place(chat, "home with dumbbells")
    said = texts(await chat.say("what's the harder version of the walking lunge"))
    assert "holding dumbbells" not in said, said
    assert "Walking lunge: it gets harder by its load" in said, said
    card = texts(await chat.say("walking lunge"))
    assert "Harder version: the same move holding a little more weight" in card, card


async def test_a_barbell_bought_at_home_makes_the_home_gym(env: Env):
    """Training at home with bands, "i bought a barbell and a bench" got "Nice! Your
    program is planned for where you train ... other kit on its own doesn't change it":
    a barbell is what the home gym plan is for, its hip thrusts and deadlifts with loads.
    Now it is made, the reply saying so, her bands kept beside it (as dumbbells bought join
    them); with bodyweight only, the home gym with a barbell alone."""
    for n, (place, shown) in enumerate(
        (
            ("Home: bands or a ball", "Home gym with a barbell and bands"),
            ("Bodyweight only", "Home gym with a barbell"),
        )
    ):
        chat = env.chat(9841 + n)
        await onboard(chat, place=place)
        said = texts(await chat.say("i bought a barbell and a bench"))
        assert f"Where you train: <b>{shown}</b> ✓" in said, (place, said)
        assert "doesn't change it" not in said, said
        assert f"• Where you train: {shown}\n" in texts(await chat.say("/settings")), place


async def test_the_split_squat_at_a_home_gym_holds_no_dumbbells_she_lacks(env: Env):
    """Dana, bikini at a home gym with a barbell, plates and a bench (no dumbbells said),
    asked "what's the harder version of the bulgarian split squat" and got "Bulgarian split
    squat holding dumbbells", dumbbells she never said she had; and "40 10 10 10" at its
    logging step was read as 40 kg held for three sets, as at a gym with a dumbbell rack.
    Now its harder version is the one the cards give with nothing to hold, the slow
    lowering, and bare numbers at its step are reps. With dumbbells said beside the
    barbell, they are held as at a gym."""
    chat = env.chat(9851)
    await _dana(chat)
    await chat.say("/today")  # Monday: session A, the split squat second
    await chat.tap("Start logging")
    asked = texts(await chat.tap("Skip"))  # the hip thrust
    assert "Bulgarian split squat" in asked and "holding" not in asked, asked
    said = texts(await chat.say("40 10 10 10"))
    assert "40 kg" not in said and "40, 10, 10, 10" in said, said
    said = texts(await chat.say("what's the harder version of the bulgarian split squat"))
    assert "holding dumbbells" not in said, said
    assert "lowered slowly" in said, said
    chat = env.chat(9852)  # dumbbells said with the barbell: held as at a gym
    await _dana(chat, place="home gym: barbell, plates, a bench and dumbbells")
    said = texts(await chat.say("what's the harder version of the bulgarian split squat"))
    assert "Bulgarian split squat holding dumbbells" in said, said
