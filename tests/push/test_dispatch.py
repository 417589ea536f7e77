import asyncio
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import update

from bot.store import outbox
from bot.store.models import OutboxMessage, User
from bot.store.outbox import Limits
from bot.tg.http_client import AiohttpRequest
from bot.training.people import reschedule

Z = UTC


def utc(*args):
    return datetime(*args, tzinfo=Z)


async def test_monday_thursday_across_a_week_boundary(push_env):
    await push_env.add_user(1)  # Mon/Thu 18:30 Berlin (CET, UTC+1 in November)
    sent_at = []
    # Walk the clock in 30-minute steps from Monday 16 Nov to Tuesday 24 Nov; after each
    # tick the sender makes whatever was queued.
    t = utc(2026, 11, 16, 0, 0)
    while t < utc(2026, 11, 24, 12, 0):
        before = len(push_env.pushes(1))
        result = await push_env.deliver_at(t)
        arrived = len(push_env.pushes(1)) - before
        assert arrived == result.queued, t
        if arrived:
            sent_at.append(t)
        t += timedelta(minutes=30)
    assert sent_at == [
        utc(2026, 11, 16, 17, 30),
        utc(2026, 11, 19, 17, 30),
        utc(2026, 11, 23, 17, 30),
    ]
    records = await push_env.deliveries(1)
    assert [d.local_date for d in records] == [
        date(2026, 11, 16),
        date(2026, 11, 19),
        date(2026, 11, 23),
    ]
    assert {d.status for d in records} == {"sent"}
    pushes = push_env.pushes(1)
    assert [d.message_id for d in records] == [m.message_id for m in pushes]


async def test_berlin_spring_forward_and_fall_back(push_env):
    push_env.clock.set(utc(2026, 3, 28, 12, 0))
    await push_env.add_user(2, days="6", started=date(2026, 3, 1))  # Sundays 18:30
    assert (await push_env.user(2)).next_push_at == utc(2026, 3, 29, 16, 30)  # CEST, UTC+2
    assert (await push_env.deliver_at(utc(2026, 3, 29, 16, 29))).queued == 0
    assert push_env.pushes(2) == []
    assert (await push_env.deliver_at(utc(2026, 3, 29, 16, 30))).queued == 1
    assert len(push_env.pushes(2)) == 1

    # After the push, the next one is a week on, still at 18:30 summer time.
    assert (await push_env.user(2)).next_push_at == utc(2026, 4, 5, 16, 30)


async def test_fall_back_day_itself(push_env):
    push_env.clock.set(utc(2026, 10, 24, 12, 0))
    await push_env.add_user(3, days="6", started=date(2026, 10, 1))
    assert (await push_env.user(3)).next_push_at == utc(2026, 10, 25, 17, 30)  # CET again
    assert (await push_env.deliver_at(utc(2026, 10, 25, 16, 30))).queued == 0
    assert push_env.pushes(3) == []
    assert (await push_env.deliver_at(utc(2026, 10, 25, 17, 30))).queued == 1
    assert len(push_env.pushes(3)) == 1


async def test_new_york_and_tokyo_due_in_the_same_tick(push_env):
    push_env.clock.set(utc(2026, 11, 16, 12, 0))  # Monday noon UTC
    await push_env.add_user(10, tz="America/New_York", days="0", at="19:00")  # Mon 19:00 EST
    await push_env.add_user(11, tz="Asia/Tokyo", days="1", at="09:00")  # Tue 09:00 JST
    assert (await push_env.user(10)).next_push_at == utc(2026, 11, 17, 0, 0)
    assert (await push_env.user(11)).next_push_at == utc(2026, 11, 17, 0, 0)
    result = await push_env.deliver_at(utc(2026, 11, 17, 0, 0, 30))
    assert (result.claimed, result.queued) == (2, 2)
    assert (len(push_env.pushes(10)), len(push_env.pushes(11))) == (1, 1)
    records = await push_env.deliveries()
    assert {d.user_id: d.local_date for d in records} == {
        10: date(2026, 11, 16),
        11: date(2026, 11, 17),
    }
    assert {d.status for d in records} == {"sent"}


async def test_a_change_of_zone_moves_the_push(push_env):
    await push_env.add_user(20)  # Berlin Mon 18:30 = 17:30Z
    with push_env.svc.db.session() as s:
        user = s.get(User, 20)
        user.tz = "Asia/Tokyo"
        reschedule(user, push_env.clock.now())
    assert (await push_env.user(20)).next_push_at == utc(2026, 11, 16, 9, 30)  # 18:30 JST
    assert (await push_env.deliver_at(utc(2026, 11, 16, 9, 30))).queued == 1
    assert (await push_env.deliver_at(utc(2026, 11, 16, 17, 30))).claimed == 0
    assert len(push_env.pushes(20)) == 1


async def test_missed_push_sent_late_the_same_day(push_env):
    await push_env.add_user(30)
    # The bot was down at 18:30; it comes back at 21:00 Berlin, the same local day.
    result = await push_env.deliver_at(utc(2026, 11, 16, 20, 0))
    assert result.queued == 1
    [push] = push_env.pushes(30)
    assert "Today's workout" in push.text
    [record] = await push_env.deliveries(30)
    assert (record.local_date, record.status) == (date(2026, 11, 16), "sent")


async def test_missed_push_skipped_the_next_day(push_env):
    await push_env.add_user(31)
    result = await push_env.deliver_at(utc(2026, 11, 17, 7, 0))  # Tuesday: Monday is over
    assert (result.queued, result.skipped) == (0, 1)
    assert push_env.pushes(31) == []
    assert await push_env.outbox_rows(31) == []  # nothing was queued for later either
    [record] = await push_env.deliveries(31)
    assert (record.local_date, record.status) == (date(2026, 11, 16), "skipped")
    assert (await push_env.user(31)).next_push_at == utc(2026, 11, 19, 17, 30)


async def test_never_twice_for_the_same_local_day(push_env):
    await push_env.add_user(40)
    assert (await push_env.deliver_at(utc(2026, 11, 16, 17, 30))).queued == 1
    assert len(push_env.pushes(40)) == 1
    # Someone moves the push later the same day (say, a settings change): no second push.
    with push_env.svc.db.session() as s:
        s.execute(update(User).where(User.id == 40).values(next_push_at=utc(2026, 11, 16, 19, 0)))
    result = await push_env.deliver_at(utc(2026, 11, 16, 19, 0))
    assert (result.queued, result.duplicate) == (0, 1)
    assert len(push_env.pushes(40)) == 1
    assert len(await push_env.outbox_rows(40)) == 1  # the first push's row, nothing more
    assert len(push_env.sends(40)) == 1


async def test_blocked_user_gets_no_more_pushes(push_env):
    await push_env.add_user(50)
    push_env.standin.block(50)
    result = await push_env.deliver_at(utc(2026, 11, 16, 17, 30))
    assert result.queued == 1
    assert [c.status for c in push_env.sends(50)] == [403]
    [record] = await push_env.deliveries(50)
    assert record.status == "blocked"
    user = await push_env.user(50)
    assert (user.active, user.next_push_at) == (False, None)
    assert (await push_env.deliver_at(utc(2026, 11, 19, 17, 30))).claimed == 0
    assert len(push_env.sends(50)) == 1  # never tried again


async def test_429_is_honoured(push_env):
    """A 429 pauses the sender for retry_after: the refused push goes again after it, and
    no other call goes out meanwhile; nothing is lost, nothing sent twice."""
    await push_env.add_user(60)  # 18:30 Berlin
    await push_env.add_user(61, at="18:31")
    push_env.standin.fail(
        "sendMessage", 429, "Too Many Requests: retry after 1", retry_after=1, chat_id=60
    )
    assert (await push_env.at(utc(2026, 11, 16, 17, 30))).queued == 1

    async def refused() -> bool:
        rows = await push_env.outbox_rows(60)
        return rows[0].error == "429" and rows[0].state == outbox.PENDING

    async with asyncio.timeout(10):  # the sender has seen the 429
        while not await refused():
            await asyncio.sleep(0.01)
    # A minute later the next person's push is queued while the sender is paused.
    assert (await push_env.deliver_at(utc(2026, 11, 16, 17, 31))).queued == 1

    calls = push_env.sends(60)
    assert [c.status for c in calls] == [429, 200]
    assert calls[1].time - calls[0].time >= 1.0  # waited retry_after before trying again
    [other] = push_env.sends(61)
    assert other.status == 200
    assert other.time - calls[0].time >= 1.0  # the pause held for every call
    assert (len(push_env.pushes(60)), len(push_env.pushes(61))) == (1, 1)
    records = {d.user_id: d for d in await push_env.deliveries()}
    assert (records[60].status, records[60].attempts) == ("sent", 2)
    assert (records[61].status, records[61].attempts) == ("sent", 1)


async def test_network_errors_retry_and_keep_the_record_true(push_env):
    await push_env.add_user(70)
    push_env.standin.fail("sendMessage", 502, "Bad Gateway", times=2, chat_id=70)
    result = await push_env.deliver_at(utc(2026, 11, 16, 17, 30))
    assert result.queued == 1
    calls = push_env.sends(70)
    assert [c.status for c in calls] == [502, 502, 200]
    # Backing off: half a second, then a second.
    assert calls[1].time - calls[0].time >= 0.5
    assert calls[2].time - calls[1].time >= 1.0
    [push] = push_env.pushes(70)
    [record] = await push_env.deliveries(70)
    assert (record.status, record.attempts, record.message_id) == ("sent", 3, push.message_id)
    assert record.sent_at is not None


async def test_a_timed_out_push_is_sent_again(push_env):
    """Telegram took the push but its answer came after the read timeout: the sender cannot
    tell that from a lost request, so it sends again. At least once, by design: the person
    sees it twice, and the record names the message that was confirmed."""
    await push_env.stop_sender()
    # A client that gives up after a second (production waits 5), and an answer held longer.
    request = AiohttpRequest(8, read_timeout=1.0)
    await request.initialize()
    try:
        push_env.start_sender(request)
        await push_env.add_user(71)
        push_env.standin.delay("sendMessage", 1.5)
        assert (await push_env.deliver_at(utc(2026, 11, 16, 17, 30))).queued == 1
        await push_env.stop_sender()
    finally:
        await request.shutdown()
    assert [c.status for c in push_env.sends(71)] == [200, 200]
    first, second = push_env.pushes(71)
    assert first.text == second.text
    [record] = await push_env.deliveries(71)
    assert (record.status, record.attempts, record.message_id) == ("sent", 2, second.message_id)


async def test_paused_users_are_not_claimed(push_env):
    await push_env.add_user(80)
    with push_env.svc.db.session() as s:
        user = s.get(User, 80)
        user.paused = True
        reschedule(user, push_env.clock.now())
    assert (await push_env.deliver_at(utc(2026, 11, 16, 17, 30))).claimed == 0
    assert push_env.pushes(80) == []


async def test_a_push_queued_before_a_crash_is_sent_once_after_it(push_env):
    """A worker queued the push (its record and its outbox row, one transaction), its sender
    took the row and died before making the call. The next worker neither loses the push nor
    queues the day again: its sender makes the queued call, once."""
    await push_env.stop_sender()  # the worker that will die
    await push_env.add_user(90)
    assert (await push_env.at(utc(2026, 11, 16, 17, 30))).queued == 1
    [record] = await push_env.deliveries(90)
    assert record.status == "sending"
    # Its sender claimed the row (a lease, one attempt) and died before the request left.
    limits = Limits(rate=25, chat_burst=3)
    now = datetime.now(UTC)
    [taken] = await push_env.svc.db.run(lambda s: outbox.claim(s, now, 10, limits))
    assert taken.delivery_id == record.id
    assert push_env.pushes(90) == []

    # Its lease runs out (30 s; on SQLite a starting sender frees it anyway).
    with push_env.svc.db.session() as s:
        s.execute(update(OutboxMessage).values(lease_until=now - timedelta(seconds=1)))
    # The next worker: its dispatcher finds nothing to queue (the person was moved on to
    # Thursday in the transaction that queued the push)...
    assert (await push_env.at(utc(2026, 11, 16, 17, 45))).claimed == 0
    assert (await push_env.user(90)).next_push_at == utc(2026, 11, 19, 17, 30)
    # ...and its sender makes the call the dead one had taken.
    push_env.start_sender()
    await push_env.delivered()
    [push] = push_env.pushes(90)
    assert len(push_env.sends(90)) == 1
    [record] = await push_env.deliveries(90)
    assert (record.status, record.attempts, record.message_id) == ("sent", 2, push.message_id)
