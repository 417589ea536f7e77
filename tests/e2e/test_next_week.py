"""Next week's plan asked in words or by /week. Each test says what the person typed, what
they got, and why it was wrong for them."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from tests.e2e.flows import onboard, pushes
from tests.e2e.harness import Chat, Env, bot_env, texts

FAST = {"PUSH_TICK_SECONDS": "0.05"}
MONDAY = datetime(2026, 10, 19, 12, 0, tzinfo=UTC)  # the week before the clocks go back
ASKED = (
    "next week?",
    "plan for next week",
    "what's next week look like",
    "what am I doing next week",
    "show me next week",
    "whats on next week",
    "what's the plan next week?",
    "next week's workouts",
    "what do I have next week",
    "can I see next week",
)


def item_lines(text: str) -> list[str]:
    """A workout's exercise lines without their bullet or number."""
    lines = [line for line in text.split("\n") if re.match(r"(•|\d+\.) ", line)]
    return [re.sub(r"^(•|\d+\.) ", "", line) for line in lines]


def day_block(text: str, weekday: str) -> str:
    """The lines of one day in a week's plan, from its heading to the next blank line."""
    start = text.index(f"<b>{weekday}</b>")
    end = text.find("\n\n", start)
    return text[start : end if end != -1 else len(text)]


async def trained_monday(env: Env, chat: Chat) -> None:
    """Onboarded (Mon + Thu at 18:30 Berlin, kg, new to lifting) and Monday's workout
    logged at the top of its range, so next loads rise."""
    await onboard(chat)
    env.clock.set(MONDAY.replace(hour=16, minute=31))
    await env.standin.until(lambda: next(iter(pushes(env.standin, chat.chat_id)), None))
    for said in ("squat 40kg 12 12 12", "stiff-leg deadlift 30kg 12 12 12"):
        await chat.say(said)
    await chat.tap("✓ Save")


async def test_next_week_asked_in_words_shows_its_plan(tmp_path):
    """On Wednesday, planning her week, she typed "next week?" and got "I don't know that one
    yet"; "plan for next week" got a pointer to /week, which shows only this week, and "what
    am I doing next week" got this week as if it were the next. Now each of these wordings
    shows next week: its days, sessions, moves, sets, reps and the loads the plan gives now,
    said to change with what she logs before."""
    async with bot_env(tmp_path, now=MONDAY, extra_env=FAST) as env:
        chat = env.chat(8801)
        await trained_monday(env, chat)
        env.clock.set(datetime(2026, 10, 21, 12, 0, tzinfo=UTC))
        for asked in ASKED:
            shown = texts(await chat.say(asked))
            assert shown.startswith("<b>Next week</b> (from Monday 26 Oct)"), (asked, shown)
            assert "<b>Monday</b> · session A" in shown, (asked, shown)
            assert "<b>Thursday</b> · session B" in shown, (asked, shown)
            assert "Squat</b>: 3 × 8–12 @ 42.5 kg" in shown, (asked, shown)
            assert "can change with what you log before then" in shown, (asked, shown)
            assert "I don't know that one" not in shown, (asked, shown)
        # this week's asks stay this week's
        assert texts(await chat.say("what's the plan this week")).startswith("<b>Your week</b>")


async def test_week_has_a_button_to_next_week_and_back(tmp_path):
    """/week showed only this week, with no way to see the next from there. Now it has a
    "Next week" button that turns the message into next week's plan, and that one a button
    back to this week; their callback data fits Telegram's 64 bytes."""
    async with bot_env(tmp_path, now=MONDAY, extra_env=FAST) as env:
        chat = env.chat(8802)
        await trained_monday(env, chat)
        week = (await chat.say("/week"))[-1]
        assert (week.text or "").startswith("<b>Your week</b> (from Monday 19 Oct)"), week.text
        labels = [(label, data) for row in week.buttons for label, data in row]
        assert [label for label, _ in labels] == ["Next week ▸"], labels
        assert all(len(data.encode()) <= 64 for _, data in labels)
        edited = (await chat.press(week.message_id, labels[0][1]))[-1]
        assert edited.message_id == week.message_id
        assert (edited.text or "").startswith("<b>Next week</b> (from Monday 26 Oct)"), edited.text
        back = [(label, data) for row in edited.buttons for label, data in row]
        assert [label for label, _ in back] == ["◂ This week"], back
        again = (await chat.press(week.message_id, back[0][1]))[-1]
        assert again.text == week.text, again.text


async def test_next_week_shown_is_what_the_pushes_send_after_days_change_and_dst(tmp_path):
    """She trained on Mondays and Thursdays. On Wednesday she typed "from next week i can
    only do tue and fri"; on Saturday, the night before the clocks went back, "next week?".
    Nothing showed her next week before; now what it shows, day by day (days, session and
    each move's sets, reps and load), is what the pushes of that week send, in winter time."""
    async with bot_env(tmp_path, now=MONDAY, extra_env=FAST) as env:
        chat = env.chat(8803)
        await trained_monday(env, chat)
        env.clock.set(datetime(2026, 10, 21, 12, 0, tzinfo=UTC))
        said = texts(await chat.say("from next week i can only do tue and fri"))
        assert "Tue, Fri" in said, said
        before = pushes(env.standin, 8803)[-1]
        # this week's last push: Thursday's, as she said the new days start next week
        env.clock.set(datetime(2026, 10, 22, 16, 31, tzinfo=UTC))
        await env.standin.until(lambda: next(iter(pushes(env.standin, 8803, after=before)), None))
        env.clock.set(datetime(2026, 10, 24, 20, 0, tzinfo=UTC))  # Saturday evening
        shown = texts(await chat.say("next week?"))
        assert shown.startswith("<b>Next week</b> (from Monday 26 Oct)"), shown
        assert "<b>Monday</b>" not in shown and "<b>Thursday</b>" not in shown, shown
        for weekday, when in (
            ("Tuesday", datetime(2026, 10, 27, 17, 31, tzinfo=UTC)),  # 18:30 in winter time
            ("Friday", datetime(2026, 10, 30, 17, 31, tzinfo=UTC)),
        ):
            block = day_block(shown, weekday)
            last = pushes(env.standin, 8803)[-1]
            env.clock.set(when)
            push = await env.standin.until(
                lambda last=last: next(iter(pushes(env.standin, 8803, after=last)), None)
            )
            session = re.search(r"session ([A-Z])", push.text or "")
            assert session and f"· session {session.group(1)}" in block, (block, push.text)
            assert item_lines(push.text or "") == item_lines(block), (block, push.text)


async def test_paused_or_away_next_week_is_said_with_the_day_it_resumes(tmp_path):
    """She typed "pause for 2 weeks" on a Friday, then "next week?": nothing said her
    workouts were paused then, or when they come back. Now it says the pause, no workouts
    that week, and the day the next one arrives; paused until she resumes, that /resume
    brings them back. Someone away next week with dumbbells only is told so, with the day
    her usual plan is back, above that week's plan for the dumbbells."""
    friday = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
    async with bot_env(tmp_path, now=friday) as env:
        chat = env.chat(8804)
        await onboard(chat)
        await chat.say("pause for 2 weeks")
        shown = texts(await chat.say("next week?"))
        assert shown.startswith("<b>Next week</b> (from Monday 23 Nov)"), shown
        assert "Your workouts are paused until Friday 4 December" in shown, shown
        assert "Your next workout arrives Monday 7 December at 18:30" in shown, shown
        assert "<b>Monday</b>" not in shown and "<b>Thursday</b>" not in shown, shown
        await chat.say("/pause")
        shown = texts(await chat.say("what am I doing next week"))
        assert "Your workouts are paused" in shown and "/resume" in shown, shown
        assert "<b>Monday</b>" not in shown, shown

        away = env.chat(8805)
        await onboard(away, goal="Grow glutes, not legs", experience="2+ years")
        await away.say("next week I'm in a hotel, only dumbbells up to 20kg")
        shown = texts(await away.say("show me next week"))
        assert "<b>Monday</b> · session" in shown, shown
        assert (
            "From Monday 23 November to Sunday 29 November your workouts are planned for"
            " dumbbells only, up to 20 kg" in shown
        ), shown
        assert "Your usual plan is back on Monday 30 November" in shown, shown
        assert "Barbell" not in shown, shown


async def test_next_week_after_days_for_this_week_is_what_monday_pushes(tmp_path):
    """She typed "this week can we do wed and sun instead" on Wednesday, then "next week?"
    on Saturday. Next week her usual Monday and Thursday are back by themselves: what it
    shows for Monday (its session, moves and loads) is what Monday's push sends, after the
    clocks went back on Sunday."""
    async with bot_env(tmp_path, now=MONDAY, extra_env=FAST) as env:
        chat = env.chat(8806)
        await trained_monday(env, chat)
        env.clock.set(datetime(2026, 10, 21, 12, 0, tzinfo=UTC))
        await chat.say("this week can we do wed and sun instead")
        env.clock.set(datetime(2026, 10, 24, 20, 0, tzinfo=UTC))
        shown = texts(await chat.say("next week?"))
        assert "<b>Monday</b>" in shown and "<b>Thursday</b>" in shown, shown
        for when in (  # Sunday's push for the week's days, then Monday's
            datetime(2026, 10, 25, 17, 31, tzinfo=UTC),
            datetime(2026, 10, 26, 17, 31, tzinfo=UTC),
        ):
            last = pushes(env.standin, 8806)[-1]
            env.clock.set(when)
            push = await env.standin.until(
                lambda last=last: next(iter(pushes(env.standin, 8806, after=last)), None)
            )
        block = day_block(shown, "Monday")
        session = re.search(r"session ([A-Z])", push.text or "")
        assert session and f"· session {session.group(1)}" in block, (block, push.text)
        assert item_lines(push.text or "") == item_lines(block), (block, push.text)
