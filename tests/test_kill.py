"""A worker killed with SIGKILL in the middle of a push wave, then started again.

`python -m bot run` runs as a real subprocess against the stand-in in this process. A push
is recorded and queued in the outbox in one transaction (bot/tg/push.py), and the outbox's
sender marks it sent only after Telegram answered (bot/tg/outbox.py). So a push recorded is
never lost: the restarted worker makes every call still in the outbox. The price is at least
once: a call in flight at the kill (its request may have reached Telegram before its answer
was recorded) is made again, so those people, and only they, may get the push twice. The
outbox never has more than a second's worth of calls at SEND_RATE in flight, so that is the
most a kill can repeat. The kill here comes as soon as a burst of sends has been answered,
the worst moment: typically the whole burst is still unrecorded.
"""

from __future__ import annotations

import asyncio
import signal
import subprocess
import sys
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import select, update

from bot.standin.server import BotApiStandIn
from bot.store import outbox
from bot.store.db import Database
from bot.store.migrate import upgrade
from bot.store.models import Delivery, OutboxMessage, User
from tests.bulk_users import insert_users, midday_zone, user_row
from tests.kill_rig import TOKEN, subprocess_env

USERS = 200
KILL_AFTER = 60  # pushes
RATE = 20  # calls a second


def start_bot(standin: BotApiStandIn, db_path: Path, log: Path) -> subprocess.Popen[bytes]:
    env = subprocess_env(standin, db_path, PUSH_RATE=str(RATE))  # SEND_RATE's old name
    with log.open("ab") as out:
        return subprocess.Popen(
            [sys.executable, "-m", "bot", "run"],
            env=env,
            cwd=db_path.parent,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.STDOUT,
        )


def pushes(standin: BotApiStandIn) -> int:
    return sum(1 for c in standin.calls("sendMessage") if c.status == 200)


async def records(db: Database) -> list[Delivery]:
    with db.session() as s:
        return list(s.execute(select(Delivery)).scalars())


async def calls(db: Database, *states: str) -> list[OutboxMessage]:
    with db.session() as s:
        return list(
            s.execute(select(OutboxMessage).where(OutboxMessage.state.in_(states))).scalars()
        )


async def test_sigkill_mid_wave_then_restart(tmp_path: Path) -> None:
    db_path = tmp_path / "kill.sqlite3"
    log = tmp_path / "bot.log"
    db = Database(f"sqlite:///{db_path}")
    now = datetime.now(UTC)
    due = now - timedelta(minutes=1)
    ids = [900_000 + i for i in range(USERS)]
    await upgrade(db)
    await insert_users(
        db, (user_row(uid, now=now, next_push_at=due, tz=midday_zone(now)) for uid in ids)
    )

    with BotApiStandIn(TOKEN, files_dir=tmp_path / "files") as standin:
        first = start_bot(standin, db_path, log)
        try:
            await standin.until(lambda: pushes(standin) >= KILL_AFTER, timeout=60)
        finally:
            first.send_signal(signal.SIGKILL)
            first.wait(timeout=10)
        assert first.returncode == -signal.SIGKILL
        at_kill = pushes(standin)
        recorded_at_kill = {r.user_id for r in await records(db)}
        # Calls the dead worker had in flight: their requests may or may not have left.
        in_flight = {c.chat_id for c in await calls(db, outbox.SENDING)}
        queued = {c.chat_id for c in await calls(db, outbox.PENDING)}

        # Anyone the dead worker had claimed but not yet queued is due again at the restart
        # (not when its 3-minute lease ends): the loop below waits at most a minute.
        second = start_bot(standin, db_path, log)
        try:
            for _ in range(600):  # bounded: 60 s
                sent = {r.user_id for r in await records(db) if r.status == "sent"}
                if sent >= set(ids) and not await calls(db, outbox.PENDING, outbox.SENDING):
                    break
                await asyncio.sleep(0.1)
        finally:
            second.send_signal(signal.SIGTERM)
            try:
                second.wait(timeout=20)
            finally:
                if second.poll() is None:
                    second.kill()
                    second.wait()
        final = await records(db)
        got = {uid: [m.message_id for m in standin.messages(uid)] for uid in ids}
    await db.dispose()
    output = log.read_text(errors="replace")
    assert second.returncode == 0, output[-3000:]

    twice = {uid for uid, messages in got.items() if len(messages) > 1}
    statuses = Counter(r.status for r in final)
    print(
        f"\nkilled after {at_kill} pushes, {len(recorded_at_kill)} recorded; at the kill "
        f"{len(in_flight)} calls in flight, {len(queued)} queued; after the restart: records "
        f"{dict(statuses)}, people with the push twice: {len(twice)}"
    )
    # Nothing lost: every due person has the push, and one record of it, marked sent with
    # the message they got.
    assert [uid for uid, messages in got.items() if not messages] == []
    per_user = Counter(r.user_id for r in final)
    assert set(per_user) == set(ids), f"no record for {set(ids) - set(per_user)}"
    assert max(per_user.values()) == 1
    assert statuses == {"sent": USERS}, statuses
    for r in final:
        assert r.message_id in got[r.user_id], (r.user_id, r.message_id, got[r.user_id])
    # Twice only for a call in flight at the kill, and never more than twice; the outbox
    # never has more calls in flight than a second's worth at PUSH_RATE.
    assert twice <= in_flight, twice - in_flight
    assert max(len(messages) for messages in got.values()) <= 2
    assert len(in_flight) <= RATE, in_flight
    assert sum(len(messages) for messages in got.values()) == USERS + len(twice)
    assert "Traceback" not in output, output[-3000:]


async def test_a_push_claimed_by_a_killed_worker_goes_out_at_the_restart(tmp_path: Path) -> None:
    """Killed between claiming people and queueing their pushes, a worker leaves each a
    3-minute lease; the next process (SQLite: the only one) takes them on at once, so a
    push due while the bot was down is not late by the lease, or lost past local midnight."""
    db_path = tmp_path / "kill.sqlite3"
    log = tmp_path / "bot.log"
    db = Database(f"sqlite:///{db_path}")
    now = datetime.now(UTC)
    ids = [950_000 + i for i in range(5)]
    await upgrade(db)
    await insert_users(
        db,
        (
            user_row(uid, now=now, next_push_at=now - timedelta(minutes=1), tz=midday_zone(now))
            for uid in ids
        ),
    )
    with db.session() as s:  # what the dead worker's claim left
        s.execute(update(User).values(push_lease_until=now + timedelta(minutes=3)))

    with BotApiStandIn(TOKEN, files_dir=tmp_path / "files") as standin:
        bot = start_bot(standin, db_path, log)
        try:
            await standin.until(lambda: pushes(standin) >= len(ids), timeout=20)
            await asyncio.sleep(1.0)  # room for a second push to show
        finally:
            bot.send_signal(signal.SIGTERM)
            bot.wait(timeout=20)
        got = {uid: len(standin.messages(uid)) for uid in ids}
    final = await records(db)
    await db.dispose()
    assert got == dict.fromkeys(ids, 1)
    assert sorted(r.user_id for r in final if r.status == "sent") == ids
