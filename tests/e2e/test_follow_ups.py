"""Follow-up questions keep their topic, as a coach hears them: "and how many sets?" right
after the hip thrust's card is about hip thrusts (it got the generic toning answer)."""

from datetime import timedelta

from tests.e2e.flows import onboard

TONING = "<b>Toning: how often, how much</b>"


async def test_and_how_many_sets_after_the_hip_thrust_is_about_the_hip_thrust(env):
    chat = env.chat(4101)
    await onboard(chat)
    first = (await chat.say("how many reps on hip thrusts?"))[-1].text
    assert first.startswith("<b>Hip thrust</b>"), first
    reply = (await chat.say("and how many sets?"))[-1].text
    assert reply.startswith("<b>Hip thrust</b>"), reply
    assert "sets" in reply.lower(), reply
    reply = (await chat.say("and how heavy?"))[-1].text  # the topic carries on
    assert reply.startswith("<b>Hip thrust</b>"), reply


async def test_it_leans_on_the_card_before(env):
    chat = env.chat(4102)
    await chat.say("how do I do a nordic curl?")
    reply = (await chat.say("is it good for the tie-in?"))[-1].text
    assert reply.startswith("<b>Nordic ham curl</b>"), reply  # not "What the tie-in is"


async def test_a_follow_up_naming_its_own_subject_asks_about_that(env):
    chat = env.chat(4103)
    await chat.say("how many reps on hip thrusts?")
    reply = (await chat.say("what about squats?"))[-1].text
    assert reply.startswith("<b>Squat</b>"), reply
    reply = (await chat.say("and for bikini?"))[-1].text
    assert "Hip thrust" not in reply.split("\n")[0], reply


async def test_the_topic_is_forgotten_after_half_an_hour(env):
    chat = env.chat(4104)
    await chat.say("how many reps on hip thrusts?")
    env.clock.set(env.clock.now() + timedelta(minutes=31))
    assert (await chat.say("and how many sets?"))[-1].text.startswith(TONING)


async def test_never_across_people(env):
    asker, other = env.chat(4105), env.chat(4106)
    await asker.say("how many reps on hip thrusts?")
    assert (await other.say("and how many sets?"))[-1].text.startswith(TONING)


async def test_an_unknown_question_leaves_the_topic_as_it_was(env):
    chat = env.chat(4107)
    await chat.say("how do I do a nordic curl?")
    await chat.say("do kettlebell swings build the glutes?")  # the articles skip swings
    reply = (await chat.say("and how many sets?"))[-1].text
    assert reply.startswith("<b>Nordic ham curl</b>"), reply
