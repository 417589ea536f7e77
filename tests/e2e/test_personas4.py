"""Three more people who did not write this bot (a beginner toning at the gym who types in
lowercase with emoji, a man growing his glutes who travels and trains in hotel gyms, a figure
competitor who only taps buttons) lived with it for weeks (tests/e2e/scratch_personas4.py,
not a test); what they met that was wrong is kept here, with the fixes asked before them."""

from tests.e2e.flows import at_step, load_user


async def test_a_hotel_gym_is_a_gym(env):
    """ "gym, though often a hotel gym when I travel" set up "Training at: Bodyweight only":
    six weeks of single-leg bridges for a man with 3 years of lifting and a gym."""
    said = {
        "gym, though often a hotel gym when I travel": "gym",
        "the hotel gym": "gym",
        "I travel a lot, so mostly hotel rooms with no equipment": "bodyweight",
        "hotel rooms when I travel": "bodyweight",
    }
    for n, (text, place) in enumerate(said.items()):
        chat = env.chat(9401 + n)
        await at_step(chat, "place")
        await chat.say(text)
        assert (await load_user(env, 9401 + n)).place == place, text
