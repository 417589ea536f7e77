"""A log typed with the day it was done ("squats 40kg 10 10 10 yesterday", "last night: RDL
3x8 40kg", "on monday I did hip thrusts 3x10 at 60") went into today's session, was taken
for an unknown exercise ("yesterday i did hip thrusts") or for a question. Now it is saved
into that day, in the person's own time zone, and the echo names the day; a day ahead or
more than 6 days back is said so, with what to send instead, and nothing is saved."""

from datetime import UTC, date, datetime

from sqlalchemy import select

from bot.store.models import ExerciseLog, SetLog, WorkoutSession
from tests.e2e.flows import at_step
from tests.e2e.harness import texts
from tests.e2e.test_logs_as_typed import logging_started

# Los Angeles is UTC-8 in November: these are Tue 17 Nov 23:30 and Wed 18 Nov 00:30 there,
# both Wed 18 Nov in UTC.
TUE_2330_LA = datetime(2026, 11, 18, 7, 30, tzinfo=UTC)
WED_0030_LA = datetime(2026, 11, 18, 8, 30, tzinfo=UTC)


async def in_los_angeles(env, user_id: int):
    """Set up like flows.onboard (tone, new, gym, Mon + Thu 18:30, kg), in Los Angeles."""
    chat = env.chat(user_id)
    await at_step(chat, "zone")
    await chat.say("los angeles")
    await chat.tap("kg")
    return chat


def logged(env, user_id: int) -> dict[date, dict[str, list[tuple[int, float | None]]]]:
    """Sets saved, by day and exercise."""
    with env.svc.db.session() as s:
        rows = s.execute(
            select(WorkoutSession.day, ExerciseLog.exercise_id, SetLog.reps, SetLog.load)
            .join(ExerciseLog, ExerciseLog.session_id == WorkoutSession.id)
            .join(SetLog, SetLog.exercise_log_id == ExerciseLog.id)
            .where(WorkoutSession.user_id == user_id)
            .order_by(SetLog.id)
        ).all()
    out: dict[date, dict[str, list[tuple[int, float | None]]]] = {}
    for day, exercise, reps, load in rows:
        out.setdefault(day, {}).setdefault(exercise, []).append((reps, load))
    return out


async def test_yesterday_at_2330_in_los_angeles_is_the_day_before_there(env):
    chat = await in_los_angeles(env, 3501)
    env.clock.set(TUE_2330_LA)  # already Wednesday in UTC
    replies = await chat.say("squats 40kg 10 10 10 yesterday")
    assert "Squat</b> for yesterday, Mon 16 Nov: 40 kg × 10, 10, 10 (3 sets)" in texts(replies)
    await chat.tap("Save")
    assert logged(env, 3501) == {date(2026, 11, 16): {"squat": [(10, 40.0)] * 3}}


async def test_after_midnight_in_los_angeles_yesterday_and_last_night_are_tuesday(env):
    chat = await in_los_angeles(env, 3502)
    env.clock.set(WED_0030_LA)
    replies = await chat.say("last night: stiff leg deadlift 3x8 40kg")  # no card says "RDL"
    assert "for yesterday, Tue 17 Nov: 40 kg × 8, 8, 8 (3 sets). Save it?" in texts(replies)
    await chat.tap("Save")
    replies = await chat.say("yesterday I did hip thrusts 3x10 at 60")
    assert "Hip thrust</b> for yesterday, Tue 17 Nov: 60 kg × 10, 10, 10" in texts(replies)
    await chat.say("yes")
    days = logged(env, 3502)
    assert list(days) == [date(2026, 11, 17)], days
    assert days[date(2026, 11, 17)]["hip_thrust"] == [(10, 60.0)] * 3


async def test_a_weekday_is_the_last_one_and_its_words_are_no_name(env):
    chat = await in_los_angeles(env, 3503)
    env.clock.set(WED_0030_LA)
    replies = await chat.say("on monday I did squats 3x10 at 40")
    assert "Squat</b> for Mon 16 Nov: 40 kg × 10, 10, 10 (3 sets). Save it?" in texts(replies)
    replies = await chat.tap("Save")
    assert "Squat for Mon 16 Nov: 40 kg × 10, 10, 10 ✓" in texts(replies), texts(replies)
    assert logged(env, 3503) == {date(2026, 11, 16): {"squat": [(10, 40.0)] * 3}}
    replies = await chat.say("this morning squats 3x10 at 40")  # today stays today
    assert "Squat</b>: 40 kg × 10, 10, 10 (3 sets). Save it?" in texts(replies)


async def test_a_day_ahead_or_too_far_back_saves_nothing_and_says_what_to_send(env):
    chat = await in_los_angeles(env, 3504)
    env.clock.set(WED_0030_LA)
    replies = await chat.say("tomorrow squats 3x10 at 40")
    assert "hasn't come yet" in texts(replies), texts(replies)
    assert 'send it without the day: "squats 3x10 at 40"' in texts(replies)
    replies = await chat.say("squats 40kg 10 10 10 on 2 nov")
    assert "more than 6 days back" in texts(replies), texts(replies)
    assert "back to Thu 12 Nov" in texts(replies)
    assert logged(env, 3504) == {}
    replies = await chat.say("squats 40kg 10 10 10")  # nothing was left waiting
    assert "Squat</b>: 40 kg × 10, 10, 10 (3 sets). Save it?" in texts(replies)


async def test_yesterday_typed_mid_workout_goes_there_and_today_is_asked_again(env):
    chat = await logging_started(env, 3505)  # Berlin, Monday 16 Nov: squats asked
    replies = await chat.say("lunges 10kg 12 12 yesterday")
    assert "Lunge</b> for yesterday, Sun 15 Nov: 10 kg × 12, 12 (2 sets)" in texts(replies)
    replies = await chat.tap("Save")
    assert "Lunge for yesterday, Sun 15 Nov: 10 kg × 12, 12 ✓" in texts(replies), texts(replies)
    assert "1/4 · Squat</b>" in texts(replies), texts(replies)  # back to today's
    replies = await chat.say("40kg 10 10 10")
    assert "Squat</b>: 40 kg × 10, 10, 10 (3 sets). Save it?" in texts(replies)
    replies = await chat.tap("Save")
    assert "Squat: 40 kg × 10, 10, 10 ✓" in texts(replies), texts(replies)  # today's: as before
    assert logged(env, 3505) == {
        date(2026, 11, 15): {"lunge": [(12, 10.0)] * 2},
        date(2026, 11, 16): {"squat": [(10, 40.0)] * 3},
    }


async def test_a_day_said_without_sets_asks_for_them_with_the_day(env):
    chat = await in_los_angeles(env, 3506)
    env.clock.set(WED_0030_LA)
    replies = await chat.say("yesterday I did hip thrusts")
    assert 'Try: "hip thrust 12 12 10 yesterday"' in texts(replies), texts(replies)
    replies = await chat.say("what did I do yesterday?")  # a question stays one
    assert "Save it?" not in texts(replies) and "Try:" not in texts(replies)


async def test_a_date_in_numbers_is_that_day_in_the_order_people_there_write_it(env):
    chat = await in_los_angeles(env, 3507)  # month first there
    env.clock.set(WED_0030_LA)
    replies = await chat.say("on 11/16 squats 3x10 at 40")
    assert "Squat</b> for Mon 16 Nov: 40 kg × 10, 10, 10 (3 sets)" in texts(replies)
    await chat.tap("Save")
    replies = await chat.say("hip thrusts 3x10 at 60 on 11/17")
    assert "Hip thrust</b> for yesterday, Tue 17 Nov: 60 kg × 10, 10, 10" in texts(replies)
    await chat.tap("Save")
    replies = await chat.say("on 17/11 lunges 10kg 12 12")  # 17 is no month: plain anyway
    assert "Lunge</b> for yesterday, Tue 17 Nov: 10 kg × 12, 12 (2 sets)" in texts(replies)
    await chat.tap("Save")
    replies = await chat.say("on 12/11 squats 3x10 at 40")  # 11 Dec there: not yet
    assert "hasn't come yet" in texts(replies), texts(replies)
    assert logged(env, 3507) == {
        date(2026, 11, 16): {"squat": [(10, 40.0)] * 3},
        date(2026, 11, 17): {"hip_thrust": [(10, 60.0)] * 3, "lunge": [(12, 10.0)] * 2},
    }


async def test_a_date_in_numbers_is_day_first_in_berlin_and_12_10_stays_two_sets(env):
    chat = await logging_started(env, 3508)  # Berlin, Monday 16 Nov: squats asked
    replies = await chat.say("14.11: hip thrust 3x8 60kg")
    assert "Hip thrust</b> for Sat 14 Nov: 60 kg × 8, 8, 8 (3 sets)" in texts(replies)
    await chat.tap("Save")
    replies = await chat.say("on 15/11 lunges 10kg 12 12")
    assert "Lunge</b> for yesterday, Sun 15 Nov: 10 kg × 12, 12 (2 sets)" in texts(replies)
    await chat.tap("Save")
    replies = await chat.say("squats 12/10 at 40")
    assert "Squat</b>: 40 kg × 12, 10 (2 sets). Save it?" in texts(replies), texts(replies)
    await chat.tap("Save")
    replies = await chat.say("on 31/02 lunges 10kg 12 12")  # no date: nothing saved for it
    assert "Save it?" not in texts(replies), texts(replies)
    assert logged(env, 3508) == {
        date(2026, 11, 14): {"hip_thrust": [(8, 60.0)] * 3},
        date(2026, 11, 15): {"lunge": [(12, 10.0)] * 2},
        date(2026, 11, 16): {"squat": [(12, 40.0), (10, 40.0)]},
    }


async def test_fix_under_yesterdays_entry_edits_it_then_today_is_asked_again(env):
    chat = await logging_started(env, 3509)  # Berlin, Monday 16 Nov: squats asked
    await chat.say("lunges 10kg 12 12 yesterday")
    replies = await chat.tap("Fix")
    assert "type Lunge again" in texts(replies), texts(replies)
    replies = await chat.say("10kg 12 10")
    assert "Lunge</b> for yesterday, Sun 15 Nov: 10 kg × 12, 10 (2 sets)" in texts(replies)
    replies = await chat.tap("Save")
    assert "Lunge for yesterday, Sun 15 Nov: 10 kg × 12, 10 ✓" in texts(replies), texts(replies)
    assert "Workout logged" not in texts(replies)  # not yesterday's, finished
    assert "1/4 · Squat</b>" in texts(replies), texts(replies)  # back to today's
    replies = await chat.say("40kg 10 10 10")
    assert "Squat</b>: 40 kg × 10, 10, 10 (3 sets). Save it?" in texts(replies)
    await chat.say("yes")
    assert logged(env, 3509) == {
        date(2026, 11, 15): {"lunge": [(12, 10.0), (10, 10.0)]},
        date(2026, 11, 16): {"squat": [(10, 40.0)] * 3},
    }


async def test_a_correction_to_yesterdays_entry_still_goes_back_to_today(env):
    chat = await logging_started(env, 3510)
    await chat.say("lunges 10kg 12 12 yesterday")
    replies = await chat.say("oops, it was 12kg")
    assert "Lunge</b> for yesterday, Sun 15 Nov: 12 kg × 12, 12" in texts(replies), texts(replies)
    await chat.tap("Fix")
    await chat.say("lunges 10kg banana")  # unreadable: asked again, the way back kept
    replies = await chat.say("12kg 12 10")
    assert "Lunge</b> for yesterday, Sun 15 Nov: 12 kg × 12, 10 (2 sets)" in texts(replies)
    replies = await chat.say("yes")
    assert "1/4 · Squat</b>" in texts(replies), texts(replies)
    assert logged(env, 3510) == {date(2026, 11, 15): {"lunge": [(12, 12.0), (10, 12.0)]}}


async def test_a_story_for_yesterday_mid_workout_goes_back_to_today_after_its_last_part(env):
    chat = await logging_started(env, 3511)
    await chat.say("yesterday I did hip thrusts 3x10 at 60, then lunges 10kg 12 12")
    replies = await chat.tap("Save")
    assert "Lunge</b> for yesterday, Sun 15 Nov: 10 kg × 12, 12 (2 sets)" in texts(replies)
    replies = await chat.tap("Save")
    # yesterday's two-exercise day is done, and says so (it was replaced, unsaid), then the
    # exercise owed today comes last
    assert "Workout logged for yesterday, Sun 15 Nov: 2 of 2" in texts(replies), texts(replies)
    assert "1/4 · Squat</b>" in replies[-1].text, texts(replies)
