"""Training days changed from a date ("from the 14th i can only do tue and fri"), from a
Monday typed on that Monday, said with no verb, and the waiting change called off; a home
gym said in a few words. Each test says what the person typed, what they got, and why it
was wrong for them."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.e2e.flows import load_user, onboard
from tests.e2e.harness import bot_env, texts
from tests.e2e.test_days_from_next_week import next_push_after
from tests.e2e.test_next_week import FAST

THURSDAY = datetime(2026, 12, 3, 12, 0, tzinfo=UTC)  # Monday 14 December is 11 days on
MONDAY = datetime(2026, 10, 19, 12, 0, tzinfo=UTC)
TUESDAY = datetime(2026, 10, 20, 12, 0, tzinfo=UTC)


async def test_days_from_a_date_start_that_day(tmp_path):
    """She trains Mondays and Thursdays. On Thursday 3 December she typed "from the 14th i
    can only do tue and fri": the date was not read, and her days stayed as they were or
    changed at once. Now the days before Monday 14 December stay as planned (Monday the 7th
    and Thursday the 10th come), the reply says from when, and from the 14th the pushes
    come on Tuesday and Friday."""
    async with bot_env(tmp_path, now=THURSDAY, extra_env=FAST) as env:
        chat = env.chat(9201)
        await onboard(chat)
        said = texts(await chat.say("from the 14th i can only do tue and fri"))
        assert "Training days from Monday 14 December: <b>Tue, Fri</b>" in said, said
        assert "Until then they stay as planned on <b>Mon, Thu</b>" in said, said
        assert "next workout arrives Thursday 3 December at 18:30" in said, said
        shown = texts(await chat.say("/week"))
        assert "<b>Thursday" in shown and "<b>Friday" not in shown, shown
        ahead = texts(await chat.say("next week?"))
        assert "<b>Monday</b>" in ahead and "<b>Tuesday</b>" not in ahead, ahead

        monday = await next_push_after(env, chat, datetime(2026, 12, 7, 17, 31, tzinfo=UTC))
        assert "session" in monday, monday
        await next_push_after(env, chat, datetime(2026, 12, 10, 17, 31, tzinfo=UTC))
        user = await load_user(env, 9201)
        assert user is not None and user.next_push_at is not None
        assert user.next_push_at.astimezone(UTC) == datetime(2026, 12, 15, 17, 30, tzinfo=UTC)
        await next_push_after(env, chat, datetime(2026, 12, 15, 17, 31, tzinfo=UTC))
        week = texts(await chat.say("/week"))
        assert "<b>Tuesday (today)</b>" in week and "<b>Friday</b>" in week, week
        assert "<b>Monday</b>" not in week and "<b>Thursday</b>" not in week, week


async def test_other_dates_said(tmp_path):
    """ "starting dec 14 my days are tue and fri", "from 14/12 i train wed and sat", "as of
    december 14th, tue and fri" and "starting monday 14 december ..." were not read as a date
    (the last as the coming Monday's).
    Each now starts the new days on Monday 14 December, said so, and keeps the days before."""
    wordings = (
        ("starting dec 14 my days are tue and fri", "Tue, Fri"),
        ("from 14/12 i train wed and sat", "Wed, Sat"),
        ("as of december 14th, tue and fri", "Tue, Fri"),
        ("from the 14th of december i can do wed and sat", "Wed, Sat"),
        ("starting monday 14 december i will train tue and fri", "Tue, Fri"),
        ("from dec 14th on: tue and fri", "Tue, Fri"),
    )
    async with bot_env(tmp_path, now=THURSDAY) as env:
        for n, (typed, days) in enumerate(wordings):
            chat = env.chat(9210 + n)
            await onboard(chat)
            said = texts(await chat.say(typed))
            assert f"Training days from Monday 14 December: <b>{days}</b>" in said, (typed, said)
            shown = texts(await chat.say("/week"))
            assert "<b>Thursday" in shown, (typed, shown)


async def test_a_date_within_a_week_splits_that_week(tmp_path):
    """On Thursday 3 December she typed "from wed the 9th my days are wed and sat" (the
    weekday before the date was not read). Now the week of the 9th is Monday (as planned),
    then Wednesday and Saturday: /week and "next week?" show it so, and the push after
    Monday's comes on Wednesday, none on Thursday."""
    async with bot_env(tmp_path, now=THURSDAY, extra_env=FAST) as env:
        chat = env.chat(9215)
        await onboard(chat)
        said = texts(await chat.say("from wed the 9th my days are wed and sat"))
        assert "Training days from Wednesday 9 December: <b>Wed, Sat</b>" in said, said
        for shown in (texts(await chat.say("next week?")), None):
            if shown is None:
                await next_push_after(env, chat, datetime(2026, 12, 7, 17, 31, tzinfo=UTC))
                shown = texts(await chat.say("/week"))
            assert "<b>Monday" in shown and "<b>Wednesday</b>" in shown, shown
            assert "<b>Saturday</b>" in shown and "<b>Thursday" not in shown, shown
        user = await load_user(env, 9215)
        assert user is not None and user.next_push_at is not None
        assert user.next_push_at.astimezone(UTC) == datetime(2026, 12, 9, 17, 30, tzinfo=UTC)


async def test_a_date_today_or_past_changes_the_days_now(tmp_path):
    """ "from the 3rd i train tue and fri" typed on the 3rd, and "from dec 1 my days are
    tue and fri" typed after it, mean now: the days change at once, as "change my training
    days to tue and fri" does."""
    async with bot_env(tmp_path, now=THURSDAY) as env:
        for n, typed in enumerate(
            ("from the 3rd i train tue and fri", "from dec 1 my days are tue and fri")
        ):
            chat = env.chat(9220 + n)
            await onboard(chat)
            said = texts(await chat.say(typed))
            assert "Training days: <b>Tue, Fri</b> ✓" in said, (typed, said)
            assert "Training days from" not in said, (typed, said)
            shown = texts(await chat.say("/week"))
            assert "<b>Friday" in shown and "<b>Thursday" not in shown, (typed, shown)


async def test_from_monday_typed_on_a_monday_means_today(tmp_path):
    """On Monday 19 October (before her 18:30 push) she typed "from monday on i train tue and
    fri" and got "Training days from Monday 26 October": today, the Monday she named, was
    read as next week's. Typed on the Monday itself it is today: the days change now, and
    today's Monday push does not come. "from next monday" still means next week's."""
    async with bot_env(tmp_path, now=MONDAY) as env:
        chat = env.chat(9230)
        await onboard(chat)
        said = texts(await chat.say("from monday on i train tue and fri"))
        assert "Training days: <b>Tue, Fri</b> ✓" in said, said
        assert "26 October" not in said, said
        later = env.chat(9231)
        await onboard(later)
        said = texts(await later.say("from next monday i train tue and fri"))
        assert "Training days from Monday 26 October: <b>Tue, Fri</b>" in said, said
    sunday = datetime(2026, 10, 25, 12, 0, tzinfo=UTC)
    async with bot_env(tmp_path / "sun", now=sunday) as env:
        chat = env.chat(9232)
        await onboard(chat)
        said = texts(await chat.say("from monday on i train tue and fri"))
        assert "Training days from Monday 26 October: <b>Tue, Fri</b>" in said, said


async def test_from_next_week_with_no_verb(tmp_path):
    """ "next week onwards, tuesdays and fridays please" and "from next week: tue, fri" got
    "I don't know that one yet" or a question's answer: no verb and no "days" beside the
    days, the reader skipped them. They now keep this week and change the days from Monday,
    as "from next week i can only do tue and fri" does."""
    async with bot_env(tmp_path, now=MONDAY) as env:
        for n, typed in enumerate(
            (
                "next week onwards, tuesdays and fridays please",
                "from next week: tue, fri",
                "starting next week tuesday and friday",
            )
        ):
            chat = env.chat(9240 + n)
            env.clock.set(MONDAY)
            await onboard(chat)
            env.clock.set(TUESDAY)
            said = texts(await chat.say(typed))
            assert "Training days from Monday 26 October: <b>Tue, Fri</b>" in said, (typed, said)


async def test_back_to_usual_days_calls_off_the_waiting_change(tmp_path):
    """After "from next week i can only do tue and fri" on Tuesday, she typed "back to
    normal days": the waiting Tuesday and Friday were put in at once, this Thursday gone,
    the opposite of what she asked. She means to keep her days: the waiting change is
    called off, Mondays and Thursdays stay this week and the next, said so; likewise "back
    to my usual days" and "cancel that change"."""
    async with bot_env(tmp_path, now=MONDAY) as env:
        for n, typed in enumerate(
            ("back to normal days", "back to my usual days", "cancel that change")
        ):
            chat = env.chat(9250 + n)
            env.clock.set(MONDAY)
            await onboard(chat)
            env.clock.set(TUESDAY)
            await chat.say("from next week i can only do tue and fri")
            said = texts(await chat.say(typed))
            assert "won't change on Monday 26 October" in said, (typed, said)
            assert "your training days stay <b>Mon, Thu</b>" in said, (typed, said)
            shown = texts(await chat.say("/week"))
            assert "<b>Thursday" in shown and "<b>Friday" not in shown, (typed, shown)
            ahead = texts(await chat.say("next week?"))
            assert "<b>Monday</b>" in ahead and "<b>Tuesday</b>" not in ahead, (typed, ahead)
            again = texts(await chat.say(typed))
            assert "won't change on" not in again, (typed, again)


async def test_a_home_gym_said_in_a_few_words(env):
    """At a home gym with a barbell and bands, "home gym with a barbell now, no bands" got
    "Where do you train?" again, while "I have a home gym with a barbell now, no bands" was
    read. The short form is read the same: the bands leave, the barbell stays."""
    for n, typed in enumerate(
        ("home gym with a barbell now, no bands", "home gym with barbell, no bands now")
    ):
        chat = env.chat(9260 + n)
        await onboard(chat, place="Home: bands or a ball")
        await chat.say("now i have a home gym with a barbell")
        said = texts(await chat.say(typed))
        assert "Where you train: <b>Home gym with a barbell</b> ✓" in said, (typed, said)
        assert "Where do you train?" not in said, (typed, said)


async def test_the_days_said_from_a_date_are_the_days_already(tmp_path):
    """On Mondays and Thursdays, "from the 14th i can only do mon and thu" would have been
    told "this week and from next week", when she named a date: now only that nothing
    changes."""
    async with bot_env(tmp_path, now=THURSDAY) as env:
        chat = env.chat(9270)
        await onboard(chat)
        said = texts(await chat.say("from the 14th i can only do mon and thu"))
        assert "<b>Mon, Thu</b> are already your training days: nothing changes." in said, said
