"""The real Application with the inbox and outbox (bot/tg/inbox.py, bot/tg/outbox.py): a slow
Telegram for one person does not hold up another, and one person's messages are handled, and
answered, in the order sent."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path

import pytest

from bot.tg import inbox, outbox, runner
from tests.e2e.harness import Chat, bot_env, eventually


def calls_to(env, method: str, chat_id: int) -> int:  # type: ignore[no-untyped-def]
    return sum(1 for c in env.standin.calls(method) if c.params.get("chat_id") == chat_id)


async def held_reply(env, chat: Chat, *texts: str) -> tuple[threading.Event, list[int]]:  # type: ignore[no-untyped-def]
    """Send `texts` from `chat` with its replies held at the stand-in; return once the first
    reply is waiting there, with the gate that lets it through and the update ids."""
    gate = env.standin.hold("sendMessage", chat.chat_id)
    ids = []
    for text in texts:
        env.standin.send_text(chat.user_id, text)
        ids.append(env.standin.last_update_id)

    async def first_reply_is_held() -> bool:
        return calls_to(env, "sendMessage", chat.chat_id) >= 1

    await eventually(first_reply_is_held)
    return gate, ids


async def test_one_slow_chat_does_not_hold_up_another(env) -> None:
    slow, quick = env.chat(8101), env.chat(8102)
    gate, [held] = await held_reply(env, slow, "/start")
    try:
        replies = await quick.say("/start")  # answered while the other reply hangs
        assert replies and "goal" in replies[-1].text.lower()
        assert not env.finished(held)
    finally:
        gate.set()
    await env.processed_update(held)
    assert "goal" in slow.last_text().lower()


async def test_one_chats_messages_wait_for_each_other(env) -> None:
    chat, other = env.chat(8201), env.chat(8202)
    gate, [first, second] = await held_reply(env, chat, "/start", "/help")
    try:
        # /help was read before this and, were it not waiting its turn, would have run
        # alongside it; the short sleep only gives a wrongly started /help more rope.
        await other.say("/start")
        await asyncio.sleep(0.05)
        assert calls_to(env, "sendMessage", chat.chat_id) == 1  # /help's reply waits its turn
        assert not env.finished(first) and not env.finished(second)
    finally:
        gate.set()
    await env.processed_update(second)
    texts = [m.text or "" for m in env.standin.messages(chat.chat_id)]
    assert "Glute Coach" in texts[0] and "goal" in texts[1].lower()  # /start's two replies
    assert "/today" in texts[2] and len(texts) == 3  # then /help's


async def test_a_freed_slot_takes_the_next_chat_without_waiting_for_a_look(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One update at a time, and the inbox and sender never look on their own (their idle
    looks an hour apart): a finished update's slot must still go to the next chat waiting,
    and each reply out, woken by what changed, not by a timer."""
    monkeypatch.setattr(runner, "CONCURRENT_UPDATES", 1)
    monkeypatch.setattr(inbox, "IDLE", 3600.0)
    monkeypatch.setattr(outbox, "IDLE", 3600.0)
    async with bot_env(tmp_path) as env:
        people = [8301, 8302, 8303, 8304]
        for person in people:
            env.standin.send_text(person, "/help")
        last = env.standin.last_update_id
        for update_id in range(last - len(people) + 1, last + 1):
            await env.processed_update(update_id, timeout=15)
        for person in people:
            assert "/today" in (env.standin.messages(person)[-1].text or "")
