"""Four people who did not write this bot (a figure competitor, a bikini competitor, someone
toning at home, someone growing the glutes and not the legs) lived with it for four weeks
(tests/e2e/scratch_personas.py, not a test); what they met that was wrong is kept here."""

from tests.e2e.flows import at_step


async def test_days_said_with_their_count_finish_the_setup(env):
    """ "3 days, mon wed fri" got "I need your training days" and every answer after it was
    taken for the days again: the setup never finished and no workout ever came."""
    chat = env.chat(9601)
    await at_step(chat, "days")
    assert "5/7" in (await chat.say("3 days, mon wed fri"))[-1].text
    for answer in ("lunch time, 12:30", "Sydney"):
        await chat.say(answer)
    summary = (await chat.say("kg"))[-1].text
    assert "Mon, Wed, Fri at 12:30 (Australia/Sydney)" in summary, summary
