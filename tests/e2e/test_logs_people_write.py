"""Workout logs as QA found people typing them, through the chat: each is shown to save as
read, a story's exercises one after another, and what can't be done offers a swap."""

from datetime import timedelta

from tests.e2e.flows import onboard
from tests.e2e.harness import DEFAULT_NOW, texts
from tests.e2e.test_logs_as_typed import logging_started

RAMBLE = (
    "ok so today was rough, I did the {first} with 30kg and got 10 10 and 8, "
    "then the lunges I only managed 2 sets of 8"
)


async def test_a_rambling_log_is_shown_to_save_exercise_by_exercise(env):
    """Was "I couldn't read that (at "ok")". The deadlifts go to a Deadlift entry, as a log
    naming another exercise does; the lunges are shown to save once it is saved."""
    chat = await logging_started(env, 3201)
    replies = await chat.say(RAMBLE.format(first="deadlifts"))
    assert "Deadlift</b>: 30 kg × 10, 10, 8 (3 sets). Save it?" in texts(replies)
    assert "Then Lunge from the same message" in texts(replies)
    replies = await chat.tap("Save")
    assert "Deadlift: 30 kg × 10, 10, 8 ✓" in texts(replies)
    assert "Lunge</b>: 8, 8 reps (2 sets). Save it?" in texts(replies)
    assert "· Squat" not in texts(replies)  # the lunges first
    replies = await chat.say("yes")
    assert "Lunge: 8, 8 reps ✓" in texts(replies)
    assert "· Squat</b>" in texts(replies), texts(replies)  # and back to what is owed


async def test_a_story_about_this_exercise_shows_it_first_and_fix_keeps_the_rest(env):
    chat = await logging_started(env, 3202)
    replies = await chat.say(RAMBLE.format(first="squats"))
    assert "Squat</b>: 30 kg × 10, 10, 8 (3 sets). Save it?" in texts(replies)
    await chat.tap("Fix")
    replies = await chat.say("30kg 10 10 9")
    assert "Squat</b>: 30 kg × 10, 10, 9 (3 sets). Save it?" in texts(replies)
    assert "Then Lunge" in texts(replies)
    replies = await chat.tap("Save")
    assert "Squat: 30 kg × 10, 10, 9 ✓" in texts(replies)
    assert "Lunge</b>: 8, 8 reps (2 sets). Save it?" in texts(replies)


async def test_sets_said_in_a_lifters_words_are_shown_to_save(env):
    """ "12 each leg x3 with 10kg" was "more sets than I can log at once"; "felt easy, 12s
    across at 50" and "x3 12 reps" were refused or misread."""
    chat = await logging_started(env, 3203)
    for typed, shown in [
        ("12 each leg x3 with 10kg", "10 kg × 12, 12, 12 (3 sets)"),
        ("felt easy, 12s across at 50", "50 kg × 12, 12, 12 (3 sets)"),  # the plan's 3 sets
        ("3 sets 12 reps 20kg each side", "20 kg × 12, 12, 12 (3 sets)"),
        ("45kg x 12, 50kg x 10, 50kg x 8", "45 kg × 12, 50 kg × 10, 50 kg × 8"),
    ]:
        replies = await chat.say(typed)
        assert f"Squat</b>: {shown}" in texts(replies) and "Save it?" in texts(replies), typed
        await chat.tap("Fix")
    replies = await chat.say("did 3 sets of 10, last one was hard")  # no load: asked, not made up
    assert "What load did you use for Squat?" in texts(replies)
    replies = await chat.say("40")
    assert "Squat</b>: 40 kg × 10, 10, 10 (3 sets). Save it?" in texts(replies)
    await chat.tap("Fix")
    replies = await chat.say("x3 12 reps")
    assert "What load did you use for Squat?" in texts(replies)


async def test_not_done_in_words_skips_or_offers_a_swap(env):
    """ "couldn't do it, no machine" was "I couldn't find your sets in that"."""
    chat = await logging_started(env, 3204)
    replies = await chat.say("couldn't do it, no machine")
    assert "I have no swap for Squat" in texts(replies)  # what there is to swap, at this gym
    await chat.tap("Keep")
    replies = await chat.say("couldn't do it")
    assert "Squat: skipped." in texts(replies)
    replies = await chat.say("I skipped this one")
    assert "Stiff-leg deadlift: skipped." in texts(replies)


async def test_same_weight_is_last_times_load_with_the_reps_typed(env):
    """ "same weight, 12 12 10" was an unknown exercise "same weight"."""
    chat = await logging_started(env, 3205)
    replies = await chat.say("same weight, 12 12 10")  # no last time yet: the load asked for
    assert "What load did you use for Squat?" in texts(replies)
    await chat.say("skip")
    await chat.say("skip")
    await chat.say("16kg 12 12 12")  # the lunge, which Thursday starts with
    await chat.tap("Save")
    await chat.say("that's all for today")
    env.clock.set(DEFAULT_NOW + timedelta(days=3))  # Thursday
    await chat.say("/today")
    await chat.tap("Start logging")
    replies = await chat.say("same weight, 12 12 10")
    assert "Lunge</b>: 16 kg × 12, 12, 10 (3 sets). Save it?" in texts(replies)


async def test_a_band_or_reps_said_as_reps_are_not_asked_which_number_is_the_load(env):
    """ "2 sets of 15 with the red band" asked for a load, and "12 reps x 3 sets" typed when
    the load was asked got "Which number is the load?", though neither holds a load."""
    chat = await logging_started(env, 3206)
    replies = await chat.say("2 sets of 15 with the red band")
    assert "Squat</b>: 15, 15 reps (2 sets). Save it?" in texts(replies)
    await chat.tap("Fix")
    replies = await chat.say("done")
    assert "What load did you use for Squat?" in texts(replies)
    replies = await chat.say("12 reps x 3 sets")
    assert "Which number is the load?" not in texts(replies)
    assert "What load did you use for Squat?" in texts(replies)
    replies = await chat.say("40")  # the reps typed stand
    assert "Squat</b>: 40 kg × 12, 12, 12 (3 sets). Save it?" in texts(replies)


async def test_a_story_told_before_starting_to_log_goes_into_today(env):
    """With nothing being logged, a story naming each exercise was taken for a question."""
    chat = env.chat(3207)
    await onboard(chat)
    replies = await chat.say("did squats 3x10 at 40, then lunges 10kg 12 12")
    assert "Squat</b>: 40 kg × 10, 10, 10 (3 sets). Save it?" in texts(replies)
    replies = await chat.tap("Save")
    assert "Lunge</b>: 10 kg × 12, 12 (2 sets). Save it?" in texts(replies)
    replies = await chat.tap("Save")
    assert "Lunge: 10 kg × 12, 12 ✓" in texts(replies)
    assert "· Stiff-leg deadlift</b>" in texts(replies), texts(replies)
    replies = await chat.say("is 3x10 at 40kg enough for squats?")  # a question stays one
    assert "Save it?" not in texts(replies)


async def test_a_story_waits_while_the_load_is_asked(env):
    chat = await logging_started(env, 3208)
    replies = await chat.say("did the squats 12 12 10, then the lunges 10kg 12 12")
    assert "What load did you use for Squat?" in texts(replies)  # never made up
    replies = await chat.say("40")
    assert "Squat</b>: 40 kg × 12, 12, 10 (3 sets). Save it?" in texts(replies)
    assert "Then Lunge" in texts(replies)
    replies = await chat.tap("Save")
    assert "Lunge</b>: 10 kg × 12, 12 (2 sets). Save it?" in texts(replies)


async def test_a_story_retelling_what_was_saved_asks_only_for_the_new_part(env):
    """The whole workout told at its end: the lunges saved before are not shown to save
    again; lunges told with other numbers are (a correction)."""
    chat = await logging_started(env, 3209)
    await chat.say("squats 40kg 12 12 12")
    await chat.tap("Save")
    await chat.say("lunges 20kg 10 10 10")
    replies = await chat.tap("Save")
    replies = await chat.say(
        "did the leg curls with 30kg and got 12 12 10, then lunges 20kg 10 10 10"
    )
    assert "Lying leg curl</b>: 30 kg × 12, 12, 10 (3 sets). Save it?" in texts(replies)
    assert "Then Lunge" not in texts(replies)
    replies = await chat.tap("Save")
    assert "Lying leg curl: 30 kg × 12, 12, 10 ✓" in texts(replies)
    assert "Lunge</b>" not in texts(replies)
    replies = await chat.say("leg curls 30kg 12 12 10, then lunges 20kg 10 10 8")
    assert "Then Lunge" in texts(replies)
    replies = await chat.tap("Replace")  # the leg curls, saved before: the same again
    assert "Lunge</b>: 20 kg × 10, 10, 8 (3 sets). Save it?" in texts(replies)


async def test_whats_next_at_save_it_shows_the_entry_to_save_again(env):
    """It got today's whole workout, with the entry still waiting out of sight."""
    chat = await logging_started(env, 3210)
    await chat.say("40kg 12 12 12")
    replies = await chat.say("what's next?")
    assert "Squat</b>: 40 kg × 12, 12, 12 (3 sets). Save it?" in texts(replies)
    replies = await chat.tap("Save")
    assert "Squat: 40 kg × 12, 12, 12 ✓" in texts(replies)


async def test_a_whole_workout_told_with_and_between_exercises_is_shown_to_save(env):
    """ "... squats 20kg 10 10 8 and lunges 10kg 12 12" got an article, and was noted as a
    question the coach couldn't answer: "and" before an exercise didn't start its part."""
    chat = env.chat(3211)
    await onboard(chat)
    replies = await chat.say(
        "ok so today was rough, I did the squats with 30kg and got 10 10 and 8, "
        "then the stiff leg deadlifts 2 sets of 8 with 20kg and lunges 10kg 12 each leg x3"
    )
    assert "Squat</b>: 30 kg × 10, 10, 8 (3 sets). Save it?" in texts(replies)
    assert "Then Stiff-leg deadlift, Lunge from the same message" in texts(replies)
    replies = await chat.tap("Save")
    assert "Stiff-leg deadlift</b>: 20 kg × 8, 8 (2 sets). Save it?" in texts(replies)
    replies = await chat.tap("Save")
    assert "Lunge</b>: 10 kg × 12, 12, 12 (3 sets). Save it?" in texts(replies)


async def test_same_weight_with_no_last_time_asks_the_load_and_keeps_the_reps(env):
    """ "same weight, 12 12 10" on a first squat was "I have no earlier sets of this one yet,
    so tell me the numbers", the reps typed lost; "oops it was 40" then was an unknown
    exercise "oops it was"."""
    chat = await logging_started(env, 3212)
    replies = await chat.say("same weight, 12 12 10")
    assert "What load did you use for Squat?" in texts(replies)
    replies = await chat.say("oops it was 40")
    assert "Squat</b>: 40 kg × 12, 12, 10 (3 sets). Save it?" in texts(replies)


async def test_a_correction_just_after_the_save_corrects_the_entry_saved(env):
    """ "in pounds" and "oops it was 50" typed after tapping Save got "I couldn't find your
    sets in that" for the next exercise, and the squat stayed in kilograms."""
    chat = await logging_started(env, 3213)
    await chat.say("40 12 12 10")
    replies = await chat.tap("Save")
    assert "· Stiff-leg deadlift</b>" in texts(replies)
    replies = await chat.say("oops that was in pounds")
    assert "Squat</b>: 40 lb × 12, 12, 10 (3 sets). Save it?" in texts(replies)
    replies = await chat.tap("Save")
    assert "Squat: 40 lb × 12, 12, 10 ✓" in texts(replies)
    assert "· Stiff-leg deadlift</b>" in texts(replies)
    replies = await chat.say("sorry, it was 50 kg")
    assert "Squat</b>: 50 kg × 12, 12, 10 (3 sets). Save it?" in texts(replies)
    await chat.tap("Save")
    for typed in ("40kg", "I used 40"):  # no correction said: not taken for one
        replies = await chat.say(typed)
        assert "Squat</b>" not in texts(replies), typed


async def test_sets_told_before_logging_are_never_taken_for_a_question(env):
    """With nothing being logged, "squats 40kg 12 12 10 felt heavy" got the Squat card,
    "I did 10 reps of squats with 40 then 8 with 45" the "Picking your weight" article and
    "did squats 40kg 10 10 10 and some lunges" was noted as a question the coach can't answer."""
    chat = env.chat(3214)
    await onboard(chat)
    replies = await chat.say("squats 40kg 12 12 10 felt heavy")
    assert "Squat</b>: 40 kg × 12, 12, 10 (3 sets). Save it?" in texts(replies)
    await chat.tap("Save")
    await chat.say("that's all for today")
    replies = await chat.say("I did 10 reps of squats with 40 then 8 with 45")
    # the examples name the exercise: with nothing being logged, "12 12 10" alone asked which
    # exercise it was (changed on purpose: it was "For Squat, try: "12 12 10"")
    assert 'Try: "squat 12 12 10"' in texts(replies)
    assert "I've noted it" not in texts(replies) and "Source:" not in texts(replies)
    replies = await chat.say("did squats 40kg 10 10 10 and some lunges")  # lunges: no numbers
    assert "Squat</b>: 40 kg × 10, 10, 10 (3 sets). Save it?" in texts(replies)
    await chat.tap("Add")  # squats saved before: added to them, or replacing them
    replies = await chat.say("should I do squats 3x10 at 40?")  # a question stays one
    assert "Try:" not in texts(replies)


async def test_an_exercise_reported_done_without_its_sets_asks_for_them(env):
    """ "I did 3 sets of squats" got the toning article and "did hip thrusts today" the Hip
    thrust card; "squats 3 days a week" was saved as a set of 3 reps."""
    chat = env.chat(3216)
    await onboard(chat)
    for said, name in [
        ("I did 3 sets of squats", "squat"),
        ("did hip thrusts today", "hip thrust"),
    ]:
        replies = await chat.say(said)
        assert "Tell me how the sets went" in texts(replies), said
        assert f'Try: "{name} 12 12 10"' in texts(replies), said
    replies = await chat.say("squats 3 days a week")
    assert "Save it?" not in texts(replies) and "<b>Squat</b>" in texts(replies)  # the card
    replies = await chat.say("did squats today, should I rest tomorrow?")  # a question
    assert "Tell me how the sets went" not in texts(replies)
    replies = await chat.say("squat 40kg 12 12 10")  # as the example says
    assert "Squat</b>: 40 kg × 12, 12, 10 (3 sets). Save it?" in texts(replies)


async def test_a_correction_after_typing_for_the_next_exercise_is_not_about_the_last(env):
    """ "oops it was 35" after sets typed for the next exercise (and not read) corrected
    the entry saved before it."""
    chat = await logging_started(env, 3215)
    await chat.say("40kg 12 12 10")
    await chat.tap("Save")
    replies = await chat.say("12 12 10 at the wall thing")  # the stiff-leg deadlift's
    assert "For Stiff-leg deadlift, try:" in texts(replies)
    replies = await chat.say("oops it was 35")
    assert "Squat</b>" not in texts(replies)


async def test_an_exercise_named_without_numbers_in_a_story_is_said_not_saved(env):
    """ "..., then some lunges" refused the whole story, and "... and some lunges" after
    readable sets dropped the lunges without a word. The sets told are shown to save; the
    lunges are named as not saved, with how to tell them."""
    chat = await logging_started(env, 3210)
    replies = await chat.say("did the deadlifts with 30kg and got 10 10 and 8, then some lunges")
    assert "Deadlift</b>: 30 kg × 10, 10, 8 (3 sets). Save it?" in texts(replies)
    assert "Lunge: no numbers in that message, so I haven't saved it" in texts(replies)
    assert '"lunge 12 12 10"' in texts(replies)
    await chat.tap("Save")
    chat = env.chat(3211)
    await onboard(chat)
    replies = await chat.say("did squats 40kg 10 10 10 and some lunges")
    assert "Squat</b>: 40 kg × 10, 10, 10 (3 sets). Save it?" in texts(replies)
    assert "Lunge: no numbers in that message" in texts(replies), texts(replies)
    replies = await chat.say("squats 3x10 at 40")  # nothing untold: nothing said
    assert "no numbers" not in texts(replies)
