"""Two people who only type (a bikini competitor at a gym who asks about her plan in her own
words and logs in shorthand, a beginner training at home with bands who moves to a gym in
week 3) and the fixes left from the last round (tests/e2e/test_personas6.py); what they met
that was wrong is kept here."""

from tests.e2e.flows import onboard


async def test_pain_on_lunges_offers_the_lunge_of_the_workout(env):
    """ "knees hurt a bit on lunges" with a skater and a walking lunge in her home workout
    offered only Skip: no card of the workout is the Lunge itself. Now the first lunge of
    the workout is offered to swap; the pain keeps its pointer to a professional."""
    chat = env.chat(9701)
    await onboard(chat, experience="2+ years", place="Home: bands or a ball")  # Monday: A
    reply = (await chat.say("knees hurt a bit on lunges"))[-1]
    assert "Please see a doctor or physiotherapist" in reply.text, reply.text
    assert "or swap the skater lunge for another move" in reply.text, reply.text
    labels = [t for row in reply.buttons for t, _ in row]
    assert labels[0] == "Swap the Skater lunge", labels
    reply = (await chat.tap("Swap the Skater lunge"))[-1]
    assert reply.text.startswith("Swap Skater lunge for one of these?"), reply.text
    assert "Bulgarian split squat" in str(reply.buttons), reply.buttons
