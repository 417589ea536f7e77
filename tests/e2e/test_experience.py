"""Experience changes the plan and the person is told how (issue 11): someone new to lifting
starts with fewer sets, no heavy sets and easier moves; the others get the program as
written."""

from tests.e2e.flows import onboard
from tests.e2e.harness import texts

COMPETE = "Compete: figure / bodybuilding"


async def test_a_beginner_is_told_and_starts_lighter(env):
    chat = env.chat(6101)
    replies = await onboard(chat, goal=COMPETE)  # new to lifting; the clock says Monday
    assert "New to lifting, so your first weeks are lighter" in texts(replies)
    program = (await chat.say("/program"))[-1].text
    assert "<b>New to lifting, so you start lighter</b>" in program
    assert "at most 3 sets of an exercise and 12 in a session" in program
    assert "no heavy sets under 8 reps" in program
    today = (await chat.say("/today"))[-1].text
    assert "<b>Hip thrust</b>: 3 × 8–12" in today  # as written: 4 × 3–8
    assert "3–8" not in today
    week = (await chat.say("/week"))[-1].text
    assert "3–8" not in week


async def test_some_experience_gets_the_program_as_written(env):
    chat = env.chat(6102)
    replies = await onboard(chat, goal=COMPETE, experience="6 months to 2 years")
    assert "New to lifting" not in texts(replies)
    program = (await chat.say("/program"))[-1].text
    assert "you do the program as written" in program and "start lighter" not in program
    today = (await chat.say("/today"))[-1].text
    assert "<b>Hip thrust</b>: 4 × 3–8" in today


async def test_a_beginner_at_home_starts_with_the_easier_squat_and_has_band_work(env):
    chat = env.chat(6103)
    await onboard(chat, place="Home: bands or a ball")  # tone up, new to lifting
    program = (await chat.say("/program"))[-1].text
    assert "Bulgarian split squat instead of single-leg squat, an easier start" in program
    assert "Banded hip thrust" in program and "Monster walk" in program
    today = (await chat.say("/today"))[-1].text
    assert "<b>Bulgarian split squat</b>: 2 × 20" in today
    assert "(an easier start than single-leg squat)" in today
    assert "<b>Banded hip thrust</b>: 2 × 20–30" in today
    assert "Single-leg squat" not in today
