"""Sets written the ways people write them down, misread before: each set its own load in
two lists, "#" for pounds, a rest remark after the sets, a load corrected with "not", and
a reps count for "the first two" sets while logging set by set."""

from tests.e2e.harness import texts
from tests.e2e.test_logs_as_typed import logging_started
from tests.e2e.test_logs_said_loosely2 import squat_after_yesterday


async def test_reps_and_loads_in_two_lists_are_set_by_set(env):
    """ "12/10/8 @ 20/22.5/25" and "20-22.5-25 x 12-10-8" were "I couldn't read that"."""
    chat = await logging_started(env, 9971)
    replies = await chat.say("12/10/8 @ 20/22.5/25")
    want = "<b>Squat</b>: 20 kg × 12, 22.5 kg × 10, 25 kg × 8 (3 sets). Save it?"
    assert want in texts(replies), texts(replies)
    chat = await logging_started(env, 9972)
    replies = await chat.say("20-22.5-25 x 12-10-8")
    assert want in texts(replies), texts(replies)


async def test_a_pound_sign_is_pounds(env):
    """ "12 12 10 @ 45#" was saved as 45 kg."""
    chat = await logging_started(env, 9973)
    replies = await chat.say("12 12 10 @ 45#")
    assert "<b>Squat</b>: 45 lb × 12, 12, 10 (3 sets). Save it?" in texts(replies), texts(replies)


async def test_how_long_the_rests_were_is_kept_as_a_remark(env):
    """ "12 12 10 at 20kg, 1 min rest" was "I couldn't read that"."""
    chat = await logging_started(env, 9974)
    replies = await chat.say("12 12 10 at 20kg, 1 min rest")
    assert "<b>Squat</b>: 20 kg × 12, 12, 10 (3 sets). Save it?" in texts(replies), texts(replies)
    assert 'Noted: "1 min rest"' in texts(replies), texts(replies)


async def test_one_number_for_another_at_save_it_corrects_it(env):
    """At "Save it?", "20 not 25" was "I couldn't read that (at "not")"."""
    chat = await logging_started(env, 9975)
    await chat.say("25kg 12 12 10")
    replies = await chat.say("20 not 25")
    assert "<b>Squat</b>: 20 kg × 12, 12, 10 (3 sets). Save it?" in texts(replies), texts(replies)
    replies = await chat.say("12 not 10")
    assert "<b>Squat</b>: 20 kg × 12, 12, 12 (3 sets). Save it?" in texts(replies), texts(replies)


async def test_reps_for_the_first_two_sets_between_sets(env):
    """Set by set, "10 for the first two" after set 1 was kept as set 2 of 10 with a remark
    "for the first two"; set 1 stayed 12."""
    chat = await squat_after_yesterday(env, 9976)
    await chat.say("first set 12 reps at 20kg")
    replies = await chat.say("10 for the first two")
    assert "<b>Squat</b>, sets 1–2 of 3: 20 kg × 10 each ✓ (so far: 20 kg × 10, 10)" in texts(
        replies
    ), texts(replies)
    replies = await chat.say("set 3: 8")
    assert "Squat: 20 kg × 10, 10, 8 ✓" in texts(replies), texts(replies)
