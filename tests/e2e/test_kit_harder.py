"""Harder versions and log examples that fit the kit a person has. Each test says who the
person was, what they typed, what they got and why it was wrong for them."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from tests.e2e.flows import ONBOARDING_BUTTONS, load_user, onboard, pushes
from tests.e2e.harness import DEFAULT_NOW, Chat, Env, bot_env, eventually, texts

BANDS_ONLY = "At home. I have some resistance bands."
HOLDING = "holding dumbbells"
SLOWER = "the same move lowered slowly, three seconds down"
PUSH_UTC = time(17, 30)  # 18:30 in Berlin (winter time)
FAST = {"PUSH_TICK_SECONDS": "0.05"}  # the push loop looks often


async def bands_in_pounds(chat: Chat) -> None:
    """Linda's setup: tone up, new to lifting, the place typed (bands, no ball), Mon + Thu
    at 18:30 in Berlin, pounds."""
    await chat.say("/start")
    for name, label in ONBOARDING_BUTTONS:
        if name == "place":
            await chat.say(BANDS_ONLY)
        else:
            await chat.tap("lb" if name == "unit" else label)


async def all_at_the_top(chat: Chat) -> str:
    """/today, Start logging and "Done as planned" at each move: the finish."""
    await chat.say("/today")
    replies = await chat.tap("Start logging")
    while "Workout logged" not in texts(replies):
        replies = await chat.tap("Done as planned")
    return texts(replies)


async def released(env: Env, chat: Chat, day: date) -> None:
    """Walk the clock to `day`'s push time and wait for the loop to plan the next one."""
    env.clock.set(datetime.combine(day, PUSH_UTC, UTC))

    async def planned() -> bool:
        user = await load_user(env, chat.user_id)
        return user is not None and user.next_push_at > env.clock.now()

    await eventually(planned)


async def push_on(env: Env, chat: Chat, day: date) -> str:
    """Walk the clock to `day`'s push time and wait for the push the loop sends then."""
    before = pushes(env.standin, chat.chat_id)
    env.clock.set(datetime.combine(day, PUSH_UTC, UTC))
    [push] = await env.standin.until(
        lambda: pushes(env.standin, chat.chat_id)[len(before) :] or None, timeout=10
    )
    return push.text or ""


async def test_bands_at_home_are_never_told_to_hold_dumbbells(tmp_path: Path):
    """Linda, 58, tones up at home with only resistance bands ("At home. I have some
    resistance bands."), in pounds. She did Monday's workout at the top of every range. The
    finish's "Next time", /week, "what's the harder version?", Thursday's push and its
    logging steps all said "try walking lunge holding dumbbells" and "Bulgarian split squat
    holding dumbbells": she owns no dumbbells. Her harder step is one with no load to hold,
    the slower lowering the cards give the other lunges, everywhere it is named."""
    async with bot_env(tmp_path, extra_env=FAST) as env:
        await _bands_everywhere(env)


async def _bands_everywhere(env: Env) -> None:
    chat = env.chat(9401)
    await bands_in_pounds(chat)
    env.clock.set(DEFAULT_NOW.replace(hour=10))  # Monday, before the push
    finish = await all_at_the_top(chat)
    said = {
        "finish": finish,
        "week": texts(await chat.say("/week")),
        "asked": texts(await chat.say("what's the harder version?")),
    }
    await released(env, chat, DEFAULT_NOW.date())  # Monday's push time goes by, done
    said["push"] = await push_on(env, chat, DEFAULT_NOW.date() + timedelta(days=3))
    steps = []
    replies = await chat.tap("Start logging")
    while "Workout logged" not in texts(replies):
        steps.append(replies[-1].text or "")
        replies = await chat.tap("Done as planned")
    said["steps"] = "\n".join(steps)
    for where, text in said.items():
        assert HOLDING not in text, (where, text)
    assert f"Walking lunge: ready for a harder version: {SLOWER}" in finish, finish
    assert f"Bulgarian split squat: ready for a harder version: {SLOWER}" in finish, finish
    assert f"• Walking lunge: {SLOWER}." in said["asked"], said["asked"]
    for where in ("week", "push"):
        lunge = [x for x in said[where].split("\n") if "Walking lunge" in x][-1]  # Thursday's
        assert f"(you reached the top: try {SLOWER})" in lunge, (where, lunge)
    assert f"You reached the top last time: try {SLOWER}." in said["steps"], said["steps"]
    # what a band does make harder is still a band's
    assert "Banded hip thrust: ready for a harder version: the same move with a stronger band" in (
        finish
    )


async def test_bodyweight_only_is_never_told_to_hold_dumbbells(env: Env):
    """A toner with nothing at all (the "Bodyweight only" button) did Monday's workout at
    the top and read "Walking lunge: ready for a harder version: walking lunge holding
    dumbbells" and, on Thursday, the same in /today: she has nothing to hold."""
    chat = env.chat(9402)
    await onboard(chat, place="Bodyweight only")
    env.clock.set(DEFAULT_NOW.replace(hour=10))
    finish = await all_at_the_top(chat)
    env.clock.set(DEFAULT_NOW.replace(hour=10) + timedelta(days=3))
    today = texts(await chat.say("/today"))
    for text in (finish, today):
        assert HOLDING not in text, text
    assert f"Walking lunge: ready for a harder version: {SLOWER}" in finish, finish
    lunge = next(x for x in today.split("\n") if "Walking lunge" in x)
    assert f"(you reached the top: try {SLOWER})" in lunge, lunge


async def away_week(env: Env, user_id: int, said: str) -> tuple[str, str]:
    """A toner at a gym says `said` about next week; on its Monday she does the workout at
    the top of every range. The finish and Thursday's /today."""
    chat = env.chat(user_id)
    await onboard(chat)
    env.clock.set(DEFAULT_NOW.replace(hour=10))
    await chat.say(said)
    monday = DEFAULT_NOW.replace(hour=10) + timedelta(days=7)
    env.clock.set(monday)
    finish = await all_at_the_top(chat)
    env.clock.set(monday + timedelta(days=3))
    return finish, texts(await chat.say("/today"))


async def test_a_week_away_with_nothing_names_no_dumbbells(env: Env):
    """A toner who trains at a gym said "I'm at a hotel next week with no equipment" and did
    that Monday's bodyweight workout at the top: "Next time" and Thursday's /today said
    "try walking lunge holding dumbbells", with nothing there to hold."""
    finish, today = await away_week(env, 9403, "I'm at a hotel next week with no equipment")
    for text in (finish, today):
        assert HOLDING not in text, text
    assert f"Walking lunge: ready for a harder version: {SLOWER}" in finish, finish
    lunge = next(x for x in today.split("\n") if "Walking lunge" in x)
    assert f"(you reached the top: try {SLOWER})" in lunge, lunge


async def test_a_week_away_with_dumbbells_keeps_them_as_the_harder_step(env: Env):
    """The same toner saying "hotel next week, only dumbbells" has dumbbells to hold: for her
    the walking lunge holding them is the harder step, and stays."""
    finish, today = await away_week(env, 9404, "hotel next week, only dumbbells")
    assert "Walking lunge: ready for a harder version: walking lunge holding dumbbells" in finish
    lunge = next(x for x in today.split("\n") if "Walking lunge" in x)
    assert "(you reached the top: try walking lunge holding dumbbells)" in lunge, lunge


async def test_saying_later_gets_a_log_example_of_her_own_workout(env: Env):
    """Linda (bands at home, pounds) typed "I'll train later today" on Monday and read: "when
    you're done, tap Start logging or tell me your sets, like "squat 60kg 12 12 10"". There is
    no squat in her plan, she has no barbell, and she counts in pounds. Asked "how do I log my
    sets?", the same squat at 60 kg. The example is a move of today's workout, with no load
    for a move done without one."""
    chat = env.chat(9405)
    await bands_in_pounds(chat)
    env.clock.set(DEFAULT_NOW.replace(hour=10))
    for said in ("I'll train later today", "how do I log my sets?"):
        reply = texts(await chat.say(said))
        assert "squat 60kg" not in reply and "kg" not in reply, (said, reply)
        assert '"skater lunge 20 20"' in reply, (said, reply)


async def test_saying_later_in_pounds_at_a_gym_gives_the_example_in_pounds(env: Env):
    """A gym-goer who counts in pounds typed "I'll do it tonight" and was told to log like
    "squat 60kg 12 12 10": kilograms she never uses. Once she has logged a load, the example
    carries her own next load, in pounds."""
    chat = env.chat(9406)
    await chat.say("/start")
    for name, label in ONBOARDING_BUTTONS:
        await chat.tap("lb" if name == "unit" else label)
    env.clock.set(DEFAULT_NOW.replace(hour=10))
    reply = texts(await chat.say("I'll do it tonight"))
    assert 'like "squat 135lb 12 12 8"' in reply, reply  # her first move, in pounds
    await chat.say("squat 95lb 10 10 10")
    await chat.tap("Save")
    env.clock.set(DEFAULT_NOW.replace(hour=10) + timedelta(days=7))
    assert "3 × 8–12 @ 95 lb" in texts(await chat.say("/today"))
    for said in ("I'll do it tonight", "the buttons don't work"):
        reply = texts(await chat.say(said))
        assert '"squat 95lb 12 12 8"' in reply and "kg" not in reply, (said, reply)


async def test_nothing_logged_yet_shows_a_log_example_of_her_own_workout(env: Env):
    """Linda (bands at home, pounds) sent /history and /progress before her first workout and
    was told to log e.g. "hip thrust 60kg 12 12 10": a barbell load in kilograms. The example
    is a move of her workout, with no load for a move done without one."""
    chat = env.chat(9407)
    await bands_in_pounds(chat)
    env.clock.set(DEFAULT_NOW.replace(hour=10))
    for command in ("/history", "/progress"):
        reply = texts(await chat.say(command))
        assert "60kg" not in reply and '"skater lunge 20 20"' in reply, (command, reply)


async def test_her_exercise_cards_name_a_harder_version_she_can_do(env: Env):
    """Linda (bands at home) asked "how do I do walking lunges?" and sent "/exercise
    bulgarian split squat": each card ended "Harder version: ... holding dumbbells", which she
    has none of. A gym-goer asking the same still reads the dumbbells: she has them."""
    chat = env.chat(9408)
    await bands_in_pounds(chat)
    env.clock.set(DEFAULT_NOW.replace(hour=10))
    for said in (
        "how do I do walking lunges?",
        "/exercise bulgarian split squat",
        "what's the harder version of walking lunges?",
    ):
        reply = texts(await chat.say(said))
        assert HOLDING not in reply and SLOWER in reply, (said, reply)
    gym = env.chat(9409)
    await onboard(gym)
    reply = texts(await gym.say("how do I do walking lunges?"))
    assert "Harder version: walking lunge holding dumbbells." in reply, reply


async def test_a_great_session_said_asks_for_sets_like_her_own(env: Env):
    """Linda (bands at home, pounds) typed "great session" and was asked for her sets "like
    "squat 40kg 12 12 10"": a barbell in kilograms. The example is a move of her workout."""
    chat = env.chat(9410)
    await bands_in_pounds(chat)
    env.clock.set(DEFAULT_NOW.replace(hour=10))
    reply = texts(await chat.say("great session"))
    assert reply.startswith("Well done! If you haven't yet, tell me your sets"), reply
    assert "kg" not in reply and 'like "skater lunge 20 20"' in reply, reply


async def test_a_gym_away_said_in_pounds_gives_its_example_in_pounds(env: Env):
    """A gym-goer who counts in pounds typed "I'm at a hotel gym next week" and was told to
    log a move the hotel has no kit for "like "hip thrust 30kg 12 12 12"": kilograms."""
    chat = env.chat(9411)
    await chat.say("/start")
    for name, label in ONBOARDING_BUTTONS:
        await chat.tap("lb" if name == "unit" else label)
    reply = texts(await chat.say("I'm at a hotel gym next week"))
    assert "A gym away is still a gym" in reply, reply
    assert "kg" not in reply and 'like "hip thrust 65lb 12 12 12"' in reply, reply


async def test_a_friends_workout_forwarded_asks_for_hers_like_her_own(env: Env):
    """Linda (bands at home, pounds) forwarded a friend's "squat 100lb 10 10 10" and was told
    to type what she did herself, e.g. "hip thrust 60kg 12 12 10": a barbell in kilograms.
    The example is a move of her workout."""
    chat = env.chat(9412)
    await bands_in_pounds(chat)
    env.clock.set(DEFAULT_NOW.replace(hour=10))
    friend = {"id": 7777, "is_bot": False, "first_name": "Sam"}
    origin = {"type": "user", "date": 1_763_000_000, "sender_user": friend}
    reply = texts(await chat.say("squat 100lb 10 10 10", forward_origin=origin))
    assert "forwarded from someone else" in reply, reply
    assert "kg" not in reply and 'e.g. "skater lunge 20 20"' in reply, reply


async def test_single_exercises_on_a_rest_day_give_an_example_of_her_own(env: Env):
    """Linda (bands at home, pounds) tapped "Log single exercises" on Tuesday, a rest day, and
    was told to tell each one e.g. "hip thrust 135lb 12 12 10": a barbell hip thrust she
    can't load. The example is a move of her plan (the next workout's), with no load."""
    chat = env.chat(9413)
    await bands_in_pounds(chat)
    env.clock.set(DEFAULT_NOW.replace(hour=10) + timedelta(days=1))
    await chat.say("/today")
    reply = texts(await chat.tap("Log single exercises"))
    assert "Single exercises it is" in reply, reply
    assert "135lb" not in reply and 'e.g. "superman 20 20"' in reply, reply


async def test_a_move_done_holding_dumbbells_at_home_keeps_its_load_in_the_example(env: Env):
    """A figure competitor at home with bands, in pounds, logged "bulgarian split squat 20lb
    8 8" (she holds dumbbells in it). A week later /today asked 3 x 8-12 @ 20 lb, but "I'll
    train later" said to log it like "bulgarian split squat 12 12 8", her load left out."""
    chat = env.chat(9414)
    await chat.say("/start")
    for name, label in ONBOARDING_BUTTONS:
        if name == "place":
            await chat.say(BANDS_ONLY)
        else:
            chosen = {"goal": "Compete: figure / bodybuilding", "unit": "lb"}
            await chat.tap(chosen.get(name, label))
    env.clock.set(DEFAULT_NOW.replace(hour=10))
    await chat.say("bulgarian split squat 20lb 8 8")
    await chat.tap("Save")
    env.clock.set(DEFAULT_NOW.replace(hour=10) + timedelta(days=7))
    assert "1. <b>Bulgarian split squat</b>: 3 × 8–12 @ 20 lb" in texts(await chat.say("/today"))
    reply = texts(await chat.say("I'll train later"))
    assert 'like "bulgarian split squat 20lb 12 12 8"' in reply, reply
