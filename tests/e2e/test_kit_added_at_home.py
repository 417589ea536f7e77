"""Dumbbells bought by someone training at home with bands: "I bought some dumbbells" made
the place "Home: dumbbells", the plan losing its band work, as if the dumbbells had replaced
the bands; and "just got a pair of dumbbells!" then said "New kit on its own (dumbbells, say)
doesn't change it", against the change just made. The dumbbells join the bands unless the
bands are said gone ("no bands anymore, just dumbbells")."""

from tests.e2e.flows import onboard

HOME = "Home: bands or a ball"


async def test_dumbbells_bought_join_the_bands(env):
    chat = env.chat(9871)
    await onboard(chat, place=HOME)
    said = (await chat.say("I bought some dumbbells"))[0].plain_text
    assert said.startswith("Where you train: Home: bands or a ball, and dumbbells ✓"), said
    assert "keeps its band work" in said, said


async def test_bands_said_gone_leave_the_dumbbells_alone(env):
    chat = env.chat(9872)
    await onboard(chat, place=HOME)
    said = (await chat.say("no bands anymore, just dumbbells"))[0].plain_text
    assert said.startswith("Where you train: Home: dumbbells ✓"), said


async def test_new_kit_at_home_is_not_said_to_change_nothing(env):
    chat = env.chat(9873)
    await onboard(chat, place=HOME)
    said = (await chat.say("just got a kettlebell!"))[-1].plain_text  # no dumbbells kept
    assert "Dumbbells at home join it once you say you have them" in said, said
    assert "New kit on its own (dumbbells, say) doesn't change it" not in said, said
    await chat.say("I bought some dumbbells")
    # with them kept, a pair bought is another pair: how heavy (test_kit_loose_ends5.py)
    said = (await chat.say("just got a pair of dumbbells!"))[-1].plain_text
    assert "How heavy is the new pair?" in said, said
    assert "New kit on its own (dumbbells, say) doesn't change it" not in said, said
