"""Moves named as people type them while logging: "rdl's" for the day's stiff-leg deadlift,
"bak ext" for the back extension, "glute brige", "hamstring curl". Before, "rdl's 40kg 10 10
10" and "bak ext 15 15 12" got "I can't log" (no such exercise), "glute brige" the same."""

from datetime import date

from tests.e2e.flows import onboard
from tests.e2e.harness import texts
from tests.e2e.test_logs_as_typed import logging_started
from tests.e2e.test_logs_said_day import logged


async def test_moves_typed_loosely_are_logged_as_the_move_meant(env):
    chat = await logging_started(env, 9981)  # Berlin, Monday 16 Nov: squats asked
    replies = await chat.say("rdl's 40kg 10 10 10")
    shown = texts(replies)
    assert "<b>Stiff-leg deadlift</b>: 40 kg × 10, 10, 10 (3 sets). Save it?" in shown, shown
    await chat.tap("Save")
    replies = await chat.say("bak ext 15 15 12")
    shown = texts(replies)
    assert "<b>Back extension</b>: 15, 15, 12 reps (3 sets). Save it?" in shown, shown
    await chat.tap("Save")
    replies = await chat.say("glute brige 20 20")
    shown = texts(replies)
    assert "<b>Glute bridge</b>: 20, 20 reps (2 sets). Save it?" in shown, shown


async def test_an_rdl_and_a_load_first_with_nothing_logged_are_the_days_moves(env):
    chat = env.chat(9982)
    await onboard(chat)  # Monday: squat, stiff-leg deadlift, lunge, lying leg curl
    replies = await chat.say("rdl's 3x8 40kg")
    shown = texts(replies)
    assert "<b>Stiff-leg deadlift</b>: 40 kg × 8, 8, 8 (3 sets). Save it?" in shown, shown
    await chat.tap("Save")
    replies = await chat.say("leg curl 25 15 15")
    shown = texts(replies)
    assert "<b>Lying leg curl</b>: 25 kg × 15, 15 (2 sets). Save it?" in shown, shown
    await chat.tap("Save")
    assert logged(env, 9982) == {
        date(2026, 11, 16): {
            "stiff_leg_deadlift": [(8, 40.0)] * 3,
            "lying_leg_curl": [(15, 25.0)] * 2,
        }
    }
