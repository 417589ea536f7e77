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
