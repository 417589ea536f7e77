"""Issue 11, through the chat: a typed "yes" saves what was typed; "Done as planned" keeps
last time's load; Undo takes back the entry it names, once."""

from datetime import UTC, datetime

from sqlalchemy import func, select

from bot.store.models import SetLog
from tests.e2e.flows import onboard
from tests.e2e.harness import bot_env, texts
from tests.e2e.test_logging import wait_for_push

MONDAY_PUSH = datetime(2026, 11, 16, 17, 30, tzinfo=UTC)


async def logging_started(env, chat_id: int):
    """A person set up (tone, gym, Mon + Thu, kg) who tapped Start logging on /today."""
    chat = env.chat(chat_id)
    await onboard(chat)
    await chat.say("/today")
    await chat.tap("Start logging")
    return chat


def set_rows(env, user_id: int) -> int:
    with env.svc.db.session() as s:
        return s.scalar(select(func.count()).select_from(SetLog).where(SetLog.user_id == user_id))


async def test_yes_saves_typed_and_undo_takes_back_once(tmp_path):
    async with bot_env(tmp_path, extra_env={"PUSH_TICK_SECONDS": "0.05"}) as env:
        chat = env.chat(3101)
        await onboard(chat)  # tone, gym, Mon + Thu, kg
        env.clock.set(MONDAY_PUSH)
        push = await wait_for_push(env, chat)
        await chat.press(push.message_id, push.buttons[0][0][1])
        await chat.say("60kg 12 12 10")
        replies = await chat.say("yes")
        assert "Squat: 60 kg × 12, 12, 10 ✓" in texts(replies)  # not rewritten to the plan
        await chat.say("40kg 10 10 10")
        ask = next(
            m
            for m in reversed(env.standin.messages(chat.chat_id))
            if m.buttons and "Done as planned" in m.buttons[0][0][0]
        )
        # the ask's "Done as planned" tapped after typing: the typed sets are kept
        replies = await chat.press(ask.message_id, ask.buttons[0][0][1])
        assert "40 kg × 10, 10, 10" in texts(replies)
        replies = await chat.tap("Done as planned")  # a lunge never done: asks for the load
        assert "What load did you use for Lunge?" in texts(replies)
        assert '"40kg 12 12 12"' in texts(replies) and 'just the load, e.g. "40"' in texts(replies)
        await chat.say("16kg 12 12 12")
        await chat.tap("Save")
        replies = await chat.tap("Done as planned")
        assert "What load did you use for Lying leg curl?" in texts(replies)
        replies = await chat.say("30 30")  # reps only, or a load and reps? It asks.
        assert "Which number is the load?" in texts(replies)
        replies = await chat.say("30")  # the load alone: the sets as planned, at 30 kg
        assert "30 kg × 12, 12, 12" in texts(replies)
        replies = await chat.tap("Save")
        assert "Lying leg curl: 30 kg × 12, 12, 12 ✓" in texts(replies)
        assert "Workout logged: 4 of 4" in texts(replies)
        before = set_rows(env, 3101)
        finished = chat.last_keyboard()
        undo = next(d for row in finished.buttons for t, d in row if "Undo" in t)
        first = await chat.press(finished.message_id, undo)
        assert "Removed your last entry for Lying leg curl" in texts(first)
        after_one = set_rows(env, 3101)
        assert after_one == before - 3
        second = await chat.press(finished.message_id, undo)  # a double tap
        assert "Removed" not in texts(second)
        assert set_rows(env, 3101) == after_one


async def test_typed_done_asks_the_load_like_the_button(env):
    """ "done" typed for a first squat asks for the load (it offered "12, 12, 12 reps" to
    save, a squat with no load to progress from)."""
    chat = await logging_started(env, 3102)
    replies = await chat.say("done")
    assert "What load did you use for Squat?" in texts(replies)
    assert "12, 12, 12 reps" not in texts(replies)
    replies = await chat.say("40")
    assert "Squat</b>: 40 kg × 12, 12, 12 (3 sets). Save it?" in texts(replies)


async def test_typed_undo_and_done_in_a_lifters_words(env):
    """ "undo" typed was "I couldn't find your sets in that"; "did it all" the same, and
    "skip this one" an unknown exercise "this one"."""
    chat = await logging_started(env, 3103)
    await chat.say("60kg 12 12 10")
    await chat.tap("Save")
    replies = await chat.say("undo")
    assert "Removed your last entry for Squat" in texts(replies)
    assert "1/4 · Squat" in texts(replies)
    assert set_rows(env, 3103) == 0
    await chat.say("60kg 12 12 12")
    await chat.tap("Save")
    replies = await chat.say("skip this one")
    assert "Stiff-leg deadlift: skipped." in texts(replies)
    replies = await chat.say("did it all")
    assert "What load did you use for Lunge?" in texts(replies)


async def test_sets_said_with_with_and_for(env):
    """ "3 sets of 10 with 40" was "I couldn't read that (at "with")", "40kg for 10 reps,
    3 sets" "I found a load but no reps"."""
    chat = await logging_started(env, 3104)
    replies = await chat.say("3 sets of 10 with 40")
    assert "Squat</b>: 40 kg × 10, 10, 10 (3 sets). Save it?" in texts(replies)
    await chat.tap("Fix")
    replies = await chat.say("40kg for 10 reps, 3 sets")
    assert "Squat</b>: 40 kg × 10, 10, 10 (3 sets). Save it?" in texts(replies)


async def test_a_load_corrected_before_saving(env):
    """ "oops wrong, it was 50" after "60kg 12 12 10" was "I don't know the exercise "oops
    wrong it was""; now the reps stand at 50 kg, and both messages are kept as typed."""
    chat = await logging_started(env, 3105)
    await chat.say("60kg 12 12 10")
    replies = await chat.say("oops wrong, it was 50")
    assert "Squat</b>: 50 kg × 12, 12, 10 (3 sets). Save it?" in texts(replies)
    replies = await chat.tap("Save")
    assert "Squat: 50 kg × 12, 12, 10 ✓" in texts(replies)
    with env.svc.db.session() as s:
        rows = s.execute(select(SetLog.load).where(SetLog.user_id == 3105)).scalars().all()
    assert rows == [50.0, 50.0, 50.0]


async def test_conversation_mid_logging_is_answered_and_the_entry_waits(env):
    """ "thanks coach!" or "can I do the workout tomorrow instead" while a Save was owed got
    "I couldn't find your sets in that"; now the coach answers them, the entry still waits
    for its Save, and what only makes sense here ("ok", "done") keeps the logging hints."""
    chat = await logging_started(env, 3107)
    await chat.say("60kg 12 12 10")
    replies = await chat.say("thanks coach!")
    assert "couldn't find your sets" not in texts(replies), texts(replies)
    assert replies and "Save it?" not in texts(replies), texts(replies)
    replies = await chat.say("can I do the workout tomorrow instead")
    assert "couldn't find your sets" not in texts(replies), texts(replies)
    assert "Move to tomorrow" in texts(replies), texts(replies)
    replies = await chat.tap("Save")
    assert "Squat: 60 kg × 12, 12, 10 ✓" in texts(replies)
    replies = await chat.say("hello there")  # the next exercise's sets are owed now
    assert "couldn't find your sets" not in texts(replies), texts(replies)
    replies = await chat.say("lol")  # no request: what the bot waits for
    assert "couldn't find your sets" in texts(replies) and ", try:" in texts(replies)
    replies = await chat.say("switch to pounds")  # a change asked for in words is made
    assert "Units: lb" in texts(replies), texts(replies)
    replies = await chat.say("80 12 12 12")  # and the workout goes on where it was
    assert "80 lb × 12, 12, 12 (3 sets). Save it?" in texts(replies), texts(replies)
    replies = await chat.say("stop sending me workouts")  # told: paused at once
    assert "Paused: no workout messages" in texts(replies), texts(replies)
