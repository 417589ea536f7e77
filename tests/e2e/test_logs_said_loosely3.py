"""Logging said as to a voice assistant, and a failed set, a load said against last time's
reps and a set corrected by its number while logging set by set. Each was misread before."""

from sqlalchemy import select

from bot.store.models import ExerciseLog
from tests.e2e.flows import onboard
from tests.e2e.harness import texts
from tests.e2e.test_logs_as_typed import logging_started, set_rows
from tests.e2e.test_logs_said_loosely2 import squat_after_yesterday


async def test_a_long_voice_like_message_is_those_sets_at_that_load(env):
    """ "ok so i did the squats with 20 kilos and got 12 then 10 then 8 i think" was "I
    couldn't read that (at "and")"; the hedge after it is no remark to keep."""
    chat = await logging_started(env, 9960)
    said = "ok so i did the squats with 20 kilos and got 12 then 10 then 8 i think"
    replies = await chat.say(said)
    assert "<b>Squat</b>: 20 kg × 12, 10, 8 (3 sets). Save it?" in texts(replies), texts(replies)
    assert "Noted" not in texts(replies)
    replies = await chat.say("yes")
    assert "Squat: 20 kg × 12, 10, 8 ✓" in texts(replies), texts(replies)


async def test_a_voice_like_message_for_the_exercise_asked_keeps_its_remark(env):
    chat = env.chat(9961)
    await onboard(chat)
    await chat.say("/today")
    await chat.tap("Start logging")
    replies = await chat.say("did 3 sets of 10 at 20 kilos and the last one was really hard")
    assert "<b>Squat</b>: 20 kg × 10, 10, 10 (3 sets). Save it?" in texts(replies), texts(replies)
    assert 'Noted: "the last one was really hard"' in texts(replies)
    replies = await chat.say("did the hip thrusts 60kg 3 sets of 10 and the last one was hard")
    assert "<b>Hip thrust</b>: 60 kg × 10, 10, 10 (3 sets)" in texts(replies), texts(replies)


async def test_a_failed_set_is_a_set_of_the_reps_it_got_to(env):
    """ "did 10 10 then failed at 7" was "I couldn't read that (at "then")"."""
    chat = await squat_after_yesterday(env, 9962)
    replies = await chat.say("did 10 10 then failed at 7")
    assert "<b>Squat</b>: 20 kg × 10, 10, 7 (3 sets). Save it?" in texts(replies), texts(replies)


async def test_same_reps_at_a_load_said_is_last_times_reps_at_it(env):
    """ "same reps but 25kg" was "I couldn't read that (at "same")"."""
    chat = await squat_after_yesterday(env, 9963)
    replies = await chat.say("same reps but 25kg")
    assert "<b>Squat</b>: 25 kg × 10, 10, 10 (3 sets). Save it?" in texts(replies), texts(replies)
    replies = await chat.say("yes")
    assert "Squat: 25 kg × 10, 10, 10 ✓" in texts(replies), texts(replies)


async def test_a_set_named_by_its_number_is_recorded_or_corrected(env):
    """Set by set, "set two 11" was "I couldn't read that (at "set")", and "second set 9"
    with set 2 in was kept as a third set of 9."""
    chat = await squat_after_yesterday(env, 9964)
    await chat.say("first set 12 reps at 20kg")
    replies = await chat.say("set two 11")
    assert "<b>Squat</b>, set 2 of 3: 20 kg × 11 ✓" in texts(replies), texts(replies)
    replies = await chat.say("second set 9")
    assert "<b>Squat</b>, set 2 of 3 corrected: 20 kg × 9 ✓ (so far: 20 kg × 12, 9)" in texts(
        replies
    ), texts(replies)
    assert 'Send set 3 when it\'s done, like "set 3: 9"' in texts(replies)
    replies = await chat.say("set 3: 8")
    assert "Squat: 20 kg × 12, 9, 8 ✓" in texts(replies), texts(replies)
    assert set_rows(env, 9964) == 3 + 3


async def test_fix_shows_examples_that_fit_the_exercise_being_fixed(env):
    """Fix always said e.g. "60kg 12 12 10" or "12 12 10", also for a bodyweight move
    with a target of 2 × 20: its examples are now the exercise prompt's, shorter."""
    chat = env.chat(9965)
    await onboard(chat, place="Home: bands or a ball")
    await chat.say("/today")
    replies = await chat.tap("Start logging")
    assert "Target: 2 × 20" in texts(replies), texts(replies)
    await chat.say("15 15 15")
    replies = await chat.tap("Fix")
    assert 'OK, type Skater lunge again, e.g. "20 20" or "2x20".' in texts(replies), texts(replies)
    await chat.say("15 15")
    replies = await chat.say("no")  # "no" at "Save it?" is Fix too
    assert 'OK, type Skater lunge again, e.g. "20 20" or "2x20".' in texts(replies), texts(replies)
    chat = await logging_started(env, 9966)  # a loaded move of 3 sets: as before
    await chat.say("20kg 10 10 10")
    replies = await chat.tap("Fix")
    assert 'OK, type Squat again, e.g. "60kg 12 12 10" or "12 12 10".' in texts(replies)


async def test_a_yes_with_how_it_went_saves_and_keeps_the_remark(env):
    """At "Save it?", "done, felt good" saved with the remark dropped, and "yes, was hard"
    was "Noted. Squat isn't saved yet": both save, the remark kept with the sets."""
    for n, (said, remark) in enumerate(
        (("done, felt good", "felt good"), ("yes, was hard", "was hard"))
    ):
        chat = await logging_started(env, 9970 + n)
        await chat.say("20kg 10 10 9")
        replies = await chat.say(said)
        assert "Squat: 20 kg × 10, 10, 9 ✓" in texts(replies), (said, texts(replies))
        assert f'Noted: "{remark}", kept with these sets.' in texts(replies), texts(replies)
        assert "2/4 · Stiff-leg deadlift" in texts(replies)
        with env.svc.db.session() as s:
            raw = s.scalar(
                select(ExerciseLog.raw_text).where(
                    ExerciseLog.user_id == 9970 + n, ExerciseLog.exercise_id == "squat"
                )
            )
        assert raw is not None and remark in raw, raw


async def test_each_set_in_turn_is_reps_and_didnt_do_it_skips(env):
    """With a load known, "first set 12, second 11, third 10" was 12 kg × 12, 11 kg × 12,
    10 kg × 12 (a warning that 10 kg is far below the target); "didn't do it" was a remark
    noted, the squat still asked."""
    chat = await squat_after_yesterday(env, 9975)
    replies = await chat.say("first set 12, second 11, third 10")
    assert "<b>Squat</b>: 20 kg × 12, 11, 10 (3 sets). Save it?" in texts(replies), texts(replies)
    chat = await squat_after_yesterday(env, 9976)
    replies = await chat.say("didn't do it")
    assert "Squat: skipped." in texts(replies), texts(replies)
    assert "2/4 · Stiff-leg deadlift" in texts(replies)


async def test_a_swap_told_in_words_is_the_swap(env):
    """ "swapped leg curls for seated leg curls", "did seated leg curl instead" and "I'll do
    seated leg curls instead" were remarks noted, the lying leg curl still asked; a move
    that is no swap for the exercise asked says so, and how to log it as an extra."""
    for n, said in enumerate(
        (
            "swapped leg curls for seated leg curls",
            "did seated leg curl instead",
            "I'll do seated leg curls instead",
        )
    ):
        chat = await logging_started(env, 9980 + n)
        for _ in range(3):
            await chat.say("20kg 10 10 10")
            await chat.say("yes")
        replies = await chat.say(said)
        assert "4/4 · Seated leg curl</b> (instead of Lying leg curl)" in texts(replies), (
            said,
            texts(replies),
        )
    chat = await logging_started(env, 9984)
    replies = await chat.say("swapped squats for leg press")
    assert "That swap isn't available for this exercise." in texts(replies), texts(replies)
    assert 'To log Leg press as an extra move, send its sets with its name, like "leg press' in (
        texts(replies)
    )
    assert "1/4 · Squat" in texts(replies)


async def test_between_sets_a_set_with_a_remark_or_named_after_it_is_kept(env):
    """ "11 (harder)" was one set shown to replace the set kept, and "and 10 for set 2"
    ten sets of 2."""
    chat = await squat_after_yesterday(env, 9985)
    await chat.say("first set 12 reps at 20kg")
    replies = await chat.say("11 (harder)")
    assert "<b>Squat</b>, set 2 of 3: 20 kg × 11 ✓" in texts(replies), texts(replies)
    chat = await squat_after_yesterday(env, 9986)
    await chat.say("first set 12 reps at 20kg")
    replies = await chat.say("and 10 for set 2")
    assert "<b>Squat</b>, set 2 of 3: 20 kg × 10 ✓" in texts(replies), texts(replies)


async def test_reps_by_sets_typed_for_the_target(env):
    """ "10x3 20kg" at a target of 3 × 8–12 was 10 sets of 3."""
    chat = await squat_after_yesterday(env, 9987)
    replies = await chat.say("10x3 20kg")
    assert "<b>Squat</b>: 20 kg × 10, 10, 10 (3 sets). Save it?" in texts(replies), texts(replies)


async def test_no_weight_beside_the_sets_and_next_time_after_them(env):
    """ "12 12 12 no weight" was last time's 20 kg with "no weight" noted, and "20kg 12 12
    10 next time 25" four sets, the last of 25 reps."""
    chat = await squat_after_yesterday(env, 9988)
    replies = await chat.say("12 12 12 no weight")
    assert "<b>Squat</b>: 12, 12, 12 reps (3 sets). Save it?" in texts(replies), texts(replies)
    chat = await squat_after_yesterday(env, 9989)
    replies = await chat.say("20kg 12 12 10 next time 25")
    assert "25 (4 sets)" not in texts(replies), texts(replies)
    replies = await chat.say("3 sets 12 12 10 20kg")
    assert "<b>Squat</b>: 20 kg × 12, 12, 10 (3 sets). Save it?" in texts(replies), texts(replies)


async def test_a_load_asked_said_with_a_hedge_or_another_for_the_last_set(env):
    """At "What load did you use?": "20kg i think" and "20kg 😅" were "I found a load but
    no reps", "around 20" "Which number is the load?", and "20 but last set 25" the last
    set at 25 reps."""
    for n, said in enumerate(("20kg i think", "around 20", "~20kg", "20ish")):
        chat = await logging_started(env, 9990 + n)
        await chat.tap("Done as planned")
        replies = await chat.say(said)
        assert "<b>Squat</b>: 20 kg × 12, 12, 12 (3 sets). Save it?" in texts(replies), (
            said,
            texts(replies),
        )
    chat = await logging_started(env, 9994)
    await chat.say("12 12 10")
    replies = await chat.say("20kg 😅")
    assert "<b>Squat</b>: 20 kg × 12, 12, 10 (3 sets). Save it?" in texts(replies), texts(replies)
    chat = await logging_started(env, 9995)
    await chat.tap("Done as planned")
    replies = await chat.say("20 but last set 25")
    assert "<b>Squat</b>: 20 kg × 12, 20 kg × 12, 25 kg × 12 (3 sets)" in texts(replies), texts(
        replies
    )


async def test_one_more_set_said_at_save_it(env):
    """ "add a 4th set of 8" and "plus one more set of 8" were "I couldn't read that"."""
    for n, said in enumerate(("add a 4th set of 8", "plus one more set of 8")):
        chat = await squat_after_yesterday(env, 9996 + n)
        await chat.say("20kg 10 10 9")
        replies = await chat.say(said)
        assert "<b>Squat</b>: 20 kg × 10, 10, 9, 8 (4 sets). Save it?" in texts(replies), (
            said,
            texts(replies),
        )


async def test_between_sets_a_set_in_words_the_last_said_and_over_for_the_exercise(env):
    """ "ten" was "I couldn't find your sets in that", "9 and done" asked for set 3, and
    "that's it for squats" was a remark noted."""
    chat = await squat_after_yesterday(env, 9998)
    await chat.say("first set 12 reps at 20kg")
    replies = await chat.say("ten")
    assert "<b>Squat</b>, set 2 of 3: 20 kg × 10 ✓" in texts(replies), texts(replies)
    chat = await squat_after_yesterday(env, 9999)
    await chat.say("first set 12 reps at 20kg")
    replies = await chat.say("9 and done")
    assert "Squat: 20 kg × 12, 9 ✓" in texts(replies), texts(replies)
    assert "2/4 · Stiff-leg deadlift" in texts(replies)
    chat = await squat_after_yesterday(env, 10000)
    await chat.say("first set 12 reps at 20kg")
    replies = await chat.say("that's it for squats")
    assert "Squat: 20 kg × 12 ✓" in texts(replies), texts(replies)
    assert "2/4 · Stiff-leg deadlift" in texts(replies)


async def test_a_remark_in_brackets_is_kept_without_them(env):
    """ "12 12 10 (last one to failure)" was noted as "last one to failure)"."""
    chat = await squat_after_yesterday(env, 10001)
    replies = await chat.say("20kg 12 12 10 (last one to failure)")
    assert 'Noted: "last one to failure", kept with these sets.' in texts(replies), texts(replies)
