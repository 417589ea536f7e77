"""What people say while an exercise is asked (the bot waiting for its sets or a tap) that
is not a set. Joan, at home with bands, at her skater lunges (2 × 20). Each test says what
she typed, what she got, and why it was wrong."""

from tests.e2e.flows import onboard
from tests.e2e.harness import Chat, Env, texts

SHOWN = "<b>Skater lunge</b>: 20, 20 reps (2 sets). Save it?"


async def _at_skater_lunges(env: Env, user_id: int) -> Chat:
    chat = env.chat(user_id)
    await onboard(chat, place="Home: bands or a ball")  # Monday: Skater lunge 2 × 20 first
    await chat.say("/today")
    await chat.tap("Start logging")
    return chat


async def test_done_with_what_now_is_done_as_planned(env):
    """ "finished those. What now?" got the "Picking your weight" card and "I did it. Is
    that all?" got "I don't know that one yet": both say the exercise was done as planned
    and ask what comes next, as "done, what's next?" does; nothing was read. "that was
    tough, what now?" got "I don't know that one yet", where "that was tough" is noted."""
    for n, typed in enumerate(("I did it. Is that all?", "i'm done, what now?")):
        chat = await _at_skater_lunges(env, 9710 + n)
        said = texts(await chat.say(typed))
        assert SHOWN in said, (typed, said)
        assert "Picking your weight" not in said and "I don't know" not in said, (typed, said)
    chat = await _at_skater_lunges(env, 9701)
    said = texts(await chat.say("that was tough, what now?"))  # a remark: noted, what it waits for
    assert said.startswith("Noted. When you're done with Skater lunge, send its sets."), said
    assert "I don't know" not in said, said
    said = texts(await chat.say("finished those. What now?"))
    assert SHOWN in said and "Picking your weight" not in said and "Noted" not in said, said
    said = texts(await chat.say("finished those. What now?"))  # at "Save it?": saved, next
    assert "Skater lunge: 20, 20 reps ✓" in said, said
    assert "<b>2/7 · Walking lunge</b>" in said, said


async def test_done_asked_is_done(env):
    """ "done?" got today's whole workout, as if nothing was being logged: it is "done"
    (the exercise done as planned), typed with a question mark."""
    chat = await _at_skater_lunges(env, 9702)
    said = texts(await chat.say("done?"))
    assert SHOWN in said and "Today's workout" not in said, said
    said = texts(await chat.say("done?"))  # at "Save it?": as "done" there, saved
    assert "Skater lunge: 20, 20 reps ✓" in said and "Today's workout" not in said, said


async def test_reps_of_each_with_no_set_count_are_the_planned_sets(env):
    """ "twenty of each" got "Noted. When you're done with Skater lunge, send its sets.":
    nothing read, though "I did twenty of each, twice." was. With no set count it is the
    planned sets of twenty, as "20 each side" is. "2 sets of 20 for each leg" kept "for each leg"
    as a remark ("Noted: ..."), as if it said something beyond the sets."""
    chat = await _at_skater_lunges(env, 9703)
    for typed in (
        "twenty of each",
        "20 of each",
        "I did twenty of each",
        "2 sets of 20 for each leg",
    ):
        said = texts(await chat.say(typed))
        assert SHOWN in said and "Noted" not in said, (typed, said)


async def test_done_with_a_question_at_save_it_saves_and_answers(env):
    """At "Save it?", "i'm done. what does rpe mean?" went to the coach whole: the entry
    was not saved and still waited for its Save. It saves (as "done" there does) and the
    question is answered beneath, as "Done. ... What is RPE?" is between exercises."""
    chat = await _at_skater_lunges(env, 9704)
    await chat.say("20 20")
    said = texts(await chat.say("i'm done. what does rpe mean?"))
    assert "Skater lunge: 20, 20 reps ✓" in said, said
    assert "<b>2/7 · Walking lunge</b>" in said, said
    assert "I don't know that one yet" in said, said


async def test_a_hold_on_while_sets_are_owed_is_not_a_failed_set(env):
    """ "brb", "ok", "hmm", "wait" and "💪" got "I couldn't find your sets in that.", as if
    she had tried to type her sets and got them wrong; "one sec" got "Noted.". She is
    taking a moment: she is told to take her time, and what the bot waits for."""
    chat = await _at_skater_lunges(env, 9705)
    for typed in (
        "brb",
        "ok",
        "hmm",
        "wait",
        "💪",
        "one sec",
        "hold on",
        "gimme a minute",
        "sorry",
    ):
        said = texts(await chat.say(typed))
        assert "I couldn't find your sets" not in said and "Noted" not in said, (typed, said)
        assert said.startswith("Take your time. When you're done with Skater lunge, send its sets.")
    await chat.say("20 20")
    said = texts(await chat.say("one sec"))  # at "Save it?": what it waits for, no "Noted"
    assert said.startswith("Take your time. Skater lunge isn't saved yet: tap Save"), said


async def test_a_zero_typed_as_an_o_is_read(env):
    """ "12 12 1o" (the o next to the 0 on a phone) got `I couldn't read that (at "o")`."""
    chat = await _at_skater_lunges(env, 9706)
    said = texts(await chat.say("12 12 1o"))
    assert "<b>Skater lunge</b>: 12, 12, 10 reps (3 sets). Save it?" in said, said


async def test_can_i_swap_this_offers_the_swaps(env):
    """ "can i swap this" got the coach's "Your program's exercises come from the articles
    ... tap Swap on an exercise": she was at that exercise, and the Swap choices are what
    she asked for."""
    chat = await _at_skater_lunges(env, 9707)
    for typed in ("can i swap this", "can I swap this one?"):
        said = texts(await chat.say(typed))
        assert "Your program's exercises come from the articles" not in said, (typed, said)
        assert "I have no swap for Skater lunge with the same movement" in said, (typed, said)
        assert "Keep this one" in str(chat.last_keyboard().buttons), (typed, said)


async def test_how_many_sets_again_is_this_exercises_target(env):
    """ "how many sets again?" got the toning plan's card ("3 sets at first ... 8-12
    reps"), not what her skater lunges ask today (2 × 20)."""
    chat = await _at_skater_lunges(env, 9708)
    for typed in ("how many sets again?", "how many reps?"):
        said = texts(await chat.say(typed))
        assert "<b>1/7 · Skater lunge</b>" in said and "Target: 2 × 20" in said, (typed, said)
        assert "Toning: how often" not in said, (typed, said)


async def test_a_sigh_while_sets_are_owed_is_how_it_felt(env):
    """ "ugh" and "phew" got "I couldn't find your sets in that.", where "ugh that was hard"
    is noted with how a hard set shows in the sets sent."""
    chat = await _at_skater_lunges(env, 9709)
    for typed in ("ugh", "phew!", "oof"):
        said = texts(await chat.say(typed))
        assert said.startswith("Noted. When you're done with Skater lunge, send its sets."), said
        assert "How it felt shows in the sets you send" in said, (typed, said)


async def test_done_times_a_count_is_that_many_sets_done(env):
    """ "done x2" got `I don't know the exercise "done"`; it says two sets done, as "2 sets
    done" does."""
    chat = await _at_skater_lunges(env, 9711)
    said = texts(await chat.say("done x2"))
    assert SHOWN in said and "I don't know the exercise" not in said, said
