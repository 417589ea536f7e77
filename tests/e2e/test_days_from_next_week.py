"""Training days changed "from next week", the same days said again, and /week's first
week. Each test says what the person typed, what they got, and why it was wrong for them."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.e2e.flows import load_user, onboard, pushes
from tests.e2e.harness import Chat, Env, bot_env, texts
from tests.e2e.test_next_week import FAST, MONDAY, trained_monday

TUESDAY = datetime(2026, 10, 20, 12, 0, tzinfo=UTC)  # after Monday's push, before Thursday's


async def next_push_after(env: Env, chat: Chat, when: datetime) -> str:
    """The clock moved to `when` and the push it brings, waited for."""
    sent = pushes(env.standin, chat.chat_id)
    last = sent[-1] if sent else None
    env.clock.set(when)
    push = await env.standin.until(
        lambda: next(iter(pushes(env.standin, chat.chat_id, after=last)), None)
    )
    return push.text or ""


async def test_days_from_next_week_keep_this_week_as_planned(tmp_path):
    """She trains Mondays and Thursdays. On Tuesday, after Monday's workout, she typed "from
    next week i can only do tue and fri": her days changed at once, /week dropped this
    Thursday for Friday and the next push came on Friday. She meant next week: this week
    stays Monday and Thursday, Thursday's push comes, and from Monday 26 October the pushes
    come on Tuesday and Friday, none on Monday. The reply says from when."""
    async with bot_env(tmp_path, now=MONDAY, extra_env=FAST) as env:
        chat = env.chat(9101)
        await trained_monday(env, chat)
        env.clock.set(TUESDAY)
        said = texts(await chat.say("from next week i can only do tue and fri"))
        assert "Training days from Monday 26 October: <b>Tue, Fri</b>" in said, said
        assert "This week stays as planned on <b>Mon, Thu</b>" in said, said
        assert "next workout arrives Thursday 22 October at 18:30" in said, said
        assert "I don't know that one" not in said, said
        week = (await chat.say("/week"))[-1]
        shown = week.text or ""
        assert "<b>Thursday</b> · session B" in shown, shown
        assert "<b>Friday</b>" not in shown and "<b>Tuesday" not in shown, shown
        data = [d for row in week.buttons for _, d in row]
        ahead = texts(await chat.press(week.message_id, data[0]))
        assert ahead.startswith("<b>Next week</b> (from Monday 26 Oct)"), ahead
        assert "<b>Tuesday</b> · session A" in ahead and "<b>Friday</b> · session B" in ahead
        assert "<b>Monday</b>" not in ahead and "<b>Thursday</b>" not in ahead, ahead

        thursday = await next_push_after(env, chat, datetime(2026, 10, 22, 16, 31, tzinfo=UTC))
        assert "session B" in thursday, thursday
        # no push on Monday 26 October: the next is Tuesday's, at 18:30 in winter time
        user = await load_user(env, 9101)
        assert user is not None and user.next_push_at is not None
        assert user.next_push_at.astimezone(UTC) == datetime(2026, 10, 27, 17, 30, tzinfo=UTC)
        tuesday = await next_push_after(env, chat, datetime(2026, 10, 27, 17, 31, tzinfo=UTC))
        assert "session A" in tuesday, tuesday
        week_after = texts(await chat.say("/week"))
        assert week_after.startswith("<b>Your week</b> (from Monday 26 Oct)"), week_after
        assert "<b>Tuesday (today)</b> · session A" in week_after, week_after
        assert "<b>Monday</b>" not in week_after and "<b>Friday</b> · session B" in week_after


async def test_other_wordings_of_from_next_week(tmp_path):
    """ "starting next week i can do tue and fri", "from monday on i train tue and fri",
    "next week onwards i can do tue and fri" and "as of next week my days are tue and fri",
    typed on Tuesday, moved this week's Thursday too. Each now keeps this week and starts
    the new days on Monday, said so."""
    wordings = (
        "starting next week i can do tue and fri",
        "from monday on i train tue and fri",
        "next week onwards i can do tue and fri",
        "as of next week my days are tue and fri",
    )
    async with bot_env(tmp_path, now=MONDAY) as env:
        for n, typed in enumerate(wordings):
            chat = env.chat(9110 + n)
            env.clock.set(MONDAY)
            await onboard(chat)
            env.clock.set(TUESDAY)
            said = texts(await chat.say(typed))
            assert "Training days from Monday 26 October: <b>Tue, Fri</b>" in said, (typed, said)
            shown = texts(await chat.say("/week"))
            assert "<b>Thursday</b>" in shown and "<b>Friday</b>" not in shown, (typed, shown)
            ahead = texts(await chat.say("next week?"))
            assert "<b>Tuesday</b>" in ahead and "<b>Thursday</b>" not in ahead, (typed, ahead)


async def test_the_days_one_has_said_again_are_already_the_days(tmp_path):
    """On Mondays and Thursdays already, she typed "from next week i can only do mon and
    thu" and got "I don't know that one yet", as if the coach could not read it. Now she is
    told those are her days already and nothing changes; likewise "from this week ...", and
    the new days said again after a change from next week."""
    async with bot_env(tmp_path, now=MONDAY) as env:
        chat = env.chat(9120)
        await onboard(chat)
        env.clock.set(TUESDAY)
        said = texts(await chat.say("from next week i can only do mon and thu"))
        assert "<b>Mon, Thu</b> are already your training days" in said, said
        assert "nothing changes" in said and "I don't know that one" not in said, said
        said = texts(await chat.say("from this week i can only do monday and thursday"))
        assert "That's what I have already" in said and "<b>Mon, Thu</b>" in said, said
        await chat.say("from next week i can only do tue and fri")
        said = texts(await chat.say("from next week i can only do tue and fri"))
        assert "Your training days from Monday 26 October are already <b>Tue, Fri</b>" in said
        assert "<b>Thursday</b>" in texts(await chat.say("/week"))


async def test_first_week_shown_by_week_has_the_week_after_a_tap_away(tmp_path):
    """She set up on Saturday to train Monday, Wednesday and Friday and sent /week: "Your
    first week" (from Monday 26 October) had no Next week button, though /week in any other
    week has one. Now it has, and it shows her second week as its pushes will send it once
    the first is trained: Monday session B (A, B, A the first week), not the first week's
    session A again; its back button returns to her first week."""
    saturday = datetime(2026, 10, 24, 12, 0, tzinfo=UTC)
    async with bot_env(tmp_path, now=saturday, extra_env=FAST) as env:
        chat = env.chat(9130)
        await onboard(chat)
        await chat.say("change my training days to mon wed fri")
        week = (await chat.say("/week"))[-1]
        assert (week.text or "").startswith("<b>Your first week</b> (from Monday 26 Oct)")
        labels = [(label, data) for row in week.buttons for label, data in row]
        assert [label for label, _ in labels] == ["Next week ▸"], labels
        shown = texts(await chat.press(week.message_id, labels[0][1]))
        assert shown.startswith("<b>Your second week</b> (from Monday 02 Nov)"), shown
        assert "<b>Monday</b> · session B" in shown, shown
        assert "<b>Wednesday</b> · session A" in shown, shown
        assert "<b>Friday</b> · session B" in shown, shown
        back = chat.standin.messages(chat.chat_id)[-1]
        assert back.message_id == week.message_id
        assert [label for row in back.buttons for label, _ in row] == ["◂ Your first week"]
        again = (await chat.press(week.message_id, back.buttons[0][0][1]))[-1]
        assert again.text == week.text, again.text

        for day in (26, 28, 30):  # the first week's workouts come, and she trains
            await next_push_after(env, chat, datetime(2026, 10, day, 17, 31, tzinfo=UTC))
            if day == 26:
                await chat.say("squat 40kg 10 10 10")
                await chat.tap("✓ Save")
        monday = await next_push_after(env, chat, datetime(2026, 11, 2, 17, 31, tzinfo=UTC))
        assert "session B" in monday, monday
