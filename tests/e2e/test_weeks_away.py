"""Weeks away said right: the kit of each week away named, several weeks away kept, and a
week away said ahead recalled before it comes. Each test says what the person had and typed,
what they got, and why it was wrong for them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tests.e2e.flows import at_step, load_user, onboard, pushes
from tests.e2e.harness import Env, bot_env, texts

AWAY_MONDAY = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
FAST = {"PUSH_TICK_SECONDS": "0.05"}
HOTEL_AHEAD = (
    "Next week you're away: from Monday 23 November to Sunday 29 November your workouts are"
    " planned for dumbbells only, up to 20 kg, as you said."
)


async def test_program_in_a_dumbbell_week_names_the_dumbbells(env: Env):
    """A competitor at a gym (kg) typed "in a hotel gym next week, only dumbbells up to 30kg".
    On the away Monday /program was headed "Your program: Compete: figure / bodybuilding,
    bodyweight only" and its reason began "With no equipment", though she had just said she
    has dumbbells up to 30 kg and her workouts that week hold one. Now the heading names her
    dumbbells."""
    chat = env.chat(9990)
    await onboard(chat, goal="Compete", experience="2+ years")
    await chat.say("in a hotel gym next week, only dumbbells up to 30kg")
    env.clock.set(AWAY_MONDAY)
    shown = texts(await chat.say("/program"))
    heading = shown.split("\n")[0]
    assert heading.endswith(", dumbbells only, up to 30 kg</b>"), shown
    assert "bodyweight" not in heading.lower() and "With no equipment" not in shown, shown
    assert "planned for dumbbells only, up to 30 kg" in shown, shown


async def test_two_weeks_away_said_one_after_the_other_are_both_kept(env: Env):
    """Glutes only at a gym (kg). She typed "next week I'm in a hotel, only dumbbells up to
    20kg", then "and the week after I'm camping, no gear". The second was not read at all,
    and had it been, only the latest week away was kept: her hotel week went back to the
    barbell plan. Now each is kept for its own week: the reply names both and when her gym
    plan is back, the hotel week plans dumbbells up to 20 kg, the camping week no
    equipment, and the week after that her gym program."""
    chat = env.chat(9991)
    await onboard(chat, goal="Grow glutes, not legs", experience="2+ years")
    await chat.say("next week I'm in a hotel, only dumbbells up to 20kg")
    said = texts(await chat.say("and the week after I'm camping, no gear"))
    assert "From Monday 30 November to Sunday 6 December" in said, said
    assert "planned for no equipment" in said, said
    assert (
        "Kept as said too: from Monday 23 November to Sunday 29 November, dumbbells only, "
        "up to 20 kg." in said
    ), said
    assert "Your usual plan is back on Monday 7 December" in said, said
    env.clock.set(AWAY_MONDAY)
    shown = texts(await chat.say("/program"))
    assert "dumbbells only, up to 20 kg</b>" in shown.split("\n")[0], shown
    env.clock.set(AWAY_MONDAY + timedelta(days=7))
    shown = texts(await chat.say("/program"))
    assert shown.split("\n")[0].endswith(", bodyweight only</b>"), shown
    assert "Your usual program (a gym) comes back on Monday 7 December" in shown, shown
    env.clock.set(AWAY_MONDAY + timedelta(days=14))
    shown = texts(await chat.say("/program"))
    assert shown.split("\n")[0].endswith(", a gym</b>"), shown
    assert "Hip thrust" in shown, shown


async def test_a_week_away_said_ahead_is_recalled_the_week_before(tmp_path):
    """Glutes only at a gym (Mon, Wed, Fri at 18:30 Berlin, kg). On Wednesday she typed
    "next week I'm in a hotel, only dumbbells up to 20kg". Friday's push, the last before
    it, /week and "what changes now?" said not a word of it: her gym plan as ever, and on
    Monday the hotel plan came unannounced. Now the last push before it, /week, /program
    and "what changes now?" recall it; Wednesday's push, with Friday at her gym still to come, does
    not. In the hotel week, nothing said why her workout had no barbell: now it says."""
    wednesday = datetime(2026, 11, 18, 12, 0, tzinfo=UTC)
    async with bot_env(tmp_path, now=wednesday, extra_env=FAST) as env:
        chat = env.chat(9992)
        await onboard(chat, goal="Grow glutes, not legs", experience="2+ years")
        await chat.say("next week I'm in a hotel, only dumbbells up to 20kg")
        env.clock.set(wednesday.replace(hour=17, minute=31))
        push = await env.standin.until(lambda: next(iter(pushes(env.standin, 9992)), None))
        assert "away" not in (push.text or ""), push.text
        env.clock.set(datetime(2026, 11, 20, 17, 31, tzinfo=UTC))  # Friday's push
        push = await env.standin.until(
            lambda: next(
                (
                    p
                    for p in pushes(env.standin, 9992)
                    if "Friday" in (p.text or "") or p.message_id > push.message_id
                ),
                None,
            )
        )
        assert HOTEL_AHEAD in (push.text or ""), push.text
        assert HOTEL_AHEAD in texts(await chat.say("/week"))
        assert HOTEL_AHEAD in texts(await chat.say("what changes now?"))
        assert HOTEL_AHEAD in texts(await chat.say("/program"))
        env.clock.set(datetime(2026, 11, 23, 5, 0, tzinfo=UTC))  # the hotel Monday, early
        said = texts(await chat.say("/today"))
        assert (
            "<i>Until Sunday 29 November your workouts are planned for dumbbells only, up to"
            " 20 kg.</i>" in said
        ), said
        env.clock.set(datetime(2026, 11, 30, 12, 0, tzinfo=UTC))  # back: nothing ahead
        assert "away" not in texts(await chat.say("/week"))


async def test_a_lifter_in_pounds_hears_the_away_example_in_pounds(env: Env):
    """Ines logs in pounds. She typed "in a hotel gym next week, only dumbbells up to 50 lb"
    and was told to log the load she holds "like "single-leg hip thrust 10kg 12 12 12"": a
    load in kilograms she never uses. Now the example is in pounds."""
    chat = env.chat(9993)
    await at_step(chat, "unit")
    await chat.tap("lb")
    said = texts(await chat.say("in a hotel gym next week, only dumbbells up to 50 lb"))
    assert "planned for dumbbells only, up to 50 lb" in said, said
    assert '"single-leg hip thrust 25lb 12 12 12"' in said and "kg" not in said, said


async def test_a_city_said_at_a_load_question_moves_the_workouts_there(env: Env):
    """Logging her workout, she was at "What load did you use for Hip thrust?" when she
    typed "I'm in New York this week" (Ines, in the scratch run, on a Sunday night with
    Friday's load question still open). The load question took it: "Noted. What load did
    you use for Hip thrust?", her time zone stayed home's and her workouts came at 18:30
    Berlin time, 12:30 in New York. A city said is a trip wherever the log stands: the
    workouts move to New York time and the load question waits as it was."""
    chat = env.chat(9994)
    await onboard(chat)  # Mon + Thu at 18:30, Berlin
    said = texts(await chat.say("hip thrust 10 10 10"))
    assert "What load did you use for Hip thrust?" in said, said
    said = texts(await chat.say("I'm in New York this week"))
    assert "America/New_York" in said and "Noted." not in said, said
    user = await load_user(env, 9994)
    assert user is not None and user.tz == "America/New_York", user and user.tz
    assert user.next_push_at is not None
    pushed = (
        user.next_push_at.replace(tzinfo=UTC)
        if user.next_push_at.tzinfo is None
        else (user.next_push_at)
    )
    assert pushed == datetime(2026, 11, 16, 23, 30, tzinfo=UTC), pushed  # 18:30 there
    said = texts(await chat.say("120"))
    assert "<b>Hip thrust</b>: 120 kg × 10, 10, 10" in said, said


async def test_why_did_my_hip_thrust_weight_go_down_after_a_week_away(env: Env):
    """Glutes only at a gym, 2+ years (kg): Friday's hip thrust 110 kg × 8, 8, 8, 8, the top
    of its 3-8 range; then a week away with no gym. Back on Monday /today planned the hip
    thrust lighter, and "why did my hip thrust weight go down?" got "fall short of the
    bottom and it comes down": she had missed nothing. Now the reply says the load planned
    against her last sets, and why: Monday's workout asks for more reps."""
    chat = env.chat(9995)
    await onboard(chat, goal="Grow glutes, not legs", experience="2+ years")
    env.clock.set(datetime(2026, 11, 20, 12, 0, tzinfo=UTC))  # Friday: 4 x 3-8
    await chat.say("hip thrust 110kg 8 8 8 8")
    await chat.say("yes")
    await chat.say("traveling next week, no gym")
    env.clock.set(datetime(2026, 11, 30, 12, 0, tzinfo=UTC))  # Monday, back: 4 x 8-12
    today = texts(await chat.say("/today"))
    planned = next(x for x in today.split("\n") if "<b>Hip thrust</b>" in x)
    load = planned.split("@ ")[1].split(",")[0]  # "95 kg"
    assert float(load.split()[0]) < 110, today
    said = texts(await chat.say("why did my hip thrust weight go down?"))
    assert said.startswith(
        f"<b>Hip thrust</b>: 4 × 8–12 @ {load} today; last time, on Friday"
        " 20 November, 110 kg × 8, 8, 8, 8 in the 3–8 rep range."
    ), said
    assert "asks for more reps, 8–12 instead of 3–8" in said, said
    assert "fall short" not in said, said


async def test_what_can_i_do_in_a_hotel_gym_with_the_hotel_week_said(env: Env):
    """Ines had said "in a hotel gym next week, only dumbbells up to 50 lb" and on the
    Sunday before, Wednesday's load question still open, asked "what can I do in a hotel
    gym?": "I don't know that one yet", with her hotel week planned and kept. Now she
    hears the plan of that week: its days, her dumbbells, its moves and when her usual
    program comes back."""
    chat = env.chat(9996)
    await onboard(chat, goal="Grow glutes, not legs", experience="2+ years")
    await chat.say("hip thrust 60kg 8 8 8 8")
    await chat.say("yes")
    await chat.say("in a hotel gym next week, only dumbbells up to 20kg")
    env.clock.set(datetime(2026, 11, 18, 12, 0, tzinfo=UTC))  # Wednesday, days ahead
    said = texts(await chat.say("american deadlift 12 12 12"))
    assert "What load did you use for American deadlift?" in said, said  # left unanswered
    said = texts(await chat.say("what should I do while I'm away?"))
    assert "From Monday 23 November to Sunday 29 November" in said, said
    assert "Your next workout comes" not in said, said  # Wednesday's, at her gym, is next
    env.clock.set(datetime(2026, 11, 22, 18, 0, tzinfo=UTC))  # Sunday evening
    said = texts(await chat.say("what can I do in a hotel gym?"))
    assert said.startswith(
        "<b>Your plan while away</b>\nFrom Monday 23 November to Sunday"
        " 29 November your workouts are planned for dumbbells only, up to"
        " 20 kg: "
    ), said
    assert "Left for when you're back: Hip thrust." in said, said
    assert "Your usual program comes back on Monday 30 November" in said, said
    assert "I don't know" not in said, said


async def test_a_week_with_no_gym_said_in_other_words_is_planned_so(env: Env):
    """She typed "out of town next week, no gym", another time "next week I'm traveling and
    won't have a gym": each got "Away for a while? Send /pause...", and that week's pushes
    planned her barbell hip thrusts. Both say a week with no gym, as "traveling next week,
    no gym" does: it is planned for no equipment."""
    for n, typed in enumerate(
        ("out of town next week, no gym", "next week I'm traveling and won't have a gym")
    ):
        chat = env.chat(9997 + n)
        await onboard(chat, goal="Grow glutes, not legs", experience="2+ years")
        said = texts(await chat.say(typed))
        assert (
            "From Monday 23 November to Sunday 29 November your workouts are planned for no"
            " equipment" in said
        ), (typed, said)


async def test_two_weeks_away_said_in_one_message_are_both_planned(env: Env):
    """Ines typed "next week I'm in a hotel with just dumbbells up to 50lb, the week after
    that I'm traveling with no gym". Only one week was kept, and the wrong one: "the week
    after" gave the hotel's dumbbells to the week after next, and next week kept her gym
    plan. Now each week is planned for its own kit."""
    chat = env.chat(9999)
    await at_step(chat, "unit")
    await chat.tap("lb")
    said = texts(
        await chat.say(
            "next week I'm in a hotel with just dumbbells up to 50lb, the week after that"
            " I'm traveling with no gym"
        )
    )
    assert (
        "From Monday 23 November to Sunday 29 November your workouts are planned for"
        " dumbbells only, up to 50 lb" in said
    ), said
    assert (
        "Kept as said too: from Monday 30 November to Sunday 6 December, bodyweight only." in said
    ), said
    assert "Your usual plan is back on Monday 7 December" in said, said


async def test_a_week_away_said_again_is_changed_not_left_as_it_was(env: Env):
    """Ines said "hotel next week, only dumbbells up to 50 lb", then "sorry, I meant
    dumbbells up to 40 lb": "I don't know that one yet", the 50 lb kept. Another time,
    after "in a hotel gym next week, only dumbbells up to 50 lb", she found out "actually
    the hotel has a full gym": told "A gym away is still a gym, so your plan stays as it
    is", while /week still said next week was planned for dumbbells only. Now the load
    said again replaces the one kept, and a full gym there drops the week's dumbbell plan."""
    chat = env.chat(10000)
    await at_step(chat, "unit")
    await chat.tap("lb")
    await chat.say("hotel next week, only dumbbells up to 50 lb")
    said = texts(await chat.say("sorry, I meant dumbbells up to 40 lb"))
    assert (
        "From Monday 23 November to Sunday 29 November your workouts are planned for"
        " dumbbells only, up to 40 lb" in said
    ), said
    assert "up to 40 lb" in texts(await chat.say("/week"))
    said = texts(await chat.say("actually the hotel has a full gym"))
    assert said.startswith(
        "Got it: from Monday 23 November to Sunday 29 November your usual"
        " plan stays, no longer planned for dumbbells only, up to 40 lb."
    ), said
    assert "away" not in texts(await chat.say("/week"))
    env.clock.set(AWAY_MONDAY)
    assert texts(await chat.say("/program")).split("\n")[0].endswith(", a gym</b>")


async def test_what_changes_now_asked_mid_workout_in_the_week_away(env: Env):
    """On the hotel Monday Ines opened her workout (Start logging, the single-leg hip
    thrust asked) and typed "what changes now?": she got the article's "Building the
    glutes" (hip thrusts with a barbell) instead of what her week away changes."""
    chat = env.chat(10001)
    await onboard(chat, goal="Grow glutes, not legs", experience="2+ years")
    await chat.say("in a hotel gym next week, only dumbbells up to 20kg")
    env.clock.set(AWAY_MONDAY)
    await chat.say("/today")
    asked = texts(await chat.tap("Start logging"))
    assert "Single-leg hip thrust" in asked, asked
    said = texts(await chat.say("what changes now?"))
    assert said.startswith("<b>Your plan while away</b>\nUntil Sunday 29 November"), said


async def test_a_city_and_its_hotel_kit_said_together_are_both_taken(env: Env):
    """Ines typed "I'm in New York this week, the hotel gym only has dumbbells up to 50 lb":
    the dumbbells were kept, New York was not, and her workouts kept coming on home time.
    Now the city is taken too, and "back home now" puts both back."""
    chat = env.chat(10002)
    await at_step(chat, "unit")
    await chat.tap("lb")  # Mon + Thu at 18:30, Berlin
    said = texts(
        await chat.say("I'm in New York this week, the hotel gym only has dumbbells up to 50 lb")
    )
    assert "planned for dumbbells only, up to 50 lb" in said, said
    assert "Your workouts now come on <b>America/New_York</b> time" in said, said
    user = await load_user(env, 10002)
    assert user is not None and user.tz == "America/New_York", user and user.tz
    env.clock.set(datetime(2026, 11, 18, 12, 0, tzinfo=UTC))  # Wednesday
    said = texts(await chat.say("back home now"))
    assert "Your usual plan is back on from today" in said, said
    assert "Your workouts come on <b>Europe/Berlin</b> time again." in said, said
    user = await load_user(env, 10002)
    assert user is not None and user.tz == "Europe/Berlin", user and user.tz


async def test_a_dumbbell_held_in_the_hotel_stands_back_home(env: Env):
    """Glutes only at a gym (kg): her single-leg hip thrusts at home were bodyweight, 20, 20,
    20. In the hotel week ("only dumbbells up to 20kg") she held a 20 kg dumbbell: "20kg 15
    15 15". Back at her gym /today planned it with no load at all, "(you reached the top:
    try the same move with a two-second squeeze...)", as if the hotel week had not been:
    its loads were taken as held down by the kit. A load heavier than home's stands."""
    chat = env.chat(10003)
    await onboard(chat, goal="Grow glutes, not legs", experience="2+ years")
    env.clock.set(datetime(2026, 11, 18, 12, 0, tzinfo=UTC))  # Wednesday: session B
    await chat.say("single leg hip thrust 20 20 20")
    await chat.say("yes")
    await chat.say("in a hotel gym next week, only dumbbells up to 20kg")
    env.clock.set(datetime(2026, 11, 25, 12, 0, tzinfo=UTC))  # the hotel Wednesday
    await chat.say("single leg hip thrust 20kg 15 15 15")
    said = texts(await chat.say("yes"))
    assert "20 kg × 15, 15, 15" in said, said
    env.clock.set(datetime(2026, 12, 2, 12, 0, tzinfo=UTC))  # back at her gym, session B
    shown = texts(await chat.say("/today"))
    line = next(x for x in shown.split("\n") if "<b>Single-leg hip thrust</b>" in x)
    assert "@ 20 kg" in line and "squeeze" not in line, shown


async def test_next_week_and_the_week_after_with_no_gym_are_both_planned(env: Env):
    """She typed "traveling next week and the week after, no gym" and heard "From Monday 30
    November to Sunday 6 December your workouts are planned for no equipment": next week,
    the first she is away, kept her barbell plan. Now both weeks are planned for it."""
    chat = env.chat(10004)
    await onboard(chat, goal="Grow glutes, not legs", experience="2+ years")
    said = texts(await chat.say("traveling next week and the week after, no gym"))
    assert (
        "From Monday 23 November to Sunday 29 November your workouts are planned for no"
        " equipment" in said
    ), said
    assert "Kept as said too: from Monday 30 November to Sunday 6 December" in said, said
    assert "Your usual plan is back on Monday 7 December" in said, said
