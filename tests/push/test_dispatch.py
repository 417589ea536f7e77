from datetime import UTC, date, datetime, timedelta

from sqlalchemy import update

from bot.store.models import Delivery, User
from bot.training.people import reschedule

Z = UTC


def utc(*args):
    return datetime(*args, tzinfo=Z)


async def test_monday_thursday_across_a_week_boundary(push_env):
    await push_env.add_user(1)  # Mon/Thu 18:30 Berlin (CET, UTC+1 in November)
    sent_at = []
    # Walk the clock in 30-minute steps from Monday 16 Nov to Tuesday 24 Nov.
    t = utc(2026, 11, 16, 0, 0)
    while t < utc(2026, 11, 24, 12, 0):
        result = await push_env.at(t)
        if result.sent:
            sent_at.append(t)
        t += timedelta(minutes=30)
    assert sent_at == [
        utc(2026, 11, 16, 17, 30),
        utc(2026, 11, 19, 17, 30),
        utc(2026, 11, 23, 17, 30),
    ]
    days = [d.local_date for d in await push_env.deliveries(1)]
    assert days == [date(2026, 11, 16), date(2026, 11, 19), date(2026, 11, 23)]
    assert len(push_env.pushes(1)) == 3


async def test_berlin_spring_forward_and_fall_back(push_env):
    push_env.clock.set(utc(2026, 3, 28, 12, 0))
    await push_env.add_user(2, days="6", started=date(2026, 3, 1))  # Sundays 18:30
    assert (await push_env.user(2)).next_push_at == utc(2026, 3, 29, 16, 30)  # CEST, UTC+2
    assert (await push_env.at(utc(2026, 3, 29, 16, 29))).sent == 0
    assert (await push_env.at(utc(2026, 3, 29, 16, 30))).sent == 1

    # After the push, the next one is a week on, still at 18:30 summer time.
    assert (await push_env.user(2)).next_push_at == utc(2026, 4, 5, 16, 30)


async def test_fall_back_day_itself(push_env):
    push_env.clock.set(utc(2026, 10, 24, 12, 0))
    await push_env.add_user(3, days="6", started=date(2026, 10, 1))
    assert (await push_env.user(3)).next_push_at == utc(2026, 10, 25, 17, 30)  # CET again
    assert (await push_env.at(utc(2026, 10, 25, 16, 30))).sent == 0
    assert (await push_env.at(utc(2026, 10, 25, 17, 30))).sent == 1


async def test_new_york_and_tokyo_due_in_the_same_tick(push_env):
    push_env.clock.set(utc(2026, 11, 16, 12, 0))  # Monday noon UTC
    await push_env.add_user(10, tz="America/New_York", days="0", at="19:00")  # Mon 19:00 EST
    await push_env.add_user(11, tz="Asia/Tokyo", days="1", at="09:00")  # Tue 09:00 JST
    assert (await push_env.user(10)).next_push_at == utc(2026, 11, 17, 0, 0)
    assert (await push_env.user(11)).next_push_at == utc(2026, 11, 17, 0, 0)
    result = await push_env.at(utc(2026, 11, 17, 0, 0, 30))
    assert (result.claimed, result.sent) == (2, 2)
    by_user = {d.user_id: d.local_date for d in await push_env.deliveries()}
    assert by_user == {10: date(2026, 11, 16), 11: date(2026, 11, 17)}


async def test_a_change_of_zone_moves_the_push(push_env):
    await push_env.add_user(20)  # Berlin Mon 18:30 = 17:30Z
    with push_env.svc.db.session() as s:
        user = s.get(User, 20)
        user.tz = "Asia/Tokyo"
        reschedule(user, push_env.clock.now())
    assert (await push_env.user(20)).next_push_at == utc(2026, 11, 16, 9, 30)  # 18:30 JST
    assert (await push_env.at(utc(2026, 11, 16, 9, 30))).sent == 1
    assert (await push_env.at(utc(2026, 11, 16, 17, 30))).sent == 0


async def test_missed_push_sent_late_the_same_day(push_env):
    await push_env.add_user(30)
    # The bot was down at 18:30; it comes back at 21:00 Berlin, the same local day.
    result = await push_env.at(utc(2026, 11, 16, 20, 0))
    assert result.sent == 1
    assert "Today's workout" in push_env.pushes(30)[0].text


async def test_missed_push_skipped_the_next_day(push_env):
    await push_env.add_user(31)
    result = await push_env.at(utc(2026, 11, 17, 7, 0))  # Tuesday morning: Monday is over
    assert (result.sent, result.skipped) == (0, 1)
    assert push_env.pushes(31) == []
    [record] = await push_env.deliveries(31)
    assert (record.local_date, record.status) == (date(2026, 11, 16), "skipped")
    assert (await push_env.user(31)).next_push_at == utc(2026, 11, 19, 17, 30)


async def test_never_twice_for_the_same_local_day(push_env):
    await push_env.add_user(40)
    assert (await push_env.at(utc(2026, 11, 16, 17, 30))).sent == 1
    # Someone moves the push later the same day (say, a settings change): no second push.
    with push_env.svc.db.session() as s:
        s.execute(update(User).where(User.id == 40).values(next_push_at=utc(2026, 11, 16, 19, 0)))
    result = await push_env.at(utc(2026, 11, 16, 19, 0))
    assert (result.sent, result.duplicate) == (0, 1)
    assert len(push_env.pushes(40)) == 1


async def test_blocked_user_gets_no_more_pushes(push_env):
    await push_env.add_user(50)
    push_env.standin.block(50)
    result = await push_env.at(utc(2026, 11, 16, 17, 30))
    assert result.blocked == 1
    user = await push_env.user(50)
    assert (user.active, user.next_push_at) == (False, None)
    assert (await push_env.at(utc(2026, 11, 19, 17, 30))).claimed == 0


async def test_429_is_honoured(push_env):
    await push_env.add_user(60)
    push_env.standin.fail(
        "sendMessage", 429, "Too Many Requests: retry after 1", retry_after=1, chat_id=60
    )
    result = await push_env.at(utc(2026, 11, 16, 17, 30))
    assert result.sent == 1
    calls = [c for c in push_env.standin.calls("sendMessage") if c.params.get("chat_id") == 60]
    assert [c.status for c in calls] == [429, 200]
    assert calls[1].time - calls[0].time >= 1.0  # waited retry_after before trying again


async def test_network_errors_retry_and_keep_the_record_true(push_env):
    await push_env.add_user(70)
    push_env.standin.fail("sendMessage", 502, "Bad Gateway", times=2, chat_id=70)
    result = await push_env.at(utc(2026, 11, 16, 17, 30))
    assert result.sent == 1
    [record] = await push_env.deliveries(70)
    assert (record.status, record.attempts) == ("sent", 3)


async def test_paused_users_are_not_claimed(push_env):
    await push_env.add_user(80)
    with push_env.svc.db.session() as s:
        user = s.get(User, 80)
        user.paused = True
        reschedule(user, push_env.clock.now())
    assert (await push_env.at(utc(2026, 11, 16, 17, 30))).claimed == 0


async def test_a_send_interrupted_by_a_crash_is_marked_not_repeated(push_env):
    await push_env.add_user(90)
    due = utc(2026, 11, 16, 17, 30)
    with push_env.svc.db.session() as s:
        # A sender recorded the push, then died before finishing (its lease has run out).
        s.add(
            Delivery(
                user_id=90,
                local_date=date(2026, 11, 16),
                status="sending",
                due_at=due,
                created_at=due,
                attempts=0,
            )
        )
    result = await push_env.at(utc(2026, 11, 16, 17, 45))
    assert (result.sent, result.duplicate) == (0, 1)
    assert push_env.pushes(90) == []
    [record] = await push_env.deliveries(90)
    assert record.status == "interrupted"
