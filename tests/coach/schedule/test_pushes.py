"""The next push instant, local dates and missed pushes. Every instant is spelled out; the
clock is frozen."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from freezegun import freeze_time

from bot.coach.schedule.pushes import gap_day, local_date, next_push_at, push_policy

BERLIN = "Europe/Berlin"
MON, TUE, WED, THU, FRI, SAT, SUN = range(7)
EVERY_DAY = tuple(range(7))


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def local(tz: str, *args: int, fold: int = 0) -> datetime:
    return datetime(*args, tzinfo=ZoneInfo(tz), fold=fold)


# --- next_push_at: ordinary weeks ---------------------------------------------------------------


def test_sunday_night_goes_to_monday() -> None:
    after = local(BERLIN, 2026, 1, 18, 23, 0)  # Sunday
    assert next_push_at((MON, THU), time(18, 30), BERLIN, after) == utc(2026, 1, 19, 17, 30)


def test_thursday_after_push_time_goes_to_next_monday() -> None:
    after = local(BERLIN, 2026, 1, 15, 19, 0)  # Thursday, past 18:30
    assert next_push_at((MON, THU), time(18, 30), BERLIN, after) == utc(2026, 1, 19, 17, 30)


def test_thursday_before_push_time_is_the_same_day() -> None:
    after = local(BERLIN, 2026, 1, 15, 18, 29)
    assert next_push_at((MON, THU), time(18, 30), BERLIN, after) == utc(2026, 1, 15, 17, 30)


def test_strictly_after() -> None:
    due = utc(2026, 1, 15, 17, 30)  # Thursday 18:30 Berlin
    assert next_push_at((MON, THU), time(18, 30), BERLIN, due) == utc(2026, 1, 19, 17, 30)
    assert next_push_at((MON, THU), time(18, 30), BERLIN, due - timedelta(microseconds=1)) == due


def test_result_is_utc_and_after_may_be_in_any_zone() -> None:
    after = local("Asia/Tokyo", 2026, 1, 16, 2, 0)  # = Thursday 18:00 Berlin
    result = next_push_at((THU,), time(18, 30), BERLIN, after)
    assert result == utc(2026, 1, 15, 17, 30)
    assert result is not None and result.tzinfo is UTC


def test_days_order_and_duplicates_do_not_matter() -> None:
    after = utc(2026, 1, 15, 20, 0)
    assert next_push_at([THU, MON, MON], time(7), BERLIN, after) == next_push_at(
        (MON, THU), time(7), BERLIN, after
    )


def test_empty_days_is_none() -> None:
    assert next_push_at((), time(18, 30), BERLIN, utc(2026, 1, 1)) is None


@pytest.mark.parametrize(
    ("days", "tz", "after"),
    [
        ((MON,), BERLIN, datetime(2026, 1, 1, 12, 0)),  # naive
        ((7,), BERLIN, utc(2026, 1, 1)),
        ((-1,), BERLIN, utc(2026, 1, 1)),
        ((MON,), "Mars/Base", utc(2026, 1, 1)),
    ],
)
def test_bad_arguments_raise(days: tuple[int, ...], tz: str, after: datetime) -> None:
    with pytest.raises(ValueError):
        next_push_at(days, time(18, 30), tz, after)


# --- next_push_at: DST --------------------------------------------------------------------------


def test_spring_forward_day_1830() -> None:
    # 2026-03-29: Berlin jumps 02:00 CET -> 03:00 CEST; 18:30 CEST is 16:30Z.
    after = local(BERLIN, 2026, 3, 29, 0, 5)
    assert next_push_at((SUN,), time(18, 30), BERLIN, after) == utc(2026, 3, 29, 16, 30)


def test_fall_back_day_1830() -> None:
    # 2026-10-25: Berlin falls back 03:00 CEST -> 02:00 CET; 18:30 CET is 17:30Z.
    after = local(BERLIN, 2026, 10, 25, 0, 5)
    assert next_push_at((SUN,), time(18, 30), BERLIN, after) == utc(2026, 10, 25, 17, 30)


def test_push_time_inside_the_gap_fires_when_the_gap_ends() -> None:
    after = local(BERLIN, 2026, 3, 29, 0, 5)
    fired = next_push_at((SUN,), time(2, 30), BERLIN, after)
    assert fired == utc(2026, 3, 29, 1, 0)
    assert fired.astimezone(ZoneInfo(BERLIN)).time() == time(3, 0)
    # The next one is a week later at the real 02:30.
    assert next_push_at((SUN,), time(2, 30), BERLIN, fired) == utc(2026, 4, 5, 0, 30)


def test_push_time_inside_the_repeat_fires_once_at_the_first_occurrence() -> None:
    after = local(BERLIN, 2026, 10, 25, 0, 5)
    first = next_push_at(EVERY_DAY, time(2, 30), BERLIN, after)
    assert first == utc(2026, 10, 25, 0, 30)  # 02:30 CEST
    # Not again at 02:30 CET (01:30Z): the next push is Monday's.
    assert next_push_at(EVERY_DAY, time(2, 30), BERLIN, first) == utc(2026, 10, 26, 1, 30)


def test_during_the_repeated_hour_the_next_push_is_tomorrow() -> None:
    second_0215 = utc(2026, 10, 25, 1, 15)  # 02:15 CET, the second pass through 02:xx
    assert next_push_at(EVERY_DAY, time(2, 30), BERLIN, second_0215) == utc(2026, 10, 26, 1, 30)


def test_a_date_swallowed_by_a_gap_has_no_push() -> None:
    # Samoa skipped Friday 2011-12-30 entirely; Saturday's push is the next one.
    after = utc(2011, 12, 29, 0, 0)
    result = next_push_at((FRI, SAT), time(18, 30), "Pacific/Apia", after)
    assert result == local("Pacific/Apia", 2011, 12, 31, 18, 30).astimezone(UTC)


@pytest.mark.parametrize(
    ("tz", "at"),
    [
        (BERLIN, time(2, 30)),
        ("America/New_York", time(1, 30)),
        ("America/New_York", time(2, 0)),
        ("Australia/Lord_Howe", time(1, 45)),  # half-hour DST shift
        ("America/Santiago", time(0, 0)),  # transitions at midnight
    ],
)
def test_a_year_of_daily_pushes_has_one_per_local_date(tz: str, at: time) -> None:
    instant = utc(2026, 1, 1)
    dates = []
    for _ in range(366):
        instant = next_push_at(EVERY_DAY, at, tz, instant)
        dates.append(local_date(instant, tz))
    assert len(set(dates)) == len(dates)
    assert dates == sorted(dates)
    assert dates[-1] - dates[0] == timedelta(days=365)  # no date skipped either


def test_new_york_and_tokyo_due_at_the_same_instant() -> None:
    after = utc(2026, 1, 12, 12, 0)
    ny = next_push_at((MON,), time(19, 0), "America/New_York", after)  # Monday 19:00 EST
    tokyo = next_push_at((TUE,), time(9, 0), "Asia/Tokyo", after)  # Tuesday 09:00 JST
    assert ny == tokyo == utc(2026, 1, 13, 0, 0)
    assert local_date(ny, "America/New_York") == date(2026, 1, 12)
    assert local_date(tokyo, "Asia/Tokyo") == date(2026, 1, 13)


def test_changing_zone_moves_the_instant() -> None:
    after = utc(2026, 7, 6, 0, 0)  # Monday
    push = ((MON,), time(18, 30))
    assert next_push_at(*push, BERLIN, after) == utc(2026, 7, 6, 16, 30)
    assert next_push_at(*push, "Europe/London", after) == utc(2026, 7, 6, 17, 30)
    assert next_push_at(*push, "America/New_York", after) == utc(2026, 7, 6, 22, 30)
    assert next_push_at(*push, "Etc/GMT-2", after) == utc(2026, 7, 6, 16, 30)


# --- walking the clock --------------------------------------------------------------------------


def test_midnight_walk() -> None:
    with freeze_time("2026-06-01 21:59:00") as frozen:  # 23:59 in Berlin (CEST)
        now = datetime.now(UTC)
        assert next_push_at(EVERY_DAY, time(0, 0), BERLIN, now) == utc(2026, 6, 1, 22, 0)
        assert local_date(now, BERLIN) == date(2026, 6, 1)

        frozen.tick(timedelta(minutes=2))  # 00:01 Tuesday
        now = datetime.now(UTC)
        assert local_date(now, BERLIN) == date(2026, 6, 2)
        assert next_push_at(EVERY_DAY, time(0, 0), BERLIN, now) == utc(2026, 6, 2, 22, 0)
        # Midnight's push, missed by a minute, still goes; last night's 23:30 does not.
        assert push_policy(utc(2026, 6, 1, 22, 0), now, BERLIN) == "send"
        assert push_policy(utc(2026, 6, 1, 21, 30), now, BERLIN) == "skip"


def test_year_end_walk() -> None:
    days, at = (THU, FRI), time(18, 30)
    with freeze_time("2026-12-31 17:00:00") as frozen:  # Thursday 18:00 Berlin
        now = datetime.now(UTC)
        assert next_push_at(days, at, BERLIN, now) == utc(2026, 12, 31, 17, 30)

        frozen.move_to("2026-12-31 23:30:00")  # 00:30 on New Year's Day in Berlin
        now = datetime.now(UTC)
        due = next_push_at(days, at, BERLIN, now)
        assert due == utc(2027, 1, 1, 17, 30)
        assert local_date(due, BERLIN) == date(2027, 1, 1)
        assert push_policy(utc(2026, 12, 31, 17, 30), now, BERLIN) == "skip"

        frozen.move_to("2027-01-01 17:45:00")  # Friday, 15 minutes late
        now = datetime.now(UTC)
        assert push_policy(due, now, BERLIN) == "send"
        assert next_push_at(days, at, BERLIN, now) == utc(2027, 1, 7, 17, 30)


def test_year_end_in_a_zone_ahead_of_utc() -> None:
    tz = "Pacific/Kiritimati"  # UTC+14: New Year while UTC is still on Dec 31
    with freeze_time("2026-12-31 10:30:00"):
        now = datetime.now(UTC)
        assert local_date(now, tz) == date(2027, 1, 1)
        due = next_push_at((FRI,), time(7, 0), tz, now)  # 07:00 on Friday Jan 1, local
        assert due == utc(2026, 12, 31, 17, 0)
        assert local_date(due, tz) == date(2027, 1, 1)


# --- push_policy --------------------------------------------------------------------------------


def test_push_policy_same_local_day_sends() -> None:
    due = utc(2026, 5, 4, 16, 30)  # Monday 18:30 Berlin
    assert push_policy(due, due, BERLIN) == "send"
    assert push_policy(due, utc(2026, 5, 4, 21, 59), BERLIN) == "send"  # 23:59


def test_push_policy_next_local_day_skips() -> None:
    due = utc(2026, 5, 4, 16, 30)
    assert push_policy(due, utc(2026, 5, 4, 22, 0), BERLIN) == "skip"  # 00:00 Tuesday
    assert push_policy(due, utc(2026, 5, 6, 16, 0), BERLIN) == "skip"


def test_push_policy_uses_the_local_date_not_utc() -> None:
    due = utc(2026, 5, 4, 9, 0)  # 18:00 in Tokyo
    later_same_utc_date = utc(2026, 5, 4, 15, 30)  # 00:30 next day in Tokyo
    assert push_policy(due, later_same_utc_date, "Asia/Tokyo") == "skip"
    # West of UTC it can be the other way round.
    due_la = utc(2026, 5, 4, 23, 0)  # 16:00 Monday in Los Angeles
    assert push_policy(due_la, utc(2026, 5, 5, 6, 0), "America/Los_Angeles") == "send"


def test_local_date_rejects_naive() -> None:
    with pytest.raises(ValueError):
        local_date(datetime(2026, 1, 1), BERLIN)


# --- gap_day: a push time the clocks jump past --------------------------------------------------


def test_a_time_in_next_weeks_gap_names_the_day_and_the_time_it_comes() -> None:
    tuesday = utc(2026, 3, 24, 10, 0)  # Berlin goes forward on Sunday 29 March at 02:00
    assert gap_day((THU, SUN), time(2, 30), BERLIN, tuesday) == (date(2026, 3, 29), time(3, 0))
    assert gap_day((THU, SUN), time(3, 30), BERLIN, tuesday) is None
    assert gap_day((MON, THU), time(2, 30), BERLIN, tuesday) is None  # no workout that Sunday


def test_a_gap_more_than_a_week_away_is_not_said() -> None:
    assert gap_day(EVERY_DAY, time(2, 30), BERLIN, utc(2026, 3, 20, 10, 0)) is None
    assert gap_day(EVERY_DAY, time(2, 30), BERLIN, utc(2026, 3, 22, 10, 0)) is not None
    assert gap_day(EVERY_DAY, time(2, 30), "America/New_York", utc(2026, 3, 5, 12)) == (
        date(2026, 3, 8),
        time(3, 0),
    )
