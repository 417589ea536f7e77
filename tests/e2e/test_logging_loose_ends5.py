"""Logging loose ends found by h-personas13, h-personas14 and h-logfix7, fixed by h-logfix8.
Each test says what the person typed, what they got, and why it was wrong. The default
person (tests/e2e/flows.py onboard) trains Mon + Thu at 18:30 in Berlin, new to lifting at a
gym, the clock starting on Monday 16 November 2026."""

from datetime import UTC, datetime

from tests.e2e.flows import onboard
from tests.e2e.harness import texts
from tests.e2e.test_logs_as_asked import figure_in_pounds


async def test_the_logging_steps_example_fits_the_moves_own_reps(env):
    """A figure competitor's first step, "1/5 · Hip thrust" at 4 × 3–8, said "Tap a button,
    or type what you did: "12 12 12 10", "135lb 12 12 12 10"": reps far past the top of her
    range, as if 12 were right. The examples are now her target's own reps."""
    chat = await figure_in_pounds(env, 15801)
    step = chat.last_text()
    typed = step.split("Tap a button")[1]
    assert '"8 8 8 6"' in typed and '"135lb 8 8 8 6"' in typed and '"4x8 @ 95"' in typed, step
    assert "12" not in typed, step


async def test_the_load_asked_for_an_earlier_day_names_that_day(env):
    """On Wednesday, Monday's workout not logged, "on monday i did it all" got "Let's log it
    for Mon 16 Nov." and then "What load did you use for Squat?": with Thursday's squat to
    come, which squat was meant was left to guess. The question names the day; asked on the
    day itself it stays as it was."""
    for user_id, typed in (
        (15811, "on monday i did it all"),
        (15812, "yesterday: did it all"),
        (15813, "monday: squat 3x10"),
    ):
        env.clock.set(datetime(2026, 11, 16, 9, 0, tzinfo=UTC))
        chat = env.chat(user_id)
        await onboard(chat)
        days = 1 if typed.startswith("yesterday") else 2
        env.clock.set(datetime(2026, 11, 16 + days, 9, 0, tzinfo=UTC))
        said = texts(await chat.say(typed))
        assert "What load did you use for Monday's Squat?" in said, (typed, said)
        said = texts(await chat.say("40"))
        assert "<b>Squat</b> for " in said and "Mon 16 Nov: 40 kg × " in said, (typed, said)
    env.clock.set(datetime(2026, 11, 16, 9, 0, tzinfo=UTC))
    chat = env.chat(15814)
    await onboard(chat)
    env.clock.set(datetime(2026, 11, 16, 19, 0, tzinfo=UTC))  # Monday, its own workout
    said = texts(await chat.say("squat 3x10"))
    assert "What load did you use for Squat?" in said, said
