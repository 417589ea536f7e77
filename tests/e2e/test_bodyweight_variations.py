"""Band and bodyweight moves in the chat: the variation the push names (harder at the top,
easier after the bottom was missed twice running) is named by the logging step too, and
the finish's "Next time" said it first."""

from __future__ import annotations

from datetime import timedelta

from tests.e2e.flows import onboard
from tests.e2e.harness import DEFAULT_NOW, bot_env, texts

EASIER = "missed the bottom of the range twice running: make it easier with"


async def test_nordics_missed_twice_get_easier_and_a_top_names_the_harder_one(tmp_path):
    async with bot_env(tmp_path) as env:
        chat = env.chat(7301)
        await onboard(chat, goal="Compete", experience="2+ years", place="Bodyweight")
        finishes, pushes_shown, steps = [], [], []
        day = DEFAULT_NOW
        for _ in range(21):
            env.clock.set(day.replace(hour=19))
            day += timedelta(days=1)
            shown = texts(await chat.say("/today"))
            if "Today's workout" not in shown or "Logged ✓" in shown:
                continue
            pushes_shown.append(shown)
            replies = await chat.tap("Start logging")
            while "Workout logged" not in texts(replies):
                step = replies[-1].text or ""
                steps.append(step)
                if "Nordic ham curl" in step.split("\n")[0]:
                    await chat.say("nordic ham curl 3 3 2")  # one short of the bottom, again
                    replies = await chat.tap("Save")
                else:
                    replies = await chat.tap("Done as planned")  # the top of the range
            finishes.append(texts(replies))
            if len(finishes) == 6:
                break

    nordic_finishes = [f for f in finishes if "Nordic ham curl" in f]
    assert "Nordic ham curl: same again" in nordic_finishes[0], nordic_finishes[0]
    said = f"Nordic ham curl: {EASIER} a shorter range of motion, or a little help from your hands"
    assert said in nordic_finishes[1], nordic_finishes[1]
    later = [p for p in pushes_shown[3:] if "Nordic ham curl" in p]  # after A and C
    assert later and all(f"({EASIER} a shorter range of motion" in p for p in later), later
    nordic_steps = [s for s in steps if "· Nordic ham curl" in s]
    assert "make it easier with a shorter range of motion" in nordic_steps[-1], nordic_steps[-1]
    # A move done at the top: the push's "(you reached the top: try ...)" is in its step too;
    # with bodyweight only, a harder step she can do with nothing to hold (not dumbbells).
    lunge_steps = [s for s in steps if "· Walking lunge" in s]
    harder = "try the same move lowered slowly, three seconds down"
    assert f"You reached the top last time: {harder}" in lunge_steps[-1], lunge_steps
