"""A load typed before the reps with no unit ("leg curl 25 15 15"): the first number can't
be a rep count at the move's range (8–12), so it is the load. Before, it asked "I can't
tell which number is the load and which are reps"."""

from tests.e2e.harness import texts
from tests.e2e.test_logs_as_typed import logging_started


async def leg_curl_asked(env, chat_id: int):
    chat = await logging_started(env, chat_id)  # Berlin, Monday 16 Nov: squats asked
    for _ in range(3):
        replies = await chat.say("skip")
    assert "<b>4/4 · Lying leg curl</b>" in texts(replies), texts(replies)
    return chat


async def test_a_load_then_fewer_reps_than_planned_is_load_and_reps(env):
    chat = await leg_curl_asked(env, 9971)
    replies = await chat.say("leg curl 25 15 15")
    shown = texts(replies)
    assert "<b>Lying leg curl</b>: 25 kg × 15, 15 (2 sets). Save it?" in shown, shown


async def test_a_load_then_the_planned_sets_reps_is_load_and_reps(env):
    chat = await leg_curl_asked(env, 9972)
    replies = await chat.say("20 12 12 11")
    shown = texts(replies)
    assert "<b>Lying leg curl</b>: 20 kg × 12, 12, 11 (3 sets). Save it?" in shown, shown


async def test_a_first_number_that_could_be_reps_is_still_asked(env):
    chat = await leg_curl_asked(env, 9973)
    replies = await chat.say("12 7 7")  # 12 reps then 7, 7, or 12 kg × 7, 7?
    assert "I can't tell which number is the load" in texts(replies), texts(replies)


async def test_a_load_first_for_another_move_of_the_workout_is_its_load(env):
    chat = await logging_started(env, 9974)  # the squat asked; the leg curl is 4/4 at 8–12
    replies = await chat.say("leg curl 25 15 15")
    shown = texts(replies)
    assert "<b>Lying leg curl</b>: 25 kg × 15, 15 (2 sets). Save it?" in shown, shown
