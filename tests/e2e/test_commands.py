"""/help, setMyCommands, /today, /week, /program, /pause and /resume."""

from sqlalchemy import select

from bot.store.models import User
from tests.e2e.flows import onboard


async def test_help_and_registered_commands_agree(env):
    [call] = env.standin.calls("setMyCommands")
    registered = [c["command"] for c in call.params["commands"]]
    assert registered[0] == "start" and "help" in registered and "today" in registered
    replies = await env.chat(6001).say("/help")
    listed = [line.split(":")[0] for line in replies[-1].text.splitlines() if line.startswith("/")]
    assert listed == [f"/{c}" for c in registered]


async def test_workout_commands_need_a_profile(env):
    for command in ("/today", "/week", "/program", "/pause", "/resume"):
        replies = await env.chat(6002).say(command)
        assert "send /start" in replies[-1].text


async def test_today_week_program(env):
    chat = env.chat(6003)
    await onboard(chat)  # tone at the gym, Mon + Thu; the clock says Monday morning
    replies = await chat.say("/today")
    assert "Today's workout" in replies[-1].text and "Squat" in replies[-1].text
    assert replies[-1].buttons  # start, skip, move
    replies = await chat.say("/week")
    week = replies[-1].text
    assert "<b>Monday (today)</b>" in week and "<b>Thursday</b>" in week
    assert "Tuesday" not in week
    replies = await chat.say("/program")
    assert "Where this comes from" in replies[-1].text
    assert "Straight" in replies[-1].text or "Stiff" in replies[-1].text


async def test_pause_and_resume(env):
    chat = env.chat(6004)
    await onboard(chat)
    replies = await chat.say("/pause")
    assert "Paused" in replies[-1].text
    with env.svc.db.session() as s:
        user = (s.execute(select(User).where(User.id == 6004))).scalar_one()
    assert user.paused and user.next_push_at is None
    replies = await chat.say("/resume")
    assert "Monday at 18:30" in replies[-1].text


async def test_resume_when_messages_were_never_paused_says_they_are_already_on(env):
    """/resume without a /pause before greeted "Welcome back!" as if something had stopped."""
    chat = env.chat(6008)
    await onboard(chat)  # Monday morning, Mon + Thu at 18:30
    text = (await chat.say("/resume"))[-1].text
    assert "Welcome back" not in text
    assert "already on" in text and "Monday at 18:30" in text
    await chat.say("/pause")
    assert "Welcome back" in (await chat.say("/resume"))[-1].text
    assert "already on" in (await chat.say("/resume"))[-1].text


async def test_week_puts_each_days_exercises_under_its_heading(env):
    chat = env.chat(6005)
    await onboard(chat)
    week = (await chat.say("/week"))[-1].text
    assert "<b>Monday (today)</b> · session A\n• <b>Squat</b>" in week
    assert "<b>Thursday</b> · session B\n• <b>Lunge</b>" in week


async def test_today_and_week_after_skipping_today(env):
    """Skip today before logging anything left no trace: /today offered the whole workout
    with Skip and Move again, and /week didn't say the day was skipped."""
    chat = env.chat(6007)
    await onboard(chat)  # Monday morning, Mon + Thu at 18:30
    await chat.say("/today")
    replies = await chat.tap("Skip today")
    assert "Skipped today" in replies[-1].text
    today = (await chat.say("/today"))[-1]
    assert [t for row in today.buttons for t, _ in row] == ["▶ Start logging"], today.text
    week = (await chat.say("/week"))[-1].text
    assert "<b>Monday (today)</b> · session A · skipped\n" in week
    assert "<b>Thursday</b> · session B\n" in week


async def test_today_and_week_after_moving_today_to_tomorrow(env):
    chat = env.chat(6006)
    await onboard(chat)  # Monday morning, Mon + Thu at 18:30
    await chat.say("/today")
    await chat.tap("Move to tomorrow")
    today = (await chat.say("/today"))[-1]
    assert "Moved to tomorrow: I'll send it again Tuesday at 18:30" in today.text
    assert [t for row in today.buttons for t, _ in row] == ["▶ Start logging"]
    week = (await chat.say("/week"))[-1].text
    assert "<b>Monday (today)</b> · session A · moved to Tuesday\n" in week
    assert "<b>Tuesday</b> · session A\n" in week  # moved there, not started
