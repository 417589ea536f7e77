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
    and ask what comes next, as "done, what's next?" does; nothing was read."""
    for n, typed in enumerate(("I did it. Is that all?", "i'm done, what now?")):
        chat = await _at_skater_lunges(env, 9710 + n)
        said = texts(await chat.say(typed))
        assert SHOWN in said, (typed, said)
        assert "Picking your weight" not in said and "I don't know" not in said, (typed, said)
    chat = await _at_skater_lunges(env, 9701)
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
    planned sets of twenty, as "20 each side" is."""
    chat = await _at_skater_lunges(env, 9703)
    for typed in ("twenty of each", "20 of each", "I did twenty of each"):
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
