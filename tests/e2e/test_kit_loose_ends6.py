"""Loose ends of the kit at home, round 6: bands kept when a barbell arrives, whichever way
it is said. Each test says what the person had and typed, what they got, and why it was
wrong for them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tests.e2e.flows import onboard
from tests.e2e.harness import Env, bot_env, texts
from tests.e2e.test_back_after_a_gap import FAST, MONDAY, push_at
from tests.e2e.test_home_gym import _dana
from tests.e2e.test_kit_loose_ends2 import typed_place

HOME_GYM_BANDS = "Home gym with a barbell and bands"
HOME_BANDS = "Home: bands or a ball"


async def test_bands_stay_when_a_home_gym_is_set_up(env: Env):
    """At home with bands, "I've set up a small home gym with a barbell, plates and a bench
    now" got "Home gym with a barbell": her bands dropped, the band walks left out of her
    plan, while "i bought a barbell and a bench" kept them. The same kit is the same plan
    whichever way it is said: bands she owns stay unless she says they are gone."""
    for n, typed in enumerate(
        (
            "I've set up a small home gym with a barbell, plates and a bench now",
            "now i have a home gym with a barbell",
            "i bought a barbell and a bench",
            "home gym: barbell, rack and a bench",
        )
    ):
        chat = env.chat(9901 + n)
        await onboard(chat, place="Home: bands or a ball")
        said = texts(await chat.say(typed))
        assert f"Where you train: <b>{HOME_GYM_BANDS}</b> ✓" in said, (typed, said)
        assert f"• Where you train: {HOME_GYM_BANDS}\n" in texts(await chat.say("/settings"))
        await chat.tap("Nothing, thanks")
        # said again once it is kept: what she has already, bands and all
        again = texts(await chat.say(typed))
        assert again.startswith("That's what I have already"), (typed, again)
        assert HOME_GYM_BANDS in again, (typed, again)


async def test_bands_said_gone_leave_with_the_barbell(env: Env):
    """Bands said gone beside the barbell ("... sold my bands") got "Home gym with a barbell
    and bands": "bands" was read as had. Now they are left out, and so with "no bands"."""
    for n, typed in enumerate(
        (
            "I've set up a small home gym with a barbell, plates and a bench now, sold my bands",
            "i bought a barbell and a bench and got rid of the bands",
            "I have a home gym with a barbell now, no bands",
        )
    ):
        chat = env.chat(9911 + n)
        await onboard(chat, place="Home: bands or a ball")
        said = texts(await chat.say(typed))
        assert "Where you train: <b>Home gym with a barbell</b> ✓" in said, (typed, said)


async def test_dumbbells_at_a_home_gym_are_shown(env: Env):
    """Dana set up "home gym: barbell, rack, bench and dumbbells up to 20 kg" and got "Home
    gym with a barbell" in the reply, /settings and /program: her dumbbells and their 20 kg
    nowhere, though they are held for her split squats and lunges. Now they are named as at
    home ("Home gym with a barbell and dumbbells", "up to 20 kg"), and with bands too."""
    chat = env.chat(9921)
    said = await _dana(chat, place="home gym: barbell, rack, bench and dumbbells up to 20 kg")
    assert "Where you train: <b>Home gym with a barbell and dumbbells</b> ✓" in said, said
    settings = texts(await chat.say("/settings"))
    assert "• Where you train: Home gym with a barbell and dumbbells, up to 20 kg\n" in settings
    await chat.tap("Nothing, thanks")
    program = texts(await chat.say("/program"))
    assert "home gym with a barbell and dumbbells</b>" in program, program
    assert "With your dumbbells, up to 20 kg: " in program, program
    assert "Bulgarian split squat holding dumbbells" in program, program
    # loads held with them stop at 20 kg (the top reached: the harder version at it); the
    # barbell's do not
    await chat.say("/today")  # Monday: session A, the hip thrust then the split squat
    await chat.tap("Start logging")
    for typed in ("60kg 12 12 12", "20kg 12 12 12"):
        await chat.say(typed)
        await chat.tap("Save")
    env.clock.advance(timedelta(days=7))
    week2 = texts(await chat.say("/today"))
    assert "<b>Hip thrust</b>: 4 × 8–12 @ 60 kg" in week2, week2
    assert "<b>Bulgarian split squat</b>: 3 × 8–12 @ 20 kg" in week2, week2
    assert "with the heaviest dumbbell you have" in week2, week2
    chat = env.chat(9922)  # with bands beside them, no heaviest said
    said = await _dana(chat, place="home gym: barbell, bench, bands and dumbbells")
    assert "Home gym with a barbell, bands and dumbbells</b> ✓" in said, said
    settings = texts(await chat.say("/settings"))
    assert "• Where you train: Home gym with a barbell, bands and dumbbells\n" in settings


TEN_KG = "i have a pair of 10kg dumbbells at home"
NEW_PAIR = "just got a new pair of dumbbells!"


async def test_how_heavy_the_new_pair_is_answered_mid_logging(env: Env):
    """With dumbbells up to 10 kg, logging step by step (Skater lunge asked), she typed
    "just got a new pair of dumbbells!", got "How heavy is the new pair?", and answered
    "15kg": "I found a load but no reps" for the skater lunge; "15" was saved as one set of
    15 reps; at "Save it?" "15kg" became the load of the sets shown. Her heaviest stayed
    10 kg each time. The answer to the bot's question is the pair's weight, the step still
    waiting after it; the step's own numbers typed instead are the step's."""
    for n, answer in enumerate(("15kg", "15", "they're 15s")):
        chat = env.chat(9931 + n)
        await typed_place(chat, TEN_KG)
        await chat.say("/today")
        await chat.tap("Start logging")  # 1/5 · Skater lunge
        assert "How heavy is the new pair?" in texts(await chat.say(NEW_PAIR))
        said = texts(await chat.say(answer))
        assert "up to 15 kg" in said and "Skater lunge" in said, (answer, said)
        assert "found a load but no reps" not in said and "Save it?" not in said, said
        assert "Home: dumbbells, up to 15 kg" in texts(await chat.say("/settings")), answer
        await chat.tap("Nothing, thanks")
        said = texts(await chat.say("20 20 20"))  # the step waited: its sets are its own
        assert said.startswith("<b>Skater lunge</b>: 20, 20, 20 reps (3 sets)"), said
    chat = env.chat(9934)  # at "Save it?": the sets shown wait, their load untouched
    await typed_place(chat, TEN_KG)
    await chat.say("/today")
    await chat.tap("Start logging")
    await chat.say("20 20 20")
    await chat.say(NEW_PAIR)
    said = texts(await chat.say("15kg"))
    assert "up to 15 kg" in said and "15 kg ×" not in said, said
    saved = texts(await chat.tap("Save"))
    assert "Skater lunge: 20, 20, 20" in saved and "15 kg" not in saved, saved


async def test_the_steps_numbers_after_the_pair_question_are_the_steps(env: Env):
    """The other order: asked how heavy the pair is, she typed the step's sets instead
    ("20 20 20", "12kg 20 20 20"): they are the step's, never the pair's weight; her
    heaviest stays 10 kg, and the question is not asked again."""
    for n, sets in enumerate(("20 20 20", "12kg 20 20 20")):
        chat = env.chat(9941 + n)
        await typed_place(chat, TEN_KG)
        await chat.say("/today")
        await chat.tap("Start logging")
        await chat.say(NEW_PAIR)
        said = texts(await chat.say(sets))
        assert said.startswith("<b>Skater lunge</b>: "), (sets, said)
        assert "Home: dumbbells, up to 10 kg" in texts(await chat.say("/settings")), sets
    # sets typed with the new pair named are the step's too, its weight the load held
    chat = env.chat(9943)
    await typed_place(chat, TEN_KG)
    await chat.say("/today")
    await chat.tap("Start logging")
    await chat.tap("Skip")  # the skater lunge; the walking lunge holds dumbbells
    said = texts(await chat.say("12kg 20 20 20 with my new dumbbells"))
    assert said.startswith("<b>Walking lunge</b>: 12 kg × 20, 20, 20"), said


async def test_another_pair_said_mid_logging_is_asked_about(env: Env):
    """Logging step by step, "just got another pair of dumbbells!" got "Noted. When you're
    done with Skater lunge, send its sets." (at "Save it?": "Noted. Skater lunge isn't
    saved yet"), kept as a remark, while "just got a new pair" asked how heavy it is. Now
    both ask, the step still waiting."""
    for n, before in enumerate(((), ("20 20 20",))):
        chat = env.chat(9951 + n)
        await typed_place(chat, TEN_KG)
        await chat.say("/today")
        await chat.tap("Start logging")
        for typed in before:
            await chat.say(typed)
        said = texts(await chat.say("just got another pair of dumbbells!"))
        assert "How heavy is the new pair?" in said and "Noted" not in said, said
        said = texts(await chat.say("12 kg"))
        assert "up to 12 kg" in said, said


async def test_a_walk_through_places_names_the_same_kit_everywhere(tmp_path):
    """Bikini at home with bands, then "I've set up a small home gym with a barbell, plates
    and a bench now", then "I joined a gym", then "back to training at home, I still have my
    barbell": after each, /settings, /program, /today, /week and the next push name the
    same kit and plan the same moves (checked; nothing disagreed once the bands were kept
    with the barbell, test_bands_stay_when_a_home_gym_is_set_up)."""
    async with bot_env(tmp_path, now=MONDAY, extra_env=FAST) as env:
        chat = env.chat(9961)
        await onboard(chat, goal="Compete in bikini", experience="2+ years", place=HOME_BANDS)
        stages = (
            (None, "Home: bands or a ball", 16, "Monster walk", "Hip thrust</b>"),
            (
                "I've set up a small home gym with a barbell, plates and a bench now",
                HOME_GYM_BANDS, 18, "Sumo walk", "Skater lunge",
            ),
            ("I joined a gym", "A gym", 20, "Seated hip abduction", "Nordic ham curl"),
            (
                "back to training at home, I still have my barbell",
                "Home gym with a barbell", 23, "Deadlift", "Monster walk",
            ),
        )  # fmt: skip
        for said, kit, day, has, lacks in stages:
            if said is not None:
                assert f"Where you train: <b>{kit}</b> ✓" in texts(await chat.say(said)), said
            settings = texts(await chat.say("/settings"))
            assert f"• Where you train: {kit}\n" in settings, (said, settings)
            await chat.tap("Nothing, thanks")
            program = texts(await chat.say("/program"))
            assert f"Compete in bikini, {kit.lower()}</b>" in program, (said, program)
            push = await push_at(env, 9961, datetime(2026, 11, day, 17, 30, tzinfo=UTC))
            today = texts(await chat.say("/today"))
            assert push.text == today, (said, push.text, today)
            assert has in today and lacks not in today, (said, today)
            week = texts(await chat.say("/week"))
            today_in_week = week.split("(today)</b>")[1].split("\n\n")[0]
            for line in today.splitlines():
                if line[:2] in {f"{n}." for n in range(1, 10)}:  # each move, in /week too
                    assert line.split(":")[0][3:] in today_in_week, (said, line, week)


async def test_bands_said_at_a_home_gym_join_it(env: Env):
    """At a home gym with a barbell and no bands (set up so, or back from a gym with "I
    still have my barbell"), "I have bands too" got "New kit on its own (dumbbells, say)
    doesn't change it": but bands bring back the band walks her home gym plan left out.
    Now they join the barbell, said so, in /settings and the plan."""
    for n, typed in enumerate(("I have bands too", "i bought some resistance bands")):
        chat = env.chat(9971 + n)
        await _dana(chat)
        said = texts(await chat.say(typed))
        assert f"Where you train: <b>{HOME_GYM_BANDS}</b> ✓" in said, (typed, said)
        assert "doesn't change it" not in said and "Left out" not in said, said
        assert f"• Where you train: {HOME_GYM_BANDS}\n" in texts(await chat.say("/settings"))
        await chat.tap("Nothing, thanks")
        assert "Monster walk" in texts(await chat.say("/program")), typed
        again = texts(await chat.say(typed))
        assert again.startswith("That's what I have already"), again


async def test_dumbbells_said_at_a_home_gym_join_it(env: Env):
    """At a home gym with a barbell, "home gym: barbell, bench and dumbbells up to 20 kg"
    got "That's what I have already: Home gym with a barbell": the dumbbells were not news
    to it. Now they join the barbell; said again, or the bands said with them kept, the
    reply names them."""
    chat = env.chat(9981)
    await _dana(chat)
    said = texts(await chat.say("home gym: barbell, bench and dumbbells up to 20 kg"))
    assert "Where you train: <b>Home gym with a barbell and dumbbells</b> ✓" in said, said
    said = texts(await chat.say("home gym: barbell, bench and dumbbells up to 20 kg"))
    assert said.startswith("That's what I have already"), said
    assert "Home gym with a barbell and dumbbells" in said, said
    said = texts(await chat.say("I have bands too"))
    assert "Where you train: <b>Home gym with a barbell, bands and dumbbells</b> ✓" in said
    said = texts(await chat.say("I have bands too"))
    assert "already: Where you train: <b>Home gym with a barbell, bands and dumbbells" in said
    assert "up to 20 kg" in texts(await chat.say("/settings"))


async def test_dumbbells_stay_when_a_barbell_arrives(env: Env):
    """At home with bands and dumbbells up to 10 kg, "I've set up a small home gym with a
    barbell, plates and a bench now" (or "i bought a barbell and a bench") got "Home gym
    with a barbell and bands": her dumbbells and their 10 kg dropped, as the bands were
    before. They stay unless said gone ("..., sold my dumbbells")."""
    for n, typed in enumerate(
        (
            "I've set up a small home gym with a barbell, plates and a bench now",
            "i bought a barbell and a bench",
        )
    ):
        chat = env.chat(9991 + n)
        await typed_place(chat, "home with bands and dumbbells up to 10 kg")
        said = texts(await chat.say(typed))
        assert "<b>Home gym with a barbell, bands and dumbbells</b> ✓" in said, (typed, said)
        settings = texts(await chat.say("/settings"))
        assert "Home gym with a barbell, bands and dumbbells, up to 10 kg\n" in settings, typed
    chat = env.chat(9993)
    await typed_place(chat, "home with bands and dumbbells up to 10 kg")
    said = texts(await chat.say("i bought a barbell and a bench, sold my dumbbells"))
    assert "<b>Home gym with a barbell and bands</b> ✓" in said, said
