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
