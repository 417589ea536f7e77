"""Plans that fit the equipment people have: every move doable with their kit, and a load
they lift carried from one workout to the next, the same in the push, /today, the logging
flow and "Done as planned"."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from bot.standin.server import SentMessage
from tests.e2e.flows import onboard, pushes
from tests.e2e.harness import Env, bot_env, texts

FAST = {"PUSH_TICK_SECONDS": "0.05"}
MONDAY_EVENING = datetime(2026, 11, 16, 17, 0, tzinfo=UTC)  # 18:00 in Berlin
SLHT = "Single-leg hip thrust"


def session_pushed(env: Env, user_id: int, said: str) -> SentMessage | None:
    """The last push whose heading says `said` ("session B", "week 2"), if any yet."""
    return next((p for p in reversed(pushes(env.standin, user_id)) if said in (p.text or "")), None)


def line_of(shown: str, name: str) -> str:
    return next((x for x in shown.split("\n") if f"<b>{name}</b>:" in x), "")


async def test_a_dumbbell_on_the_single_leg_hip_thrust_is_planned_and_carried(tmp_path):
    """At home with dumbbells (glutes only, 2+ years, kg), she held a 10 kg dumbbell on her
    hip for the single-leg hip thrust and typed "10kg 12 12 12" at it. The card listed only
    a bench, so the load was saved and then forgotten: "Next time" said only "8–12 reps", the
    push and /today on Wednesday planned "3 × 12–20" with no load (and "try a two-second
    squeeze" as if she had done it bare), and "Done as planned" saved no load. A dumbbell on
    the hip is the move's ordinary loading: now its load is planned in dumbbell steps and the
    push, /today, the logging step and Done as planned all carry it."""
    async with bot_env(tmp_path, now=MONDAY_EVENING, extra_env=FAST) as env:
        chat = env.chat(9701)
        await onboard(
            chat, goal="Grow glutes, not legs", experience="2+ years", place="Home: bands or a ball"
        )  # Mon, Wed, Fri at 18:30 Berlin
        await chat.say("/today")
        replies = await chat.tap("Start logging")
        while f"· {SLHT}" not in texts(replies):
            replies = await chat.tap("Skip")
        await chat.say("10kg 12 12 12")
        replies = await chat.tap("Save")
        while "Workout logged" not in texts(replies):
            replies = await chat.tap("Skip")
        finish = texts(replies)
        assert f"• {SLHT}: 9 kg for 12–20 reps" in finish, finish  # Epley, on a 1 kg step

        env.clock.set(datetime(2026, 11, 18, 17, 30, tzinfo=UTC))  # Wednesday's push
        push = await env.standin.until(lambda: session_pushed(env, 9701, "session B"))
        assert "3 × 12–20 @ 9 kg" in line_of(push.text or "", SLHT), push.text
        today = texts(await chat.say("/today"))
        assert line_of(today, SLHT) == line_of(push.text or "", SLHT), today
        asked = texts(await chat.tap("Start logging"))
        assert f"· {SLHT}" in asked and "Target: 3 × 12–20 @ 9 kg" in asked, asked
        done = texts(await chat.tap("Done as planned"))
        assert f"{SLHT}: 9 kg × 20, 20, 20 ✓" in done, done

        env.clock.set(datetime(2026, 11, 23, 17, 31, tzinfo=UTC))  # next Monday, session A
        monday = (await env.standin.until(lambda: session_pushed(env, 9701, "week 2"))).text or ""
        load = re.search(r"3 × 8–12 @ ([\d.]+) kg", line_of(monday, SLHT))
        assert load is not None and float(load[1]) > 10, monday  # up from 9 kg × 20
