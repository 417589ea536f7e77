"""Plans that fit the equipment people have: every move doable with their kit, and a load
they lift carried from one workout to the next, the same in the push, /today, the logging
flow and "Done as planned"."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from bot.coach.profile import Place
from bot.content import load_content
from bot.standin.server import SentMessage
from tests.e2e.flows import onboard, pushes
from tests.e2e.harness import Env, bot_env, texts

FAST = {"PUSH_TICK_SECONDS": "0.05"}
MONDAY_EVENING = datetime(2026, 11, 16, 17, 0, tzinfo=UTC)  # 18:00 in Berlin
SLHT, SPLIT_SQUAT = "Single-leg hip thrust", "Bulgarian split squat"


def session_pushed(env: Env, user_id: int, said: str) -> SentMessage | None:
    """The last push whose heading says `said` ("session B", "week 2"), if any yet."""
    return next((p for p in reversed(pushes(env.standin, user_id)) if said in (p.text or "")), None)


def line_of(shown: str, name: str) -> str:
    return next((x for x in shown.split("\n") if f"<b>{name}</b>:" in x), "")


async def test_a_dumbbell_on_the_single_leg_hip_thrust_is_planned_and_carried(tmp_path):
    """At home with dumbbells (glutes only, 2+ years, kg), she held a 10 kg dumbbell on her
    hip for the single-leg hip thrust and typed "10kg 12 12 12" at it. The card listed only
    a bench, so the load was saved and then forgotten: "Next time" said only "8–12 reps", the
    push and /today on Wednesday planned "3 × 12–20" with no load (and "try a two-second
    squeeze" as if she had done it bare), and "Done as planned" saved no load. A dumbbell on
    the hip is the move's ordinary loading: now its load is planned in dumbbell steps and the
    push, /today, the logging step and Done as planned all carry it."""
    async with bot_env(tmp_path, now=MONDAY_EVENING, extra_env=FAST) as env:
        chat = env.chat(9701)
        await onboard(
            chat, goal="Grow glutes, not legs", experience="2+ years", place="Home: bands or a ball"
        )  # Mon, Wed, Fri at 18:30 Berlin
        await chat.say("/today")
        replies = await chat.tap("Start logging")
        while f"· {SLHT}" not in texts(replies):
            replies = await chat.tap("Skip")
        await chat.say("10kg 12 12 12")
        replies = await chat.tap("Save")
        while "Workout logged" not in texts(replies):
            replies = await chat.tap("Skip")
        finish = texts(replies)
        assert f"• {SLHT}: 10 kg for 12–20 reps" in finish, finish  # 12 kg, Epley: on the rack

        env.clock.set(datetime(2026, 11, 18, 17, 30, tzinfo=UTC))  # Wednesday's push
        push = await env.standin.until(lambda: session_pushed(env, 9701, "session B"))
        assert "3 × 12–20 @ 10 kg" in line_of(push.text or "", SLHT), push.text
        today = texts(await chat.say("/today"))
        assert line_of(today, SLHT) == line_of(push.text or "", SLHT), today
        asked = texts(await chat.tap("Start logging"))
        assert f"· {SLHT}" in asked and "Target: 3 × 12–20 @ 10 kg" in asked, asked
        done = texts(await chat.tap("Done as planned"))
        assert f"{SLHT}: 10 kg × 20, 20, 20 ✓" in done, done

        env.clock.set(datetime(2026, 11, 23, 17, 31, tzinfo=UTC))  # next Monday, session A
        monday = (await env.standin.until(lambda: session_pushed(env, 9701, "week 2"))).text or ""
        load = re.search(r"3 × 8–12 @ ([\d.]+) kg", line_of(monday, SLHT))
        assert load is not None and float(load[1]) > 10, monday  # up from 10 kg × 20


def moves_in(shown: str) -> list[str]:
    return re.findall(r"^(?:\d+\.|•) <b>([^<]+)</b>:", shown, re.M)


def doable_with_dumbbells(name: str) -> bool:
    """A move done with nothing, or with dumbbells held (the card's places: bodyweight)."""
    card = next(x for x in load_content().exercises.values() if x.name == name)
    return Place.BODYWEIGHT in card.places


async def test_a_week_in_a_hotel_gym_with_dumbbells_only_is_planned_for_them(tmp_path):
    """A bodybuilder at a gym (figure, 2+ years, kg) said on Monday "in a hotel gym next week,
    only dumbbells up to 30kg". She heard "A gym away is still a gym, so your plan stays as
    it is", and next Monday's push brought the barbell hip thrust, the deadlift and the leg
    curl machine, which the hotel doesn't have. Now next week's push, /today and /week plan
    moves she can do there (a dumbbell held where a move takes one), a load is never planned
    past 30 kg, and the week after her gym plan is back."""
    async with bot_env(tmp_path, now=MONDAY_EVENING, extra_env=FAST) as env:
        chat = env.chat(9702)
        await onboard(chat, goal="Compete: figure", experience="2+ years")  # Mon + Thu
        said = texts(await chat.say("in a hotel gym next week, only dumbbells up to 30kg"))
        assert (
            "From Monday 23 November to Sunday 29 November your workouts are planned for"
            " dumbbells only, up to 30 kg" in said
        ), said
        assert "Your usual plan is back on Monday 30 November." in said, said
        assert "Hip thrust" in moves_in(texts(await chat.say("/today")))  # this week: the gym
        await chat.say("hip thrust 60kg 8 8 8 8")
        await chat.say("yes")

        env.clock.set(datetime(2026, 11, 23, 17, 31, tzinfo=UTC))
        push = await env.standin.until(lambda: session_pushed(env, 9702, "week 2"))
        pushed = moves_in(push.text or "")
        assert pushed and all(doable_with_dumbbells(x) for x in pushed), pushed
        assert moves_in(texts(await chat.say("/today"))) == pushed
        week = texts(await chat.say("/week"))
        assert moves_in(week)[: len(pushed)] == pushed, week
        assert all(doable_with_dumbbells(x) for x in moves_in(week)), week

        asked = texts(await chat.tap("Start logging"))
        assert f"1/4 · {SPLIT_SQUAT}" in asked, asked
        await chat.say("30kg 12 12 12")  # the heaviest dumbbells there, at the top of 8-12
        replies = await chat.tap("Save")
        while "Workout logged" not in texts(replies):
            replies = await chat.tap("Skip")
        harder = f"• {SPLIT_SQUAT}: ready for a harder version: the same move lowered slowly"
        assert harder in texts(replies) and "32 kg" not in texts(replies), texts(replies)
        env.clock.set(datetime(2026, 11, 27, 17, 31, tzinfo=UTC))  # Friday: session B again
        shown = texts(await chat.say("/today"))
        assert f"<b>{SPLIT_SQUAT}</b>: 3 × 8–12 @ 30 kg" in shown, shown  # not 32 kg
        assert all(doable_with_dumbbells(x) for x in moves_in(shown)), shown

        env.clock.set(datetime(2026, 11, 30, 17, 31, tzinfo=UTC))  # back at her gym
        push = await env.standin.until(lambda: session_pushed(env, 9702, "week 3"))
        assert not all(doable_with_dumbbells(x) for x in moves_in(push.text or "")), push.text


async def test_swap_on_the_hip_thrust_in_a_hotel_gym_offers_what_dumbbells_allow(env):
    """Glutes only at a gym: she tapped Start logging on Monday's hip thrust, then typed "in
    a hotel gym this week, only dumbbells up to 30kg" (it got "I couldn't read that (at
    "in")") and tapped Swap: Barbell glute bridge, American deadlift, Deadlift, Stiff-leg
    deadlift, all barbell moves she had no bar for. Now the kit is kept and Swap offers the
    hip-extension moves done with nothing or a dumbbell."""
    chat = env.chat(9703)
    await onboard(chat, goal="Grow glutes, not legs", experience="2+ years")  # Monday
    await chat.say("/today")
    asked = texts(await chat.tap("Start logging"))
    assert "1/4 · Hip thrust" in asked, asked
    said = texts(await chat.say("in a hotel gym this week, only dumbbells up to 30kg"))
    assert "planned for dumbbells only, up to 30 kg" in said, said
    offered = texts(await chat.tap("Swap"))
    labels = [t for row in chat.last_keyboard().buttons for t, _ in row]
    assert labels == [SLHT, "Glute bridge", "Keep this one"], labels
    assert "with the kit you said you have away" in offered, offered
    asked = texts(await chat.tap(SLHT))
    assert f"1/4 · {SLHT}" in asked, asked


async def test_dumbbell_loads_at_home_go_up_to_the_next_dumbbell_a_rack_has(env):
    """At home with a rack of dumbbells in pounds (glutes only, 2+ years), she did the
    Bulgarian split squat holding 25 lb for 12 and 12, the top of 8-12, and heard "up to
    27.5 lb", and a 10 kg single-leg hip thrust at the top went "up to 11 kg": dumbbells
    nobody's rack holds (racks run 10, 12, 14 kg and 25, 30, 35 lb). Now the next load is
    the next dumbbell on the rack."""
    chat = env.chat(9704)
    await chat.say("/start")
    for label in ("Grow glutes, not legs", "2+ years", "Home: bands or a ball", "Use suggested"):
        await chat.tap(label)
    for label in ("Done", "18:30", "Europe/Berlin", "lb"):
        await chat.tap(label)
    await chat.say("/today")
    replies = await chat.tap("Start logging")
    while f"· {SPLIT_SQUAT}" not in texts(replies):
        replies = await chat.tap("Skip")
    await chat.say("25lb 12 12")
    replies = await chat.tap("Save")
    while "Workout logged" not in texts(replies):
        replies = await chat.tap("Skip")
    assert f"• {SPLIT_SQUAT}: up to 30 lb" in texts(replies), texts(replies)


async def test_back_home_before_the_week_away_ends_brings_the_usual_plan_back(tmp_path):
    """Glutes only at a gym, "in a hotel gym next week, only dumbbells up to 30kg", then on
    Wednesday of that week "back home now": the gym was hers again, but Friday's workout
    would have stayed the dumbbells-only one till Sunday. Now it is the gym plan from the
    day she says she's back; the days before stay as they were planned."""
    async with bot_env(tmp_path, now=MONDAY_EVENING) as env:
        chat = env.chat(9705)
        await onboard(chat, goal="Grow glutes, not legs", experience="2+ years")  # M/W/F
        await chat.say("hip thrust 60kg 8 8 8 8")
        await chat.say("yes")
        await chat.say("in a hotel gym next week, only dumbbells up to 30kg")
        env.clock.set(datetime(2026, 11, 25, 12, 0, tzinfo=UTC))  # Wednesday, away
        shown = moves_in(texts(await chat.say("/today")))
        assert all(doable_with_dumbbells(x) for x in shown), shown
        said = texts(await chat.say("back home now"))
        assert said.startswith("Your usual plan is back on from today"), said
        shown = moves_in(texts(await chat.say("/today")))
        assert not all(doable_with_dumbbells(x) for x in shown), shown  # the gym's again
        week = texts(await chat.say("/week"))
        monday = week.split("<b>Wednesday")[0]
        assert moves_in(monday) and all(doable_with_dumbbells(x) for x in moves_in(monday)), week


async def test_a_week_away_with_no_gym_is_planned_with_no_equipment(env):
    """Glutes only at a gym, she said "traveling next week, no gym" and heard "Away for a
    while? Send /pause ... Or keep training without a gym: /settings, then Where you train,
    then Bodyweight only": a pause, or a change of place she would have to undo when back;
    next week's workouts came with the barbell hip thrust. Now that week is planned with no
    equipment, no load to hold (she has no dumbbell there), and her gym plan after it."""
    chat = env.chat(9706)
    await onboard(chat, goal="Grow glutes, not legs", experience="2+ years")  # Monday
    await chat.say("single leg hip thrust 10kg 12 12 12")
    await chat.say("yes")
    said = texts(await chat.say("traveling next week, no gym"))
    assert said.startswith(
        "From Monday 23 November to Sunday 29 November your workouts are planned for no equipment"
    ), said
    assert "Your usual plan is back on Monday 30 November." in said, said
    env.clock.set(datetime(2026, 11, 23, 12, 0, tzinfo=UTC))
    shown = texts(await chat.say("/today"))
    assert SLHT in moves_in(shown), shown
    assert all(doable_with_dumbbells(x) for x in moves_in(shown)), shown
    assert " @ " not in shown, shown  # the 10 kg dumbbell stayed at home
    env.clock.set(datetime(2026, 11, 30, 12, 0, tzinfo=UTC))
    shown = texts(await chat.say("/today"))
    assert "Hip thrust" in moves_in(shown), shown
