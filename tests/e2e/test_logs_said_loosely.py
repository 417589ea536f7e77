"""Logging said loosely, as people type on a phone between sets: "ye" and "nah" at "Save
it?", "w 15kg" for the load, a skip misspelt, a load for a band move, /undo mid-exercise.
Each was misread before."""

from sqlalchemy import select

from bot.store.models import SetLog
from tests.e2e.harness import texts
from tests.e2e.test_logs_as_asked import home_workout
from tests.e2e.test_logs_as_typed import logging_started, set_rows


async def test_ye_saves_and_nah_or_nope_asks_for_the_sets_again(env):
    """At "Save it?", "ye" was "Noted. Squat isn't saved yet", and "no", "nah" and "nope"
    got that same note, the echo left waiting, instead of the Fix they mean."""
    chat = await logging_started(env, 9901)
    await chat.say("20kg 12 12 10")
    replies = await chat.say("ye")
    assert "Squat: 20 kg × 12, 12, 10 ✓" in texts(replies), texts(replies)
    assert "2/4 · Stiff-leg deadlift" in texts(replies)
    for no in ("nah", "nope", "no", "no, that's wrong"):
        await chat.say("30kg 10 10 10")
        replies = await chat.say(no)
        assert 'OK, type Stiff-leg deadlift again, e.g. "60kg 12 12 10"' in texts(replies), no
        assert "isn't saved yet" not in texts(replies)
    assert set_rows(env, 9901) == 3
    replies = await chat.say("30kg 10 10 8")  # typed again: shown to save
    assert "Stiff-leg deadlift</b>: 30 kg × 10, 10, 8 (3 sets). Save it?" in texts(replies)


async def test_w_for_with_and_a_skip_misspelt_are_read_in_the_chat(env):
    """ "12 12 10 w 15kg" was "I couldn't read that (at "w")"; "skiped" and "skippd" were
    "I couldn't find your sets in that", "skip'd" was noted as a remark."""
    chat = await logging_started(env, 9902)
    replies = await chat.say("12 12 10 w 15kg")
    assert "Squat</b>: 15 kg × 12, 12, 10 (3 sets). Save it?" in texts(replies), texts(replies)
    replies = await chat.say("ye")
    assert "2/4 · Stiff-leg deadlift" in texts(replies)
    replies = await chat.say("skiped")
    assert "Stiff-leg deadlift: skipped." in texts(replies), texts(replies)
    replies = await chat.say("skip'd")
    assert "Lunge: skipped." in texts(replies), texts(replies)
    replies = await chat.say("skippd leg curls")
    assert "Lying leg curl: skipped." in texts(replies), texts(replies)
    assert "Workout logged: 1 of 4" in texts(replies)
    assert set_rows(env, 9902) == 3


async def test_a_load_typed_for_a_band_move_is_left_out_and_said_so(env):
    """ "15kg 20 20 15" at Banded hip thrust (a band move: no load in its plan) was shown
    and saved as "15 kg × 20, 20, 15", a load no target could ever use."""
    chat, _ = await home_workout(env, 9903, "A")
    replies = await chat.say("15kg 20 20 15")
    assert "Banded hip thrust</b>: 20, 20, 15 reps (3 sets). Save it?" in texts(replies)
    line = "Banded hip thrust goes by reps: the band sets how hard it is, so I left out the 15 kg."
    assert line in texts(replies), texts(replies)
    replies = await chat.say("yes")
    assert "Banded hip thrust: 20, 20, 15 reps ✓" in texts(replies), texts(replies)
    with env.svc.db.session() as s:
        loads = s.scalars(select(SetLog.load).where(SetLog.user_id == 9903)).all()
    assert loads == [None, None, None]


async def test_a_load_typed_with_one_set_of_a_band_move_is_left_out_too(env):
    chat, _ = await home_workout(env, 9904, "A")
    replies = await chat.say("first set 20 reps with 15kg")
    assert "<b>Banded hip thrust</b>, set 1 of 3: 20 reps ✓" in texts(replies), texts(replies)
    assert "so I left out the 15 kg." in texts(replies)


async def test_the_examples_to_type_have_the_targets_sets(env):
    """Monster walk's target of 2 × 15–20 was shown "20 20 15" (three sets) to type."""
    chat, replies = await home_workout(env, 9905, "A")
    assert 'type your reps: "20 20 15", "3x20"' in texts(replies)  # 3 × 15–20
    for _ in range(3):
        replies = await chat.say("skip")
    assert "4/4 · Monster walk</b>" in texts(replies) and "Target: 2 × 15–20" in texts(replies)
    assert 'type your reps: "20 15", "2x20" or "skip".' in texts(replies), texts(replies)


async def test_undo_while_logging_set_by_set_takes_back_that_set_and_stays(env):
    """/undo after "set 2: 10" took the set back but asked "2/4 · Stiff-leg deadlift", the
    squat left at one set with no way to send its set 2 again."""
    chat = await logging_started(env, 9906)
    await chat.say("first set 12 reps at 20kg")
    await chat.say("set 2: 10")
    replies = await chat.say("/undo")
    assert "Removed set 2 of Squat (20 kg × 10). Squat is back to 20 kg × 12." in texts(replies)
    assert 'Send set 2 when it\'s done, like "set 2: 12"' in texts(replies), texts(replies)
    assert "Stiff-leg deadlift" not in texts(replies)
    replies = await chat.say("set 2: 11")
    assert "<b>Squat</b>, set 2 of 3: 20 kg × 11 ✓ (so far: 20 kg × 12, 11)" in texts(replies)
    replies = await chat.say("undo")  # typed: the same
    assert "Removed set 2 of Squat (20 kg × 11)." in texts(replies), texts(replies)
    replies = await chat.say("10")
    assert "<b>Squat</b>, set 2 of 3: 20 kg × 10 ✓" in texts(replies), texts(replies)
    assert set_rows(env, 9906) == 2


async def test_no_thanks_at_save_it_asks_for_the_sets_again(env):
    """ "no thanks" at "Save it?" got "You're welcome! Keep it up." with the entry left
    waiting: it is a no, as "no" and "nope" are."""
    chat = await logging_started(env, 9907)
    await chat.say("20kg 12 12 10")
    replies = await chat.say("no thanks")
    assert 'OK, type Squat again, e.g. "60kg 12 12 10"' in texts(replies), texts(replies)
    assert "welcome" not in texts(replies)
    replies = await chat.say("20kg 12 12 8")
    assert "Squat</b>: 20 kg × 12, 12, 8 (3 sets). Save it?" in texts(replies), texts(replies)
    assert set_rows(env, 9907) == 0


async def test_undo_just_after_the_last_set_goes_back_to_that_set(env):
    """/undo right after set 3 of 3 (the squat over, Stiff-leg deadlift asked) took the set
    back but still asked "2/4 · Stiff-leg deadlift": the squat was left at two sets, with no
    way to send its set 3 again."""
    chat = await logging_started(env, 9908)
    for typed in ("first set 12 reps at 20kg", "set 2: 10", "set 3: 10"):
        replies = await chat.say(typed)
    assert "2/4 · Stiff-leg deadlift" in texts(replies), texts(replies)
    replies = await chat.say("/undo")
    said = "Removed set 3 of Squat (20 kg × 10). Squat is back to 20 kg × 12, 10."
    assert said in texts(replies), texts(replies)
    assert 'Send set 3 when it\'s done, like "set 3: 10"' in texts(replies)
    assert "Stiff-leg deadlift" not in texts(replies)
    replies = await chat.say("set 3: 9")
    assert "Squat: 20 kg × 12, 10, 9 ✓" in texts(replies), texts(replies)
    assert "2/4 · Stiff-leg deadlift" in texts(replies)
    assert set_rows(env, 9908) == 3


async def test_a_load_typed_with_the_last_set_of_a_band_move_is_said_left_out(env):
    """The last set of a band move ("set 3: 18 with 15kg", the next exercise asked) was
    saved without its load, as it should be, but with nothing said about it."""
    chat, _ = await home_workout(env, 9909, "A")
    await chat.say("first set 20 reps with 15kg")
    await chat.say("set 2: 20")
    replies = await chat.say("set 3: 18 with 15kg")
    assert "Banded hip thrust: 20, 20, 18 reps ✓" in texts(replies), texts(replies)
    line = "Banded hip thrust goes by reps: the band sets how hard it is, so I left out the 15 kg."
    assert line in texts(replies), texts(replies)
    assert "2/4 · Bulgarian split squat" in texts(replies)


async def test_sets_one_by_one_of_a_band_or_bodyweight_move_say_nothing_of_a_load(env):
    """Each set of a band or bodyweight move was answered "like "set 2: 20" (the same load
    unless you say another)": a load the move doesn't take. Undo said it too."""
    chat, _ = await home_workout(env, 9910, "A")  # Banded hip thrust: a band move
    replies = await chat.say("first set 20 reps")
    assert 'Send set 2 when it\'s done, like "set 2: 20", or "done"' in texts(replies)
    assert "load" not in texts(replies), texts(replies)
    chat, _ = await home_workout(env, 9911, "B")  # Single-leg hip thrust: bodyweight
    await chat.say("first set 12 reps")
    replies = await chat.say("set 2: 10")
    assert "<b>Single-leg hip thrust</b>, set 2 of 3: 10 reps ✓" in texts(replies), texts(replies)
    assert "load" not in texts(replies), texts(replies)
    replies = await chat.say("/undo")
    assert 'Send set 2 when it\'s done, like "set 2: 12", or "done"' in texts(replies)
    assert "load" not in texts(replies), texts(replies)


async def test_what_couldnt_be_read_gets_examples_with_the_targets_sets(env):
    """At Monster walk (2 × 15–20, a band move), "I couldn't read that" offered "12 12 10",
    "60kg 12 12 10" and "3x10 @ 40": three sets, and loads, unlike the ask above it."""
    chat, _ = await home_workout(env, 9912, "A")
    for _ in range(3):
        replies = await chat.say("skip")
    assert 'type your reps: "20 15", "2x20" or "skip".' in texts(replies)
    replies = await chat.say("15 15 zz 15")
    assert 'For Monster walk, try: "20 15", "2x20", "done" or "skip".' in texts(replies), texts(
        replies
    )


async def test_done_said_any_way_while_logging_set_by_set_keeps_the_sets(env):
    """After "first set 12 reps at 20kg", "done ✅", "all done", "completed" or a lone ✅
    were read as the whole plan done: "Squat: 20 kg × 12, 12, 12 (3 sets). Save it? This
    replaces the 1×12 at 20 kg saved today", the set typed about to be lost. Only a bare
    "done" ended the exercise with its sets."""
    for n, said in enumerate(("done ✅", "all done", "completed", "✅", "did it", "done, tough")):
        chat = await logging_started(env, 9920 + n)
        await chat.say("first set 12 reps at 20kg")
        await chat.say("set 2: 10")
        replies = await chat.say(said)
        assert "Squat: 20 kg × 12, 10 ✓" in texts(replies), (said, texts(replies))
        assert "2/4 · Stiff-leg deadlift" in texts(replies) and "replaces" not in texts(replies)
        assert set_rows(env, 9920 + n) == 2
