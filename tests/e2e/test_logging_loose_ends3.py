"""Loose ends of logging found by earlier helpers and fixed here. Each test says what the
person typed, what they got, and why it was wrong. Linda (toning at home with bands, Tue +
Fri at 9 in Denver, tests/e2e/test_personas12.py) and Kofi (a bodybuilder at a gym in kg,
tests/e2e/test_logs_said_loosely5.py) as before; the default person (tests/e2e/flows.py
onboard) trains Mon + Thu at 18:30 in Berlin, the clock starting on Monday 16 November 2026."""

from datetime import UTC, datetime, timedelta

from tests.e2e.flows import onboard, pushes
from tests.e2e.harness import bot_env, texts
from tests.e2e.test_logging_loose_ends2 import FAST, push_at
from tests.e2e.test_logs_said_loosely5 import KOFI, _kofi_a_week_on, _linda_on_tuesday


def _buttons(chat):  # type: ignore[no-untyped-def]
    return [t for row in chat.last_keyboard().buttons for t, _ in row]


async def test_reps_each_with_a_pain_while_logging_fill_the_move_asked(env):
    """Linda, asked her skater lunges (2 × 20): "only 15 each my knees dont like them" got
    "I couldn't read that (at "only")": no move named, but the one asked is meant, 15 in
    each of its planned sets, and her knees a pain said. Now the skater lunge's two sets of
    15 are shown to save with the remark, and the pain reply follows as for "my hip was
    sore" (Skip today, no swap or skip of the lunges she has just done)."""
    for user_id, typed, remark in (
        (14101, "only 15 each my knees dont like them", "my knees dont like them"),
        (14102, "just 15 each, knees hurt", "knees hurt"),
        (14103, "15 reps each. my knees didnt like them", "my knees didnt like them"),
    ):
        chat = await _linda_on_tuesday(env, user_id)
        await chat.say("/today")
        said = texts(await chat.tap("Start logging"))
        assert "1/6 · Skater lunge" in said, said
        replies = await chat.say(typed)
        said = texts(replies)
        assert said.startswith("<b>Skater lunge</b>: 15, 15 reps (2 sets). Save it?"), said
        assert f'Noted: "{remark}", kept with these sets.' in said, (typed, said)
        assert "Please see a doctor or physiotherapist" in said, (typed, said)
        assert "skater lunge" not in said.split("Please see")[1], said  # it is done
        assert _buttons(chat) == ["Skip today"], _buttons(chat)
        echo = next(m for m in replies if "Save it?" in (m.text or ""))
        save = next(d for row in echo.buttons for t, d in row if "Save" in t)
        said = texts(await chat.press(echo.message_id, save))
        assert "Skater lunge: 15, 15 reps ✓" in said and "2/6 · Walking lunge" in said, said
    said = texts(await chat.say("only 12 12"))  # fewer said first, with sets: as typed
    assert said.startswith("<b>Walking lunge</b>: 12, 12 reps (2 sets). Save it?"), said


async def test_reps_each_side_fill_the_planned_sets(env):
    """Linda, asked her skater lunges (2 × 20, a move done one leg at a time): "20 each
    side" was saved as one set of 20. A unilateral move's reps are counted per side (as "2x20
    each side" is two sets of 20, and "20 both sides" the planned sets of 20): so "20 each
    side", "20 per leg", "20 a side" are 20 in each planned set. A load said so ("20 each"
    at "What load did you use?") stays a load."""
    for user_id, typed, shown in (
        (14111, "20 each side", "20, 20 reps (2 sets)"),
        (14112, "20 per leg", "20, 20 reps (2 sets)"),
        (14113, "did 18 each leg", "18, 18 reps (2 sets)"),
        (14114, "20 a side", "20, 20 reps (2 sets)"),
        (14115, "12 12 each leg", "12, 12 reps (2 sets)"),  # the sets said: as they are
        (14116, "20 each side, 1 set", "20 reps (1 set)"),
    ):
        chat = await _linda_on_tuesday(env, user_id)
        await chat.say("/today")
        await chat.tap("Start logging")
        said = texts(await chat.say(typed))
        assert said.startswith(f"<b>Skater lunge</b>: {shown}. Save it?"), (typed, said)
        assert "Noted" not in said, (typed, said)
    said = texts(await chat.tap("Save"))
    assert "Skater lunge: 20 reps ✓" in said, said
    said = texts(await chat.say("/log"))
    assert "• Skater lunge: 20 reps" in said, said
    # At "What load did you use?", "20 each" is still a dumbbell's load, not reps.
    chat = env.chat(14117)
    await onboard(chat)
    said = texts(await chat.say("squat 12 12 10"))
    assert "What load did you use for Squat?" in said, said
    said = texts(await chat.say("20 each"))
    assert said.startswith("<b>Squat</b>: 20 kg × 12, 12, 10 (3 sets). Save it?"), said


async def test_extra_sets_on_two_moves_told_with_the_day_are_both_saved(env):
    """Kofi, a week after his first Monday: "did it all plus 2 extra sets on hip thrust and
    1 on deadlift" got the Hip thrust card and nothing was saved, with no word why: only one
    move's extra sets were read, and the rest sank the day. Both moves now get their extra
    sets, said back; told otherwise too."""
    for user_id, typed in (
        (14121, "did it all plus 2 extra sets on hip thrust and 1 on deadlift"),
        (14122, "did everything + 2 more sets of hip thrusts and one more of deadlifts"),
        (14123, "did it all, 2 extra sets on hip thrust, 1 extra on deadlift"),
    ):
        chat = await _kofi_a_week_on(env, user_id)
        said = texts(await chat.say(typed))
        assert said.startswith("Saved as planned:\n• Hip thrust: "), (typed, said)
        lines = said.splitlines()
        hip = next(x for x in lines if x.startswith("• Hip thrust: "))
        dead = next(x for x in lines if x.startswith("• Deadlift: "))
        assert hip.endswith("(with the 2 extra sets you did)"), said
        assert dead.endswith("(with the 1 extra set you did)"), said
        assert "Workout logged: 5 of 5 exercises done." in said, said
        assert 'Noted: "' not in said, said
        logged = texts(await chat.say("/log")).splitlines()
        assert next(x for x in logged if "Hip thrust" in x).count(",") + 1 == 4 + 2, logged
        assert next(x for x in logged if "Deadlift" in x).count(",") + 1 == 3 + 1, logged
        env.clock.set(env.clock.now() - timedelta(days=7))


async def test_the_load_asked_says_the_extra_sets_wait_for_it(env):
    """Kofi's first Monday, no load known: "did it all plus 2 extra sets on the first one"
    got "What load did you use for Hip thrust? Type just the load ... if you did the sets as
    planned", not a word of the two extra sets, which in fact waited for that load: he could
    not know they were kept. The question now says so. With extra sets of a second move
    whose load is asked later ("... and 1 on deadlift"), those are said not saved yet and
    how to send them when it is asked; they were dropped unsaid."""
    chat = env.chat(14131)
    await onboard(chat, **KOFI)
    said = texts(await chat.say("did it all plus 2 extra sets on the first one"))
    assert "What load did you use for Hip thrust?" in said, said
    assert "Your 2 extra sets are kept: just the load saves them with the planned ones." in said
    said = texts(await chat.say("100kg"))
    assert said.startswith("<b>Hip thrust</b>: 100 kg × 8, 8, 8, 8, 8, 8 (6 sets). Save it?")
    chat = env.chat(14132)
    await onboard(chat, **KOFI)
    said = texts(await chat.say("did it all plus 2 extra sets on hip thrust and 1 on deadlift"))
    assert "Your 2 extra sets are kept" in said, said
    assert (
        "Not saved yet: the 1 extra set of Deadlift, waiting for its load. When it's asked, "
        'send the load with every set\'s reps, like "40kg 12 12 12 12".'
    ) in said, said
    await chat.say("100kg")
    said = texts(await chat.tap("Save"))
    assert "<b>2/5 · Deadlift</b>" in said, said
    said = texts(await chat.say("60kg 12 12 12 12"))
    assert said.startswith("<b>Deadlift</b>: 60 kg × 12, 12, 12, 12 (4 sets). Save it?"), said
    chat = env.chat(14133)  # no extra sets told: the question as before
    await onboard(chat, **KOFI)
    said = texts(await chat.say("did it all"))
    assert "What load did you use for Hip thrust?" in said and "extra" not in said, said


async def test_a_log_for_yesterday_that_renumbers_today_says_so(tmp_path):
    """Set up a week before, never trained: Tuesday's push showed "session A, week 1". She
    typed Monday's squats as yesterday's ("squat 40kg 3x10 yesterday"): Monday became her
    first workout (session A) and Tuesday session B, as /today and /week then showed, but
    the reply said nothing of it, the push above it still saying A. The echo says so now;
    "yesterday: did it all" (the whole day told) too. With nothing renumbered (today's
    workout logged first), nothing is said."""
    async with bot_env(tmp_path, extra_env=FAST) as env:
        chats = [env.chat(14141), env.chat(14142), env.chat(14143)]
        for person in chats:
            await onboard(person)  # Monday 16 November
            await person.say("change my training days to mon tue thu")
        chat, other, third = chats
        await push_at(env, chat, datetime(2026, 11, 24, 17, 31, tzinfo=UTC))  # Tuesday 24th
        assert "· session A, week 1" in pushes(env.standin, 14141)[-1].text
        line = (
            "Monday is now your first workout (session A), so today's workout is session B, "
            "not A as shown before: /today shows it."
        )
        said = texts(await chat.say("squat 40kg 3x10 yesterday"))
        assert "<b>Squat</b> for yesterday, Mon 23 Nov: 40 kg × 10, 10, 10" in said, said
        assert line in said, said
        said = texts(await chat.tap("Save"))  # said once: the Save's reply does not repeat it
        assert "Squat for yesterday, Mon 23 Nov: 40 kg × 10, 10, 10 ✓" in said, said
        assert "session B" not in said, said
        said = texts(await chat.say("/today"))
        assert "<b>Today's workout</b> · session B, week 1" in said, said
        said = texts(await chat.say("/week"))
        assert "<b>Monday</b> · session A" in said, said
        assert "<b>Tuesday (today)</b> · session B" in said, said
        await env.standin.until(lambda: pushes(env.standin, 14142), timeout=10)
        said = texts(await other.say("yesterday: did it all"))
        assert "What load did you use for Monday's Squat?" in said and line in said, said
        assert "session B" in texts(await other.say("/today"))
        # Trained today first: the start stays, Tuesday stays A, and nothing is said.
        await env.standin.until(lambda: pushes(env.standin, 14143), timeout=10)
        await third.say("squat 40kg 3x10")
        said = texts(await third.tap("Save"))
        said = texts(await third.say("deadlift 30kg 3x10 yesterday"))
        assert "Save it?" in said and "first workout" not in said, said
        assert "session A" in texts(await third.say("/today"))


async def test_a_reply_to_thursdays_push_is_thursdays_with_mondays_log_open(tmp_path):
    """Reported: after Monday's log was begun on Wednesday (left open), "hip thrust 50kg
    3x10" sent as a reply to Thursday's push went into Monday's workout. Not seen on this
    code: Thursday's push lets Monday's open log go, and the reply is Thursday's, on
    Thursday and, said so, on Friday. Kept here so it stays that way."""
    async with bot_env(tmp_path, extra_env=FAST) as env:
        for user_id, at, shown in (
            (14151, datetime(2026, 11, 19, 18, 0, tzinfo=UTC), "<b>Hip thrust</b>: 50 kg"),
            (14152, datetime(2026, 11, 20, 9, 0, tzinfo=UTC), "for yesterday, Thu 19 Nov"),
        ):
            env.clock.set(datetime(2026, 11, 16, 9, 0, tzinfo=UTC))
            chat = env.chat(user_id)
            await onboard(chat)
            await push_at(env, chat, datetime(2026, 11, 16, 17, 31, tzinfo=UTC))
            monday = pushes(env.standin, user_id)[-1]
            env.clock.set(datetime(2026, 11, 18, 9, 0, tzinfo=UTC))  # Wednesday
            await chat.say("squat 40kg 3x10", reply_to=monday.message_id)
            said = texts(await chat.tap("Save"))
            assert "<b>2/4 · Stiff-leg deadlift</b> for Mon 16 Nov" in said, said
            said = texts(await chat.say("10 10 8 at 30kg", reply_to=monday.message_id))
            assert "Save it?" in said, said  # left at "Save it?", Monday's log open
            await push_at(env, chat, datetime(2026, 11, 19, 17, 31, tzinfo=UTC))  # Thursday
            thursday = pushes(env.standin, user_id)[-1]
            env.clock.set(at)
            said = texts(await chat.say("hip thrust 50kg 3x10", reply_to=thursday.message_id))
            assert shown in said and "Mon 16 Nov" not in said, said
            await chat.tap("Save")
            said = texts(await chat.say("/week"))
            assert "<b>Monday</b> · session A · started" in said, said
            thursday_plan = said.split("<b>Thursday")[1]
            assert "<b>Hip thrust</b>" in thursday_plan, said
            assert "<b>Hip thrust</b>" not in said.split("<b>Thursday")[0], said
