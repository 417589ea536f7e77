"""More loose ends of logging that people hit (found by earlier helpers, fixed here). Each
test says what the person typed, what they got, and why it was wrong. Default person
(tests/e2e/flows.py onboard): toning at a gym, new to lifting, Mon + Thu at 18:30 in
Berlin, kg; the clock starts on Monday 16 November 2026 at 10:00 there."""

from datetime import UTC, datetime

from sqlalchemy import select

from bot.coach.onboarding import encode_days
from bot.store.models import UnansweredQuestion
from tests.e2e.flows import load_user, onboard, pushes
from tests.e2e.harness import bot_env, texts

FAST = {"PUSH_TICK_SECONDS": "0.05"}
MON_THU, WED_SUN = encode_days((0, 3)), encode_days((2, 6))


async def test_a_correction_typed_replaces_what_was_saved(env):
    """Squats saved at 40 kg, then "correction: squat 60kg 4x10" got "Squat already has 3×10
    at 40 kg today. Add these to it (you did more sets), or replace it (you're correcting
    it)?": she had said it was a correction. "correction", "actually", "oops", "I meant"
    now say replace: the echo names what the sets replace, and Save puts them in its place."""
    chat = env.chat(9801)
    await onboard(chat)
    await chat.say("squat 40kg 3x10")
    await chat.tap("Save")
    for typed, shown in (
        ("correction: squat 60kg 4x10", "60 kg × 10, 10, 10, 10 (4 sets)"),
        ("actually squat 50kg 4x10", "50 kg × 10, 10, 10, 10 (4 sets)"),
        ("I meant squat 55kg 3x10", "55 kg × 10, 10, 10 (3 sets)"),
        ("oops, squat 45kg 3x10", "45 kg × 10, 10, 10 (3 sets)"),
    ):
        said = texts(await chat.say(typed))
        assert f"<b>Squat</b>: {shown}. Save it?" in said, (typed, said)
        assert "This replaces the 3×10 at 40 kg saved today" in said, (typed, said)
        assert "Add these to it" not in said, (typed, said)
    said = texts(await chat.tap("Save"))
    assert "Squat: 45 kg × 10, 10, 10 ✓" in said, said
    said = texts(await chat.say("/log"))
    assert "45 kg" in said and "40 kg" not in said, said
    # Sets typed again with no such word still ask: more sets, or a correction?
    said = texts(await chat.say("squat 45kg 1x8"))
    assert "Add these to it (you did more sets), or replace it" in said, said


async def test_a_move_put_off_at_save_it_or_at_its_load(env):
    """ "can I do this one later?" at "Save it?" got "I don't know that one yet" (noted as a
    question to learn) and the squats stayed asked; at "What load did you use for Squat?"
    "leave it for the end" got "Noted. What load did you use". As when the move is asked,
    it goes to the end now, the next one asked, the sets shown said to be not saved."""
    chat = env.chat(9802)
    await onboard(chat)
    await chat.say("/today")
    await chat.tap("Start logging")
    await chat.say("40kg 10 10 10")
    said = texts(await chat.say("can I do this one later?"))
    assert said.startswith("Sure: Squat moved to the end"), said
    assert "The sets shown (40 kg × 10, 10, 10) aren't saved" in said, said
    assert "<b>1/4 · Stiff-leg deadlift</b>" in said and "I don't know" not in said, said
    await chat.say("12 12 10")  # reps, the load asked
    said = texts(await chat.say("leave it for the end"))
    assert said.startswith("Sure: Stiff-leg deadlift moved to the end"), said
    assert "The sets shown (12, 12, 10 reps) aren't saved" in said, said
    assert "<b>1/4 · Lunge</b>" in said, said
    await chat.tap("Done as planned")  # its load asked, nothing typed
    said = texts(await chat.say("skip for now"))
    assert said.startswith("Sure: Lunge moved to the end"), said
    assert "aren't saved" not in said and "<b>1/4 · Lying leg curl</b>" in said, said
    said = texts(await chat.say("/log"))
    assert said.count("not yet") == 4, said  # nothing saved along the way


async def unanswered(env) -> list[str]:
    with env.svc.db.session() as s:
        return list(s.execute(select(UnansweredQuestion.text)).scalars())


async def test_a_bare_no_says_what_the_bot_waits_for(env):
    """A bare "no" (or "nope", "nah"): at the squat asked it got "I couldn't find your sets
    in that", as if she had tried to type them; at "Save it?" "OK, type Squat again", not
    saying whether the sets shown were kept; at "What load did you use?" "Noted.", a remark
    noted where none was made. Now "no" at the move asked hears what is wanted and how to
    skip it, at "Save it?" that the sets shown are not saved and how to send them again, at
    the load that load asked again; nowhere a question noted for the coach to learn, and
    nothing saved or lost."""
    chat = env.chat(9803)
    await onboard(chat)
    said = texts(await chat.say("no"))  # nothing being logged
    assert "If you meant to answer me, tap a button on my last message" in said, said
    await chat.say("/today")
    await chat.tap("Start logging")
    for typed in ("no", "nope", "nah"):
        said = texts(await chat.say(typed))
        assert "I couldn't find your sets" not in said, (typed, said)
        assert said.startswith("Here is what I need now: how Squat went."), (typed, said)
        assert "Didn't do it? Tap Skip." in said and "<b>1/4 · Squat</b>" in said, said
    await chat.say("40kg 10 10 10")
    said = texts(await chat.say("no"))
    assert "Not saved: Squat 40 kg × 10, 10, 10." in said, said
    assert 'OK, type Squat again, e.g. "' in said, said
    said = texts(await chat.say("40kg 10 10 9"))
    assert "<b>Squat</b>: 40 kg × 10, 10, 9 (3 sets). Save it?" in said, said
    await chat.tap("Save")
    await chat.tap("Done as planned")  # the deadlift: its load asked
    said = texts(await chat.say("no"))
    assert said.startswith("What load did you use for Stiff-leg deadlift?"), said
    assert "Noted" not in said, said
    said = texts(await chat.say("30"))
    assert "<b>Stiff-leg deadlift</b>: 30 kg × 12, 12, 12 (3 sets). Save it?" in said, said
    said = texts(await chat.say("/log"))
    assert "Squat: 40 kg × 10, 10, 9" in said, said
    assert await unanswered(env) == []


async def push_at(env, chat, at: datetime) -> None:
    """The clock set to `at` and the push it brings waited for."""
    before = len(pushes(env.standin, chat.chat_id))
    env.clock.set(at)
    await env.standin.until(lambda: len(pushes(env.standin, chat.chat_id)) > before, timeout=10)


async def test_days_for_this_week_end_with_the_week(tmp_path):
    """ "this week can we do wed and sun instead" got "I don't change it back by myself: when
    that's over, send "back to Mon, Thu"": without that message the next week's pushes came
    on Wednesday and Sunday again. And "back to normal days" said twice flipped the days
    back to Wed and Sun (said with no change before, it was "I don't know that one yet",
    noted as a question). Now the usual days come back when the week is over, Monday's
    push comes on Monday, and "back to normal days" with the usual days on changes nothing,
    said so."""
    async with bot_env(tmp_path, extra_env=FAST) as env:
        chat = env.chat(9804)
        await onboard(chat)  # Monday 16 November 2026, 10:00 in Berlin
        said = texts(await chat.say("back to normal days"))
        assert "Your training days are already the usual ones: <b>Mon, Thu</b>" in said, said
        said = texts(await chat.say("this week can we do wed and sun instead"))
        assert "Training days: <b>Wed, Sun</b> ✓" in said, said
        assert "Your usual days (Mon, Thu) are back by themselves on Monday 23 November" in said
        await push_at(env, chat, datetime(2026, 11, 18, 17, 31, tzinfo=UTC))  # Wednesday
        await push_at(env, chat, datetime(2026, 11, 22, 17, 31, tzinfo=UTC))  # Sunday
        user = await load_user(env, 9804)
        assert user is not None and user.days == WED_SUN
        assert user.next_push_at == datetime(
            2026, 11, 23, 17, 30, tzinfo=UTC
        )  # Monday, not Wednesday
        await push_at(env, chat, datetime(2026, 11, 23, 17, 31, tzinfo=UTC))  # Monday's push
        user = await load_user(env, 9804)
        assert user is not None and user.days == MON_THU
        assert user.next_push_at == datetime(2026, 11, 26, 17, 30, tzinfo=UTC)  # Thursday
        said = texts(await chat.say("/week"))
        assert "<b>Monday (today)</b>" in said and "<b>Thursday</b>" in said, said
        assert "<b>Wednesday</b>" not in said and "<b>Sunday</b>" not in said, said
        for typed in ("back to normal days", "back to my usual schedule"):
            said = texts(await chat.say(typed))
            assert "already the usual ones: <b>Mon, Thu</b>" in said, (typed, said)
        user = await load_user(env, 9804)
        assert user is not None and user.days == MON_THU
        # Said back within the while, then twice: the usual days, then nothing changes.
        said = texts(await chat.say("this week can we do wed and sun instead"))
        assert "back by themselves on Monday 30 November" in said, said
        said = texts(await chat.say("back to normal days"))
        assert "Training days: <b>Mon, Thu</b> ✓" in said, said
        said = texts(await chat.say("back to normal days"))
        assert "already the usual ones: <b>Mon, Thu</b>" in said, said
        assert await unanswered(env) == []


async def test_days_for_this_week_end_at_midnight_across_a_dst_change(tmp_path):
    """The week of the spring change (Berlin goes to summer time on Sunday 28 March 2027):
    the usual days are back at Monday's midnight on the summer clock (22:00 UTC on Sunday),
    not an hour off, and Monday's push comes at 18:30 summer time."""
    monday = datetime(2027, 3, 22, 9, 0, tzinfo=UTC)
    async with bot_env(tmp_path, now=monday, extra_env=FAST) as env:
        chat = env.chat(9805)
        await onboard(chat)
        said = texts(await chat.say("this week can we do wed and sun instead"))
        assert "back by themselves on Monday 29 March" in said, said
        await push_at(env, chat, datetime(2027, 3, 24, 17, 31, tzinfo=UTC))  # Wed, winter time
        await push_at(env, chat, datetime(2027, 3, 28, 16, 31, tzinfo=UTC))  # Sun, summer time
        env.clock.set(datetime(2027, 3, 28, 21, 59, tzinfo=UTC))  # 23:59 on Sunday
        await chat.say("thanks")
        user = await load_user(env, 9805)
        assert user is not None and user.days == WED_SUN
        env.clock.set(datetime(2027, 3, 28, 22, 1, tzinfo=UTC))  # 00:01 on Monday
        await chat.say("thanks")
        user = await load_user(env, 9805)
        assert user is not None and user.days == MON_THU
        assert user.next_push_at == datetime(2027, 3, 29, 16, 30, tzinfo=UTC)  # 18:30 summer time
        await push_at(env, chat, datetime(2027, 3, 29, 16, 31, tzinfo=UTC))


async def test_sets_typed_in_a_reply_to_an_old_push_are_that_days(tmp_path):
    """On Wednesday she answered Monday's push (a Telegram reply to it) with "squat 40kg
    3x10": the sets went into Wednesday, a rest day, as an extra, and Monday's workout
    stayed unlogged; the message she replied to said which day they were. Now they are
    Monday's, the echo says so; a reply naming its own day keeps it, and one to the day's
    own push is that day's."""
    async with bot_env(tmp_path, extra_env=FAST) as env:
        chat, other = env.chat(9806), env.chat(9807)
        await onboard(chat)  # Monday 16 November, Mon + Thu at 18:30 in Berlin
        await onboard(other)
        await push_at(env, chat, datetime(2026, 11, 16, 17, 31, tzinfo=UTC))
        monday = pushes(env.standin, 9806)[-1]
        env.clock.set(datetime(2026, 11, 18, 9, 0, tzinfo=UTC))  # Wednesday morning
        said = texts(await chat.say("squat 40kg 3x10", reply_to=monday.message_id))
        assert "<b>Squat</b> for Mon 16 Nov: 40 kg × 10, 10, 10 (3 sets). Save it?" in said, said
        said = texts(await chat.tap("Save"))
        assert "Squat for Mon 16 Nov: 40 kg × 10, 10, 10 ✓" in said, said
        assert "<b>2/4 · Stiff-leg deadlift</b> for Mon 16 Nov" in said, said
        said = texts(await chat.say("10 10 8 at 30kg", reply_to=monday.message_id))
        assert "<b>Stiff-leg deadlift</b> for Mon 16 Nov: 30 kg × 10, 10, 8" in said, said
        # Its own day said wins over the message replied to.
        monday_other = (await env.standin.until(lambda: pushes(env.standin, 9807), timeout=10))[-1]
        said = texts(await other.say("squat 40kg 3x10 yesterday", reply_to=monday_other.message_id))
        assert "<b>Squat</b> for yesterday, Tue 17 Nov" in said, said
        # Thursday's push answered on Thursday: Thursday's.
        await push_at(env, other, datetime(2026, 11, 19, 17, 31, tzinfo=UTC))
        thursday = pushes(env.standin, 9807)[-1]
        said = texts(await other.say("hip thrust 50kg 3x10", reply_to=thursday.message_id))
        assert "<b>Hip thrust</b>: 50 kg × 10, 10, 10 (3 sets). Save it?" in said, said


async def test_a_photo_captioned_with_sets_logs_them(env):
    """On a training day she sent a photo of her gym's hip thrust bench captioned "squat
    3x10 60kg": she got "I can only read text messages and button taps, not photos", the
    sets in the caption unread. The caption is read as if typed; a caption with no log in
    it ("leg day!") still gets what a photo gets."""
    chat = env.chat(9808)
    await onboard(chat)  # Monday: session A, squats first
    said = texts(await chat.send("photo", caption="leg day!"))
    assert "I can only read text messages and button taps, not photos" in said, said
    assert "If that's today's workout, tell me what you did in words" in said, said
    said = texts(await chat.send("photo", caption="squat 3x10 60kg"))
    assert "I can only read text messages" not in said, said
    assert "<b>Squat</b>: 60 kg × 10, 10, 10 (3 sets). Save it?" in said, said
    said = texts(await chat.send("photo", caption="yes"))
    assert "Squat: 60 kg × 10, 10, 10 ✓" in said, said
    said = texts(await chat.send("photo", caption="lunges 20kg 12 12 10"))
    assert "<b>Lunge</b>: 20 kg × 12, 12, 10 (3 sets). Save it?" in said, said
    said = texts(await chat.send("photo", caption="leg day!"))  # at "Save it?": as typed
    assert "Lunge isn't saved yet: tap Save to keep it as shown" in said, said
    assert await unanswered(env) == []


async def test_the_abduction_at_a_gym_is_asked_with_its_machine_load(env):
    """A bikini competitor at a gym, at "4/4 · Seated hip abduction" (Friday's session C):
    she was asked "type your reps: "20 15", "2x20"", as for a band, though at her gym she
    does it on the abduction machine, whose load sets her next target (a load typed there
    is kept: README, `as_logged`). It now asks for the machine's load and reps, or the
    reps with a band."""
    chat = env.chat(9809)
    await onboard(chat, goal="Compete in bikini", experience="2+ years")
    env.clock.set(datetime(2026, 11, 20, 9, 0, tzinfo=UTC))  # Friday: session C
    await chat.say("/today")
    said = texts(await chat.tap("Start logging"))
    assert "<b>1/4 · Hip thrust</b>" in said, said
    for _ in range(2):
        await chat.say("skip")
    said = texts(await chat.say("skip"))  # the single-leg hip thrust
    assert "<b>4/4 · Seated hip abduction</b>" in said, said
    assert 'on the machine its load and your reps, like "40kg 20 15"' in said, said
    assert 'with a band, your reps, like "20 15"; or "skip".' in said, said
    said = texts(await chat.say("40kg 20 18"))
    assert "<b>Seated hip abduction</b>: 40 kg × 20, 18 (2 sets). Save it?" in said, said


async def test_mondays_workout_logged_after_tuesdays_push_makes_tuesday_the_next(tmp_path):
    """Set up a week before, trained Mon, Tue and Thu, never logged a workout: Monday's push
    went by unseen and Tuesday's was session A ("Your program starts with your first
    workout"). She then typed Monday's squats as "yesterday": they were saved as single
    exercises, and Tuesday stayed session A, the squats she had just done planned again.
    Monday, a training day of the program's first week, is now its first workout (session
    A), and /today and /week give Tuesday session B."""
    async with bot_env(tmp_path, extra_env=FAST) as env:
        chat, other = env.chat(9810), env.chat(9811)
        for person in (chat, other):
            await onboard(person)  # Monday 16 November
            await person.say("change my training days to mon tue thu")
        await push_at(env, chat, datetime(2026, 11, 24, 17, 31, tzinfo=UTC))  # Tuesday 24th
        assert "<b>Today's workout</b> · session A, week 1" in pushes(env.standin, 9810)[-1].text
        said = texts(await chat.say("squat 40kg 3x10 yesterday"))
        assert "<b>Squat</b> for yesterday, Mon 23 Nov: 40 kg × 10, 10, 10" in said, said
        said = texts(await chat.tap("Save"))
        assert "<b>2/4 · Stiff-leg deadlift</b> for yesterday" in said, said
        said = texts(await chat.say("/today"))
        assert "<b>Today's workout</b> · session B, week 1" in said, said
        said = texts(await chat.say("/week"))
        assert "<b>Monday</b> · session A · started" in said, said
        assert "<b>Tuesday (today)</b> · session B" in said, said
        # The whole day told for yesterday: Monday's workout, its first load asked.
        await env.standin.until(lambda: pushes(env.standin, 9811), timeout=10)
        said = texts(await other.say("yesterday: did it all"))
        assert "What load did you use for Monday's Squat?" in said, said
        assert "session B" in texts(await other.say("/today"))
