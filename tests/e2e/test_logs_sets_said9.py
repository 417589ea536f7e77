"""Sets and swaps said while logging: a second swap took the first one's target, a
correction at "Save it?" changed every set at that load, "10 for the first two" opening an
exercise, a skip said of a muscle or a move, the load asked after a loaded session."""

from datetime import timedelta

from tests.e2e.flows import onboard
from tests.e2e.harness import texts
from tests.e2e.test_logs_said_loosely2 import squat_after_yesterday


def labels(message):
    return [t for row in message.buttons for t, _ in row]


async def test_a_second_swap_to_a_move_never_done_takes_the_plans_reps_no_load(env):
    """Hip thrust (37.5 kg) swapped for the glute bridge, then the American deadlift, neither
    ever done: the deadlift was asked at the hip thrust's 37.5 kg."""
    chat = env.chat(9901)
    await onboard(chat, goal="Compete: figure", experience="2+ years")
    await chat.say("/today")
    await chat.tap("Start logging")  # 1/5 · Hip thrust
    await chat.say("40kg 12 12 12 12")
    await chat.tap("Save")
    await chat.say("that's all for today")
    for _ in range(7):
        env.clock.set(env.clock.now() + timedelta(days=1))
        today = (await chat.say("/today"))[-1]
        if "Hip thrust" in today.text and "▶ Start logging" in labels(today):
            break
    asked = (await chat.tap("Start logging"))[-1]
    assert "Target: 4 × 8–12 @ 37.5 kg" in asked.text, asked.text
    await chat.tap("Swap")
    asked = (await chat.tap("Barbell glute bridge"))[-1]
    assert "Target: 4 × 8–12 @ 37.5 kg" in asked.text, asked.text  # the planned move's
    await chat.tap("Swap")
    asked = (await chat.tap("American deadlift"))[-1]
    assert "American deadlift</b> (instead of Hip thrust)" in asked.text, asked.text
    assert "Target: 4 × 8–12\n" in asked.text and "37.5" not in asked.text, asked.text


async def logging_squat(env, user_id):
    chat = env.chat(user_id)
    await onboard(chat)  # tone, gym: squat, stiff-leg deadlift, lunge, lying leg curl
    await chat.say("/today")
    await chat.tap("Start logging")
    return chat


async def test_a_set_named_at_save_it_changes_that_set_only(env):
    """ "set 2 was 20 not 25" at "Save it?" put all three sets at 20 kg."""
    chat = await logging_squat(env, 9902)
    await chat.say("25kg 12 12 10")
    replies = await chat.say("set 2 was 20 not 25")
    shown = texts(replies)
    assert "<b>Squat</b>: 25 kg × 12, 20 kg × 12, 25 kg × 10 (3 sets). Save it?" in shown, shown
    assert "Changed: set 2." in shown, shown
    replies = await chat.say("22.5 not 25")
    assert "Changed: sets 1 and 3." in texts(replies), texts(replies)


async def test_reps_for_the_first_two_sets_as_the_first_message(env):
    """ "10 for the first two" before any set of the squat was recorded was not kept as
    sets 1 and 2 (it worked between sets only)."""
    chat = await squat_after_yesterday(env, 9903)
    replies = await chat.say("10 for the first two")
    shown = texts(replies)
    assert "<b>Squat</b>, sets 1–2 of 3: 20 kg × 10 each ✓ (so far: 20 kg × 10, 10)" in shown, shown
    replies = await chat.say("8")
    assert "Squat: 20 kg × 10, 10, 8 ✓" in texts(replies), texts(replies)


async def test_reps_and_load_for_the_first_two_with_no_load_known(env):
    """With no load known, "10 at 20kg for the first two" first is sets 1 and 2 at 20 kg;
    "10 for the first two" alone asks the load, as reps alone do."""
    chat = await logging_squat(env, 9904)
    replies = await chat.say("10 at 20kg for the first two")
    shown = texts(replies)
    assert "<b>Squat</b>, sets 1–2 of 3: 20 kg × 10 each ✓ (so far: 20 kg × 10, 10)" in shown, shown
    chat = await logging_squat(env, 9905)
    replies = await chat.say("10 for the first two")
    assert "What load did you use for Squat?" in texts(replies), texts(replies)
