"""Weeks away said right: the kit of each week away named, several weeks away kept, and a
week away said ahead recalled before it comes. Each test says what the person had and typed,
what they got, and why it was wrong for them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tests.e2e.flows import onboard
from tests.e2e.harness import Env, texts

AWAY_MONDAY = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


async def test_program_in_a_dumbbell_week_names_the_dumbbells(env: Env):
    """A competitor at a gym (kg) typed "in a hotel gym next week, only dumbbells up to 30kg".
    On the away Monday /program was headed "Your program: Compete: figure / bodybuilding, bodyweight only" and its
    reason began "With no equipment", though she had just said she has dumbbells up to 30 kg
    and her workouts that week hold one. Now the heading names her dumbbells."""
    chat = env.chat(9990)
    await onboard(chat, goal="Compete", experience="2+ years")
    await chat.say("in a hotel gym next week, only dumbbells up to 30kg")
    env.clock.set(AWAY_MONDAY)
    shown = texts(await chat.say("/program"))
    heading = shown.split("\n")[0]
    assert heading.endswith(", dumbbells only, up to 30 kg</b>"), shown
    assert "bodyweight" not in heading.lower() and "With no equipment" not in shown, shown
    assert "planned for dumbbells only, up to 30 kg" in shown, shown
