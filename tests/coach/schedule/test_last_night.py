"""still_last_night: the late-night trainer's workout after midnight."""

from datetime import UTC, date, datetime, time

from bot.coach.schedule import still_last_night

SUN_TUE_THU = (6, 1, 3)


def test_after_a_2330_push_across_the_end_of_daylight_saving():
    # Sunday 1 Nov 2026 23:30 EST is 04:30 UTC on Monday; 00:40 EST is 05:40 UTC.
    at = datetime(2026, 11, 2, 5, 40, tzinfo=UTC)
    assert still_last_night(SUN_TUE_THU, time(23, 30), "America/New_York", at) == date(2026, 11, 1)
    late = datetime(2026, 11, 2, 10, 31, tzinfo=UTC)  # 05:31 EST: six hours are over
    assert still_last_night(SUN_TUE_THU, time(23, 30), "America/New_York", late) is None


def test_not_after_a_rest_day_or_a_morning_push():
    monday = datetime(2026, 11, 3, 5, 40, tzinfo=UTC)  # Tuesday 00:40: Monday was a rest day
    assert still_last_night(SUN_TUE_THU, time(23, 30), "America/New_York", monday) is None
    # Lord Howe at 00:15: yesterday's push was a whole day ago.
    at = datetime(2026, 10, 4, 13, 40, tzinfo=UTC)  # Monday 00:40 (UTC+11)
    assert still_last_night((0, 6), time(0, 15), "Australia/Lord_Howe", at) is None


def test_an_evening_push_lasts_till_four_in_the_morning():
    mon_tue = (0, 1)  # Sydney, UTC+11 in March 2027
    at = datetime(2027, 3, 22, 13, 40, tzinfo=UTC)  # Tuesday 00:40, after Monday's 18:15
    assert still_last_night(mon_tue, time(18, 15), "Australia/Sydney", at) == date(2027, 3, 22)
    morning = datetime(2027, 3, 22, 17, 0, tzinfo=UTC)  # Tuesday 04:00
    assert still_last_night(mon_tue, time(18, 15), "Australia/Sydney", morning) is None
    # A noon push keeps its six hours: at 00:40 that workout is not last night's.
    assert still_last_night(mon_tue, time(12, 0), "Australia/Sydney", at) is None


def test_after_a_morning_push_the_night_lasts_till_four_while_today_is_not_due():
    from bot.coach.schedule import before_dawn_after

    mon_wed_fri_sat = (0, 2, 4, 5)  # Tokyo, UTC+9
    at = datetime(2027, 10, 8, 15, 40, tzinfo=UTC)  # Saturday 00:40, after Friday's 06:00
    assert before_dawn_after(mon_wed_fri_sat, time(6, 0), "Asia/Tokyo", at) == date(2027, 10, 8)
    dawn = datetime(2027, 10, 8, 19, 0, tzinfo=UTC)  # Saturday 04:00
    assert before_dawn_after(mon_wed_fri_sat, time(6, 0), "Asia/Tokyo", dawn) is None
    # Today's push already due (at 00:15): the night is today's, not yesterday's.
    early = datetime(2027, 10, 8, 15, 40, tzinfo=UTC)
    assert before_dawn_after(mon_wed_fri_sat, time(0, 15), "Asia/Tokyo", early) is None
    # After a rest day there is no workout to tell.
    tuesday = datetime(2027, 10, 4, 15, 40, tzinfo=UTC)  # Tuesday 00:40, Monday trained
    assert before_dawn_after(mon_wed_fri_sat, time(6, 0), "Asia/Tokyo", tuesday) == date(
        2027, 10, 4
    )
    thursday = datetime(2027, 10, 6, 15, 40, tzinfo=UTC)  # Thursday 00:40: Wed trained
    assert before_dawn_after((0, 5), time(6, 0), "Asia/Tokyo", thursday) is None
