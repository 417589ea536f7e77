"""Nothing a person sends is lost or done twice, however often the bot is killed.

The bot runs as a real subprocess (`python -m bot run`, or `python -m bot webhook` with this
test playing Telegram's webhook delivery, tests/webhook_pusher.py) on a real SQLite file.
Several people onboard by buttons, log sets, ask questions and press buttons, while the bot
is SIGKILLed at random moments and started again, at least 25 times. At the end it runs
until the inbox and the outbox are empty, and everything is accounted for
(tests/kill_rig.py `reckon`):

    lost            an update the stand-in delivered that is not done
    done twice      an update whose replies were recorded twice (a second processing);
                    also set rows and unknown questions counted against what was sent
    undelivered     a reply recorded that never reached the stand-in
    duplicates      a call made twice; allowed only for calls in flight when the bot was
                    killed (the one way a person can see a message twice)

And the same update delivered twice (posted again after its 200; read again by polling
after a restart because the offset never moved past it) is done once.

KILL_SEED=<n> replays one run's kill moments (the seed is printed with the summary).
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import random
import re
import socket
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import update as sa_update

from bot.standin.server import BotApiStandIn
from bot.store import inbox
from bot.store.db import Database
from bot.store.inbox import incoming
from bot.store.migrate import upgrade
from bot.store.models import InboxUpdate
from tests.kill_rig import (
    NAMES,
    SECRET,
    TOKEN,
    BotProcess,
    DbWatch,
    Kill,
    Person,
    Report,
    per_person,
    reckon,
    say,
    watching,
)
from tests.webhook_pusher import WebhookPusher

KILLS = 25
PEOPLE = 8
STARTING = 0.2  # share of kills that land while the bot is still starting
UP_FOR = (0.0, 1.0)  # seconds the bot serves before it is killed
STEP_TIMEOUT = 120.0  # for one person's reply, across however many kills


def free_port() -> int:
    """A free port below the ephemeral range. The bot binds it again at every restart, and
    while it is down nothing else may take it: an ephemeral port could be handed to some
    outgoing connection meanwhile, even to a POST to this very port (a TCP self-connect)."""
    low = 32768
    with contextlib.suppress(OSError, ValueError):
        low = int(Path("/proc/sys/net/ipv4/ip_local_port_range").read_text().split()[0])
    rng = random.SystemRandom()
    for _ in range(100):
        port = rng.randrange(max(1024, low - 12000), low)
        with socket.socket() as sock:
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError("no free port below the ephemeral range")


async def until(check: Callable[[], object], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise TimeoutError(what)
        await asyncio.sleep(0.02)


def raise_failed(tasks: list[asyncio.Task[None]]) -> None:
    for task in tasks:
        if task.done() and not task.cancelled() and task.exception() is not None:
            raise task.exception()  # type: ignore[misc]


@dataclass
class Rig:
    mode: str  # "run" (long polling) or "webhook"
    standin: BotApiStandIn
    bot: BotProcess
    watch: DbWatch
    pusher: WebhookPusher | None  # Telegram's webhook delivery, in webhook mode

    def person(self, n: int) -> Person:
        return Person(self.standin, self.watch, 710_001 + n, NAMES[n], self.handed_over)

    def handed_over(self, update_id: int) -> bool:
        """Telegram is done with the update: the webhook answered 200, or getUpdates was
        asked for an offset past it."""
        if self.pusher is not None:
            return self.pusher.delivered[update_id] > 0
        return update_id <= self.standin.last_update_id - self.standin.pending_updates()

    def drained(self) -> bool:
        """Every update delivered and done, every reply made."""
        delivered = self.pusher.idle() if self.pusher else self.standin.pending_updates() == 0
        return delivered and self.watch.waiting() == 0 and not self.watch.open_rows

    def redelivered(self) -> int:
        """Right after a kill (long polling): updates already stored that Telegram will
        deliver again, because the offset never moved past them."""
        last, pending = self.standin.last_update_id, self.standin.pending_updates()
        waiting = set(range(last - pending + 1, last + 1))  # the queue: a suffix of ids
        return len(waiting & set(self.watch.inbox))

    def reposted(self) -> int:
        """At the end (webhook): updates stored by a POST whose 200 never came back, so
        posted again (stored before the POST that got the 200 began)."""
        assert self.pusher is not None
        stored = self.watch.received_at()
        ok = self.pusher.first_ok_at
        return sum(1 for u, at in ok.items() if u in stored and stored[u] < at)

    async def restart(self) -> None:
        self.bot.kill()
        self.bot.start()
        await self.bot.until_ready()

    async def finish(self) -> None:
        """Run until drained, then stop with SIGTERM: a clean exit."""
        if not self.bot.alive():
            self.bot.start()
        # Serving before the SIGTERM: one arriving while Python still imports ends the
        # process by the signal's default action (-15), which says nothing of a clean stop.
        await self.bot.until_ready()
        await until(self.drained, 30, "the inbox and outbox never emptied")
        code = await asyncio.to_thread(self.bot.stop)
        assert code == 0, f"the bot exited with {code} on SIGTERM:\n{self.bot.tail()}"
        self.watch.refresh()
        self.watch.check_all_rows_known()


@contextlib.asynccontextmanager
async def pat_onboarded(tmp_path: Path) -> AsyncIterator[tuple[Rig, Person]]:
    """A polling bot running, and one person set up on it."""
    async with rigged("run", tmp_path) as rig:
        pat = rig.person(0)
        rig.bot.start()
        await rig.bot.until_ready()
        await pat.onboard(30)
        yield rig, pat


@contextlib.asynccontextmanager
async def rigged(mode: str, tmp_path: Path) -> AsyncIterator[Rig]:
    db_path = tmp_path / "kill.sqlite3"
    db = Database(f"sqlite:///{db_path}")
    try:
        await upgrade(db)
    finally:
        await db.dispose()
    with BotApiStandIn(TOKEN, files_dir=tmp_path / "files") as standin:
        port = free_port() if mode == "webhook" else 0
        bot = BotProcess(mode, standin, db_path, tmp_path / "bot.log", port=port)
        pusher = WebhookPusher(standin, bot.webhook_url, SECRET) if mode == "webhook" else None
        watch = DbWatch(db_path)
        watcher = asyncio.create_task(watching(watch))
        if pusher is not None:
            pusher.start()
        try:
            yield Rig(mode, standin, bot, watch, pusher)
        finally:
            watcher.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await watcher
            if pusher is not None:
                pusher.stop()
            if bot.alive():
                bot.kill()
            watch.close()


# --------------------------------------------------------------------------- 1, 2: kills


async def kill_run(rig: Rig, seed: int) -> tuple[Report, str]:
    """People at work while the bot is killed KILLS times; the reckoning once it drained."""
    rng = random.Random(seed)
    began = time.monotonic()
    bot, watch = rig.bot, rig.watch
    people = [rig.person(n) for n in range(PEOPLE)]
    stop = asyncio.Event()
    tasks = [asyncio.create_task(p.run(stop, STEP_TIMEOUT)) for p in people]
    kills: list[Kill] = []
    starts: list[float] = []  # seconds from start to serving
    try:
        for _ in range(KILLS):
            bot.start()
            if rng.random() < STARTING:
                await asyncio.sleep(rng.uniform(0.0, 1.0))
                up = await asyncio.to_thread(bot.ready)
            else:
                await bot.until_ready()
                starts.append(time.monotonic() - bot.started_at)
                up = True
                await asyncio.sleep(rng.uniform(*UP_FOR))
            raise_failed(tasks)
            bot.kill()
            watch.refresh()
            sending = watch.sending()
            chats = {watch.rows[i].chat_id for i in sending}
            at = time.monotonic() - began
            again = rig.redelivered() if rig.pusher is None else 0
            kills.append(Kill(at, up, watch.waiting(), sending, chats, again))
        stop.set()
        bot.start()
        done, _ = await asyncio.wait(tasks, timeout=STEP_TIMEOUT * 2)
        raise_failed(tasks)
        assert len(done) == len(tasks), "some people never got their last reply"
        await rig.finish()
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
    redelivered = sum(k.redelivered for k in kills) if rig.pusher is None else rig.reposted()
    report = reckon(rig.mode, rig.standin, watch, people, kills, redelivered=redelivered)
    report.seconds = time.monotonic() - began
    report.extra["seconds to start (mean)"] = f"{sum(starts) / max(1, len(starts)):.2f}"
    if rig.pusher is not None:
        statuses = dict(sorted(rig.pusher.statuses.items(), key=lambda kv: str(kv[0])))
        report.extra["webhook answers (None: none)"] = statuses
    return report, f"{per_person(watch, people)}\n{bot.tail()}"


def check(report: Report, details: str, seed: int) -> None:
    print(f"\n{report.mode}: kill seed {seed}\n{report.table()}")
    assert len(report.kills) >= KILLS
    # The kills must have hit the bot at work, or they prove nothing.
    assert sum(1 for k in report.kills if k.waiting or k.sending) >= KILLS // 3, report.table()
    assert not report.lost, f"updates without effect: {report.lost}\n{details}"
    assert not report.done_twice, f"updates done twice: {report.done_twice}\n{details}"
    assert report.sets[0] == report.sets[1], f"set rows: {report.sets}\n{details}"
    assert report.unknown[0] == report.unknown[1], f"unknown questions: {report.unknown}\n{details}"
    assert not report.silent, f"updates that got no reply: {report.silent}\n{details}"
    assert not report.poison_replied, report.poison_replied
    assert report.poison[0] == report.poison[1] == PEOPLE
    assert not report.out_of_order, "\n".join(report.out_of_order[:5])
    assert not report.processed_out_of_order, report.processed_out_of_order
    assert not report.undelivered, f"replies never delivered: {report.undelivered[:5]}"
    assert not report.refused, f"replies Telegram refused: {report.refused[:5]}"
    # A call is made twice only when a kill caught it in flight, and a chat has at most
    # one call in flight (its calls go one at a time): at most one duplicate per chat a kill.
    assert not report.unexplained, f"sent twice, not in flight at a kill: {report.unexplained}"
    for kill in report.kills:
        assert len(kill.sending) == len(kill.chats_sending) <= PEOPLE, kill


def kill_seed() -> int:
    raw = os.environ.get("KILL_SEED")
    return int(raw) if raw else random.SystemRandom().randrange(1_000_000)


async def test_polling_survives_sigkill_at_random_moments(tmp_path: Path) -> None:
    seed = kill_seed()
    async with rigged("run", tmp_path) as rig:
        report, details = await kill_run(rig, seed)
    check(report, details, seed)
    assert "Traceback" not in rig.bot.output(), rig.bot.tail()


# --------------------------------------------------------------------------- 3: twice


def replies_to(watch: DbWatch, update_id: int) -> list[str]:
    return sorted(r.key for r in watch.rows.values() if r.update_id == update_id)


async def test_webhook_update_posted_again_after_its_200_is_done_once(tmp_path: Path) -> None:
    async with rigged("webhook", tmp_path) as rig:
        assert rig.pusher is not None
        pat = rig.person(0)
        rig.bot.start()
        await rig.bot.until_ready()
        await pat.onboard(30)
        await pat.act(say("what about quokka yoga for pat?", unknown=1), 30)
        question = pat.updates[-1]
        assert rig.pusher.delivered[question] == 1
        first = replies_to(rig.watch, question)
        seen = len(rig.standin.messages(pat.user_id))
        raw = rig.pusher.raw[question]

        # Telegram posts it again after the 200 (it never got the answer), twice, then
        # three times at once.
        assert rig.pusher.post(raw) == 200
        assert rig.pusher.post(raw) == 200
        posts = [asyncio.to_thread(rig.pusher.post, raw) for _ in range(3)]
        assert await asyncio.gather(*posts) == [200, 200, 200]
        # ... and once more to a bot killed and started again.
        await rig.restart()
        assert rig.pusher.post(raw) == 200
        # A new update posted twice at once, before either is processed.
        rig.pusher.stop()  # from here this test delivers by hand
        rig.standin.send_text(pat.user_id, "what about quokka yoga for pat again?")
        fresh = rig.standin.last_update_id
        update = await asyncio.to_thread(take_update, rig.standin, fresh)
        both = [asyncio.to_thread(rig.pusher.post, update) for _ in range(2)]
        assert await asyncio.gather(*both) == [200, 200]
        await until(lambda: rig.watch.settled(fresh), 30, "the fresh update was not done")
        await asyncio.sleep(1.0)  # room for a second processing to show
        await rig.finish()

        assert rig.pusher.delivered[question] == 7
        assert rig.pusher.delivered[fresh] == 2
        assert rig.watch.inbox[question] == ("done", 1)
        assert rig.watch.inbox[fresh] == ("done", 1)
        assert replies_to(rig.watch, question) == first
        assert len(replies_to(rig.watch, fresh)) == len(first)
        assert len(rig.standin.messages(pat.user_id)) == seen + 1
        assert rig.watch.count_by_user("unanswered_questions")[pat.user_id] == 2


def take_update(standin: BotApiStandIn, update_id: int) -> dict[str, object]:
    """The queued update `update_id` as Telegram would deliver it (and confirmed)."""
    status, body, _ = standin.handle_api(
        standin.token, "getUpdates", {"offset": update_id, "timeout": 0}, {}
    )
    assert status == 200, body
    [update] = [u for u in body["result"] if u["update_id"] == update_id]
    standin.handle_api(standin.token, "getUpdates", {"offset": update_id + 1, "timeout": 0}, {})
    return update


async def test_polling_update_read_again_after_a_restart_is_done_once(tmp_path: Path) -> None:
    async with pat_onboarded(tmp_path) as (rig, pat):
        standin, watch = rig.standin, rig.watch

        # The bot is in a long poll; every getUpdates after it fails, so the offset that
        # would confirm the next update never reaches Telegram.
        def in_long_poll() -> bool:
            calls = standin.calls("getUpdates")
            return bool(calls) and calls[-1].status == 0 and time.monotonic() - calls[-1].time > 0.1

        await until(in_long_poll, 15, "the bot is not long polling")
        standin.fail_randomly(1.0, statuses=(502,), methods=["getUpdates"])
        await pat.act(say("what about quokka yoga for pat?", unknown=1), 30)
        question = pat.updates[-1]
        assert standin.pending_updates() == 1, "the update was confirmed: nothing to read again"
        first = replies_to(watch, question)
        seen = len(standin.messages(pat.user_id))

        # Killed before it could confirm: the next process reads the update again.
        rig.bot.kill()
        standin.fail_randomly(0)
        rig.bot.start()
        # Only a bot that read the update again can confirm it (its offset starts afresh).
        await until(lambda: standin.pending_updates() == 0, 30, "the update was not read again")
        await asyncio.sleep(1.0)  # room for a second processing to show
        await rig.finish()

        assert watch.inbox[question] == ("done", 1)
        assert replies_to(watch, question) == first
        assert len(standin.messages(pat.user_id)) == seen
        assert watch.count_by_user("unanswered_questions")[pat.user_id] == 1


async def test_an_update_whose_processing_never_finished_gets_an_apology(tmp_path: Path) -> None:
    """A slow update (a first /progress chart) caught by kill after kill is, after MAX_CLAIMS
    claims, set aside so its chat goes on; the person is told something went wrong, once,
    instead of never hearing back."""
    async with pat_onboarded(tmp_path) as (rig, pat):
        standin, watch = rig.standin, rig.watch
        rig.bot.kill()
        seen = len(standin.messages(pat.user_id))
        # What ten processes killed while processing it leave behind.
        standin.send_text(pat.user_id, "/progress")
        stuck = standin.last_update_id
        raw = await asyncio.to_thread(take_update, standin, stuck)
        update = incoming(raw)
        assert update is not None
        db = Database(f"sqlite:///{rig.bot.db_path}")
        try:
            await db.run(lambda s: inbox.store(s, [update], datetime.now(UTC)))
            await db.run(
                lambda s: s.execute(
                    sa_update(InboxUpdate)
                    .where(InboxUpdate.update_id == stuck)
                    .values(attempts=inbox.MAX_CLAIMS)
                )
            )
        finally:
            await db.dispose()
        rig.bot.start()
        await pat.act(say("/week"), 30)  # the chat goes on
        await rig.finish()

        assert watch.inbox[stuck] == (inbox.ASIDE, inbox.MAX_CLAIMS)
        replies = [m.text or "" for m in standin.messages(pat.user_id)[seen:]]
        assert len(replies) == 2, replies
        assert "something went wrong" in replies[0]
        # /week's answer: "Your first week" when no workout is left this week (the bot runs on
        # the real clock: on a Thursday evening Pat's Mon/Thu program starts next Monday)
        assert re.match(r"<b>Your (first )?week</b> \(from ", replies[1]), replies[1]
