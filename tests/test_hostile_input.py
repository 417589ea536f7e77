"""Hostile input, property-based: thousands of random texts and forged button presses sent
through the stand-in to the real Application (one running bot for all examples).

For every update: no handler raises ("handler failed" is never logged; the bugs these
tests found are pinned by a regression test at the end), the person gets at least one reply
(sendMessage, editMessageText, answerCallbackQuery, ...), and the two people who own data
(logged sets, a half-confirmed entry, a live /delete offer) see none of it change, whatever
the others press. The token never reaches the log (the production log setup, captured).
"""

from __future__ import annotations

import asyncio
import io
import logging
import os
import threading
from collections.abc import Coroutine, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Table, select

from bot.runtime.logs import setup_logging
from bot.standin.server import BotApiStandIn
from bot.store.models import (
    Delivery,
    ExerciseLog,
    SetLog,
    UnansweredQuestion,
    User,
    WorkoutSession,
)
from bot.store.report_models import ReportState
from tests.e2e.flows import onboard
from tests.e2e.harness import Env, bot_env

T = TypeVar("T")
VICTIMS = (5001, 5002)
ATTACKERS = (6001, 6002, 6003, 6004)
# Handler failures still tolerated (name -> marks in the logged traceback); the regression
# test test_fixed_bugs_in_button_handling_and_log_errors_stay_fixed keeps the fixed ones fixed.
KNOWN_BUGS: dict[str, tuple[str, ...]] = {}  # none left: all four found are fixed
EDITS = frozenset({"editmessagetext", "editmessagereplymarkup"})
REPLIES = frozenset(
    {"sendmessage", "editmessagetext", "editmessagereplymarkup", "answercallbackquery"}
    | {"sendphoto", "senddocument"}
)

# Sized for ~50 s in all (texts ~25 ms each, presses ~9 ms); HOSTILE_EXAMPLES scales both.
EXAMPLES_TEXT = int(os.environ.get("HOSTILE_EXAMPLES", 1000))
EXAMPLES_CALLBACK = EXAMPLES_TEXT * 2


class LoopThread:
    """An event loop in a thread: the bot keeps running between hypothesis examples, which
    call into it synchronously."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()

    def run(self, coro: Coroutine[Any, Any, T], timeout: float = 60) -> T:
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(timeout)

    def close(self) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(timeout=10)
        self.loop.close()


@dataclass
class CallTap:
    """What the bot asked of the stand-in, in order: (method, chat_id, query id, status)."""

    calls: list[tuple[str, Any, Any, int]] = field(default_factory=list)
    last_bot_message: dict[int, int] = field(default_factory=dict)
    # Per chat, the newest message with buttons: (message_id, [callback_data, ...]).
    keyboard: dict[int, tuple[int, list[str]]] = field(default_factory=dict)

    def install(self, standin: BotApiStandIn) -> None:
        original = standin.handle_api

        def handle_api(token: str, method: str, params: Any, files: Any) -> Any:
            status, body, delay = original(token, method, params, files)
            name, chat = method.lower(), params.get("chat_id")
            self.calls.append((name, chat, params.get("callback_query_id"), status))
            if status == 200 and isinstance(chat, int) and name in EDITS | {"sendmessage"}:
                mid = body["result"]["message_id"]
                if name == "sendmessage":
                    self.last_bot_message[chat] = mid
                rows = (params.get("reply_markup") or {}).get("inline_keyboard", [])
                data = [b["callback_data"] for row in rows for b in row if "callback_data" in b]
                if data:
                    self.keyboard[chat] = (mid, data)
                elif self.keyboard.get(chat, (None,))[0] == mid:
                    del self.keyboard[chat]  # that keyboard went away
            return status, body, delay

        standin.handle_api = handle_api  # type: ignore[method-assign]

    def replied(self, since: int, chat_id: int, query_id: str | None = None) -> bool:
        return any(
            method in REPLIES
            and status == 200
            and (chat == chat_id or (query and query == query_id))
            for method, chat, query, status in self.calls[since:]
        )


@dataclass(repr=False)
class World:
    loop: LoopThread
    env: Env
    tap: CallTap
    log: io.StringIO
    victim_ids: dict[str, str]  # what forged data may point at: log ids, nonce, ...
    baseline: dict[str, list[tuple[Any, ...]]]
    forged: st.SearchStrategy[str] = field(default_factory=st.nothing)
    tolerated: dict[str, int] = field(default_factory=dict)  # known bugs met, by name

    def __repr__(self) -> str:
        return f"World(running bot, victims {VICTIMS}, attackers {ATTACKERS})"

    def text(self, user: int, text: str) -> None:
        since, logged = len(self.tap.calls), self.log.tell()
        standin = self.env.standin
        standin.send_text(user, text)
        self.loop.run(self.env.processed_update(standin.last_update_id))
        self.check_log(logged)
        assert self.tap.replied(since, user), f"no reply to {text!r} from {user}"

    def press(self, user: int, data: str | int) -> None:
        """Press forged `data` on the person's last bot message, or (an int) one of the
        buttons really on their newest keyboard."""
        since, logged = len(self.tap.calls), self.log.tell()
        standin = self.env.standin
        message_id = self.tap.last_bot_message[user]
        if isinstance(data, int):
            message_id, buttons = self.tap.keyboard.get(user, (message_id, ["1:none"]))
            data = buttons[data % len(buttons)]
        query = standin.press(user, message_id, data)
        self.loop.run(self.env.processed_update(standin.last_update_id))
        self.check_log(logged)
        assert self.tap.replied(since, user, query), f"no answer to {data!r} from {user}"

    def check_log(self, since: int = 0) -> None:
        """No token, and nothing failed, in what was logged after `since` (one update's
        lines): a failure is tolerated only if it is one of the KNOWN_BUGS, counted."""
        text = self.log.getvalue()[since:]
        assert self.env.standin.token not in text
        if "handler failed" in text:
            known = [name for name, marks in KNOWN_BUGS.items() if all(m in text for m in marks)]
            assert known, text[-3000:]
            self.tolerated[known[0]] = self.tolerated.get(known[0], 0) + 1


TABLES: dict[str, tuple[Table, Any]] = {
    "users": (User.__table__, User.__table__.c.id),
    "set_logs": (SetLog.__table__, SetLog.__table__.c.user_id),
    "exercise_logs": (ExerciseLog.__table__, ExerciseLog.__table__.c.user_id),
    "workout_sessions": (WorkoutSession.__table__, WorkoutSession.__table__.c.user_id),
    "report_state": (ReportState.__table__, ReportState.__table__.c.user_id),
    "deliveries": (Delivery.__table__, Delivery.__table__.c.user_id),
    "unanswered": (UnansweredQuestion.__table__, UnansweredQuestion.__table__.c.user_id),
}


async def snapshot(env: Env) -> dict[str, list[tuple[Any, ...]]]:
    """Every row the victims own, column by column."""
    out = {}
    with env.svc.db.session() as s:
        for name, (table, owner) in TABLES.items():
            rows = (s.execute(select(table).where(owner.in_(VICTIMS)))).all()
            out[name] = sorted((tuple(r) for r in rows), key=repr)
    return out


async def prepare(env: Env) -> dict[str, str]:
    """Two people with data to protect, four to attack from, each at a different point."""
    v1, v2 = (env.chat(v) for v in VICTIMS)
    await onboard(v1)
    for typed in ("squat 60kg 12 12 12", "hip thrust 80kg 10 10 10"):
        await v1.say(typed)
        await v1.tap("Save")
    await v1.say("/delete")  # a live offer: its nonce is in report_state
    await onboard(v2, goal="Compete in bikini")
    await v2.say("squat 70kg 8 8 8")  # echoed, waiting for Save

    a1, a2, a3, a4 = (env.chat(a) for a in ATTACKERS)
    await a1.say("hello")  # a first message: onboarding starts
    await a2.say("/start")
    for label in ("Tone up", "New to lifting", "A gym"):
        await a2.tap(label)  # at the days question (day buttons parse numbers)
    await onboard(a3)
    await onboard(a4)
    await a4.say("squat 50kg 10 10 10")  # mid-logging

    with env.svc.db.session() as s:
        logs = (s.execute(select(ExerciseLog.id).where(ExerciseLog.user_id.in_(VICTIMS)))).scalars()
        state = s.get(ReportState, VICTIMS[0])
        assert state is not None and state.delete_nonce
        ids = {f"log{i}": str(x) for i, x in enumerate(logs)}
        ids["nonce"] = state.delete_nonce
    return ids


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    root = logging.getLogger()
    saved = (root.handlers[:], root.level)
    quiet = {n: logging.getLogger(n).level for n in ("httpx", "httpcore")}
    loop = LoopThread()
    tap = CallTap()
    standin = BotApiStandIn("123456789:TEST-hostile-abcdefghijklmnop")
    standin.start()
    tap.install(standin)
    context = bot_env(tmp_path_factory.mktemp("hostile"), standin=standin)
    try:
        env = loop.run(context.__aenter__())
        # The production log setup (format, token filter, quiet httpx), into a buffer.
        setup_logging(logging.INFO, standin.token)
        log = io.StringIO()
        handler = root.handlers[0]
        assert isinstance(handler, logging.StreamHandler)
        handler.setStream(log)
        root.handlers.extend(h for h in saved[0] if h not in root.handlers)
        victim_ids = loop.run(prepare(env))
        world = World(loop, env, tap, log, victim_ids, loop.run(snapshot(env)))
        world.forged = forged(victim_ids)
        yield world
    finally:
        try:
            loop.run(context.__aexit__(None, None, None))
        finally:
            root.handlers[:] = saved[0]
            root.setLevel(saved[1])
            for name, level in quiet.items():
                logging.getLogger(name).setLevel(level)
            standin.stop()
            loop.close()


# --------------------------------------------------------------------------- strategies

ANY_CHAR = st.characters(exclude_categories=["Cs"])  # everything but lone surrogates
SPECIALS = [
    "<b>", "</b>", "<i>x</i>", "<a href='x'>", "&", "&amp;", "&lt;", "&#0;", "&#x110000;",
    "\u202e", "\u200b", "\u200d", "\ufeff", "\u0000", "\n", "\t", "🍑", "👩‍👩‍👧", "²", "٣", "Ⅻ",
    "/start", "/start@x", "/start@glute_coach_bot", "/today@other_bot", "/", "//", "/ start",
    "/help", "/settings", "/today", "/week", "/program", "/pause", "/resume", "/log", "/undo",
    "/history", "/progress", "/export", "/myths", "/exercise", "/exercise squat", "/delete",
    "squat", "hip thrust", "60kg", "12 12 12", "3x8 @ 40", "1e308", "-5", "NaN", "inf",
    "99999999999999999999", "0", "kg", "lb", "?", "tomorrow", "18:30", "25:99", "Berlin",
    "does the stepmill burn glute fat?", "bikini", "compete", "done", "skip", "swap",
]  # fmt: skip

short_texts = st.text(ANY_CHAR, min_size=1, max_size=60)
texts = st.one_of(
    short_texts,
    short_texts,
    st.lists(
        st.one_of(st.sampled_from(SPECIALS), st.text(ANY_CHAR, max_size=4)),
        min_size=1,
        max_size=8,
    ).map(" ".join),
    # Huge: up to Telegram's 4096 characters.
    st.builds(
        lambda unit, n: (unit * (n // len(unit) + 1))[:n],
        st.text(ANY_CHAR, min_size=1, max_size=12),
        st.integers(3000, 4096),
    ),
).filter(lambda t: t.strip())


def _fit(data: str) -> str:
    """Callback data is at most 64 bytes."""
    return data.encode()[:64].decode("utf-8", "ignore") or "x"


def forged(victim_ids: dict[str, str]) -> st.SearchStrategy[str]:
    logs = sorted(v for k, v in victim_ids.items() if k.startswith("log"))
    nonce = victim_ids["nonce"]
    real = [
        "1:ans:goal:bikini", "1:ans:experience:new", "1:ans:place:gym", "1:ans:time:1830",
        "1:ans:zone:Europe/Berlin", "1:ans:unit:kg", "1:day:9", "1:day:3", "1:day:ok",
        "1:day:sug", "1:set:goal", "1:set:close", "1:start:over", "1:start:keep",
        "1:push:start:20261116", "1:push:skip:20261116", "1:push:move:20261116",
        "1:lg:undo:0", f"1:del:yes:{nonce}", f"1:del:pick:{nonce}:all", f"1:del:no:{nonce}",
        *(f"1:lg:{a}:{x}" for x in logs for a in ("ok", "ed", "done", "skip", "swap", "fix")),
        *(f"1:lg:sw:{x}:hip_thrust" for x in logs),
    ]  # fmt: skip
    part = st.one_of(
        st.sampled_from([*logs, nonce, "0", "-1", "", " ", "1", "20261117", "19700101"]),
        st.sampled_from(["٣", "１２", "1e3", "0x10", "+1", "-0", "9" * 19, "0" * 40]),
        st.from_regex(r"[0-9]{1,25}", fullmatch=True),
        st.text(ANY_CHAR, max_size=6),
    )

    @st.composite
    def mutate(draw: st.DrawFn) -> str:
        parts = draw(st.sampled_from(real)).split(":")
        how = draw(st.sampled_from(["replace", "drop", "extra", "version"]))
        i = draw(st.integers(0, len(parts) - 1))
        if how == "replace":
            parts[i] = draw(part)
        elif how == "drop" and len(parts) > 1:
            del parts[i]
        elif how == "extra":
            parts.insert(i, draw(part))
        else:
            parts[0] = draw(st.sampled_from(["0", "2", "", "01", "1 "]))
        return ":".join(parts)

    return st.one_of(
        st.sampled_from(real),
        mutate(),
        mutate(),
        st.text(ANY_CHAR, min_size=1, max_size=64),
        st.binary(min_size=1, max_size=64).map(lambda b: b.decode("utf-8", "replace")),
    ).map(_fit)


SETTINGS = settings(
    deadline=None,
    database=None,
    derandomize=True,  # the same examples every run: no flaky discoveries in CI
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


# --------------------------------------------------------------------------- properties


def test_prepared_world_is_what_it_claims(world: World) -> None:
    """The victims really own data worth protecting."""
    base = world.baseline
    assert len(base["set_logs"]) == 6 and base["exercise_logs"] and base["report_state"]
    assert any(row for row in base["users"] if "logc:" in repr(row))


@settings(SETTINGS, max_examples=EXAMPLES_TEXT)
@given(user=st.sampled_from(ATTACKERS), text=texts)
def test_random_text_gets_a_reply_and_breaks_nothing(world: World, user: int, text: str) -> None:
    world.text(user, text)


@settings(SETTINGS, max_examples=EXAMPLES_CALLBACK)
@given(user=st.sampled_from(ATTACKERS), data=st.data())
def test_forged_presses_get_an_answer_and_touch_nobody_else(
    world: World, user: int, data: st.DataObject
) -> None:
    """Mostly forged data; one press in four is a real button of the person's own (so the
    walk reaches deeper states for the forgeries that follow)."""
    pressed = data.draw(
        st.one_of(world.forged, world.forged, world.forged, st.integers(0, 20)), label="press"
    )
    world.press(user, pressed)


def test_victims_untouched(world: World) -> None:
    """After everything above (module order): the victims' rows are as they were."""
    print(f"known bugs met (tolerated, see KNOWN_BUGS): {world.tolerated}")
    now = world.loop.run(snapshot(world.env))
    changed = {
        table: {
            "before": sorted(set(rows) - set(now[table])),
            "after": sorted(set(now[table]) - set(rows)),
        }
        for table, rows in world.baseline.items()
        if rows != now[table]
    }
    assert not changed, changed


def test_the_token_never_reached_the_log(world: World) -> None:
    text = world.log.getvalue()
    assert "handler failed" not in text or world.tolerated  # only the known bugs, if any
    assert world.env.standin.token not in text
    assert len(text) > 10_000  # the log really was captured (one line per update at least)


class FailureLog(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


async def test_fixed_bugs_in_button_handling_and_log_errors_stay_fixed(tmp_path: Path) -> None:
    failures = FailureLog()
    logging.getLogger("bot.handlers.fallback").addHandler(failures)
    crashed = []
    try:
        async with bot_env(tmp_path) as env:
            at_days = env.chat(7001)
            await at_days.say("/start")
            for label in ("Tone up", "New to lifting", "A gym"):
                await at_days.tap(label)
            onboarded = env.chat(7002)
            await onboard(onboarded)
            await onboarded.say("/settings")
            menu = onboarded.last_keyboard().message_id
            await onboarded.say("squat 50kg 10 10 10")
            for chat, message_id, data in (
                (onboarded, menu, "1:set:close"),
                (onboarded, menu, "1:set:close"),  # the double tap: keyboard already gone
                (at_days, None, "1:day:²"),
                (onboarded, None, "1:lg:ok:²"),
                (onboarded, None, "1:lg:ed:99999999999999999999"),
            ):
                before = len(failures.messages)
                await chat.press(message_id or chat.last_keyboard().message_id, data)
                if any("handler failed" in m for m in failures.messages[before:]):
                    crashed.append(data)
            before = len(failures.messages)
            await onboarded.say("3x8 @ 40 3x8 @ 40")  # while an entry waits for Save
            if any("handler failed" in m for m in failures.messages[before:]):
                crashed.append("3x8 @ 40 3x8 @ 40")
    finally:
        logging.getLogger("bot.handlers.fallback").removeHandler(failures)
    assert not crashed, f"handler failed on {crashed}"
