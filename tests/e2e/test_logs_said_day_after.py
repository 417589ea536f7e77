"""What comes after a log typed for another day. Typed with nothing being logged, its Save
carries on with that day's workout: the next exercise ("2/4 · Stiff-leg deadlift") and the
"Workout logged: 1 of 4" read as if today's; now they name the day. Today's read as before.

"skip" at its "Save it?" (asked once first, as for today's) or after its Fix skipped it in
that day's workout and carried on with that day's ("Workout logged: 0 of 1"); now it is left
unsaved and the exercise owed today is asked again. Sets naming an exercise with no day,
typed while it waited, were filed under that day; now they are today's (the waiting entry
is saved as shown, and said so, when another exercise is named)."""

from datetime import UTC, date, datetime

from tests.e2e.flows import onboard
from tests.e2e.harness import texts
from tests.e2e.test_logs_as_typed import logging_started
from tests.e2e.test_logs_said_day import logged

TUESDAY_MORNING = datetime(2026, 11, 17, 9, 0, tzinfo=UTC)  # Berlin: Monday was a training day


async def test_after_yesterdays_workout_is_resumed_its_steps_name_the_day(env):
    chat = env.chat(3701)
    await onboard(chat)  # tone, gym, Mon + Thu, kg, Berlin
    env.clock.set(TUESDAY_MORNING)
    await chat.say("yesterday squats 3x10 at 40")
    replies = await chat.tap("Save")
    assert "Squat for yesterday, Mon 16 Nov: 40 kg × 10, 10, 10 ✓" in texts(replies)
    assert "<b>2/4 · Stiff-leg deadlift</b> for yesterday, Mon 16 Nov" in texts(replies)
    for _ in range(2):
        replies = await chat.say("skip")
    assert "<b>4/4 · Lying leg curl</b> for yesterday, Mon 16 Nov" in texts(replies)
    replies = await chat.say("skip")
    assert "<b>Workout logged for yesterday, Mon 16 Nov: 1 of 4 exercises done.</b>" in texts(
        replies
    ), texts(replies)


async def test_todays_steps_read_as_before(env):
    chat = await logging_started(env, 3702)  # Berlin, Monday 16 Nov: squats asked
    assert "<b>1/4 · Squat</b>\n" in chat.last_text(), chat.last_text()
    for _ in range(4):
        replies = await chat.say("skip")
    assert "<b>Workout logged: 0 of 4 exercises done.</b>" in texts(replies), texts(replies)
    assert logged(env, 3702) == {}


async def test_skip_at_yesterdays_save_it_asks_then_drops_it_and_asks_todays_again(env):
    chat = await logging_started(env, 3703)  # Berlin, Monday 16 Nov: squats asked
    await chat.say("lunges 10kg 12 12 yesterday")
    replies = await chat.say("skip")  # may mean today's squats: asked first, as today's
    assert "Lunge</b> for yesterday, Sun 15 Nov: 10 kg × 12, 12 (2 sets). Save it?" in texts(
        replies
    )
    assert 'To leave it unsaved instead, send "skip" again.' in texts(replies), texts(replies)
    replies = await chat.say("skip")
    assert "Lunge for yesterday, Sun 15 Nov: not saved." in texts(replies), texts(replies)
    assert "Workout logged" not in texts(replies)  # not yesterday's, finished
    assert "<b>1/4 · Squat</b>\n" in texts(replies), texts(replies)  # back to today's
    replies = await chat.say("skip")  # a third: today's squats, skipped as ever
    assert "Squat: skipped." in texts(replies), texts(replies)
    assert "<b>2/4 · Stiff-leg deadlift</b>\n" in texts(replies), texts(replies)
    assert logged(env, 3703) == {}


async def test_skip_after_fix_on_yesterdays_entry_drops_it_and_asks_todays_again(env):
    chat = await logging_started(env, 3704)
    await chat.say("lunges 10kg 12 12 yesterday")
    await chat.tap("Fix")
    replies = await chat.say("skip")
    assert "Lunge for yesterday, Sun 15 Nov: not saved." in texts(replies), texts(replies)
    assert "Workout logged" not in texts(replies)
    assert "<b>1/4 · Squat</b>\n" in texts(replies), texts(replies)
    await chat.say("40kg 10 10 10")
    await chat.tap("Save")
    assert logged(env, 3704) == {date(2026, 11, 16): {"squat": [(10, 40.0)] * 3}}


async def test_todays_exercise_named_at_yesterdays_save_it_is_for_today(env):
    chat = await logging_started(env, 3705)
    await chat.say("lunges 10kg 12 12 yesterday")
    replies = await chat.say("squats 40kg 10 10 10")  # no day said: today's, as owed
    assert "<b>Squat</b>: 40 kg × 10, 10, 10 (3 sets). Save it?" in texts(replies), texts(replies)
    # The entry waiting is saved as shown, and said so: it was dropped unsaid (a today's one
    # left at its "Save it?" is still owed, asked again; yesterday's had no way back).
    assert "Lunge for yesterday, Sun 15 Nov: 10 kg × 12, 12 ✓" in texts(replies), texts(replies)
    replies = await chat.tap("Save")
    assert "Squat: 40 kg × 10, 10, 10 ✓" in texts(replies), texts(replies)
    assert "<b>2/4 · Stiff-leg deadlift</b>\n" in texts(replies), texts(replies)
    replies = await chat.say("skip")  # today's: skipped, no longer a yesterday's entry
    assert "Stiff-leg deadlift: skipped." in texts(replies), texts(replies)
    assert logged(env, 3705) == {
        date(2026, 11, 15): {"lunge": [(12, 10.0)] * 2},
        date(2026, 11, 16): {"squat": [(10, 40.0)] * 3},
    }


async def test_thats_all_for_today_at_a_past_days_save_it_ends_todays_workout(env):
    """At the "Save it?" of Thursday's hip thrusts, typed mid-workout, "that's all for
    today" finished Thursday's workout and left today's open, the stiff-leg deadlift owed.
    The entry is saved (as at a today's "Save it?") and today's workout is finished."""
    chat = await logging_started(env, 3710)
    await chat.say("20kg 10 10 10")
    await chat.say("yes")
    await chat.say("on thursday I did hip thrusts 3x10 at 60")
    replies = await chat.say("that's all for today")
    assert "Hip thrust for Thu 12 Nov: 60 kg × 10, 10, 10 ✓" in texts(replies)
    assert "Workout logged: 1 of 4 exercises done." in texts(replies), texts(replies)
    replies = await chat.say("/log")
    assert "Stiff-leg deadlift: skipped" in texts(replies) and "not yet" not in texts(replies)
    assert logged(env, 3710) == {
        date(2026, 11, 12): {"hip_thrust": [(10, 60.0)] * 3},
        date(2026, 11, 16): {"squat": [(10, 20.0)] * 3},
    }


async def test_another_exercise_named_after_fix_on_yesterdays_entry_is_for_today(env):
    chat = await logging_started(env, 3706)
    await chat.say("lunges 10kg 12 12 yesterday")
    await chat.tap("Fix")
    replies = await chat.say("hip thrusts 60kg 10 10 10")
    assert "<b>Hip thrust</b>: 60 kg × 10, 10, 10 (3 sets). Save it?" in texts(replies)
    await chat.say("yes")
    replies = await chat.say("lunges 10kg 12 12 yesterday")  # with the day: that day's
    assert "Lunge</b> for yesterday, Sun 15 Nov: 10 kg × 12, 12" in texts(replies)
    replies = await chat.tap("Save")
    assert "<b>1/5 · Squat</b>\n" in texts(replies), texts(replies)  # hip thrusts added
    assert logged(env, 3706) == {
        date(2026, 11, 15): {"lunge": [(12, 10.0)] * 2},
        date(2026, 11, 16): {"hip_thrust": [(10, 60.0)] * 3},
    }


async def test_with_nothing_logged_today_sets_named_at_yesterdays_save_it_are_todays(env):
    chat = env.chat(3707)
    await onboard(chat)
    env.clock.set(TUESDAY_MORNING)  # a rest day: a log naming an exercise is an extra
    await chat.say("yesterday squats 3x10 at 40")
    replies = await chat.say("lunges 10kg 12 12")
    assert "<b>Lunge</b>: 10 kg × 12, 12 (2 sets). Save it?" in texts(replies), texts(replies)
    # yesterday's, waiting for its Save, is saved as shown and said so (it was dropped unsaid)
    assert "Squat for yesterday, Mon 16 Nov: 40 kg × 10, 10, 10 ✓" in texts(replies)
    await chat.tap("Save")
    replies = await chat.say("squats 40kg 10 10 10 yesterday")
    await chat.say("skip")
    replies = await chat.say("skip")
    assert "Squat for yesterday, Mon 16 Nov: not saved." in texts(replies), texts(replies)
    assert "Stiff-leg deadlift" not in texts(replies)  # not yesterday's workout, carried on
    assert logged(env, 3707) == {  # the second squats for yesterday left unsaved
        date(2026, 11, 16): {"squat": [(10, 40.0)] * 3},
        date(2026, 11, 17): {"lunge": [(12, 10.0)] * 2},
    }


async def test_a_past_day_finished_mid_workout_says_so_then_asks_todays_again(env):
    """The last exercise of Monday's workout, typed on Thursday mid-workout: its Save
    finished Monday's workout, but the "Workout logged" (and any weekly recap with it) was
    replaced by today's next exercise, unsaid."""
    chat = await logging_started(env, 3709)  # Berlin, Monday 16 Nov: squats asked
    for _ in range(3):  # squat, stiff-leg deadlift, lunge; the lying leg curl left owed
        replies = await chat.tap("Done as planned")
        if "What load did you use" in texts(replies):
            await chat.say("20")
            await chat.tap("Save")
    env.clock.set(datetime(2026, 11, 19, 17, 0, tzinfo=UTC))  # Thursday, 18:00 in Berlin
    await chat.say("/today")
    replies = await chat.tap("Start logging")
    assert "1/4 · " in texts(replies)
    owed = replies[-1].text.split("· ")[1].split("<")[0]
    await chat.say("on monday lying leg curl 3x10 at 20")
    replies = await chat.tap("Save")
    assert "Workout logged for Mon 16 Nov: 4 of 4 exercises done." in texts(replies), texts(replies)
    assert f"<b>1/4 · {owed}</b>\n" in replies[-1].text, texts(replies)  # then today's again
