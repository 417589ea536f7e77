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


async def test_a_follow_up_naming_its_own_subject_asks_the_same_of_it(env):
    """ "what about for hamstrings?" after the hip thrust's reps got "Building the
    hamstrings" (no word of reps), "and for bikini?" the bikini article alone."""
    chat = env.chat(4103)
    await chat.say("how many reps on hip thrusts?")
    reply = (await chat.say("what about for hamstrings?"))[-1].text
    assert reply.startswith("<b>Rep ranges</b>"), reply
    assert "Nordics vs leg curls" in reply, reply  # the hamstrings' own reps, beside it
    reply = (await chat.say("and for bikini?"))[-1].text  # still the reps
    assert reply.startswith("<b>Bikini: glutes first</b>") and "reps" in reply, reply
    reply = (await chat.say("what about squats?"))[-1].text
    assert reply.startswith("<b>Squat</b>") and "reps" in reply, reply


async def test_a_follow_up_asking_nothing_before_keeps_its_own_subject(env):
    chat = env.chat(4108)
    await chat.say("do squats work glutes?")
    assert (await chat.say("what about deadlifts?"))[-1].text.startswith("<b>Deadlift</b>")
    await chat.say("how do I build my glutes?")
    reply = (await chat.say("is it the same for the tie-in?"))[-1].text
    assert not reply.startswith("<b>Building the glutes</b>"), reply


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


async def test_a_follow_up_about_what_the_articles_skip_is_declined_and_noted(env):
    """ "what about quokka yoga?" after the Stepmill answer got the Stepmill answer again,
    and the question was never noted for the content team (the kill tests caught it)."""
    from sqlalchemy import func, select

    from bot.store.models import UnansweredQuestion

    chat = env.chat(4109)
    await onboard(chat)
    await chat.say("does the stepmill burn glute fat?")
    reply = (await chat.say("what about quokka yoga for me?"))[-1].text
    assert "I don't know that one yet" in reply and "yoga" in reply, reply
    with env.svc.db.session() as s:
        noted = s.scalar(select(func.count()).select_from(UnansweredQuestion))
    assert noted == 1
    reply = (await chat.say("what about birch tea?"))[-1].text  # a subject unknown to them
    assert "I don't know that one yet" in reply, reply
