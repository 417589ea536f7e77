"""Sets typed for the exercise being asked, read as people playing the bot meant them
(tests/e2e/scratch_personas.py): loads typed one per set where reps go, the exercise named
by its base name, a skip said with a pain; Save and a remark typed with the sets."""

from datetime import timedelta

from tests.e2e.flows import onboard
from tests.e2e.harness import texts
from tests.e2e.test_logs_as_typed import logging_started, set_rows


async def hip_thrust_at_50(env, chat_id: int):
    """Bikini at a gym, with yesterday's hip thrust at 50 kg: "1/4 · Hip thrust", target
    4 × 8–12 @ 50 kg."""
    chat = env.chat(chat_id)
    await onboard(chat, goal="Compete in bikini", experience="2+ years")
    await chat.say("hip thrusts 50kg 10 10 10 yesterday")
    await chat.say("yes")
    await chat.say("/today")
    replies = await chat.tap("Start logging")
    assert "1/4 · Hip thrust</b>" in texts(replies) and "4 × 8–12 @ 50 kg" in texts(replies)
    return chat


async def test_loads_typed_per_set_are_loads_at_the_targets_reps(env):
    """ "hip thrusts 60 60 65" at a 50 kg hip thrust of 8–12 reps was shown (and saved) as
    "50 kg × 60, 60, 65": the loads read as reps."""
    chat = await hip_thrust_at_50(env, 9701)
    replies = await chat.say("hip thrusts 60 60 65")
    shown = "Hip thrust</b>: 60 kg × 12, 60 kg × 12, 65 kg × 12 (3 sets). Save it?"
    assert shown in texts(replies), texts(replies)
    assert "Reps not said, so I took the target's 12" in texts(replies)
    replies = await chat.say("60 62.5 65")  # typed again at "Save it?": loads still
    assert "Hip thrust</b>: 60 kg × 12, 62.5 kg × 12, 65 kg × 12 (3 sets)" in texts(replies)
    replies = await chat.say("yes")
    assert "Hip thrust: 60 kg × 12, 62.5 kg × 12, 65 kg × 12 ✓" in texts(replies)
    replies = await chat.say("12 12 10")  # reps stay reps: the next move's, none known
    assert "Bulgarian split squat</b>: 12, 12, 10 reps (3 sets)" in texts(replies)
    assert set_rows(env, 9701) == 3 + 3


async def figure_in_pounds(env, chat_id: int):
    """Figure at a gym, 2+ years, lb, today's workout started: "1/5 · Hip thrust", 4 × 3–8,
    no load known."""
    chat = env.chat(chat_id)
    await chat.say("/start")
    for label in ("Compete: figure", "2+ years", "A gym", "Use suggested", "Done", "18:30"):
        await chat.tap(label)
    await chat.tap("Europe/Berlin")
    await chat.tap("lb")
    await chat.say("/today")
    replies = await chat.tap("Start logging")
    assert "1/5 · Hip thrust</b>" in texts(replies) and "4 × 3–8" in texts(replies)
    return chat


async def test_loads_in_pounds_typed_per_set_are_not_stuck_at_the_rep_limit(env):
    """A lb user's "hip thrusts 185 185 195" (no load known yet) got "Reps should be whole
    numbers from 1 to 100", whatever was typed the same way again."""
    chat = await figure_in_pounds(env, 9702)
    replies = await chat.say("hip thrusts 185 185 195")
    shown = "Hip thrust</b>: 185 lb × 8, 185 lb × 8, 195 lb × 8 (3 sets). Save it?"
    assert shown in texts(replies), texts(replies)
    assert "Reps" not in texts(replies).split("Save it?")[0]


async def home_workout(env, chat_id: int, session: str):
    """Bikini at home: session A (Banded hip thrust, Bulgarian split squat, Skater lunge,
    Monster walk) started, or session B (Single-leg hip thrust, Walking lunge, Superman, Sumo
    walk) on the next training day, A left with "that's all for today"."""
    chat = env.chat(chat_id)
    await onboard(chat, goal="Compete in bikini", experience="2+ years", place="Home: bands")
    await chat.say("/today")
    replies = await chat.tap("Start logging")
    if session == "B":
        await chat.say("that's all for today")
        for _ in range(6):
            env.clock.advance(timedelta(days=1))
            if "Start logging" in str((await chat.say("/today"))[-1].buttons):
                break
        replies = await chat.tap("Start logging")
    return chat, replies


async def test_a_base_name_of_the_exercise_asked_is_that_exercise(env):
    """ "lunges 10 10 8" at Skater lunge added Lunge to the workout (3/4 became 3/5), saved
    it there and asked Skater lunge again; so did "hip thrusts ..." at Single-leg hip
    thrust, with Hip thrust."""
    chat, _ = await home_workout(env, 9703, "A")
    for typed in ("band hip thrust 20 20 20", "yes", "12 12 10", "yes"):
        replies = await chat.say(typed)
    assert "3/4 · Skater lunge</b>" in texts(replies)
    replies = await chat.say("lunges 10 10 8")
    assert "Skater lunge</b>: 10, 10, 8 reps (3 sets). Save it?" in texts(replies), texts(replies)
    assert "Lunge:" not in texts(replies)  # nothing said to be left unsaved
    replies = await chat.say("yes")
    assert "Skater lunge: 10, 10, 8 reps ✓" in texts(replies) and "4/4 · Monster walk" in texts(
        replies
    )
    chat, replies = await home_workout(env, 9704, "B")
    assert "1/4 · Single-leg hip thrust</b>" in texts(replies)
    replies = await chat.say("hip thrusts 12 12 10")
    assert "Single-leg hip thrust</b>: 12, 12, 10 reps (3 sets)" in texts(replies)


async def test_loads_typed_for_a_move_without_weights_are_asked_about(env):
    """ "hip thrusts 185 185 195" at Single-leg hip thrust, a bodyweight move: "Reps should
    be whole numbers from 1 to 100", and the same again for each retry."""
    chat, _ = await home_workout(env, 9705, "B")
    replies = await chat.say("hip thrusts 185 185 195")
    assert texts(replies).startswith("Were those loads? 185, 185, 195 can't be reps")
    assert '"12 reps at 185, 185, 195"' in texts(replies) and set_rows(env, 9705) == 0
    replies = await chat.say("30 30 30")  # reps, maybe: asked, and how to say so
    assert texts(replies).startswith("Were those loads? 30, 30, 30 are far more reps than")
    replies = await chat.say("30 30 30 reps")
    assert "Single-leg hip thrust</b>: 30, 30, 30 reps (3 sets). Save it?" in texts(replies)


async def test_a_skip_said_with_a_pain_skips_and_points_to_a_professional(env):
    """ "skipped lunges, knee felt off" at Walking lunge got only the pain reply (before it,
    "Noted. When you're done with Walking lunge, send its sets."): the skip was lost."""
    chat, _ = await home_workout(env, 9706, "B")
    await chat.say("12 12 10")
    replies = await chat.say("yes")
    assert "2/4 · Walking lunge</b>" in texts(replies)
    replies = await chat.say("skipped lunges, knee felt off")
    assert "Walking lunge: skipped." in texts(replies)
    assert "Please see a doctor or physiotherapist" in texts(replies)
    assert "3/4 · Superman</b>" in texts(replies)


async def test_save_turns_the_echo_into_what_was_saved_and_a_remark_is_noted(env):
    """Tapping Save left the echo reading "Lunge: 10, 10, 8 reps (3 sets). Save it?" with
    its buttons gone, and "the last set was hard" typed with the sets went unmentioned."""
    chat, _ = await home_workout(env, 9708, "A")
    replies = await chat.say("band hip thrust 20 20 18, the last set was hard")
    echoed = replies[-1]
    assert 'Noted: "the last set was hard", kept with these sets.' in echoed.text, echoed.text
    replies = await chat.tap("Save")
    now = next(m for m in env.standin.messages(9708) if m.message_id == echoed.message_id)
    assert now.text == "Banded hip thrust: 20, 20, 18 reps ✓" and not now.buttons, now.text
    assert "Save it?" not in texts(replies) and "2/4 · Bulgarian split squat" in texts(replies)
    assert texts(replies).count("20, 20, 18 reps ✓") == 1


async def test_a_load_in_words_or_for_each_hand_answers_the_load_question(env):
    """Asked "What load did you use?", "twenty" was noted as a remark, the load asked again,
    and "20 each hand" was "Which number is the load?"."""
    chat = await logging_started(env, 9709)
    await chat.tap("Done as planned")
    replies = await chat.say("Twenty")
    assert "Squat</b>: 20 kg × 12, 12, 12 (3 sets). Save it?" in texts(replies), texts(replies)
    await chat.say("yes")
    await chat.tap("Done as planned")
    replies = await chat.say("20 each hand")
    assert "Stiff-leg deadlift</b>: 20 kg × 12, 12, 12 (3 sets)" in texts(replies), texts(replies)


async def test_reps_retyped_at_save_keep_the_loads_typed(env):
    """At "Save it?" for 60, 60, 65 kg, "12 12 12 12" (a set more) showed each set at the
    planned 50 kg: the loads typed were lost."""
    chat = await hip_thrust_at_50(env, 9710)
    await chat.say("hip thrusts 60 60 65")
    replies = await chat.say("12 12 12 12")
    shown = "Hip thrust</b>: 60 kg × 12, 60 kg × 12, 65 kg × 12, 65 kg × 12 (4 sets). Save it?"
    assert shown in texts(replies), texts(replies)
    replies = await chat.say("10 10 8")  # fewer: the first sets' loads
    assert "Hip thrust</b>: 60 kg × 10, 60 kg × 10, 65 kg × 8 (3 sets)" in texts(replies)


async def test_a_load_with_a_set_short_answers_the_load_question(env):
    """Asked "What load did you use?", "20kg but only 10 reps on the last" was not the
    load with the last set at 10 reps."""
    chat = await logging_started(env, 9711)
    await chat.tap("Done as planned")
    replies = await chat.say("20kg but only 10 reps on the last")
    assert "Squat</b>: 20 kg × 12, 12, 10 (3 sets). Save it?" in texts(replies), texts(replies)


async def test_a_load_for_the_first_and_another_for_the_second_and_third(env):
    """ "20 for the first, 25 for the second and third" at "What load did you use?" was not
    read as 20 kg for set 1 and 25 kg for sets 2 and 3."""
    chat = await logging_started(env, 9712)
    await chat.tap("Done as planned")
    replies = await chat.say("20 for the first, 25 for the second and third")
    shown = "Squat</b>: 20 kg × 12, 25 kg × 12, 25 kg × 12 (3 sets). Save it?"
    assert shown in texts(replies), texts(replies)
    replies = await chat.say("22.5 for the first and second, 25 for the third")  # at "Save it?"
    shown = "Squat</b>: 22.5 kg × 12, 22.5 kg × 12, 25 kg × 12 (3 sets). Save it?"
    assert shown in texts(replies), texts(replies)
