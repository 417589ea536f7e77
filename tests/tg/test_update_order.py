"""PerChatUpdateProcessor: concurrent across chats, in arrival order within one, bounded."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import pytest
from telegram import Chat, Message, Update, User

from bot.tg.update_order import PerChatUpdateProcessor

NOW = datetime(2026, 11, 16, 9, 0, tzinfo=UTC)
_ids = iter(range(1, 1_000_000))


def message_update(chat_id: int) -> Update:
    uid = next(_ids)
    chat = Chat(chat_id, Chat.PRIVATE)
    user = User(chat_id, "Pat", is_bot=False)
    return Update(uid, message=Message(uid, NOW, chat, from_user=user, text=f"m{uid}"))


class Trace:
    """Work that records when each update starts and ends, and holds until released."""

    def __init__(self) -> None:
        self.events: list[tuple[str, int]] = []
        self.running = 0
        self.most = 0
        self.gates: dict[int, asyncio.Event] = {}

    async def work(self, update: Update) -> None:
        self.events.append(("start", update.update_id))
        self.running += 1
        self.most = max(self.most, self.running)
        gate = self.gates.setdefault(update.update_id, asyncio.Event())
        await gate.wait()
        self.running -= 1
        self.events.append(("end", update.update_id))

    def release(self, update: Update) -> None:
        self.gates.setdefault(update.update_id, asyncio.Event()).set()

    def started(self, update: Update) -> bool:
        return ("start", update.update_id) in self.events


async def settle() -> None:
    for _ in range(20):
        await asyncio.sleep(0)


def feed(processor: PerChatUpdateProcessor, trace: Trace, updates: list[Update]) -> list:
    """As Application does: one task per update, created in the order they were read."""
    return [asyncio.create_task(processor.process_update(u, trace.work(u))) for u in updates]


async def test_updates_from_different_chats_overlap() -> None:
    processor, trace = PerChatUpdateProcessor(running=8), Trace()
    a, b = message_update(1), message_update(2)
    tasks = feed(processor, trace, [a, b])
    await settle()
    assert trace.started(a) and trace.started(b)  # b did not wait for a
    trace.release(b)
    await settle()
    assert ("end", b.update_id) in trace.events and ("end", a.update_id) not in trace.events
    trace.release(a)
    await asyncio.gather(*tasks)
    assert processor.chats_in_flight == 0


async def test_one_chats_updates_run_one_at_a_time_in_arrival_order() -> None:
    processor, trace = PerChatUpdateProcessor(running=8), Trace()
    updates = [message_update(7) for _ in range(5)]
    tasks = feed(processor, trace, updates)
    # Release them in reverse: the order they run in must still be the order they came.
    for u in reversed(updates):
        trace.release(u)
    await asyncio.gather(*tasks)
    expected = [(kind, u.update_id) for u in updates for kind in ("start", "end")]
    assert trace.events == expected
    assert trace.most == 1


async def test_running_slots_bound_the_work_in_progress() -> None:
    processor, trace = PerChatUpdateProcessor(running=3), Trace()
    updates = [message_update(100 + i) for i in range(10)]
    tasks = feed(processor, trace, updates)
    await settle()
    assert trace.running == 3
    for u in updates:
        trace.release(u)
    await asyncio.gather(*tasks)
    assert trace.most == 3
    assert len([e for e in trace.events if e[0] == "end"]) == 10


async def test_a_flooding_chat_holds_one_slot_and_others_get_through() -> None:
    processor, trace = PerChatUpdateProcessor(running=2), Trace()
    flood = [message_update(5) for _ in range(50)]
    other = message_update(6)
    tasks = feed(processor, trace, [*flood, other])
    await settle()
    assert trace.started(flood[0]) and trace.started(other)
    for u in [*flood, other]:
        trace.release(u)
    await asyncio.gather(*tasks)
    assert processor.chats_in_flight == 0


async def test_a_failing_update_releases_its_chat() -> None:
    processor = PerChatUpdateProcessor(running=2)
    first, second = message_update(9), message_update(9)

    async def boom() -> None:
        raise RuntimeError("handler failed")

    done: list[int] = []

    async def ok() -> None:
        done.append(second.update_id)

    with pytest.raises(RuntimeError):
        await processor.process_update(first, boom())
    await processor.process_update(second, ok())
    assert done == [second.update_id]
    assert processor.chats_in_flight == 0


async def test_updates_without_a_chat_or_user_still_run() -> None:
    processor = PerChatUpdateProcessor(running=1)
    ran: list[str] = []

    async def work() -> None:
        ran.append("x")

    await processor.process_update(object(), work())
    await processor.process_update(Update(next(_ids)), work())
    assert ran == ["x", "x"]


def test_running_must_be_positive() -> None:
    with pytest.raises(ValueError):
        PerChatUpdateProcessor(running=0)
