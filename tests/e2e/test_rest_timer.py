"""The rest timer through the running bot: the stand-in, real HTTP, a SQLite file, the
Application's own rest loop. Offered under the exercise being logged, said over once when
due (a new message, since edits don't notify), replaced by a new press, cancelled by logging,
and fired after a restart whether it came due while the bot was down or after."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from sqlalchemy import func, select

from bot.standin.server import BotApiStandIn, SentMessage
from bot.store.rest_timers import RestTimer
from bot.tg.runner import Worker
from bot.training.rest import LATE
from tests.e2e.flows import onboard
from tests.e2e.harness import DEFAULT_NOW, Chat, Env, bot_env, texts

# Toning at a gym (onboard()): a minute's rest between sets everywhere.
MINUTE = timedelta(seconds=60)


def rest_overs(standin: BotApiStandIn, chat_id: int) -> list[SentMessage]:
    return [m for m in standin.messages(chat_id) if "Rest over" in (m.text or "")]


async def start_logging(chat: Chat) -> SentMessage:
    """Onboard, then /today → Start logging; the first exercise asked (Monday: squat)."""
    await onboard(chat)
    await chat.say("/today")
    replies = await chat.tap("Start logging")
    ask = replies[-1]
    assert "1/4 · Squat" in (ask.text or "")
    return ask


def rest_button(message: SentMessage) -> tuple[str, str]:
    [(label, data)] = [(t, d) for row in message.buttons for t, d in row if "Rest" in t]
    assert data is not None
    return label, data


async def tick(env: Env) -> int:
    """One look by the rest loop, now (the loop also looks every second on its own)."""
    worker: Worker = env.app.bot_data["worker"]
    return await worker.rest.tick()


async def timers(env: Env) -> int:
    return await env.svc.db.run(
        lambda s: s.scalar(select(func.count()).select_from(RestTimer)) or 0
    )


async def rest_over(env: Env, chat: Chat, *, after: int = 0) -> SentMessage:
    """The newest "rest over" message once there is one (newer than message `after`)."""
    found = await env.standin.until(
        lambda: [m for m in rest_overs(env.standin, chat.chat_id) if m.message_id > after],
        timeout=10,
    )
    return found[-1]


async def test_rest_is_offered_started_and_said_over_once(tmp_path):
    async with bot_env(tmp_path) as env:
        chat = env.chat(8001)
        ask = await start_logging(chat)
        label, data = rest_button(ask)
        assert label == "⏱ Rest 1 min"

        replies = await chat.press(ask.message_id, data)
        assert "⏱ Resting 1 min before your next set of <b>Squat</b>" in texts(replies)
        assert [m.message_id for m in replies if m.message_id == ask.message_id] == []
        env.clock.advance(MINUTE - timedelta(seconds=1))
        assert await tick(env) == 0
        assert rest_overs(env.standin, 8001) == []

        env.clock.advance(timedelta(seconds=1))
        over = await rest_over(env, chat)  # the loop, on its own
        assert over.text == "⏱ Rest over (1 min): back to <b>Squat</b>."
        assert rest_button(over)[0] == "⏱ Rest 1 min"
        env.clock.advance(MINUTE * 5)
        assert await tick(env) == 0
        await asyncio.sleep(1.2)  # the loop has looked again too
        assert len(rest_overs(env.standin, 8001)) == 1
        assert await timers(env) == 0


async def test_a_new_press_replaces_the_rest_and_a_rest_message_turns_into_the_next(tmp_path):
    async with bot_env(tmp_path) as env:
        chat = env.chat(8002)
        ask = await start_logging(chat)
        await chat.press(ask.message_id, rest_button(ask)[1])
        env.clock.advance(timedelta(seconds=40))
        await chat.press(ask.message_id, rest_button(ask)[1])  # pressed again: from now on
        env.clock.advance(timedelta(seconds=30))  # the first would be over by now
        assert await tick(env) == 0
        assert rest_overs(env.standin, 8002) == [] and await timers(env) == 1
        env.clock.advance(timedelta(seconds=30))
        over = await rest_over(env, chat)

        # After the next set, its button: that message becomes the running rest (one edit,
        # no new message), and the next "rest over" is a new message.
        replies = await chat.press(over.message_id, rest_button(over)[1])
        [edited] = replies
        assert edited.message_id == over.message_id and edited.edits == 1
        assert "Resting 1 min" in (edited.text or "") and edited.buttons == []
        env.clock.advance(MINUTE)
        second = await rest_over(env, chat, after=over.message_id)
        assert rest_overs(env.standin, 8002) == [second]  # the first now reads "Resting"


async def test_logging_the_exercise_ends_its_rest(tmp_path):
    async with bot_env(tmp_path) as env:
        chat = env.chat(8003)
        ask = await start_logging(chat)
        await chat.press(ask.message_id, rest_button(ask)[1])
        await chat.say("60kg 12 12 12")
        replies = await chat.tap("Save")
        assert "2/4" in replies[-1].text
        assert rest_button(replies[-1])  # the next exercise offers its own rest
        env.clock.advance(MINUTE * 2)
        assert await tick(env) == 0
        assert rest_overs(env.standin, 8003) == [] and await timers(env) == 0


async def test_a_rest_due_while_the_bot_was_down_is_said_once_after_the_restart(tmp_path):
    # Telegram (the stand-in) and the database file outlive the bot process.
    with BotApiStandIn(files_dir=tmp_path / "files") as standin:
        async with bot_env(tmp_path, standin=standin) as env:
            chat = env.chat(8004)
            ask = await start_logging(chat)
            await chat.press(ask.message_id, rest_button(ask)[1])
            started = env.clock.now()
        # Down for two minutes: the rest came due meanwhile.
        async with bot_env(tmp_path, standin=standin, now=started + MINUTE * 2) as env:
            chat = env.chat(8004)
            over = await rest_over(env, chat)
            assert "back to <b>Squat</b>" in (over.text or "")
            assert await tick(env) == 0
        async with bot_env(tmp_path, standin=standin, now=started + MINUTE * 3) as env:
            assert await tick(env) == 0
            assert len(rest_overs(standin, 8004)) == 1


async def test_a_rest_due_after_a_restart_is_said_by_the_new_process(tmp_path):
    with BotApiStandIn(files_dir=tmp_path / "files") as standin:
        async with bot_env(tmp_path, standin=standin) as env:
            chat = env.chat(8005)
            ask = await start_logging(chat)
            await chat.press(ask.message_id, rest_button(ask)[1])
            started = env.clock.now()
        async with bot_env(tmp_path, standin=standin, now=started + timedelta(seconds=20)) as env:
            chat = env.chat(8005)
            assert await tick(env) == 0
            env.clock.advance(timedelta(seconds=40))
            over = await rest_over(env, chat)
            # Its button works in the new process: the next rest runs from that message.
            replies = await chat.press(over.message_id, rest_button(over)[1])
            assert "Resting 1 min" in texts(replies)
            assert await timers(env) == 1


async def test_a_rest_long_overdue_after_a_restart_is_dropped_unsaid(tmp_path):
    with BotApiStandIn(files_dir=tmp_path / "files") as standin:
        async with bot_env(tmp_path, standin=standin, now=DEFAULT_NOW) as env:
            chat = env.chat(8006)
            ask = await start_logging(chat)
            await chat.press(ask.message_id, rest_button(ask)[1])
            started = env.clock.now()
        later = started + MINUTE + LATE + timedelta(minutes=1)
        async with bot_env(tmp_path, standin=standin, now=later) as env:
            await tick(env)
            assert await timers(env) == 0
            assert rest_overs(standin, 8006) == []


async def test_a_rest_typed_starts_the_timer_and_is_no_set(tmp_path):
    # "1 min rest" typed between sets was read as a set of 1 rep (the remark "min rest")
    async with bot_env(tmp_path) as env:
        chat = env.chat(8007)
        await start_logging(chat)
        replies = await chat.say("90 sec rest")
        assert "⏱ Resting 1 min 30 s before your next set of <b>Squat</b>" in texts(replies)
        assert await timers(env) == 1
        env.clock.advance(timedelta(seconds=90))
        over = await rest_over(env, chat)
        assert over.text == "⏱ Rest over (1 min 30 s): back to <b>Squat</b>."
        replies = await chat.say("start the timer")  # no time said: the plan's rest
        assert "⏱ Resting 1 min before your next set of <b>Squat</b>" in texts(replies)
        replies = await chat.say("40kg 12 12 10")  # the sets still go in as ever
        assert "Save it?" in texts(replies)
