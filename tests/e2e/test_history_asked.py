"""History asked in a person's words (found by the persona round after round 16): a week, an
unfinished day, one's own numbers on a move, a partial day told before logging."""

from datetime import datetime

from tests.e2e.harness import Chat, Env, texts
from tests.e2e.test_personas16 import SAO_PAULO, _beatriz


async def _two_weeks(env: Env, user_id: int) -> Chat:
    """Beatriz (Mon/Tue/Thu/Fri) logs Monday 4 October's hip thrust and leaves the rest
    unlogged, finishes Thursday 7th's, then Monday 11th's."""
    chat = await _beatriz(env, user_id)
    for day, load in ((4, 40), (7, 45), (11, 50)):
        env.clock.set(datetime(2027, 10, day, 20, 30, tzinfo=SAO_PAULO))
        await chat.say(f"hip thrust {load}kg 12 12 10")
        await chat.tap("Save")
        if day != 4:
            await chat.say("that's all")
    return chat


async def test_last_week_asked_on_a_friday_is_last_weeks_sessions(env):
    """Beatriz, on Friday 15 October, typed "What did I do last week?" and got "Your last
    sessions" with Monday 11th's, this week's, on top: last week is Monday to Sunday before
    this one, and the reply did not say which days it showed."""
    chat = await _two_weeks(env, 19001)
    env.clock.set(datetime(2027, 10, 15, 10, 0, tzinfo=SAO_PAULO))
    for typed in (
        "What did I do last week?",
        "what did i train previous week",
        "what did we lift last week",
        "what did I do last week on hip thrust",
    ):
        said = texts(await chat.say(typed))
        assert said.startswith("<b>What you did last week</b> (Mon 04 Oct – Sun 10 Oct)"), (
            typed,
            said,
        )
        assert "Thu 07 Oct" in said and "Mon 04 Oct</b>" in said, (typed, said)
        assert "Mon 11 Oct" not in said, (typed, said)
    said = texts(await chat.say("what did I do this week?"))
    assert said.startswith("<b>What you did this week</b> (Mon 11 Oct – Sun 17 Oct)"), said
    assert "Mon 11 Oct</b>" in said and "Thu 07 Oct" not in said, said
    env.clock.set(datetime(2027, 10, 29, 10, 0, tzinfo=SAO_PAULO))  # nothing the week before
    said = texts(await chat.say("What did I do last week?"))
    assert said.startswith("Nothing logged last week (Mon 18 Oct – Sun 24 Oct)."), said
    assert "<b>Your last sessions</b>" in said and "Mon 11 Oct" in said, said


async def test_a_past_days_unfinished_session_is_not_in_progress(env):
    """Beatriz left Monday 4 October's workout after its hip thrust; /history on Friday the
    15th showed "Mon 04 Oct · session A · in progress": a day gone by is in progress no
    more. Now it says how much of it was logged, and each move not logged says so."""
    chat = await _two_weeks(env, 19002)
    env.clock.set(datetime(2027, 10, 15, 10, 0, tzinfo=SAO_PAULO))
    for typed in ("/history", "show me my history"):
        said = texts(await chat.say(typed))
        assert "in progress" not in said, (typed, said)
        assert "<b>Mon 04 Oct</b> · session A · <i>1 of 4 logged</i>" in said, (typed, said)
        assert "• Bulgarian split squat: <i>not logged</i>" in said, (typed, said)
    env.clock.set(datetime(2027, 10, 18, 20, 30, tzinfo=SAO_PAULO))  # today's, half done
    await chat.say("hip thrust 50kg 12 12 10")
    await chat.tap("Save")
    said = texts(await chat.say("/history"))
    assert "<b>Mon 18 Oct</b> · session C · <i>in progress</i>" in said, said


async def test_ones_own_numbers_on_a_move_are_its_last_sessions(env):
    """Beatriz typed "How much did I do on the hip thrust?" and "what did I lift on hip
    thrusts last time?" and got the Hip thrust exercise card: how to do it, not what she
    lifted. Her loads and reps on it, session by session, answer her; "how do I do a hip
    thrust?" is still the card, and "my best hip thrust?" her progress."""
    chat = await _two_weeks(env, 19003)
    env.clock.set(datetime(2027, 10, 15, 10, 0, tzinfo=SAO_PAULO))
    for typed in (
        "How much did I do on the hip thrust?",
        "what did I lift on hip thrusts last time?",
        "how heavy did I go on hip thrust last time",
        "what weight did I use for the hip thrust?",
        "how much have I lifted on hip thrust",
    ):
        said = texts(await chat.say(typed))
        assert said.startswith("<b>Your last sessions of Hip thrust</b>"), (typed, said)
        for line in ("50 kg × 12, 12, 10", "45 kg × 12, 12, 10", "40 kg × 12, 12, 10"):
            assert f"• Hip thrust: {line}" in said, (typed, said)
        assert "Squat" not in said and "Bulgarian" not in said, (typed, said)
    said = texts(await chat.say("how much did I do on the monster walk?"))
    assert said.startswith("No sets of Monster walk logged yet."), said
    said = texts(await chat.say("my best hip thrust?"))
    assert said.startswith("<b>Your progress</b>") and "Hip thrust: 40 → 50 kg" in said, said
    said = texts(await chat.say("how do I do a hip thrust?"))
    assert said.startswith("<b>Hip thrust</b>\nWorks: glutes"), said


async def test_only_did_two_moves_with_nothing_logged_starts_the_days_log(env):
    """Beatriz, after Monday's push, not logging yet, typed "only did hip thrust and monster
    walk, no time" and got the Monster walk card: she said what she did, and nothing was
    logged. Mid-logging the same words end the workout; now, before it, the day's log starts
    with the two moves she named, their sets asked, and the rest skipped."""
    for i, typed in enumerate(
        (
            "only did hip thrust and monster walk, no time",
            "just did hip thrust and monster walk, had to go",
            "only had time for hip thrust and monster walk, gym was closing",
        )
    ):
        chat = await _beatriz(env, 19010 + i)
        env.clock.set(datetime(2027, 10, 4, 20, 30, tzinfo=SAO_PAULO))
        said = texts(await chat.say(typed))
        assert said.startswith("Bulgarian split squat and Back extension: skipped."), (typed, said)
        assert "<b>1/4 · Hip thrust</b>" in said, (typed, said)
        await chat.say("40kg 12 12 10")
        said = texts(await chat.tap("Save"))
        assert "<b>4/4 · Monster walk</b>" in said, (typed, said)
        await chat.say("20 20")
        said = texts(await chat.tap("Save"))
        assert "Workout logged: 2 of 4 exercises done." in said, (typed, said)
    said = texts(await chat.say("only did hip thrust and monster walk, no time"))  # logged
    assert "1/4" not in said and "skipped" not in said, said
    chat = await _beatriz(env, 19020)  # a rest day: nothing of the day's workout to start
    env.clock.set(datetime(2027, 10, 6, 20, 30, tzinfo=SAO_PAULO))
    said = texts(await chat.say("only did hip thrust and monster walk, no time"))
    assert "skipped" not in said and "1/4" not in said, said
