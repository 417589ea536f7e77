"""People whose clocks are awkward (a late-night trainer in New York across the end of
daylight saving time, an early riser in Berlin moving her time into the spring-forward gap,
a traveller from Auckland to Los Angeles), driven for weeks by a scratch driver; what they
met that was wrong is kept here."""

from datetime import UTC, datetime

from sqlalchemy import select

from bot.store.models import WorkoutSession
from tests.e2e.flows import at_step, onboard, pushes
from tests.e2e.harness import Chat, Env, bot_env, texts

FAST = {"PUSH_TICK_SECONDS": "0.05"}
# Sunday 1 November 2026, the day New York falls back to EST (UTC-5), at noon.
FALL_BACK_NOON = datetime(2026, 11, 1, 17, 0, tzinfo=UTC)


async def late_night_new_yorker(chat: Chat) -> None:
    """Sun, Tue, Thu at 23:30 in New York."""
    await at_step(chat, "days")
    await chat.say("sun tue thu")
    await chat.say("23:30")
    await chat.say("New York")
    await chat.tap("kg")


async def sessions(env: Env, user_id: int) -> list[tuple[str, str]]:
    def rows(s):  # type: ignore[no-untyped-def]
        stmt = select(WorkoutSession.day, WorkoutSession.session_label).where(
            WorkoutSession.user_id == user_id
        )
        return [(d.isoformat(), label) for d, label in s.execute(stmt)]

    return await env.svc.db.run(rows)


async def test_after_midnight_today_is_still_last_nights_workout(tmp_path):
    """Pushed Sunday at 23:30, /today at 00:40 said "Today is a rest day in your plan" and
    offered to log Tuesday's workout on Monday: the Sunday she was training was lost, and
    /week had already turned to the new week. Now, within the evening of a late push whose
    workout is neither logged nor skipped, /today is last night's workout, its Start logging
    logs into Sunday, and /week is Sunday's week; past it, Monday is a rest day again."""
    async with bot_env(tmp_path, now=FALL_BACK_NOON, extra_env=FAST) as env:
        chat = env.chat(9501)
        await late_night_new_yorker(chat)
        env.clock.set(datetime(2026, 11, 2, 4, 30, tzinfo=UTC))  # Sunday 23:30 EST
        [push] = await env.standin.until(lambda: pushes(env.standin, 9501) or None, timeout=10)
        assert "session A, week 1" in push.text, push.text
        env.clock.set(datetime(2026, 11, 2, 5, 40, tzinfo=UTC))  # Monday 00:40 EST
        shown = (await chat.say("/today"))[-1]
        assert "Last night's workout (Sunday)" in shown.text, shown.text
        assert "session A, week 1" in shown.text and "rest day" not in shown.text, shown.text
        week = (await chat.say("/week"))[-1].text
        assert "from Monday 26 Oct" in week and "Sunday (today)" not in week, week
        replies = await chat.tap("Start logging")
        assert "1/" in texts(replies), texts(replies)
        await chat.tap("Done as planned")
        assert await sessions(env, 9501) == [("2026-11-01", "A")]
        env.clock.set(datetime(2026, 11, 2, 12, 0, tzinfo=UTC))  # Monday 07:00: over
        assert "rest day" in (await chat.say("/today"))[-1].text


async def test_last_nights_workout_logged_or_skipped_is_not_offered_again(tmp_path):
    async with bot_env(tmp_path, now=FALL_BACK_NOON, extra_env=FAST) as env:
        chat = env.chat(9502)
        await late_night_new_yorker(chat)
        env.clock.set(datetime(2026, 11, 2, 4, 30, tzinfo=UTC))
        [push] = await env.standin.until(lambda: pushes(env.standin, 9502) or None, timeout=10)
        await chat.press(push.message_id, push.buttons[1][0][1])  # skip today
        env.clock.set(datetime(2026, 11, 2, 5, 40, tzinfo=UTC))
        shown = (await chat.say("/today"))[-1].text
        assert "Last night's" not in shown and "rest day" in shown, shown


async def test_sets_typed_after_midnight_go_into_last_nights_workout(tmp_path):
    """Typed at 00:40 after a 23:30 push, "squat 40kg 12 12 12" was saved as Monday's single
    exercise, and Sunday's workout stayed unlogged: it goes into Sunday's now."""
    async with bot_env(tmp_path, now=FALL_BACK_NOON, extra_env=FAST) as env:
        chat = env.chat(9503)
        await late_night_new_yorker(chat)
        env.clock.set(datetime(2026, 11, 2, 4, 30, tzinfo=UTC))  # Sunday 23:30 EST
        await env.standin.until(lambda: pushes(env.standin, 9503) or None, timeout=10)
        env.clock.set(datetime(2026, 11, 2, 5, 40, tzinfo=UTC))  # Monday 00:40 EST
        await chat.say("squat 40kg 12 12 12")
        await chat.tap("Save")
        assert await sessions(env, 9503) == [("2026-11-01", "A")]


# Sunday 15 November 2026, 10:00 in Los Angeles.
LA_SUNDAY = datetime(2026, 11, 15, 18, 0, tzinfo=UTC)


async def test_flying_home_after_the_push_time_keeps_todays_workout_on(tmp_path):
    """Back in Auckland on Monday at 08:00, push time 07:00: the reply said "Your next
    workout arrives Wednesday at 07:00", and Monday's workout, neither pushed nor logged,
    was quietly dropped. Now the reply says it is still on, and it is not pushed too."""
    async with bot_env(tmp_path, now=LA_SUNDAY, extra_env=FAST) as env:
        chat = env.chat(9504)
        await at_step(chat, "days")
        await chat.say("mon wed fri")
        await chat.say("07:00")
        await chat.say("Los Angeles")
        await chat.tap("kg")
        env.clock.set(datetime(2026, 11, 15, 19, 0, tzinfo=UTC))  # Monday 08:00 in Auckland
        said = texts(await chat.say("back in Auckland now"))
        assert "Time zone: <b>Pacific/Auckland</b> ✓" in said, said
        assert "Today's workout is still on: /today shows it." in said, said
        assert "Your next workout arrives Wednesday at 07:00" in said, said
        assert not pushes(env.standin, 9504)  # not pushed on top of it
        today = (await chat.say("/today"))[-1].text
        assert "Today's workout</b>" in today, today


async def test_a_push_time_moved_before_now_keeps_todays_workout_on(tmp_path):
    """Monday 17:30 in Berlin, the 18:30 push not yet come, moved to 07:00: Monday's workout
    is still on, said so."""
    monday = datetime(2026, 11, 16, 16, 0, tzinfo=UTC)  # Monday 17:00 in Berlin
    async with bot_env(tmp_path, now=monday, extra_env=FAST) as env:
        chat = env.chat(9505)
        await onboard(chat)  # Mon + Thu at 18:30, Europe/Berlin
        env.clock.set(datetime(2026, 11, 16, 16, 30, tzinfo=UTC))
        said = texts(await chat.say("7am"))
        assert "Today's workout is still on" in said, said
        assert "Your next workout arrives Thursday at 07:00" in said, said


async def test_today_made_a_training_day_after_its_push_time_is_said_on(tmp_path):
    """Tuesday 21:00 in Berlin, days changed from Mon + Thu to Tue + Thu: today is a training
    day whose 18:30 push is behind; the reply said only "Thursday at 18:30"."""
    tuesday = datetime(2026, 11, 17, 20, 0, tzinfo=UTC)  # Tuesday 21:00 in Berlin
    async with bot_env(tmp_path, now=tuesday, extra_env=FAST) as env:
        chat = env.chat(9509)
        await onboard(chat)  # Mon + Thu at 18:30, Europe/Berlin
        said = texts(await chat.say("tue thu"))
        assert "Today's workout is still on" in said, said


async def test_todays_workout_pushed_in_the_old_zone_is_not_said_again(tmp_path):
    """Pushed at 18:30 in Berlin, then in New York (where 18:30 has passed too) the same
    day: nothing more about today, and no second push."""
    monday = datetime(2026, 11, 16, 16, 0, tzinfo=UTC)  # Monday 17:00 in Berlin
    async with bot_env(tmp_path, now=monday, extra_env=FAST) as env:
        chat = env.chat(9506)
        await onboard(chat)  # Mon + Thu at 18:30, Europe/Berlin
        env.clock.set(datetime(2026, 11, 16, 17, 31, tzinfo=UTC))  # 18:31 in Berlin
        await env.standin.until(lambda: pushes(env.standin, 9506) or None, timeout=10)
        env.clock.set(datetime(2026, 11, 16, 23, 40, tzinfo=UTC))  # 18:40 in New York
        said = texts(await chat.say("I'm in New York this week"))
        assert "America/New_York" in said and "still on" not in said, said
        assert "Your next workout arrives Thursday at 18:30" in said, said
        assert len(pushes(env.standin, 9506)) == 1


async def test_a_push_time_in_the_spring_forward_gap_is_said(tmp_path):
    """02:30 chosen in Berlin the week its clocks go forward (Sunday 29 March 2026) got no
    word, and Sunday's workout came at 03:00: the reply says so now."""
    tuesday = datetime(2026, 3, 24, 10, 0, tzinfo=UTC)
    async with bot_env(tmp_path, now=tuesday, extra_env=FAST) as env:
        chat = env.chat(9507)
        await at_step(chat, "days")
        await chat.say("thu sun")
        await chat.say("18:30")
        await chat.say("Berlin")
        summary = (await chat.tap("kg"))[-1].text
        assert "clocks jump past" not in summary, summary
        said = (await chat.say("2:30am"))[-1].text
        line = "On Sunday 29 March the clocks jump past 02:30, so that day it comes at 03:00."
        assert line in said, said
        said = (await chat.say("3:30am"))[-1].text
        assert "clocks jump past" not in said, said


async def test_todays_workout_skipped_is_not_said_to_be_still_on(tmp_path):
    monday = datetime(2026, 11, 16, 16, 0, tzinfo=UTC)  # Monday 17:00 in Berlin
    async with bot_env(tmp_path, now=monday, extra_env=FAST) as env:
        chat = env.chat(9508)
        await onboard(chat)  # Mon + Thu at 18:30, Europe/Berlin
        today = (await chat.say("/today"))[-1]
        await chat.press(today.message_id, today.buttons[1][0][1])  # skip today
        said = texts(await chat.say("7am"))
        assert "07:00" in said and "still on" not in said, said
