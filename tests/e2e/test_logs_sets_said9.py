"""Sets and swaps said while logging: a second swap took the first one's target, a
correction at "Save it?" changed every set at that load, "10 for the first two" opening an
exercise, a skip said of a muscle or a move, the load asked after a loaded session."""

from datetime import timedelta

from tests.e2e.flows import onboard
from tests.e2e.harness import texts
from tests.e2e.test_logs_said_loosely2 import squat_after_yesterday


def labels(message):
    return [t for row in message.buttons for t, _ in row]


async def hip_thrust_asked_again(env, chat) -> None:
    """A figure competitor's hip thrust done at 40 kg × 12, then asked on its next day with
    a target of 37.5 kg."""
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


async def test_a_second_swap_to_a_move_never_done_takes_the_plans_reps_no_load(env):
    """Hip thrust (37.5 kg) swapped for the glute bridge, then the American deadlift, neither
    ever done: the deadlift was asked at the hip thrust's 37.5 kg."""
    chat = env.chat(9901)
    await hip_thrust_asked_again(env, chat)
    await chat.tap("Swap")
    asked = (await chat.tap("Barbell glute bridge"))[-1]
    assert "Target: 4 × 8–12\n" in asked.text and "37.5" not in asked.text, asked.text
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
    replies = await chat.say("20")
    assert "<b>Squat</b>: 20 kg × 10, 10 (2 sets). Save it?" in texts(replies), texts(replies)


async def test_a_muscle_said_skipped_skips_its_moves_asked_first(env):
    """ "skipped hamstrings today" was only noted, the squat still asked, the stiff-leg
    deadlift and leg curl still to come."""
    chat = await logging_squat(env, 9906)
    replies = await chat.say("skipped hamstrings today")
    shown = texts(replies)
    assert "Skip Stiff-leg deadlift and Lying leg curl today (hamstrings)?" in shown, shown
    replies = await chat.say("yes")
    shown = texts(replies)
    assert "Stiff-leg deadlift and Lying leg curl: skipped." in shown, shown
    assert "1/4 · Squat" in replies[-1].text, replies[-1].text
    await chat.say("20kg 12 12 10")
    await chat.tap("Save")
    replies = await chat.tap("Skip")  # the lunge: the workout is over
    assert "Workout logged: 1 of 4 exercises done." in texts(replies), texts(replies)


async def test_a_muscle_skip_answered_no_leaves_the_moves(env):
    chat = await logging_squat(env, 9907)
    await chat.say("skipped hamstrings today")
    replies = await chat.say("no")
    assert "1/4 · Squat" in replies[-1].text, texts(replies)
    await chat.say("skipped hamstrings today")
    replies = await chat.say("12 12 10 at 20kg")
    assert "<b>Squat</b>: 20 kg × 12, 12, 10 (3 sets). Save it?" in texts(replies), texts(replies)
    replies = await chat.tap("Save")
    assert "2/4 · Stiff-leg deadlift" in replies[-1].text, replies[-1].text


async def test_a_move_said_skipped_by_a_name_no_card_holds_or_a_plural(env):
    """ "skipped the RDLs" and "no leg curls today" were noted, nothing skipped."""
    chat = await logging_squat(env, 9908)
    replies = await chat.say("skipped the RDLs")
    assert "Stiff-leg deadlift: skipped." in texts(replies), texts(replies)
    assert "1/4 · Squat" in replies[-1].text, replies[-1].text
    replies = await chat.say("no leg curls today")
    assert "Lying leg curl: skipped." in texts(replies), texts(replies)
    assert "1/4 · Squat" in replies[-1].text, replies[-1].text
    replies = await chat.say("skipped quads")  # squat and lunge: asked
    assert "Skip Squat and Lunge today (quads)?" in texts(replies), texts(replies)


async def test_no_glute_bridges_today_skips_them(env):
    chat = env.chat(9909)
    await onboard(chat, place="Bodyweight only")
    await chat.say("/today")
    asked = (await chat.tap("Start logging"))[-1]
    replies = await chat.say("no glute bridges today")
    assert "Glute bridge: skipped." in texts(replies), texts(replies)
    assert replies[-1].text.split("\n")[0] == asked.text.split("\n")[0], texts(replies)


async def test_reps_alone_with_only_last_times_load_ask_it_with_its_button(env):
    """Today's squat was opened with no load (a first time); the squat done yesterday at
    40 kg, logged meanwhile: "12 12 10" was saved as reps with no load, and the "Same as last
    time" button never showed. Now the load is asked, the button offering 40 kg."""
    chat = await logging_squat(env, 9910)
    await chat.say("squats 40kg 10 10 10 yesterday")
    await chat.tap("Save")
    asked = (await chat.say("12 12 10"))[-1]
    assert "What load did you use for Squat?" in asked.text, asked.text
    assert labels(asked) == ["Same as last time: 40 kg", "No extra load", "Skip this exercise"]
    replies = await chat.tap("Same as last time: 40 kg")
    assert "Squat: 40 kg × 12, 12, 10 ✓" in texts(replies), texts(replies)


async def test_a_set_named_just_after_the_save_changes_that_set_only(env):
    chat = await logging_squat(env, 9911)
    await chat.say("25kg 12 12 10")
    await chat.tap("Save")
    replies = await chat.say("oops, the second set was 20 not 25")
    shown = texts(replies)
    assert "<b>Squat</b>: 25 kg × 12, 20 kg × 12, 25 kg × 10 (3 sets). Save it?" in shown, shown
    assert "Changed: set 2." in shown, shown


async def test_one_number_for_another_just_after_the_save_needs_no_oops(env):
    """Just after the Save, "set 2 was 20 not 25" and "20 not 25 on the last set" were "I
    couldn't read that" for the next exercise."""
    chat = await logging_squat(env, 9912)
    await chat.say("25kg 12 12 10")
    await chat.tap("Save")
    replies = await chat.say("set 2 was 20 not 25")
    shown = texts(replies)
    assert "<b>Squat</b>: 25 kg × 12, 20 kg × 12, 25 kg × 10 (3 sets). Save it?" in shown, shown
    await chat.tap("Save")
    replies = await chat.say("20 not 25 on the last set")
    shown = texts(replies)
    assert "<b>Squat</b>: 25 kg × 12, 20 kg × 12, 20 kg × 10 (3 sets). Save it?" in shown, shown
