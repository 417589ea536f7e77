"""Two more people lived with the bot for weeks (a scratch driver, not a test): Sofia, 23,
in Madrid, competing in bikini at a gym in kilograms, Tue/Thu/Sat at 7:30 across the end of
summer time, who writes English as a second language ("i make the hip thrust with 40 kilo"),
taps buttons, asks for the week's plan often, moves her days and time and takes a week's
holiday; Frank, 61, in Chicago, growing his glutes without bigger legs at home with bands,
in pounds, Mon/Thu at 10 am, new to lifting, who writes long careful sentences, logs bands by
colour and buys a barbell and a bench in week 6. What they met that was wrong is kept here."""

from datetime import datetime
from zoneinfo import ZoneInfo

from tests.e2e.flows import load_user
from tests.e2e.harness import Chat, Env, texts

MADRID = ZoneInfo("Europe/Madrid")
CHICAGO = ZoneInfo("America/Chicago")


async def _frank_to_time(env: Env, user_id: int) -> Chat:
    """Frank's setup as he typed it, on Sunday 3 October 2027 in Chicago, up to the time."""
    env.clock.set(datetime(2027, 10, 3, 18, 0, tzinfo=CHICAGO))
    chat = env.chat(user_id)
    await chat.say("/start")
    for answer in (
        "Hello. I am 61 years old and I would like to grow my glutes without making my legs "
        "any bigger.",
        "I have never lifted weights before, I have walked for exercise most of my life.",
        "At home. I only have a set of resistance bands, the kind with different colours.",
        "I would prefer two days a week to start with, Monday and Thursday, if that is all right.",
    ):
        await chat.say(answer)
    return chat


async def test_an_hour_with_the_part_of_the_day_in_a_sentence_is_the_time(env):
    """Frank, asked what time to send his workout, typed "10 in the morning would suit me
    best." and got "I need a time of day, like "18:30"": "10 in the morning" alone was read,
    but not with the words after it. Said in words too ("ten o'clock in the morning")."""
    for user_id, typed, at in (
        (14101, "10 in the morning would suit me best.", "10:00"),
        (14102, "Ten o'clock in the morning is good for me", "10:00"),
        (14103, "7 in the evening works for me, after dinner", "19:00"),
    ):
        chat = await _frank_to_time(env, user_id)
        said = texts(await chat.say(typed))
        assert f"Workout time: <b>{at}</b> ✓" in said, (typed, said)


async def test_a_time_said_with_the_one_not_meant_is_the_one_meant(env):
    """Frank tapped 12:00 by mistake and typed "Sorry, I pressed the wrong button. I meant 10
    am, not noon." He got "I don't know that one yet: the articles I coach from don't cover
    sorry pressed": two times in the message, so neither was read, though one was said as
    the one not meant."""
    for user_id, typed in (
        (14104, "Sorry, I pressed the wrong button. I meant 10 am, not noon."),
        (14105, "can you send it at 10am instead of 12:00"),
    ):
        chat = await _frank_to_time(env, user_id)
        await chat.tap("12:00")
        await chat.say("I live in Chicago.")
        await chat.say("Pounds, please.")
        said = texts(await chat.say(typed))
        assert "Workout time: <b>10:00</b> ✓" in said, (typed, said)
        assert (await load_user(env, user_id)).push_time == "10:00"
