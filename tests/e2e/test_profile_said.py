"""A change of profile said in plain words after the setup ("I train at home now", "I want to
do bikini instead"): made and said, as the /settings buttons make it. They got an article
or "I don't know that one yet". Questions that only name a place or a goal keep their
article."""

from tests.e2e.flows import at_step, load_user, onboard


def _labels(message) -> list[str]:
    return [label for row in message.buttons for label, _ in row]


async def test_a_goal_said_is_changed_with_its_article_a_tap_away(env):
    chat = env.chat(9301)
    await onboard(chat)  # tone, at a gym
    replies = await chat.say("I want to compete in figure now")  # was "What the tie-in is"
    assert replies[0].text == "Goal: <b>Compete: figure / bodybuilding</b> ✓"
    assert "Updated ✓" in replies[-1].text and "Judges look at" in replies[-1].text
    assert _labels(replies[-1]) == ["Three keys to the tie-in"]
    assert (await load_user(env, 9301)).goal == "compete"
    for text, goal in [
        ("I want to do bikini instead", "bikini"),  # was the "Bikini: glutes first" article
        ("I just want to tone now", "tone"),
        ("switching my goal to bikini", "bikini"),  # was "I don't know that one yet"
    ]:
        replies = await chat.say(text)
        assert "Updated ✓" in replies[-1].text, text
        assert (await load_user(env, 9301)).goal == goal, text


async def test_a_place_said_is_changed_or_said_to_be_so_already(env):
    chat = env.chat(9302)
    await onboard(chat)  # at a gym
    replies = await chat.say("I train at home now with bands")  # was "Training at home"
    assert replies[0].text == (  # bands said, no ball: the ball curl left out, said so
        "Where you train: <b>Home: bands or a ball</b> ✓ With bands and no exercise ball, your "
        "plan leaves out the hamstring ball curl, as the plan with no equipment does."
    )
    assert "Training at: Home: bands or a ball" in replies[-1].text
    assert _labels(replies[-1]) == ["Training at home"]
    article = await chat.tap("Training at home")
    assert "You can do a lot without a gym" in article[-1].text
    for text, place in [
        ("I'm going to train at the gym again", "gym"),  # was "I don't know that one yet"
        ("I only have bodyweight now", "bodyweight"),  # was "Training at home"
        ("back at the gym", "gym"),  # was "I don't know that one yet"
        ("no equipment anymore", "bodyweight"),
    ]:
        replies = await chat.say(text)
        assert "Updated ✓" in replies[-1].text, text
        assert (await load_user(env, 9302)).place == place, text
    replies = await chat.say("I don't have any equipment anymore")
    assert replies[-1].text.startswith("That's what I have already: Where you train: <b>Body")
    assert (await load_user(env, 9302)).place == "bodyweight"


async def test_experience_said_is_changed(env):
    chat = env.chat(9303)
    await onboard(chat)  # new to lifting
    replies = await chat.say("I've been lifting for 3 years now")  # was "I don't know…"
    assert replies[0].text == "Experience: <b>2+ years</b> ✓"
    assert (await load_user(env, 9303)).experience == "experienced"


async def test_a_change_named_without_its_new_answer_asks_it(env):
    chat = env.chat(9304)
    await onboard(chat)
    replies = await chat.say("I changed my goal")
    assert "What's your goal?" in replies[-1].text
    await chat.tap("Compete in bikini")
    assert (await load_user(env, 9304)).goal == "bikini"
    replies = await chat.say("I'm not a beginner anymore")
    assert "lifting" in replies[-1].text.lower() and len(replies[-1].buttons) == 3
    await chat.tap("2+ years")
    assert (await load_user(env, 9304)).experience == "experienced"


async def test_questions_naming_a_place_or_goal_keep_their_article(env):
    chat = env.chat(9305)
    await onboard(chat)  # tone, at a gym
    for text, title in [
        ("can I train at home?", "Training at home"),
        ("what's best for bikini?", "Bikini"),
        ("is the gym better than home?", None),
        ("I want to tone my glutes", None),
        ("I'm at the gym now", None),
        ("training at home today", None),
    ]:
        replies = await chat.say(text)
        assert "Updated ✓" not in replies[-1].text, text
        if title:
            assert title in replies[0].text, (text, replies[0].text)
    user = await load_user(env, 9305)
    assert (user.goal, user.place) == ("tone", "gym")


async def test_a_change_said_mid_workout_keeps_the_workout(env):
    chat = env.chat(9306)
    await onboard(chat)
    await chat.say("/today")
    await chat.tap("Start logging")
    replies = await chat.say("I train at home now")  # was "I couldn't find your sets in that"
    assert "Updated ✓" in replies[1].text
    assert "Back to your workout" in replies[-1].text and "Squat" in replies[-1].text
    assert (await load_user(env, 9306)).place == "home"


async def test_a_change_said_during_the_setup_is_kept(env):
    """At the days question, "no equipment anymore" and "I've been lifting for 3 years now"
    were not read: the days question came again and the change was lost."""
    chat = env.chat(9307)
    await at_step(chat, "days")  # tone, new to lifting, at a gym
    replies = await chat.say("no equipment anymore")
    assert replies[0].text == "Where you train: <b>Bodyweight only</b> ✓"
    assert "Which days" in replies[-1].text
    replies = await chat.say("I've been lifting for 3 years now")
    assert replies[0].text == "Experience: <b>2+ years</b> ✓"
    replies = await chat.say("I'm not a beginner anymore")  # that question again
    assert "How long have you been lifting?" in replies[-1].text
    await chat.tap("6 months to 2 years")
    user = await load_user(env, 9307)
    assert (user.place, user.experience, user.awaiting) == ("bodyweight", "some", "ob:days")
