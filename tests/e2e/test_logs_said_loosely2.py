"""More of logging said loosely, found by driving the flow with what people type between
sets: last time's sets with the load moved ("same but 5 more kg"). Each was misread before."""

from tests.e2e.flows import onboard
from tests.e2e.harness import texts
from tests.e2e.test_logs_as_typed import set_rows


async def squat_after_yesterday(env, chat_id: int):
    """Yesterday's squat 20 kg × 10, 10, 10 saved; today's workout started at the squat."""
    chat = env.chat(chat_id)
    await onboard(chat)
    await chat.say("squats 20kg 10 10 10 yesterday")
    await chat.say("yes")
    await chat.say("/today")
    replies = await chat.tap("Start logging")
    assert "1/4 · Squat</b>" in texts(replies), texts(replies)
    return chat


async def test_same_as_last_time_with_more_load_is_last_times_sets_heavier(env):
    """ "same but 5 more kg" and "same as last time but 5kg more" were "I couldn't read that
    (at "same")"."""
    chat = await squat_after_yesterday(env, 9931)
    replies = await chat.say("same but 5 more kg")
    assert "Squat</b>: 25 kg × 10, 10, 10 (3 sets). Save it?" in texts(replies), texts(replies)
    replies = await chat.say("same as last time but 2.5kg less")  # retyped at "Save it?"
    assert "Squat</b>: 17.5 kg × 10, 10, 10 (3 sets). Save it?" in texts(replies), texts(replies)
    replies = await chat.say("yes")
    assert "Squat: 17.5 kg × 10, 10, 10 ✓" in texts(replies)
    assert set_rows(env, 9931) == 3 + 3


async def test_same_with_more_load_and_no_last_time_says_so(env):
    chat = env.chat(9932)
    await onboard(chat)
    await chat.say("/today")
    await chat.tap("Start logging")
    replies = await chat.say("same but 5 more kg")
    assert "I have no earlier sets of this one yet" in texts(replies), texts(replies)


async def test_same_again_while_logging_set_by_set_is_the_last_set_again(env):
    """After "first set 12 reps at 20kg", "same" and "same again" were last time's three
    sets shown to replace the set kept, and "10 again" one set of 10 (with "again" noted)
    shown to replace it too: each is one more set, as the last one or with those reps."""
    chat = await squat_after_yesterday(env, 9933)
    await chat.say("first set 12 reps at 20kg")
    replies = await chat.say("same")
    assert "<b>Squat</b>, set 2 of 3: 20 kg × 12 ✓" in texts(replies), texts(replies)
    replies = await chat.say("10 again")
    assert "Squat: 20 kg × 12, 12, 10 ✓" in texts(replies), texts(replies)
    assert set_rows(env, 9933) == 3 + 3
    chat = await squat_after_yesterday(env, 9934)
    await chat.say("first set 12 reps at 22.5kg")
    replies = await chat.say("same again")
    assert "<b>Squat</b>, set 2 of 3: 22.5 kg × 12 ✓" in texts(replies), texts(replies)
    assert "replaces" not in texts(replies)


async def test_yes_said_loosely_at_save_it_saves_what_was_shown(env):
    """At "Save it?" for 22.5 kg × 10, 10, 9: "yess" was "Noted. Squat isn't saved yet",
    "perfect thanks" and "ok thanks" "You're welcome! Keep it up.", and "👍🏻",
    "✅✅" or "did it" took the plan in place of the sets typed and asked for its load."""
    for n, said in enumerate(("yess", "perfect thanks", "ok thanks", "👍🏻", "✅✅", "did it")):
        chat = await squat_after_yesterday(env, 9940 + n)
        await chat.say("22.5kg 10 10 9")
        replies = await chat.say(said)
        assert "Squat: 22.5 kg × 10, 10, 9 ✓" in texts(replies), (said, texts(replies))
        assert "2/4 · Stiff-leg deadlift" in texts(replies)


async def test_a_set_said_with_a_word_after_it_is_the_next_set(env):
    """Between sets, "11 done", "got 10 that time" and "9 this time" were one set shown to
    replace the sets kept (the words noted as a remark): each is the next set."""
    chat = await squat_after_yesterday(env, 9950)
    await chat.say("first set 12 reps at 20kg")
    replies = await chat.say("11 done")
    assert "<b>Squat</b>, set 2 of 3: 20 kg × 11 ✓" in texts(replies), texts(replies)
    replies = await chat.say("got 10 that time")
    assert "Squat: 20 kg × 12, 11, 10 ✓" in texts(replies), texts(replies)
    chat = await squat_after_yesterday(env, 9951)
    await chat.say("first set 12 reps at 20kg")
    replies = await chat.say("9 this time")
    assert "<b>Squat</b>, set 2 of 3: 20 kg × 9 ✓" in texts(replies), texts(replies)


async def test_the_last_was_8_at_save_it_corrects_that_set(env):
    """ "no the last was 8" at "Save it?" was "I don't know the exercise "no the last
    was"": "set" left out, it is still the last set's reps."""
    chat = await squat_after_yesterday(env, 9960)
    await chat.say("22.5kg 10 10 10")
    replies = await chat.say("no the last was 8")
    assert "Squat</b>: 22.5 kg × 10, 10, 8 (3 sets). Save it?" in texts(replies), texts(replies)


async def test_done_with_how_it_felt_is_done_and_the_remark_kept(env):
    """ "done, felt good" and "done but it was hard" were "Noted. When you're done with
    Squat, send its sets": the "done" lost."""
    chat = await squat_after_yesterday(env, 9970)
    replies = await chat.say("done, felt good")
    assert "Squat</b>: 20 kg × 12, 12, 12 (3 sets). Save it?" in texts(replies), texts(replies)
    assert 'Noted: "felt good", kept with these sets.' in texts(replies)
    chat = await squat_after_yesterday(env, 9971)
    replies = await chat.say("done but it was hard")
    assert "Squat</b>: 20 kg × 12, 12, 12 (3 sets). Save it?" in texts(replies), texts(replies)
    assert 'Noted: "it was hard", kept with these sets.' in texts(replies)
