"""Three more people who did not write this bot (a beginner toning at the gym who types in
lowercase with emoji, a man growing his glutes who travels and trains in hotel gyms, a figure
competitor who only taps buttons) lived with it for weeks (a scratch driver,
not a test); what they met that was wrong is kept here, with the fixes asked before them."""

from datetime import timedelta

from tests.e2e.flows import at_step, load_user, onboard


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


async def test_in_another_city_this_week_moves_the_time_zone(env):
    """ "I'm in New York this week" got "I don't know that one yet" (noted as a question to
    learn): his 07:00 workouts came at 02:00 in New York all week. Now the zone is that
    city's, said back with the profile; back home, his own again."""
    chat = env.chat(9411)
    await onboard(chat, goal="Grow glutes, not legs")  # Europe/Berlin
    replies = await chat.say("I'm in New York this week")
    said = "\n".join(r.text for r in replies)
    assert "Time zone: <b>America/New_York</b> ✓" in said, said
    assert (await load_user(env, 9411)).tz == "America/New_York"
    assert "at 18:30 (America/New_York)" in said, said
    replies = await chat.say("back in berlin now")
    assert (await load_user(env, 9411)).tz == "Europe/Berlin", replies[-1].text
    for text in ("I'm in the gym now", "I'm in pain", "im at home this week"):
        reply = (await chat.say(text))[-1].text
        assert "Time zone" not in reply, (text, reply)
    assert (await load_user(env, 9411)).tz == "Europe/Berlin"


async def test_pain_on_a_training_day_offers_to_skip_or_swap(env):
    """ "my knee hurts a bit when i squat" on a training day got the pointer to a
    professional and nothing else: the move stayed in the workout and no way out was
    offered. Now the pointer (still no advice) offers to skip today's workout or swap the
    move named when it has a swap, by the plan's own Skip and Swap (the squat has none at
    the gym: skip only)."""
    chat = env.chat(9421)
    await onboard(chat)  # Monday: a training day
    reply = (await chat.say("my knee hurts a bit on the leg curl 😕"))[-1]
    assert reply.text.startswith("I can't advise on pain or injury"), reply.text
    labels = [t for row in reply.buttons for t, _ in row]
    assert labels == ["Swap the Lying leg curl", "Skip today"], labels
    swaps = (await chat.tap("Swap the Lying leg curl"))[-1]
    assert "Lying leg curl" in swaps.text and swaps.buttons, swaps.text
    choice = next(t for row in swaps.buttons for t, _ in row if "Keep" not in t)
    asked = (await chat.tap(choice))[-1].text
    assert choice in asked and "Target" in asked, asked
    for said in ("tweaked my back", "my knee hurts when I squat"):  # no swap to offer
        back = (await chat.say(said))[-1]
        assert [t for row in back.buttons for t, _ in row] == ["Skip today"], back.buttons
        assert "swap" not in back.text, back.text
    skipped = "\n".join(m.text for m in await chat.tap("Skip today"))
    assert "Skipped today" in skipped, skipped
    after = (await chat.say("my knee hurts"))[-1]  # today is over: nothing to offer
    assert not after.buttons, after.buttons


async def test_pain_on_a_rest_day_offers_nothing(env):
    chat = env.chat(9422)
    await onboard(chat)
    env.clock.set(env.clock.now() + timedelta(days=1))  # Tuesday: a rest day
    reply = (await chat.say("my knee hurts when I squat"))[-1]
    assert reply.text.startswith("I can't advise on pain or injury") and not reply.buttons


async def test_a_show_date_said_at_setup_is_acknowledged_not_taken_as_experience(env):
    """ "bikini! my show is in 10 weeks" at the goal question set the goal and dropped the
    show without a word; "my show is in 10 weeks" at the experience question was read as
    "New to lifting" (10 weeks of lifting): a lighter plan for a competitor. Now the show
    is acknowledged honestly (no show prep in the articles, the date not kept) and the
    experience is asked again."""
    chat = env.chat(9431)
    await chat.say("/start")
    replies = await chat.say("bikini! my show is in 10 weeks")
    said = "\n".join(r.text for r in replies)
    assert (await load_user(env, 9431)).goal == "bikini"
    assert "Getting ready for a show" in said and "2/7" in replies[-1].text, said
    replies = await chat.say("my show is on March 14")
    assert "Getting ready for a show" in replies[0].text, replies[0].text
    assert "2/7" in replies[-1].text, replies[-1].text
    assert (await load_user(env, 9431)).experience is None
    replies = await chat.say("my show is in 10 weeks")
    assert "Getting ready for a show" in replies[0].text, replies[0].text
    # The day said is kept now (tests/e2e/test_personas6.py); one not said still isn't.
    assert "Show day noted" in replies[0].text, replies[0].text
    assert (await load_user(env, 9431)).experience is None
    replies = await chat.say("my show is coming up soon")
    assert "don't keep" in replies[0].text, replies[0].text
    assert "3/7" in (await chat.tap("2+ years"))[-1].text


async def test_the_tone_plan_says_the_days_she_chose(env):
    """Toning on Mon, Wed and Fri: the summary and /program said "Four moves twice a week",
    and "why only twice a week in the plan i go 3 times" or "how long should i rest between
    sets" got the toning article's "twice a week" with no word of her three days."""
    chat = env.chat(9441)
    await at_step(chat, "days")
    await chat.say("mon wed fri")
    await chat.tap("18:30")
    await chat.tap("Europe/Berlin")
    summary = (await chat.tap("kg"))[-1].text
    program = (await chat.say("/program"))[-1].text
    for shown in (summary, program):
        assert "moves twice a week" not in shown, shown  # the rhythm said as hers
    assert "across your 3 training days (Mon, Wed, Fri)" in program, program
    for asked in ("why only twice a week in the plan i go 3 times", "how often should i train"):
        reply = (await chat.say(asked))[-1].plain_text
        assert "Your plan: 3 days a week (Mon, Wed, Fri), the days you chose" in reply, reply
    rest = (await chat.say("how long should i rest between sets"))[-1].plain_text
    # her plan's rests and days, one block (a blank line split two "Your plan:" lines)
    assert "each exercise in your workout says its own.\nYour plan: 3 days a week" in rest, rest


async def test_how_many_reps_right_after_a_card_is_about_that_card(env):
    """ "how many reps?" right after /exercise hip thrust got the general rep ranges, and
    "and how many sets?" the toning article: a card shown by /exercise, by a topic button,
    or as an answer in the middle of the setup set no topic, and a question without "and"
    was never taken as a follow-up."""
    chat = env.chat(9451)
    await onboard(chat, goal="Compete: figure", experience="2+ years")
    await chat.say("/exercise hip thrust")
    reply = (await chat.say("how many reps?"))[-1].text
    assert reply.startswith("<b>Hip thrust</b>") and "Reps" in reply, reply
    reply = (await chat.say("and how many sets?"))[-1].text
    assert reply.startswith("<b>Hip thrust</b>"), reply
    await chat.say("what are the best hamstring exercises?")  # an answer with topic buttons
    topic = (await chat.tap("Nordic"))[-1].text
    assert topic.startswith("<b>Nordic"), topic
    reply = (await chat.say("how many sets?"))[-1].text
    assert reply.startswith(topic.split("\n")[0]), reply
    fresh = env.chat(9452)  # no card before: the general answer, as before
    assert not (await fresh.say("how many reps?"))[-1].text.startswith("<b>Hip thrust")


async def test_a_question_answered_mid_setup_sets_the_topic(env):
    chat = env.chat(9453)
    await at_step(chat, "days")
    await chat.say("how do I do a hip thrust?")
    reply = (await chat.say("and how many sets?"))[0].text  # then the days question again
    assert reply.startswith("<b>Hip thrust</b>"), reply


async def test_thanks_and_praise_in_one_message_is_thanked(env):
    """ "ok thanks ur the best 🥰" got "I don't know that one yet" and was noted as a
    question for the content team to learn."""
    chat = env.chat(9461)
    await onboard(chat)
    for said in ("ok thanks ur the best 🥰", "thanks!! love this"):
        reply = (await chat.say(said))[-1].text
        assert reply.startswith("Thank you, glad it helps!"), (said, reply)


async def test_what_if_i_miss_a_day_hears_the_plan_runs_on(env):
    """ "what do i do if i miss a day" got "I don't know that one yet", while the bot knows:
    the plan runs by the calendar (as "I missed yesterday" hears)."""
    chat = env.chat(9471)
    await onboard(chat)
    for said in ("what do i do if i miss a day", "what if I skip a workout?"):
        reply = (await chat.say(said))[-1].text
        assert "Your plan runs by the calendar" in reply, (said, reply)


async def test_several_times_a_week_is_no_count_to_set_beside_her_days(env):
    """After the days line came beside answers saying how often, "will squats make my legs
    huge" (an answer saying "hip thrusts several times a week") carried it too: noise."""
    chat = env.chat(9442)
    await onboard(chat)
    reply = (await chat.say("will squats make my legs huge 😬"))[-1].plain_text
    assert "several times a week" in reply and "Your plan: 2 days a week" not in reply, reply
