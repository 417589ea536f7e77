"""What people type in the middle of a workout being logged, in their own words
(tests/data/midlog_messages.yaml, measured through the chat): while a rest runs, at "Save
it?", when a load is asked, just after the finish. Each was misread before."""

from tests.e2e.harness import texts
from tests.e2e.test_logs_as_typed import logging_started, set_rows
from tests.e2e.test_rest_timer import rest_button, tick, timers


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


async def finished_workout(env, chat_id: int):
    """Monday's four exercises typed and saved: the workout finished."""
    chat = await logging_started(env, chat_id)
    for typed in ("20kg 10 10 10", "30kg 10 10 10", "10kg 12 12 12", "25kg 12 12 12"):
        await chat.say(typed)
        replies = await chat.say("yes")
    assert "Workout logged: 4 of 4" in texts(replies)
    return chat


async def test_a_correction_once_finished_or_naming_its_exercise_is_shown_to_save(env):
    """Just after the finish "oops it was 27.5" was "I don't know that one yet", "lunges
    were 12kg not 10" was "I couldn't read that (at "not")" and "the squat last set was 8"
    got the squat's card."""
    chat = await finished_workout(env, 9103)
    replies = await chat.say("oops it was 27.5")  # the last saved: the leg curl
    assert "Lying leg curl</b>: 27.5 kg × 12, 12, 12 (3 sets). Save it?" in texts(replies)
    replies = await chat.say("yes")
    assert "Lying leg curl: 27.5 kg × 12, 12, 12 ✓" in texts(replies)
    assert "Workout logged: 4 of 4" in texts(replies)
    replies = await chat.say("lunges were 12kg not 10")
    assert "Lunge</b>: 12 kg × 12, 12, 12 (3 sets). Save it?" in texts(replies)
    await chat.tap("Save")
    replies = await chat.say("the squat last set was 8")
    assert "Squat</b>: 20 kg × 10, 10, 8 (3 sets). Save it?" in texts(replies)
    await chat.tap("Save")
    replies = await chat.say("/log")
    for line in ("20 kg × 10, 10, 8", "12 kg × 12, 12, 12", "27.5 kg × 12, 12, 12"):
        assert line in texts(replies)
    assert set_rows(env, 9103) == 12


async def test_a_correction_naming_an_exercise_saved_earlier_mid_workout(env):
    chat = await logging_started(env, 9104)
    await chat.say("20kg 10 10 10")
    await chat.say("yes")
    await chat.say("30kg 10 10 10")
    await chat.say("yes")  # the lunge is asked
    replies = await chat.say("oops, the squats were 22.5 not 20")
    assert "Squat</b>: 22.5 kg × 10, 10, 10 (3 sets). Save it?" in texts(replies)
    replies = await chat.say("yes")
    assert "Squat: 22.5 kg × 10, 10, 10 ✓" in texts(replies) and "3/4 · Lunge" in texts(replies)


async def test_a_question_with_a_number_in_it_goes_to_the_coach_while_logging(env):
    """ "should I do 12 or 8 reps?" and "can I rest 2 min instead" got "I couldn't read
    that (at "should")" as sets; asked at "Save it?", the entry still waits."""
    chat = await logging_started(env, 9105)
    replies = await chat.say("should I do 12 or 8 reps?")
    assert "Picking your weight" in texts(replies) and "couldn't" not in texts(replies)
    ask = next(m for m in reversed(env.standin.messages(9105)) if "1/4 · Squat" in (m.text or ""))
    await chat.press(ask.message_id, rest_button(ask)[1])
    replies = await chat.say("can I rest 2 min instead")
    assert "couldn't" not in texts(replies) and "rest" in texts(replies).lower()
    await chat.say("20kg 10 10 10")
    replies = await chat.say("should I go up to 25 next time?")
    assert "couldn't" not in texts(replies) and "Save it?" not in texts(replies)
    assert set_rows(env, 9105) == 0
    replies = await chat.say("yes")
    assert "Squat: 20 kg × 10, 10, 10 ✓" in texts(replies)


async def test_looks_good_saves_and_leaving_with_a_reason_finishes(env):
    """At "Save it?" "yep looks good" was the unknown exercise "looks good" and "perfect"
    "I couldn't find your sets in that"; "gym is closing, gotta go" too, at any moment."""
    chat = await logging_started(env, 9106)
    await chat.say("20kg 10 10 10")
    replies = await chat.say("yep looks good")
    assert "Squat: 20 kg × 10, 10, 10 ✓" in texts(replies)
    await chat.say("30kg 10 10 10")
    replies = await chat.say("perfect")
    assert "Stiff-leg deadlift: 30 kg × 10, 10, 10 ✓" in texts(replies)
    await chat.say("10kg 12 12 12")
    replies = await chat.say("gym is closing, gotta go")  # the lunge typed is what they did
    assert "Lunge: 10 kg × 12, 12, 12 ✓" in texts(replies)
    assert "Workout logged: 3 of 4" in texts(replies)
    assert set_rows(env, 9106) == 9


async def test_leaving_with_a_reason_before_any_sets_finishes(env):
    chat = await logging_started(env, 9107)
    replies = await chat.say("ugh, I'm exhausted, that's enough for today")
    assert "Workout logged: 0 of 4" in texts(replies)


async def test_at_what_load_bodyweight_is_none_and_forget_it_skip_skips(env):
    """Asked "What load did you use?", "bodyweight" was "I found a load but no reps", "no
    weight, just bodyweight" "I couldn't read that", and "forget it, skip" the unknown
    exercise "forget"."""
    chat = await logging_started(env, 9108)
    await chat.tap("Done as planned")
    replies = await chat.say("no weight, just bodyweight")
    assert "Squat</b>: 12, 12, 12 reps (3 sets). Save it?" in texts(replies)
    await chat.tap("Fix")
    await chat.say("12 12 10")  # reps alone: the load is asked, the reps wait
    replies = await chat.say("bodyweight")
    assert "Squat</b>: 12, 12, 10 reps (3 sets). Save it?" in texts(replies)
    await chat.tap("Save")
    await chat.tap("Done as planned")  # the stiff-leg deadlift, never done: its load asked
    replies = await chat.say("forget it, skip")
    assert "Stiff-leg deadlift: skipped." in texts(replies)
    assert set_rows(env, 9108) == 3


async def test_another_exercise_first_is_asked_and_remarks_are_noted(env):
    """ "I'll do lunges first" and remarks ("ugh that was hard", "resting now", "that one
    burned" at "Save it?", "I don't remember" asked the load) got "I couldn't find your sets
    in that". ("nope" at "Save it?" is no longer a remark: it asks for the sets again.)"""
    chat = await logging_started(env, 9109)
    replies = await chat.say("I'll do lunges first")
    assert "3/4 · Lunge</b>" in texts(replies)
    await chat.say("10kg 12 12 12")
    replies = await chat.say("yes")
    assert "Lunge: 10 kg × 12, 12, 12 ✓" in texts(replies) and "1/4 · Squat</b>" in texts(replies)
    replies = await chat.say("resting now")
    assert "Noted. When you're done with Squat, send its sets." in texts(replies)
    await chat.say("20kg 10 10 10")
    for typed in ("ugh that was hard", "that one burned"):
        replies = await chat.say(typed)
        assert "Noted. Squat isn't saved yet: tap Save" in texts(replies), typed
    replies = await chat.say("yes")
    assert "Squat: 20 kg × 10, 10, 10 ✓" in texts(replies)
    await chat.tap("Done as planned")  # the stiff-leg deadlift: its load asked
    replies = await chat.say("I don't remember")
    assert "What load did you use for Stiff-leg deadlift?" in texts(replies)
    assert "couldn't" not in texts(replies) and set_rows(env, 9109) == 6


async def test_sets_said_with_no_weight_are_not_asked_a_load(env):
    """ "did 12 12 10, no weight" asked "What load did you use for Squat?"."""
    chat = await logging_started(env, 9110)
    replies = await chat.say("did 12 12 10, no weight")
    assert "Squat</b>: 12, 12, 10 reps (3 sets). Save it?" in texts(replies)


async def test_slips_of_the_thumb_in_sets_are_read(env):
    """ "3 stes of 12 with 20kg" was "I couldn't read that (at "stes")"."""
    chat = await logging_started(env, 9111)
    replies = await chat.say("3 stes of 12 with 20kg")
    assert "Squat</b>: 20 kg × 12, 12, 12 (3 sets). Save it?" in texts(replies)


async def test_how_it_felt_after_the_finish_hears_how_the_plan_adapts(env):
    """Just after the finish "ugh that was hard" and "felt easy" were "I don't know that one
    yet" (noted as unanswered). They hear how the plan adapts to what is logged; said while
    an entry waits for "Save it?", the entry still waits, noted with what it needs."""
    chat = await finished_workout(env, 9112)
    for typed in ("ugh that was hard", "felt easy", "phew, brutal"):
        replies = await chat.say(typed)
        assert texts(replies).startswith("Your plan adapts to what you log"), typed
    await chat.say("lunges were 12kg not 10")
    replies = await chat.say("felt easy")
    assert "Noted. Lunge isn't saved yet: tap Save" in texts(replies)
    assert "How it felt shows in the sets you send" in texts(replies)
    replies = await chat.say("yes")
    assert "Lunge: 12 kg × 12, 12, 12 ✓" in texts(replies)


async def test_questions_about_this_workout_are_answered_from_the_plan_and_the_log(env):
    """ "is 1 min enough?" between sets, "should I go up to 25 next time?" at "Save it?"
    and "how did I do?" after the finish were "I don't know that one yet": the rest of the
    person's plan, how their targets move, and today's log itself."""
    chat = await logging_started(env, 9113)
    await chat.tap("Rest")
    replies = await chat.say("is 1 min enough?")
    assert "Toning: how often, how much" in texts(replies) and "minute" in texts(replies)
    await chat.say("20kg 10 10 10")
    replies = await chat.say("should I go up to 25 next time?")
    assert texts(replies).startswith("Your plan adapts to what you log"), texts(replies)
    for typed in ("yes", "30kg 10 10 10", "yes", "10kg 12 12 12", "yes", "25kg 12 12 12", "yes"):
        await chat.say(typed)
    replies = await chat.say("how did I do?")
    assert "Today's log" in texts(replies) and "Squat: 20 kg × 10, 10, 10" in texts(replies)
    assert set_rows(env, 9113) == 12
