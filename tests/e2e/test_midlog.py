"""What people type in the middle of a workout being logged, in their own words
(tests/data/midlog_messages.yaml, measured through the chat): while a rest runs, at "Save
it?", when a load is asked, just after the finish. Each was misread before."""

from tests.e2e.harness import texts
from tests.e2e.test_logs_as_typed import logging_started, set_rows
from tests.e2e.test_rest_timer import tick, timers


async def test_skip_the_rest_while_resting_ends_the_rest_not_the_workout(env):
    """ "skip the rest" with the rest timer running finished the workout: 0 of 4, each
    exercise left skipped. It means the rest; with no rest running it still ends the day."""
    chat = await logging_started(env, 9101)
    await chat.tap("Rest")
    replies = await chat.say("skip the rest")
    assert "Rest stopped" in texts(replies) and "<b>Squat</b>" in texts(replies)
    assert "Workout logged" not in texts(replies) and "skipped" not in texts(replies)
    assert await timers(env) == 0 and await tick(env) == 0  # nothing more to say
    replies = await chat.say("20kg 12 12 10")  # still at the squat
    assert "Squat</b>: 20 kg × 12, 12, 10 (3 sets). Save it?" in texts(replies)
    await chat.tap("Save")
    await chat.tap("Rest")
    replies = await chat.say("stop the timer")
    assert "Rest stopped" in texts(replies) and "Stiff-leg deadlift" in texts(replies)
    replies = await chat.say("skip the rest")  # no rest running: the rest of the workout
    assert "Workout logged: 1 of 4" in texts(replies)
    assert set_rows(env, 9101) == 3


async def test_reps_or_sets_corrected_in_words_at_save_it_keep_the_load(env):
    """At "Save it?" for 20 kg × 10, 10, 10: "the last set was 8" and "second set was 9"
    were "I couldn't read that", "wait, it was 4 sets" too, and "no, 10 10 8" asked for a
    load again, the 20 kg typed lost."""
    chat = await logging_started(env, 9102)
    await chat.say("20kg 10 10 10")
    for typed, shown in [
        ("the last set was 8", "20 kg × 10, 10, 8 (3 sets)"),
        ("second set was 9", "20 kg × 10, 9, 8 (3 sets)"),
        ("wait, it was 4 sets", "20 kg × 10, 9, 8, 8 (4 sets)"),
        ("no, 10 10 8", "20 kg × 10, 10, 8 (3 sets)"),
        ("oops it was 12 12 10", "20 kg × 12, 12, 10 (3 sets)"),
    ]:
        replies = await chat.say(typed)
        assert f"Squat</b>: {shown}. Save it?" in texts(replies), typed
    assert set_rows(env, 9102) == 0
    replies = await chat.say("yes")
    assert "Squat: 20 kg × 12, 12, 10 ✓" in texts(replies)
    replies = await chat.say("the last set was 11")  # just after the Save: that entry
    assert "Squat</b>: 20 kg × 12, 12, 11 (3 sets)" in texts(replies)
