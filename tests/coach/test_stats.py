from datetime import date, timedelta

from bot.coach.profile import Unit
from bot.coach.stats import (
    LoggedSet,
    is_hard_set,
    load_records,
    load_series,
    load_verdict,
    new_records,
    planned_sessions_done,
    records,
    shown_load,
    top_sets,
    weekly_hard_sets,
    weekly_streak,
)

KG, LB = Unit.KG, Unit.LB
MUSCLES = {"hip_thrust": ("glutes",), "rdl": ("glutes", "hamstrings"), "leg_curl": ("hamstrings",)}


def s(day: date, ex: str, reps: int, load: float | None = None, unit: Unit | None = KG, n=1):
    return LoggedSet(day, ex, n, reps, load, unit if load is not None else None)


# --- hard sets -----------------------------------------------------------------------


def test_weekly_hard_sets_per_muscle_group():
    mon = date(2025, 3, 3)
    sets = [
        s(mon, "hip_thrust", 12, 60.0),
        s(mon, "hip_thrust", 10, 60.0, n=2),
        s(mon + timedelta(days=3), "rdl", 8, 50.0),
        s(mon + timedelta(days=6), "leg_curl", 15, 30.0),  # Sunday: same week
        s(mon + timedelta(days=7), "hip_thrust", 12, 60.0),  # next Monday
        s(mon - timedelta(days=1), "rdl", 12, 50.0),  # previous Sunday
        s(mon, "hip_thrust", 0, 60.0, n=3),  # failed set: not a hard set
    ]
    wed = mon + timedelta(days=2)  # any day of the week names the week
    assert weekly_hard_sets(sets, MUSCLES.__getitem__, wed) == {"glutes": 3, "hamstrings": 2}


def test_long_band_and_bridge_sets_are_not_hard_sets():
    """Issue 11: 30-rep band walks are not hard sets; sets of up to 20 reps are, in slots
    planned at up to 20 (a 20-rep set in a 20-30 band slot is still band work)."""
    mon = date(2025, 3, 3)
    band = LoggedSet(mon, "hip_thrust", 1, 30, None, None, rep_high=30)
    band_low = LoggedSet(mon, "hip_thrust", 2, 20, None, None, rep_high=30)
    toning = LoggedSet(mon, "hip_thrust", 3, 20, None, None, rep_high=20)
    heavy = LoggedSet(mon, "hip_thrust", 4, 5, 80.0, KG, rep_high=8)
    unknown_slot = LoggedSet(mon, "hip_thrust", 5, 25, None, None)
    assert [is_hard_set(x) for x in (band, band_low, toning, heavy, unknown_slot)] == [
        False,
        False,
        True,
        True,
        False,
    ]
    sets = [band, band_low, toning, heavy, unknown_slot]
    assert weekly_hard_sets(sets, MUSCLES.__getitem__, mon)["glutes"] == 2


def test_planned_sessions_done_never_exceed_the_plan():
    assert planned_sessions_done(2, 3, 0) == (2, 1)  # never "3 of 2"
    assert planned_sessions_done(2, 1, 2) == (1, 2)  # single-exercise days are extras
    assert planned_sessions_done(0, 1, 0) == (0, 1)


def test_weekly_hard_sets_empty_week_has_both_groups():
    assert weekly_hard_sets([], MUSCLES.__getitem__, date(2025, 1, 6)) == {
        "glutes": 0,
        "hamstrings": 0,
    }


# --- records -------------------------------------------------------------------------


def test_records_heaviest_in_kg_then_reps():
    d1, d2 = date(2025, 1, 6), date(2025, 1, 13)
    sets = [
        s(d1, "hip_thrust", 12, 60.0),
        s(d1, "hip_thrust", 8, 135.0, LB, n=2),  # 61.2 kg: heavier
        s(d2, "hip_thrust", 10, 61.0),
        s(d1, "rdl", 10, 50.0),
        s(d2, "rdl", 12, 50.0),  # same load, more reps
        s(d1, "bridge", 20),
        s(d2, "bridge", 25),  # bodyweight: reps decide
    ]
    best = records(sets)
    assert best["hip_thrust"] == sets[1]
    assert best["rdl"] == sets[4]
    assert best["bridge"] == sets[6]


def test_records_tie_keeps_the_first():
    a = s(date(2025, 1, 6), "rdl", 10, 50.0)
    b = s(date(2025, 1, 13), "rdl", 10, 50.0)
    assert records([b, a])["rdl"] == a


def test_loaded_set_beats_bodyweight_set():
    a = s(date(2025, 1, 6), "bridge", 30)
    b = s(date(2025, 1, 6), "bridge", 10, 10.0, n=2)
    assert records([a, b])["bridge"] == b


def test_new_records():
    before = [s(date(2025, 1, 6), "hip_thrust", 12, 60.0), s(date(2025, 1, 6), "rdl", 10, 50.0)]
    week = [
        s(date(2025, 1, 13), "hip_thrust", 12, 62.5),  # record: heavier for as many reps
        s(date(2025, 1, 13), "rdl", 10, 50.0),  # equal: not a record
        s(date(2025, 1, 13), "leg_curl", 12, 30.0),  # first time: nothing to beat
    ]
    assert new_records(before, week) == {"hip_thrust": week[0]}


def test_load_records_are_heavier_for_the_same_reps_or_more():
    """Issue 11: a record is more weight for the same reps or more; a heavier load for fewer
    reps than ever, more reps at a light load, or a bodyweight rep count is not one."""
    d1, d2 = date(2025, 1, 6), date(2025, 1, 13)
    before = [
        s(d1, "hip_thrust", 12, 60.0),
        s(d1, "squat", 10, 50.0),
        s(d1, "squat", 5, 70.0, n=2),
        s(d1, "bridge", 20),
        s(d1, "lunge", 10, 20.0),
    ]
    week = [
        s(d2, "hip_thrust", 8, 62.5),  # heavier but for fewer reps than 60 × 12: not one
        s(d2, "squat", 12, 40.0),  # more reps at a lighter load: a rep PR, not a load one
        s(d2, "squat", 6, 60.0, n=2),  # lighter than 70 × 5 and beats no set of <= 6 reps
        s(d2, "squat", 10, 55.0, n=3),  # heavier than 50 × 10: a record
        s(d2, "bridge", 30),  # bodyweight reps: never a load record
        s(d2, "lunge", 10, 45.0, LB),  # 20.4 kg for 10: a record, across units
    ]
    found = load_records(before, week)
    assert set(found) == {"squat", "lunge"}
    assert found["squat"] == (week[3], before[1])
    assert found["lunge"] == (week[5], before[4])


def test_a_record_must_beat_every_set_as_heavy_for_as_many_reps():
    d1, d2 = date(2025, 1, 6), date(2025, 1, 13)
    before = [s(d1, "rdl", 8, 60.0), s(d1, "rdl", 12, 65.0, n=2)]
    week = [s(d2, "rdl", 10, 62.5)]  # beats 60 × 8, but 65 × 12 was heavier for more
    assert load_records(before, week) == {}
    heavier = [s(d2, "rdl", 12, 67.5), s(d2, "rdl", 12, 67.5, n=2), s(d2, "rdl", 8, 70.0, n=3)]
    found = load_records(before, heavier)
    assert found["rdl"] == (heavier[2], before[0])  # the heaviest record of the week


# --- streaks -------------------------------------------------------------------------


def mondays(start: date, n: int) -> list[date]:
    return [start + timedelta(weeks=i) for i in range(n)]


def test_streak_counts_complete_weeks_and_current_week_once_complete():
    weeks = mondays(date(2025, 2, 3), 4)
    planned = dict.fromkeys(weeks, 3)
    done = dict.fromkeys(weeks, 3)
    assert weekly_streak(planned, done, weeks[-1]) == 4


def test_current_week_in_progress_is_grace():
    weeks = mondays(date(2025, 2, 3), 4)
    planned = dict.fromkeys(weeks, 3)
    done = {**dict.fromkeys(weeks[:3], 3), weeks[3]: 1}
    assert weekly_streak(planned, done, weeks[3] + timedelta(days=4)) == 3


def test_missed_week_breaks_the_streak():
    weeks = mondays(date(2025, 2, 3), 5)
    planned = dict.fromkeys(weeks, 2)
    done = {**dict.fromkeys(weeks, 2), weeks[1]: 1}
    assert weekly_streak(planned, done, weeks[-1]) == 3


def test_week_without_a_plan_ends_the_streak():
    weeks = mondays(date(2025, 2, 3), 3)
    planned = {weeks[0]: 2, weeks[2]: 2}
    done = {weeks[0]: 2, weeks[2]: 2}
    assert weekly_streak(planned, done, weeks[2]) == 1


def test_extra_sessions_still_complete():
    w = date(2025, 2, 3)
    assert weekly_streak({w: 2}, {w: 3}, w) == 1


def test_streak_across_year_end():
    # Mon 2024-12-23, Mon 2024-12-30 (week spans the new year), Mon 2025-01-06
    weeks = [date(2024, 12, 23), date(2024, 12, 30), date(2025, 1, 6)]
    planned = dict.fromkeys(weeks, 2)
    done = dict.fromkeys(weeks, 2)
    assert weekly_streak(planned, done, date(2025, 1, 8)) == 3
    assert weekly_streak(planned, done, date(2025, 1, 1)) == 2  # Wednesday of 12-30 week


def test_streak_keys_on_any_day_of_the_week():
    # keys given as the day sessions happened are grouped into Monday weeks
    planned = {date(2024, 12, 30): 2, date(2025, 1, 6): 2}
    done = {date(2024, 12, 31): 1, date(2025, 1, 2): 1, date(2025, 1, 7): 2}
    assert weekly_streak(planned, done, date(2025, 1, 12)) == 2  # Sunday


def test_no_history_no_streak():
    assert weekly_streak({}, {}, date(2025, 1, 6)) == 0


# --- charts --------------------------------------------------------------------------


def test_load_series_top_load_per_day_in_one_unit():
    d1, d2 = date(2025, 1, 6), date(2025, 1, 9)
    sets = [
        s(d2, "hip_thrust", 10, 140.0, LB),
        s(d1, "hip_thrust", 12, 60.0),
        s(d1, "hip_thrust", 10, 62.5, n=2),
        s(d1, "rdl", 10, 80.0),
        s(d1, "hip_thrust", 20),  # no load: left out
    ]
    # A load logged in the other unit is rounded to the nearest 0.5 kg or 1 lb (140 lb is
    # 63.50 kg, 62.5 kg is 137.79 lb); one logged in the unit shown stays as logged.
    assert load_series(sets, "hip_thrust") == [(d1, 62.5), (d2, 63.5)]
    assert load_series(sets, "hip_thrust", LB) == [(d1, 138.0), (d2, 140.0)]
    assert load_series(sets, "leg_curl") == []


def test_loads_from_the_other_unit_are_shown_rounded():
    """An lb import shown in kg read "27.22 kg" in the /progress caption."""
    assert shown_load(60, LB, KG) == 27.0  # 27.22
    assert shown_load(135, LB, KG) == 61.0  # 61.23
    assert shown_load(45, LB, KG) == 20.5  # 20.41
    assert shown_load(57.5, KG, LB) == 127.0  # 126.77
    assert shown_load(22.25, KG, KG) == 22.25  # as logged
    assert shown_load(62.5, LB, LB) == 62.5


def test_load_verdict_counts_moves_up_and_down_since_their_first_day():
    d = date(2026, 11, 2)
    up = [(d, 60.0), (d + timedelta(days=14), 65.0)]
    same = [(d + timedelta(days=2), 40.0), (d + timedelta(days=16), 40.0)]
    down = [(d + timedelta(days=3), 30.0), (d + timedelta(days=17), 27.5)]
    once = [(d + timedelta(days=18), 20.0)]
    verdict = load_verdict([up, same, down, once], d + timedelta(days=21))
    assert (verdict.compared, verdict.up, verdict.down, verdict.weeks) == (3, 1, 1, 3)
    assert load_verdict([once], d).compared == 0


def test_a_lighter_load_for_more_reps_is_no_step_back():
    """/progress said "Yes: 1 of your 3 moves went up" over "Hip thrust: 100 → 92.5 kg": a
    heavy day (5 reps) then a lighter one (12 reps) of the rotating ranges read as a drop.
    With each top set's reps, the days are compared by what they show the move could lift
    once (Epley: 100 × 5 is about 117, 92.5 × 12 about 130)."""
    d = date(2026, 11, 2)
    heavy_then_light = [(d, 100.0), (d + timedelta(days=7), 92.5)]
    verdict = load_verdict([heavy_then_light], d + timedelta(days=8), [[5, 12]])
    assert (verdict.up, verdict.down) == (1, 0)
    dropped = load_verdict([heavy_then_light], d + timedelta(days=8), [[10, 10]])
    assert (dropped.up, dropped.down) == (0, 1)  # the same reps, less load: down


def test_top_sets_keep_the_reps_of_each_days_heaviest_set():
    d1, d2 = date(2025, 1, 6), date(2025, 1, 9)
    sets = [
        s(d1, "hip_thrust", 12, 60.0),
        s(d1, "hip_thrust", 8, 62.5, n=2),
        s(d1, "hip_thrust", 10, 62.5, n=3),  # the same load for more reps: this one
        s(d2, "hip_thrust", 5, 70.0),
    ]
    assert top_sets(sets, "hip_thrust") == [(d1, 62.5, 10), (d2, 70.0, 5)]
