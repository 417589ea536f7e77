"""The person's own training said in plain words, found routed wrong in the offline chat:
sore muscles, a period, a workout missed, new equipment, the workout's size, days without
training. Each gets what a person would expect, and none is noted as an unknown question."""

from sqlalchemy import select

from bot.coach import onboarding
from bot.store.models import UnansweredQuestion
from tests.e2e.flows import load_user, onboard


def _noted(env) -> list[str]:
    with env.svc.db.session() as s:
        return [q.text for q in s.execute(select(UnansweredQuestion)).scalars()]


async def test_sore_muscles_hear_the_articles_dont_cover_it_and_what_the_bot_can_do(env):
    """ "my legs are sore" got "I don't know that one yet" with the tie-in articles."""
    chat = env.chat(9601)
    await onboard(chat)
    for text in (
        "my legs are sore",
        "my glutes are so sore today",
        "I'm really sore from yesterday",
    ):
        reply = (await chat.say(text))[-1].text
        assert "don't go into muscle soreness" in reply, text
        assert "/today" in reply and "Skip today" in reply, text
        assert "doctor or physiotherapist" in reply, text  # if it is pain, not soreness
    reply = (await chat.say("my knees are sore"))[-1].text
    assert reply.startswith("I can't advise on pain or injury"), reply
    assert _noted(env) == []


async def test_a_period_hears_the_articles_dont_cover_it_with_skip_and_pause(env):
    chat = env.chat(9602)
    await onboard(chat)
    for text in ("I'm on my period", "on my period, should I train?"):
        reply = (await chat.say(text))[-1].text
        assert "don't cover training around your period" in reply, text
        assert "Skip today" in reply and "/pause" in reply, text
    await chat.say("/pause")
    reply = (await chat.say("I'm on my period"))[-1].text
    assert "paused already" in reply and "/resume" in reply
    assert _noted(env) == []


async def test_a_workout_missed_hears_the_plan_carries_on_and_how_to_log_it(env):
    """ "I forgot my workout" got "I don't know that one yet", "I missed Monday" the toning
    article."""
    chat = env.chat(9603)
    await onboard(chat)
    for text in ("I forgot my workout", "forgot to do my workout yesterday", "I missed Monday"):
        reply = (await chat.say(text))[-1].text
        assert reply.startswith("No harm done"), text
        assert "next training day brings its own workout" in reply, text
        assert "Start logging on yesterday's workout message" in reply and "/today" in reply
    assert _noted(env) == []


async def test_new_equipment_offers_the_place_question_and_changes_nothing_unasked(env):
    """ "I bought dumbbells" got "I don't know that one yet", "I got a set of dumbbells for
    home" the home article, and "I have resistance bands now" moved the program home unasked."""
    chat = env.chat(9604)
    await onboard(chat)
    for text in ("I bought dumbbells", "I got a set of dumbbells for home"):
        reply = (await chat.say(text))[-1]
        assert "planned for where you train" in reply.text, text
        assert reply.buttons == [[("Change where I train", "1:set:place")]], text
    reply = (await chat.say("I have resistance bands now"))[-1]
    assert "planned for where you train" in reply.text
    user = await load_user(env, 9604)
    assert user is not None and user.place == "gym"  # nothing changed before asking
    question = (await chat.tap("Change where I train"))[-1]
    assert "Where do you train?" in question.text
    summary = (await chat.tap("Home: bands or a ball"))[-1].text
    assert "Training at: Home: bands or a ball" in summary
    assert _noted(env) == []


async def test_the_workouts_size_is_explained_and_too_easy_hears_the_loads_rise(env):
    """ "why is my workout so short" got the padded-shorts article, "can I have a longer
    workout" "I don't know that one yet"."""
    chat = env.chat(9605)
    await onboard(chat)
    for text in ("why is my workout so short", "can I have a longer workout"):
        reply = (await chat.say(text))[-1].text
        assert reply.startswith("Your workout's size is your program's"), text
        assert "/program" in reply and "next target goes up" in reply, text
        assert "shorts" not in reply.lower(), text
    reply = (await chat.say("my workout is too easy"))[-1].text
    assert reply.startswith("Your plan adapts to what you log"), reply
    # a target that moved, a workout too hard (the squat card, "I don't know that one")
    for text in ("why did my hip thrust weight go down", "it was too hard, I couldn't finish"):
        reply = (await chat.say(text))[-1].text
        assert reply.startswith("Your plan adapts to what you log"), text
    # a workout that felt good, thanks mistyped ("I don't know that one yet", noted)
    for text in ("great session", "felt great", "loved it"):
        reply = (await chat.say(text))[-1].text
        assert reply.startswith("Well done! If you haven't yet, tell me your sets"), text
    assert (await chat.say("thnks"))[-1].text.startswith("You're welcome!")
    # the program's words ("I don't know that one yet", noted)
    for text in ("what does session A mean", "what is week 1"):
        reply = (await chat.say(text))[-1].text
        assert reply.startswith("Your program's workouts take turns: session A"), text
        assert "Week 1 is the Monday-to-Sunday week of your first workout" in reply, text
    assert _noted(env) == []


async def test_days_without_workouts_are_taken_off_the_days_after_asking_not_paused(env):
    """ "don't remind me on sundays" and "stop the reminders on weekends" got the /pause
    hint for every workout, "no workouts on friday" the toning article."""
    chat = env.chat(9606)
    await onboard(chat)  # Mon, Thu
    reply = (await chat.say("no workouts on friday"))[-1]
    assert reply.text.startswith("You don't train on Friday anyway"), reply.text
    assert "Mon, Thu" in reply.text and not reply.buttons
    reply = (await chat.say("stop the reminders on weekends"))[-1]
    assert reply.text.startswith("You don't train on Saturday or Sunday anyway"), reply.text
    await chat.say("change my training days to mon thu sat sun")

    replies = await chat.say("don't remind me on sundays")
    assert replies[0].text.startswith("No more workouts on Sunday?"), replies[0].text
    assert "Mon, Thu, Sat" in replies[0].text
    assert "Which days do you train?" in replies[-1].text
    assert "Picked so far: Mon, Thu, Sat" in replies[-1].text
    await chat.say("cancel")  # keeps the days as they were
    user = await load_user(env, 9606)
    assert user is not None and onboarding.decode_days(user.days) == (0, 3, 5, 6)

    replies = await chat.say("stop the reminders on weekends")
    assert replies[0].text.startswith("No more workouts on Saturday and Sunday?")
    summary = (await chat.tap("Done"))[-1].text
    assert "Days: Mon, Thu at 18:30" in summary
    user = await load_user(env, 9606)
    assert user is not None and onboarding.decode_days(user.days) == (0, 3)
    assert not user.paused
    assert _noted(env) == []


async def test_one_day_for_another_is_asked_with_the_days_ticked_that_way(env):
    """ "tuesday instead of thursday" got the toning article."""
    chat = env.chat(9607)
    await onboard(chat)  # Mon, Thu
    replies = await chat.say("tuesday instead of thursday")
    assert replies[0].text.startswith("Tuesday instead of Thursday?"), replies[0].text
    assert "Mon, Tue from now on" in replies[0].text
    assert "Picked so far: Mon, Tue" in replies[-1].text
    await chat.say("cancel")  # keeps the days as they were
    user = await load_user(env, 9607)
    assert user is not None and onboarding.decode_days(user.days) == (0, 3)

    await chat.say("move my thursday workouts to friday")
    summary = (await chat.tap("Done"))[-1].text
    assert "Days: Mon, Fri at 18:30" in summary
    user = await load_user(env, 9607)
    assert user is not None and onboarding.decode_days(user.days) == (0, 4)

    reply = (await chat.say("wednesday instead of thursday"))[-1]
    assert reply.text.startswith("You don't train on Thursday anyway"), reply.text
    summary = (await chat.say("I want to train on tuesdays and fridays"))[-1].text
    assert "Days: Tue, Fri at 18:30" in summary  # said whole: made, and said back
    assert _noted(env) == []


async def test_a_day_more_is_asked_with_it_ticked_beside_the_others(env):
    """ "can I add friday" and "add saturday to my days" were noted as unknown questions."""
    chat = env.chat(9608)
    await onboard(chat)  # Mon, Thu
    replies = await chat.say("can I add friday")
    assert replies[0].text.startswith("Friday as well?"), replies[0].text
    assert "Mon, Thu, Fri from now on" in replies[0].text
    assert "Picked so far: Mon, Thu, Fri" in replies[-1].text
    await chat.say("cancel")  # keeps the days as they were
    user = await load_user(env, 9608)
    assert user is not None and onboarding.decode_days(user.days) == (0, 3)

    await chat.say("add saturday to my days")
    summary = (await chat.tap("Done"))[-1].text
    assert "Days: Mon, Thu, Sat at 18:30" in summary
    reply = (await chat.say("I'd like to train on thursdays too"))[-1]
    assert reply.text.startswith("You train on Thursday already"), reply.text
    user = await load_user(env, 9608)
    assert user is not None and onboarding.decode_days(user.days) == (0, 3, 5)
    assert _noted(env) == []
