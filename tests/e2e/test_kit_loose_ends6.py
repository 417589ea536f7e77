"""Loose ends of the kit at home, round 6: bands kept when a barbell arrives, whichever way
it is said. Each test says what the person had and typed, what they got, and why it was
wrong for them."""

from __future__ import annotations

from datetime import timedelta

from tests.e2e.flows import onboard
from tests.e2e.harness import Env, texts
from tests.e2e.test_home_gym import _dana

HOME_GYM_BANDS = "Home gym with a barbell and bands"


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
        assert f"• Where you train: {HOME_GYM_BANDS}•" in texts(await chat.say("/settings"))
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
    assert "• Where you train: Home gym with a barbell and dumbbells, up to 20 kg•" in settings
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
    assert "• Where you train: Home gym with a barbell, bands and dumbbells•" in settings
