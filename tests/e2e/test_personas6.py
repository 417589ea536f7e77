"""Three people who only type (a 52-year-old toning at home with dumbbells, a figure
competitor counting down to her show, a man growing his glutes in pounds) lived with the bot
for weeks (a scratch driver, not a test); what they met that was wrong is kept here."""

from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select

from bot.store.models import SetLog, WorkoutSession
from tests.e2e.flows import at_step, load_user, onboard
from tests.e2e.harness import texts


async def test_days_and_time_in_one_message_keep_both(env):
    """ "mon wed fri mornings around 7" at the days question got "I need your training days"
    again and again: she never got set up. "tue thu sat 7:30pm" kept the time and dropped the
    days. Now both are kept and said back, and the zone is asked next."""
    said = {
        "mon wed fri mornings around 7": ("0,2,4", "07:00"),
        "tue thu sat 7:30pm": ("1,3,5", "19:30"),
        "mon and thurs evenings at 6": ("0,3", "18:00"),
    }
    for n, (text, (days, at)) in enumerate(said.items()):
        chat = env.chat(9601 + n)
        await at_step(chat, "days")
        replies = await chat.say(text)
        user = await load_user(env, 9601 + n)
        assert (user.days, user.push_time) == (days, at), (text, replies[-1].text)
        assert "6/7" in replies[-1].text, replies[-1].text  # the zone question


async def test_a_show_day_said_at_setup_is_kept_and_counted_down(env):
    """ "figure competitor, show is march 14" set the goal and said nothing of the show;
    "show is march 14" again at the experience question got "I need how long you've
    lifted", and after the setup "how many weeks out am i" got "I don't know that one yet".
    Now the day is kept (users.show_on), said back, and counted down to."""
    chat = env.chat(9611)  # Monday 16 November 2026
    await chat.say("/start")
    replies = await chat.say("figure competitor, show is march 14")
    said = texts(replies)
    assert "ask me.\nShow day noted: <b>Sunday 14 March</b>, 16 weeks and 6 days out" in said, said
    assert "2/7" in replies[-1].text, replies[-1].text
    user = await load_user(env, 9611)
    assert (user.goal, user.show_on) == ("compete", date(2027, 3, 14))
    replies = await chat.say("show is march 14")  # again, at the experience question
    assert "Show day noted" in replies[0].text, replies[0].text
    assert "2/7" in replies[-1].text, replies[-1].text
    for label in ("2+ years", "A gym", "Use suggested", "Done", "18:30", "Europe/Berlin", "kg"):
        await chat.tap(label)
    reply = (await chat.say("how many weeks out am i"))[-1].text
    assert "Your show is on <b>Sunday 14 March</b>: 16 weeks and 6 days out" in reply, reply
    env.clock.set(datetime(2026, 11, 22, 9, 0, tzinfo=UTC))  # Sunday: a week less
    reply = (await chat.say("how long until my show?"))[-1].text
    assert "16 weeks out" in reply, reply
    reply = (await chat.say("my show moved, it's now on april 4"))[-1].text
    assert "Show day noted: <b>Sunday 4 April</b>" in reply, reply
    assert (await load_user(env, 9611)).show_on == date(2027, 4, 4)


async def test_weeks_out_without_a_show_day_asks_for_it(env):
    chat = env.chat(9612)
    await onboard(chat, goal="Compete: figure")
    reply = (await chat.say("how many weeks out am i"))[-1].text
    assert reply.startswith("I don't have your show's date yet"), reply


async def test_did_it_all_after_the_push_logs_the_workout(env):
    """ "did it all 👍" after Monday's workout got the workout shown again, and "did it all 👍
    bit tired today" or "only managed 2 rounds today" got "I don't know that one yet": six
    weeks of home workouts, none saved, every push "still week 1". Now the day's workout is
    saved as planned (or as that many rounds), said so, and finished."""
    chat = env.chat(9621)
    await onboard(chat, place="Home: bands or a ball")  # Monday: a training day
    said = texts(await chat.say("did it all 👍 bit tired today"))
    assert "Saved as planned:" in said and "Workout logged" in said, said
    assert await sessions(env, 9621) == [("2026-11-16", "done")]
    other = env.chat(9623)
    await onboard(other, place="Home: bands or a ball")
    said = texts(await other.say("finished my workout"))  # it showed the workout to tap
    assert "Saved as planned:" in said and "Workout logged" in said, said
    again = texts(await chat.say("did it all 👍"))  # logged already: nothing saved twice
    assert "Saved as planned" not in again, again
    env.clock.set(datetime(2026, 11, 19, 19, 0, tzinfo=UTC))  # Thursday
    said = texts(await chat.say("only managed 2 rounds today"))
    assert "Saved as planned:" in said and "Workout logged" in said, said
    assert all(n <= 2 for n in await sets_per_move(env, 9621, "2026-11-19")), said


async def test_same_as_last_time_logs_last_times_sets(env):
    """ "same as last time" for a whole workout got "I don't know that one yet" week after
    week. Now each move is saved as it was last done."""
    chat = env.chat(9622)
    await onboard(chat, goal="Grow glutes, not legs", experience="2+ years")
    await chat.say("hip thrust 135 10 10 8")
    await chat.say("ok")
    await chat.say("that's all for today")
    env.clock.set(datetime(2026, 11, 23, 19, 0, tzinfo=UTC))  # next Monday: session B
    env.clock.set(datetime(2026, 11, 30, 19, 0, tzinfo=UTC))  # and the Monday after
    replies = await chat.say("same as last time")
    said = texts(replies)
    assert "Saved as last time" in said and "• Hip thrust: 135 kg × 10, 10, 8\n" in said, said
    assert replies[-1].text.startswith("What load did you use for Squat?"), said  # none known
    assert "Saved as last time" in said and "• Back extension" in said, said  # saved first
    said = texts(await chat.say("100"))
    assert "Save it?" in said, said
    said = texts(await chat.say("yes"))
    assert "Workout logged: 4 of 4" in said, said  # the rest saved before the load was asked


async def sessions(env, user_id):  # type: ignore[no-untyped-def]
    def rows(s):  # type: ignore[no-untyped-def]
        stmt = select(WorkoutSession.day, WorkoutSession.status).where(
            WorkoutSession.user_id == user_id
        )
        return [(d.isoformat(), str(status)) for d, status in s.execute(stmt)]

    return await env.svc.db.run(rows)


async def sets_per_move(env, user_id, day):  # type: ignore[no-untyped-def]
    def rows(s):  # type: ignore[no-untyped-def]
        stmt = select(SetLog.exercise_id).where(SetLog.user_id == user_id)
        picked = [e for (e,) in s.execute(stmt.where(SetLog.day == date.fromisoformat(day)))]
        return [picked.count(e) for e in set(picked)]

    return await env.svc.db.run(rows)


async def test_back_home_without_a_city_goes_back_to_the_zone_before_the_trip(env):
    """ "in denver for a few days for work" moved her zone to Denver; "back home now" got
    "Welcome back! Your workouts are still on", and every workout after came on Denver's
    clock, an hour late in Chicago. Now the zone before the trip comes back, said so; with
    no trip said, the reply says which zone they come in and how to change it."""
    chat = env.chat(9631)
    await at_step(chat, "days")
    await chat.say("mon tue thu sat")
    await chat.say("6pm")
    await chat.say("chicago")
    await chat.tap("kg")
    said = texts(await chat.say("in denver for a few days for work"))
    assert "America/Denver" in said, said
    said = texts(await chat.say("back home now"))
    assert "Time zone: <b>America/Chicago</b> ✓" in said, said
    assert (await load_user(env, 9631)).tz == "America/Chicago"
    said = texts(await chat.say("back home now"))  # no trip since: the zone said
    assert "Your workouts still come at 18:00 on <b>America/Chicago</b> time" in said, said
    assert (await load_user(env, 9631)).tz == "America/Chicago"


async def test_progress_right_after_am_i_getting_stronger_points_to_the_chart(env):
    """ "am I getting stronger" drew his chart; /progress sent right after got "One chart at
    a time: try /progress again in 30 s", as if he had asked for nothing. With nothing logged
    since, the chart above is said to be current; after a new log the wait stays."""
    chat = env.chat(9641)
    await onboard(chat, goal="Grow glutes, not legs", experience="2+ years")
    await chat.say("hip thrust 60kg 10 10 8")
    await chat.say("ok")
    drawn = await chat.say("am I getting stronger")
    assert any(m.photo_path for m in drawn), texts(drawn)
    reply = (await chat.say("/progress"))[-1].text
    assert reply.startswith("Your chart is the one just above"), reply
    env.clock.set(env.clock.now() + timedelta(seconds=5))
    await chat.say("squat 40kg 10 10 10")
    await chat.say("ok")
    reply = (await chat.say("/progress"))[-1].text
    assert reply.startswith("One chart at a time"), reply


async def test_back_after_ten_days_away_is_welcomed_not_offered_a_pause(env):
    """ "im back! was away for 10 days, sorry" got "Away until Tuesday 16 February? Tap
    Pause...": her ten days behind her read as ten days ahead."""
    chat = env.chat(9651)
    await onboard(chat)
    for said in ("im back! was away for 10 days, sorry", "back now, was away 10 days"):
        reply = (await chat.say(said))[-1]
        assert reply.text.startswith("Welcome back!"), (said, reply.text)
        assert "Pause" not in reply.text and not reply.buttons, (said, reply.text)


async def test_whats_tomorrow_is_tomorrows_workout(env):
    """ "what's tomorrow?" on Monday evening got Monday's workout again ("Today's workout",
    done that morning); Tuesday is a rest day. Now tomorrow is said to be a rest day and the
    next workout (Thursday's) shown; on Wednesday evening, Thursday's."""
    chat = env.chat(9661)
    await onboard(chat)  # Mon + Thu at 18:30, Europe/Berlin; Monday 16 November
    env.clock.set(datetime(2026, 11, 16, 20, 0, tzinfo=UTC))  # Monday 21:00
    reply = (await chat.say("what's tomorrow?"))[-1]
    assert reply.text.startswith("Tomorrow is a rest day in your plan."), reply.text
    assert "<b>Next workout: Thursday</b>" in reply.text and not reply.buttons, reply.text
    env.clock.set(datetime(2026, 11, 18, 20, 0, tzinfo=UTC))  # Wednesday 21:00
    reply = (await chat.say("whats tomorrow"))[-1].text
    assert reply.startswith("<b>Next workout: Thursday</b>"), reply


async def test_move_thursday_to_friday_typed(env):
    """ "move thursday to friday this week" on Wednesday got how to tap Move to tomorrow;
    typed on Thursday, likewise. Now on the day it moves the workout as the button does,
    and said before, the reply says how to do it on the day in words."""
    chat = env.chat(9671)
    await onboard(chat)  # Mon + Thu at 18:30, Europe/Berlin
    env.clock.set(datetime(2026, 11, 18, 12, 0, tzinfo=UTC))  # Wednesday
    reply = (await chat.say("move thursday to friday this week"))[-1].text
    assert reply.startswith('OK: on Thursday, when its workout comes, just say "move to'), reply
    env.clock.set(datetime(2026, 11, 19, 18, 0, tzinfo=UTC))  # Thursday 19:00, pushed
    reply = (await chat.say("move thursday to friday this week"))[-1].text
    assert reply.startswith("Moved: I'll send this workout again Friday"), reply
    other = env.chat(9672)  # the button's words, typed
    await onboard(other)
    assert "Moved: I'll send this workout again Friday" in texts(
        await other.say("move today's workout to tomorrow")
    )


async def test_ht_is_the_hip_thrust(env):
    """ "ht 3x10 @ 100kg", a competitor's shorthand for every hip thrust she logged, got "I
    can't log "ht": it isn't one of the exercises I know", and nothing was saved."""
    chat = env.chat(9681)
    await onboard(chat, goal="Compete: figure", experience="2+ years")
    reply = (await chat.say("ht 3x10 @ 100kg"))[-1].plain_text
    assert reply.startswith("Hip thrust: 100 kg × 10, 10, 10"), reply


async def test_asking_tomorrow_before_training_today_leaves_today_a_training_day(env):
    """ "what's tomorrow?" on Monday afternoon, before the first workout, planned Tuesday
    itself: the program's start moved to Thursday, and /today then called Monday, a training
    day, a rest day. "whats tomorrows workout" got today's workout."""
    chat = env.chat(9662)
    await onboard(chat)  # Mon + Thu at 18:30, Europe/Berlin; Monday 16 November
    env.clock.set(datetime(2026, 11, 16, 15, 0, tzinfo=UTC))  # Monday 16:00, before the push
    reply = (await chat.say("whats tomorrows workout"))[-1].text
    assert reply.startswith("Tomorrow is a rest day in your plan."), reply
    assert "<b>Next workout: Thursday</b>" in reply and "session B" in reply, reply
    today = (await chat.say("/today"))[-1].text
    assert "Today's workout" in today and "session A, week 1" in today, today
    assert "rest day" not in today, today
