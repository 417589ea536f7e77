"""Sets said mid-workout in ways the grammar had no form for (tests/data/midlog_messages.yaml):
a number of sets alone, a load for some sets and another for the rest, one set at a time."""

from tests.e2e.flows import onboard
from tests.e2e.harness import texts
from tests.e2e.test_logs_as_typed import set_rows


async def target_loaded(env, chat_id: int):
    """Set up (tone, gym, Mon + Thu, kg) with yesterday's squat logged at 20 kg, then Start
    logging today: "1/4 · Squat", target 3 × 8–12 @ 20 kg."""
    chat = env.chat(chat_id)
    await onboard(chat)
    await chat.say("squats 20kg 10 10 10 yesterday")
    await chat.say("yes")
    await chat.say("/today")
    replies = await chat.tap("Start logging")
    assert "Target: 3 × 8–12 @ 20 kg" in texts(replies)
    return chat


async def test_only_managed_two_sets_is_two_of_the_targets_sets(env):
    """ "only managed 2 sets" was "I couldn't read that (at "only")": it is two sets at the
    target's reps and load, shown to save with the reps said as taken; with no load known,
    the load is asked and the two sets wait for it."""
    chat = await target_loaded(env, 9201)
    replies = await chat.say("only managed 2 sets")
    assert "Squat</b>: 20 kg × 12, 12 (2 sets). Save it?" in texts(replies)
    assert "the target's 12" in texts(replies) and set_rows(env, 9201) == 3
    replies = await chat.say("yes")
    assert "Squat: 20 kg × 12, 12 ✓" in texts(replies)
    replies = await chat.say("I only did two sets")  # the stiff-leg deadlift: no load known
    assert "What load did you use for Stiff-leg deadlift?" in texts(replies)
    replies = await chat.say("25")
    assert "Stiff-leg deadlift</b>: 25 kg × 12, 12 (2 sets). Save it?" in texts(replies)
    await chat.say("yes")
    await chat.say("10kg 12 11 10")  # the lunge, then its count said at "Save it?"
    replies = await chat.say("only managed 2 sets")
    assert "Lunge</b>: 10 kg × 12, 11 (2 sets). Save it?" in texts(replies)
    assert set_rows(env, 9201) == 7


async def test_a_load_for_some_sets_and_another_for_the_rest(env):
    """ "20 for the first two, 25 for the last" at "What load did you use?" and "10 reps at
    20, 20, then 25kg" were "I couldn't read that (at "for")": each set gets its load; at
    "Save it?" such loads correct the entry's, its reps kept; loads that don't fit the sets
    one to one are asked about, nothing saved."""
    chat = await target_loaded(env, 9202)
    replies = await chat.say("10 reps at 20, 20, then 25kg")
    assert "Squat</b>: 20 kg × 10, 20 kg × 10, 25 kg × 10 (3 sets). Save it?" in texts(replies)
    replies = await chat.say("20 for the first, 22.5 on the last two")
    assert "Squat</b>: 20 kg × 10, 22.5 kg × 10, 22.5 kg × 10 (3 sets)" in texts(replies)
    await chat.say("yes")
    replies = await chat.tap("Done as planned")  # the stiff-leg deadlift: no load known
    assert "What load did you use for Stiff-leg deadlift?" in texts(replies)
    replies = await chat.say("20 for the first two, 25 for the last")
    shown = "Stiff-leg deadlift</b>: 20 kg × 12, 20 kg × 12, 25 kg × 12 (3 sets). Save it?"
    assert shown in texts(replies)
    await chat.say("yes")
    await chat.say("12 12 10 at 10")  # the lunge
    replies = await chat.say("10 for the first two and 12 for the last two")
    assert "Which load went with which set?" in texts(replies)
    replies = await chat.say("yes")  # the entry still waits, as it was
    assert "Lunge: 10 kg × 12, 12, 10 ✓" in texts(replies)
    assert set_rows(env, 9202) == 3 + 9


async def test_one_set_at_a_time_is_kept_and_the_next_set_asked(env):
    """ "first set 12 reps at 20kg" was shown to save as the whole squat (Save moved on to
    the next exercise, so "set 2: 10" had nowhere to go). Each set is kept as it comes,
    the next one asked; the squat is over when its 3 target sets are in, or when "done"
    says so; /log in between keeps the place; "that's all for today" keeps the sets."""
    chat = await target_loaded(env, 9203)
    await chat.tap("Rest")
    replies = await chat.say("first set 12 reps at 20kg")
    assert "Squat</b>, set 1 of 3: 20 kg × 12 ✓" in texts(replies)
    assert 'Send set 2 when it\'s done, like "set 2: 12"' in texts(replies)
    assert set_rows(env, 9203) == 3 + 1
    replies = await chat.say("set 2: 10")  # the same load
    assert "Squat</b>, set 2 of 3: 20 kg × 10 ✓ (so far: 20 kg × 12, 10)" in texts(replies)
    replies = await chat.say("/log")
    assert "Squat: 20 kg × 12, 10" in texts(replies)
    replies = await chat.say("8 at 22.5")  # a set alone: the third, at its own load
    assert "Squat: 20 kg × 12, 20 kg × 10, 22.5 kg × 8 ✓" in texts(replies)
    assert "2/4 · Stiff-leg deadlift" in texts(replies)
    replies = await chat.say("set 1: 12 @ 30")
    assert "Stiff-leg deadlift</b>, set 1 of 3: 30 kg × 12 ✓" in texts(replies)
    replies = await chat.say("done")  # one set was all: not "done as planned"
    assert "Stiff-leg deadlift: 30 kg × 12 ✓" in texts(replies) and "3/4 · Lunge" in texts(replies)
    await chat.say("first set 10 at 10kg")
    replies = await chat.say("that's all for today")
    assert "Lunge: 10 kg × 10 ✓" in texts(replies)
    assert "Workout logged: 3 of 4" in texts(replies)
    assert set_rows(env, 9203) == 3 + 3 + 1 + 1


async def test_the_exercises_buttons_after_a_set_kept_keep_it(env):
    """After "first set 12 reps at 20kg", the squat message's Skip skipped the squat, the set
    kept deleted unsaid; Done as planned asked the load again. Skip now ends the squat with
    the set kept; Done as planned adds the target's sets still to come at that load."""
    chat = await target_loaded(env, 9204)
    asked = env.standin.messages(9204)[-1]
    buttons = {label.split(" (")[0]: data for row in asked.buttons for label, data in row}
    await chat.say("first set 12 reps at 20kg")
    replies = await chat.press(asked.message_id, buttons["Skip"])
    assert "Squat: 20 kg × 12 ✓" in texts(replies) and "skipped" not in texts(replies)
    asked = replies[-1]
    buttons = {label.split(" (")[0]: data for row in asked.buttons for label, data in row}
    await chat.say("first set 10 at 30kg")  # the stiff-leg deadlift
    replies = await chat.press(asked.message_id, buttons["✓ Done as planned"])
    assert "Stiff-leg deadlift: 30 kg × 10, 12, 12 ✓" in texts(replies)
    assert set_rows(env, 9204) == 3 + 1 + 3


async def test_sets_said_done_then_what_they_were_while_resting(env):
    """ "all 3 done, 20kg 12 12 10" with the rest running was "I couldn't read that (at
    "all")"."""
    chat = await target_loaded(env, 9205)
    await chat.tap("Rest")
    replies = await chat.say("all 3 done, 20kg 12 12 10")
    assert "Squat</b>: 20 kg × 12, 12, 10 (3 sets). Save it?" in texts(replies)
