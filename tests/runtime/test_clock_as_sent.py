"""AsSent: the domain's clock reads the time an update was sent, within reason."""

from datetime import UTC, datetime, timedelta

from bot.runtime.clock import MAX_LAG, AsSent, ManualClock, sent_at

NOW = datetime(2026, 12, 2, 0, 0, 30, tzinfo=UTC)


def test_the_sent_time_while_an_update_is_processed() -> None:
    clock = AsSent(ManualClock(NOW))
    typed = NOW - timedelta(seconds=50)
    with sent_at(typed):
        assert clock.now() == typed
    assert clock.now() == NOW  # outside an update: the clock's own time


def test_a_sent_time_that_cannot_be_is_ignored() -> None:
    clock = AsSent(ManualClock(NOW))
    for wrong in (NOW + timedelta(seconds=5), NOW - MAX_LAG - timedelta(seconds=1), None):
        with sent_at(wrong):
            assert clock.now() == NOW
