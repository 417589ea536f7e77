"""Telegram misbehaving: 500s, timeouts, 429s and 403s at random, during a push wave and
while people log sets. Nothing may be sent twice, and nothing a person saw confirmed may be
lost. The checks read what the stand-in recorded (statuses, arrival times), never timings of
the test itself."""

from __future__ import annotations

import asyncio
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select
from telegram import Bot

from bot.handlers.workouts import compose_push
from bot.runtime.clock import ManualClock
from bot.runtime.config import load_settings
from bot.runtime.services import Services
from bot.standin.server import BotApiStandIn, SentMessage
from bot.store.models import Delivery, SetLog
from bot.tg.push import Dispatcher
from bot.tg.runner import build_services
from tests.bulk_users import insert_users, user_row
from tests.e2e.flows import onboard
from tests.e2e.harness import DEFAULT_NOW, Chat, Env, bot_env
from tests.faults import (
    LATE,
    delivered,
    early_retries,
    short_timeouts_request,
    use_short_timeouts,
)

WAVE = 100
FAULTY = ("sendMessage", "editMessageText", "editMessageReplyMarkup", "answerCallbackQuery")


async def add_wave(svc: Services, first: int, due: datetime) -> list[int]:
    ids = [first + i for i in range(WAVE)]
    await insert_users(svc.db, (user_row(uid, now=due, next_push_at=due, tz="UTC") for uid in ids))
    return ids


async def deliveries_per_user(svc: Services, ids: list[int]) -> dict[int, list[Delivery]]:
    with svc.db.session() as s:
        rows = (s.execute(select(Delivery).where(Delivery.user_id.in_(ids)))).scalars()
        out: dict[int, list[Delivery]] = {uid: [] for uid in ids}
        for row in rows:
            out[row.user_id].append(row)
    return out


def check_wave(standin: BotApiStandIn, records: dict[int, list[Delivery]]) -> Counter[str]:
    """One record per due user, at most one push per chat, records true to what went out."""
    assert all(len(r) == 1 for r in records.values()), {
        u: len(r) for u, r in records.items() if len(r) != 1
    }
    got = delivered(standin, records)
    assert max(got.values()) <= 1, {c: n for c, n in got.items() if n > 1}
    for uid, [record] in records.items():
        if record.status == "sent":
            assert got[uid] == 1 and standin.messages(uid)[0].message_id == record.message_id
        elif record.status in ("failed", "blocked"):
            assert got[uid] == 0, (uid, record.status)
        else:  # uncertain: timed out, Telegram may or may not have it
            assert record.status == "uncertain", record.status
    assert early_retries(standin) == []
    return Counter(r[0].status for r in records.values())


@pytest.mark.parametrize("seed", [11])
async def test_push_wave_under_random_faults(tmp_path: Path, db_url: str, seed: int) -> None:
    """100 due users, one tick, a quarter of the sends failing (500, 429, 403) and five
    answers arriving after the Bot's read timeout."""
    due = datetime(2026, 11, 16, 17, 30, tzinfo=UTC)
    with BotApiStandIn(files_dir=tmp_path / "files") as standin:
        settings = load_settings({"DATABASE_URL": db_url, "PUSH_RATE": "100"})
        svc = await build_services(settings, ManualClock(due + timedelta(minutes=1)))
        ids = await add_wave(svc, 700_000, due)
        standin.fail_randomly(0.25, (500, 429, 403), seed=seed, methods=["sendMessage"])
        standin.delay("sendMessage", LATE, times=5)  # the first five answers come too late
        bot = Bot(standin.token, base_url=standin.base_url, request=short_timeouts_request())
        try:
            async with bot:
                dispatcher = Dispatcher(svc, bot, compose_push)
                first = await dispatcher.tick()
                again = await dispatcher.tick()  # the same instant: nothing left to claim
            records = await deliveries_per_user(svc, ids)
        finally:
            await svc.db.dispose()
    assert first.claimed == WAVE and again.claimed == 0
    statuses = check_wave(standin, records)
    calls = Counter(c.status for c in standin.calls("sendMessage"))
    # The faults really happened: every kind at least once.
    assert calls[429] and calls[500] and calls[403] and statuses["uncertain"], (calls, statuses)
    print(f"push wave: records {dict(statuses)}, sendMessage statuses {dict(calls)}")


# --------------------------------------------------------------------------- conversations

ENTRIES = [  # (typed, how the bot names it, sets as (reps, load))
    ("squat 60kg 12 12 12", "Squat", [(12, 60.0)] * 3),
    ("hip thrust 80kg 10 10 9", "Hip thrust", [(10, 80.0), (10, 80.0), (9, 80.0)]),
    ("lunge 20kg 10 10", "Lunge", [(10, 20.0)] * 2),
]
ATTEMPTS = 8  # a person gives up on an entry after this many tries


def save_button(message: SentMessage) -> str | None:
    return next((d for row in message.buttons for t, d in row if "Save" in t), None)


async def log_like_a_person(
    chat: Chat, confirmed: dict[tuple[int, str], list[tuple[int, float]]]
) -> None:
    """Type each entry and tap Save. No echo: type it again. Tap Save until the "✓" comes
    or the button is gone (then type it again). What got its "✓" counts as confirmed."""
    for typed, name, sets in ENTRIES:
        for _ in range(ATTEMPTS):
            replies = await chat.say(typed)
            echo = next((m for m in replies if "Save it?" in (m.text or "") and m.buttons), None)
            data = save_button(echo) if echo else None
            if echo is None or data is None:
                continue
            saved = False
            for _ in range(ATTEMPTS):
                replies = await chat.press(echo.message_id, data)
                if any(f"{name}: " in (m.text or "") and "✓" in (m.text or "") for m in replies):
                    saved = True
                    break
                [now] = [
                    m
                    for m in chat.standin.messages(chat.chat_id)
                    if m.message_id == echo.message_id
                ]
                if not now.buttons:
                    break  # the keyboard went away without a "✓": type the entry again
            if saved:
                confirmed[(chat.user_id, name)] = sets
                break


async def stored_sets(env: Env, user_id: int) -> dict[str, list[tuple[int, float]]]:
    names = {"squat": "Squat", "hip_thrust": "Hip thrust", "lunge": "Lunge"}
    with env.svc.db.session() as s:
        rows = (
            s.execute(select(SetLog).where(SetLog.user_id == user_id).order_by(SetLog.set_no))
        ).scalars()
        out: dict[str, list[tuple[int, float]]] = {}
        for r in rows:
            out.setdefault(names.get(r.exercise_id, r.exercise_id), []).append((r.reps, r.load))
    return out


async def wave_finished(env: Env, ids: list[int]) -> dict[int, list[Delivery]]:
    """The wave's records once none is still "sending" (bounded wait, 30 s)."""
    for _ in range(300):
        records = await deliveries_per_user(env.svc, ids)
        if all(r and r[0].status != "sending" for r in records.values()):
            return records
        await asyncio.sleep(0.1)
    return records


def lost_confirmed(
    confirmed: dict[tuple[int, str], list[tuple[int, float]]],
    stored: dict[int, dict[str, list[tuple[int, float]]]],
) -> dict[tuple[int, str], list[tuple[int, float]]]:
    return {key: sets for key, sets in confirmed.items() if stored[key[0]].get(key[1]) != sets}


def never_doubled(stored: dict[int, dict[str, list[tuple[int, float]]]]) -> None:
    """Whatever is stored for an exercise is one typed entry exactly: no set twice."""
    typed = {name: sets for _, name, sets in ENTRIES}
    for person, exercises in stored.items():
        for name, sets in exercises.items():
            assert sets == typed[name], (person, name, sets)


async def test_every_confirmed_set_is_stored_once_under_random_faults(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """People one after another (so the seeded faults fall the same way every run). A set
    the person saw confirmed with a "✓" is stored exactly as confirmed, even when a later
    send in the same update fails or times out."""
    use_short_timeouts(monkeypatch)
    people = [3100 + i for i in range(6)]
    confirmed: dict[tuple[int, str], list[tuple[int, float]]] = {}
    async with bot_env(tmp_path) as env:
        chats = [env.chat(p) for p in people]
        for chat in chats:
            await onboard(chat)  # before the faults
        env.standin.fail_randomly(0.12, (500, 429, 403), seed=5, methods=FAULTY)
        for chat in chats:
            env.standin.delay("sendMessage", LATE)  # one answer per person comes too late
            await log_like_a_person(chat, confirmed)
        stored = {p: await stored_sets(env, p) for p in people}
    faults = Counter(c.status for c in env.standin.calls() if c.status >= 400)
    print(f"faults {dict(faults)}; confirmed {len(confirmed)} of {len(people) * len(ENTRIES)}")
    assert faults[500] and faults[429] and faults[403]
    never_doubled(stored)
    assert confirmed, "nobody got a single entry saved: the faults are too heavy"
    lost = lost_confirmed(confirmed, stored)
    assert not lost, f"confirmed with a ✓ but not stored as confirmed: {lost}"
    assert early_retries(env.standin) == []


async def test_a_set_confirmed_before_a_timeout_is_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The ✓ reaches the person but its answer is late: the bot times out on it."""
    use_short_timeouts(monkeypatch)
    async with bot_env(tmp_path) as env:
        chat = env.chat(3200)
        await onboard(chat)
        replies = await chat.say("squat 60kg 12 12 12")
        env.standin.delay("sendMessage", LATE)  # the next sendMessage is the ✓
        replies = await chat.press(replies[-1].message_id, save_button(replies[-1]) or "")
        stored = await stored_sets(env, 3200)
    assert any("Squat: 60 kg × 12, 12, 12 ✓" in (m.text or "") for m in replies)
    assert stored.get("Squat") == [(12, 60.0)] * 3, f"the person saw ✓, stored: {stored}"


async def test_conversations_during_a_push_wave_under_random_faults(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Six people log sets while the running bot pushes to 100 others, all under faults:
    no push twice, one record per due user, retries after a 429 wait, every confirmed set
    stored once."""
    use_short_timeouts(monkeypatch)
    people = [3300 + i for i in range(6)]
    confirmed: dict[tuple[int, str], list[tuple[int, float]]] = {}
    async with bot_env(tmp_path, extra_env={"PUSH_TICK_SECONDS": "0.05"}) as env:
        chats = [env.chat(p) for p in people]
        for chat in chats:
            await onboard(chat)  # before the faults
        env.standin.fail_randomly(0.12, (500, 429, 403), seed=7, methods=FAULTY)
        env.standin.delay("sendMessage", LATE, times=4)
        wave = await add_wave(env.svc, 800_000, DEFAULT_NOW - timedelta(minutes=1))
        await asyncio.gather(*(log_like_a_person(c, confirmed) for c in chats))
        records = await wave_finished(env, wave)
        stored = {p: await stored_sets(env, p) for p in people}
    statuses = check_wave(env.standin, records)
    never_doubled(stored)
    assert confirmed, "nobody got a single entry saved: the faults are too heavy"
    assert not lost_confirmed(confirmed, stored)
    print(f"wave records {dict(statuses)}; sets confirmed {len(confirmed)}")
