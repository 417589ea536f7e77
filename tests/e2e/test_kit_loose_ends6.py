"""Loose ends of the kit at home, round 6: bands kept when a barbell arrives, whichever way
it is said. Each test says what the person had and typed, what they got, and why it was
wrong for them."""

from __future__ import annotations

from tests.e2e.flows import onboard
from tests.e2e.harness import Env, texts

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
