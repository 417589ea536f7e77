"""What a load logged on a band or bodyweight move is lifted with follows the kit the card
names for where the person trains: the seated hip abduction planned at home (bands) was
progressed as the abduction machine's stack, and its harder version named the machine."""

from __future__ import annotations

from tests.e2e.flows import onboard
from tests.e2e.harness import Chat, texts

ABDUCTION = "Seated hip abduction"


async def abduction_logged(chat: Chat, typed: str) -> str:
    """Glutes only at home: session A's first three moves skipped, the abduction typed."""
    await onboard(chat, goal="Grow glutes, not legs", place="Home: bands or a ball")
    await chat.say("/today")
    await chat.tap("Start logging")
    for _ in range(3):  # banded hip thrust, single-leg hip thrust, Bulgarian split squat
        await chat.say("skip")
    await chat.say(typed)
    return texts(await chat.say("yes"))


async def test_a_load_on_the_abduction_at_home_is_a_dumbbell_not_the_machine(env):
    said = await abduction_logged(env.chat(9931), "10kg 20 20")
    assert f"• {ABDUCTION}: up to 12 kg" in said, said  # a dumbbell rack's next, not the stack's
    assert "machine" not in said, said


async def test_the_abduction_at_home_is_never_told_about_the_machine(env):
    said = await abduction_logged(env.chat(9932), "20 20")
    assert ABDUCTION in said and "stronger band" in said, said
    assert "machine" not in said, said
