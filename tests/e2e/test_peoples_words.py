"""People who type instead of tapping, with slips, and who get lost: found by using the bot
in the offline chat as such people would."""

from tests.e2e.flows import at_step, onboard


async def test_setup_typed_in_words_with_slips_reaches_the_summary(env):
    """Each answer here was asked again before ("bikni" kept a person at the goal question)."""
    chat = env.chat(9101)
    await chat.say("/start")
    for answer, next_question in [
        ("bikni", "2/7"),
        ("total begginer", "3/7"),
        ("at the gym", "4/7"),
        ("mon wed thr", "5/7"),
        ("evenings around 6pm", "6/7"),
        ("London UK", "7/7"),
    ]:
        replies = await chat.say(answer)
        assert next_question in replies[-1].text, (answer, replies[-1].text)
    summary = (await chat.say("kilos please"))[-1].text
    assert "Compete in bikini" in summary and "New to lifting" in summary
    assert "Mon, Wed, Thu at 18:00 (Europe/London)" in summary


async def test_lost_after_setup_hears_what_to_do_next(env):
    """ "???" got a thumbs-up and "what?" an "I don't know that one yet" with myths."""
    chat = env.chat(9102)
    await onboard(chat)
    for text in ("???", "what?", "I don't get it"):
        reply = (await chat.say(text))[-1].text
        assert "/today" in reply and "I don't know that one" not in reply, text
        assert not reply.startswith("👍"), text


async def test_lost_during_setup_hears_what_the_question_needs(env):
    chat = env.chat(9103)
    await at_step(chat, "place")
    reply = (await chat.say("???"))[-1]
    assert "where you train" in reply.text
    assert reply.buttons[0][0][0] == "A gym"


async def test_lost_while_logging_hears_how_to_log_this_exercise(env):
    chat = env.chat(9104)
    await onboard(chat)
    await chat.say("/today")
    await chat.tap("Start logging")
    reply = (await chat.say("what?"))[-1].text
    assert 'try: "12 12 10"' in reply


async def test_back_after_a_gap_is_welcomed_and_resume_only_when_paused(env):
    """ "I'm back" said "Send /resume" to someone whose workouts were never paused, and
    "sorry I missed last week" or "I was sick" got "I don't know that one yet"."""
    chat = env.chat(9105)
    await onboard(chat)
    for text in ("I'm back", "sorry I missed last week", "I was sick"):
        reply = (await chat.say(text))[-1].text
        assert reply.startswith("Welcome back") and "/resume" not in reply, text
        assert "/today" in reply
    await chat.say("/pause")
    assert "/resume" in (await chat.say("I'm back"))[-1].text
    assert "paused already" in (await chat.say("stop sending me workouts"))[-1].text


async def test_stopping_partway_skips_the_rest_and_finishes(env):
    """ "I have to go" mid-workout got "I couldn't find your sets in that", and "stop" the
    /pause hint, with the workout still waiting; "that's all" after an entry's echo saves it."""
    chat = env.chat(9106)
    await onboard(chat)
    await chat.say("/today")
    await chat.tap("Start logging")
    assert "Save it?" in (await chat.say("squat 60kg 12 12 10"))[-1].text
    replies = await chat.say("that's all for today")
    assert [r.text.splitlines()[0] for r in replies] == [
        "Squat: 60 kg × 12, 12, 10 ✓",
        "<b>Workout logged: 1 of 4 exercises done.</b>",
    ]
    assert "Undo: Squat" in replies[-1].buttons[0][0][0]
    today = (await chat.say("/log"))[-1].text
    assert today.count("skipped") == 3


async def test_stop_while_an_exercise_is_asked_skips_it_and_the_rest(env):
    chat = env.chat(9107)
    await onboard(chat)
    await chat.say("/today")
    await chat.tap("Start logging")
    replies = await chat.say("stop")
    assert replies[0].text.startswith("Squat: skipped")
    assert "0 of 4 exercises done" in replies[-1].text


async def test_short_on_time_hears_how_to_stop_partway(env):
    chat = env.chat(9108)
    await onboard(chat)
    for text in ("I only have 20 minutes", "make it shorter today"):
        reply = (await chat.say(text))[-1].text
        assert "that's all" in reply and "I don't know that one" not in reply, text


async def test_setup_answers_changed_on_the_way_are_kept(env):
    """ "actually make that home" at the days question and "no wait, tue fri" at the time
    question were lost (an article, "I need a time of day"); "can I change my goal" got
    "Once we're set up, /settings changes any answer"."""
    chat = env.chat(9109)
    await chat.say("/start")
    for text in ("grow my glutes", "2", "gym"):
        await chat.say(text)
    assert "1/7" in (await chat.say("wait actually can I change my goal"))[-1].text
    assert "4/7" in (await chat.say("tone"))[-1].text  # the goal changed; place kept
    replies = await chat.say("actually make that home")
    assert [r.text.splitlines()[0] for r in replies][-2:] == [
        "Where you train: <b>Home: bands or a ball</b> ✓",
        "<b>4/7 · Which days do you train?</b>",
    ]
    await chat.say("mon thu")
    replies = await chat.say("no wait, tue fri")
    assert replies[-2].text == "Training days: <b>Tue, Fri</b> ✓" and "5/7" in replies[-1].text
    for text in ("18:30", "London"):
        await chat.say(text)
    summary = (await chat.say("kg"))[-1].text
    assert "Goal: Tone up" in summary and "Home: bands or a ball" in summary
    assert "Tue, Fri at 18:30" in summary


async def test_a_question_without_its_question_mark_mid_workout_is_answered(env):
    """ "can I train at home today instead" while an exercise was asked got "I couldn't find
    your sets in that": only a message ending in "?" went to the coach."""
    chat = env.chat(9110)
    await onboard(chat)
    await chat.say("/today")
    await chat.tap("Start logging")
    replies = await chat.say("can I train at home today instead")
    assert "couldn't find your sets" not in replies[0].text
    assert "Source:" in replies[0].text
    assert "<b>Squat</b>: 60 kg" in (await chat.say("60kg 12 12 10"))[-1].text  # still logging


async def test_an_answer_given_before_its_question_is_kept(env):
    """ "at home" at the experience question got the "Training at home" article and was then
    asked for again; "monday wednesday and friday" at the place question got the toning
    article."""
    chat = env.chat(9111)
    await chat.say("/start")
    await chat.say("tone up")
    replies = await chat.say("at home")
    assert replies[-2].text == "Where you train: <b>Home: bands or a ball</b> ✓"
    assert "2/7" in replies[-1].text
    assert "4/7" in (await chat.say("3 months"))[-1].text  # the place question is skipped
    for text in ("mon wed fri", "18:00", "London"):
        await chat.say(text)
    summary = (await chat.say("kg"))[-1].text
    assert "Home: bands or a ball" in summary and "Mon, Wed, Fri at 18:00" in summary


async def test_pain_or_a_change_with_a_number_mid_workout_is_not_taken_for_sets(env):
    """Any number mid-workout made the text a failed set log: "my knee hurts on the 2nd set"
    got "I couldn't find your sets in that" instead of the pointer to a professional."""
    chat = env.chat(9112)
    await onboard(chat)
    await chat.say("/today")
    await chat.tap("Start logging")
    pain = (await chat.say("my knee hurts on the 2nd set"))[0].text
    assert "doctor or physiotherapist" in pain
    days = (await chat.say("I want to train 4 days"))[0].text
    assert "Which days do you train?" in days
    short = (await chat.say("I only have 20 minutes left"))[0].text
    assert "that's all" in short


async def test_start_over_typed_during_setup_starts_over(env):
    """ "start over" at the third question got "Once we're set up, /settings changes any
    answer you gave", and the answers given stood."""
    chat = env.chat(9113)
    await chat.say("/start")
    await chat.say("bikini")
    await chat.say("2 years")
    replies = await chat.say("start over")
    assert "1/7" in replies[-1].text
    await chat.say("tone")
    assert "how long you've lifted" in (await chat.say("???"))[-1].text  # asked again


async def test_sets_typed_before_the_setup_point_to_it(env):
    """ "hip thrust 60kg 12 12 10" before /start got the hip thrust's card, and during the
    setup the card again: nothing said the sets weren't logged."""
    chat = env.chat(9114)
    before = (await chat.say("hip thrust 60kg 12 12 10"))[-1].text
    assert "/start" in before and "log" in before
    assert "Source:" in (await chat.say("is 3x10 enough for hip thrusts"))[-1].text  # a question
    await chat.say("/start")
    replies = await chat.say("squat 50kg 10 10 10")
    assert "Finish setting up" in replies[0].text and "1/7" in replies[-1].text


async def test_settings_and_start_over_typed_instead_of_tapped(env):
    """After /settings, "the time" and "pounds" got "I don't know that one yet"; after
    /start, "start over" got "Send /start to set up again", the message just answered."""
    chat = env.chat(9115)
    await onboard(chat)
    await chat.say("/settings")
    assert "What time should I send your workout?" in (await chat.say("the time"))[-1].text
    assert "07:00" in (await chat.say("7am"))[-1].text
    await chat.say("/settings")
    assert "Units: lb" in (await chat.say("pounds"))[-1].text
    await chat.say("/start")
    reply = (await chat.say("start over"))[-1]
    assert reply.buttons[0][0][0] == "Start over"
    assert "1/7" in (await chat.tap("Start over"))[-1].text


async def test_days_deferred_or_ticked_before_an_early_answer(env):
    chat = env.chat(9116)
    await at_step(chat, "days")  # tone: Mon, Thu suggested
    await chat.tap("Sat")
    replies = await chat.say("EST")  # the zone, early: the days ticked so far stay
    assert replies[-2].text == "Time zone: <b>America/New_York</b> ✓"
    assert "✓ Sat" in [label for row in replies[-1].buttons for label, _ in row]
    assert "5/7" in (await chat.say("whatever you suggest"))[-1].text
    await chat.say("18:00")
    summary = (await chat.say("kg"))[-1].text
    assert "Mon, Thu at 18:00 (America/New_York)" in summary


async def test_the_unit_corrected_before_save(env):
    """ "actually that was in pounds" at "Save it?" got "I couldn't find your sets in that"."""
    chat = env.chat(9117)
    await onboard(chat)
    await chat.say("/today")
    await chat.tap("Start logging")
    await chat.say("60 12 12 10")
    reply = (await chat.say("actually that was in pounds"))[-1].text
    assert reply == "<b>Squat</b>: 60 lb × 12, 12, 10 (3 sets). Save it?"
    assert "60 kg" in (await chat.say("oops kg not lbs"))[-1].text


async def test_away_for_a_while_hears_pause_or_bodyweight(env):
    """ "I'm travelling this week" was told only about /pause; training on without the gym
    is one setting away."""
    chat = env.chat(9118)
    await onboard(chat)
    reply = (await chat.say("I'm travelling this week"))[-1].text
    assert "/pause" in reply and "Bodyweight only" in reply
    await chat.say("/pause")
    assert "paused already" in (await chat.say("on holiday next week"))[-1].text


async def test_help_typed_gets_what_help_lists(env):
    """ "help", "help me", "what can you do" got the bot's description (which pointed to
    /help); now /help's list itself. "Who are you" still hears what the bot is."""
    chat = env.chat(9120)
    await onboard(chat)
    listed = (await chat.say("/help"))[-1].text
    for text in ("help", "help me", "what can you do"):
        replies = await chat.say(text)
        assert [r.text for r in replies] == [listed], text
    assert "I'm Glute Coach, a bot" in (await chat.say("who are you?"))[-1].text
