"""The /progress chart from plain series: no bot, no database, no display."""

from __future__ import annotations

import asyncio
import struct
from datetime import date, timedelta

from bot.coach.profile import Unit
from bot.coach.stats import LoggedSet
from bot.runtime.charts import (
    ChartText,
    LiftSeries,
    ProgressData,
    WeekSets,
    draw_progress,
    main_lifts,
    progress_data,
    render_progress,
)

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
TEXT = ChartText("Top load per day", "Hard sets per week", {"glutes": "G", "hamstrings": "H"})
MUSCLES = {
    "hip_thrust": ("glutes", "hamstrings"),
    "deadlift": ("glutes", "hamstrings"),
    "squat": ("glutes", "quads"),
    "kickback": ("glutes",),
    "bridge": ("glutes", "hamstrings"),
}


def s(day: date, ex: str, load: float | None, reps: int = 10, n: int = 1, unit=Unit.KG):
    return LoggedSet(day, ex, n, reps, load, unit if load is not None else None)


def size(png: bytes) -> tuple[int, int]:
    """Width and height from the PNG's IHDR chunk."""
    assert png.startswith(PNG_SIGNATURE) and png[12:16] == b"IHDR"
    return struct.unpack(">II", png[16:24])


def test_main_lifts_are_the_most_logged_loaded_exercises():
    d = date(2026, 11, 2)
    sets = [
        *(s(d + timedelta(days=i), "hip_thrust", 60) for i in range(4)),
        *(s(d + timedelta(days=i), "deadlift", 40) for i in range(3)),
        *(s(d + timedelta(days=i), "squat", 30) for i in (0, 5)),
        s(d, "kickback", 10),
        s(d + timedelta(days=6), "bridge", None),  # bodyweight: never a "lift" line
        s(d + timedelta(days=9), "kickback", 10, reps=0),  # zero reps: not a work set
    ]
    assert main_lifts(sets) == ["hip_thrust", "deadlift", "squat", "kickback"]
    assert main_lifts(sets, limit=2) == ["hip_thrust", "deadlift"]
    assert main_lifts([s(d, "bridge", None)]) == []


def test_progress_data_series_units_and_weeks():
    start = date(2026, 11, 2)  # Monday
    sets = [
        s(start, "hip_thrust", 50, n=1),
        s(start, "hip_thrust", 60, n=2),  # top load of the day wins
        s(start + timedelta(days=8), "hip_thrust", 135, unit=Unit.LB),
        s(start + timedelta(days=8), "bridge", None),
    ]
    data = progress_data(sets, str.upper, MUSCLES.__getitem__, Unit.KG, date(2026, 11, 18))
    assert data.unit is Unit.KG
    assert [lift.name for lift in data.lifts] == ["HIP_THRUST"]
    assert data.lifts[0].points == [(start, 60.0), (date(2026, 11, 10), 61.0)]  # 135 lb: 61.23
    # Weeks run from the first logged week to today's, Monday-keyed.
    assert [w.week for w in data.weeks] == [start, date(2026, 11, 9), date(2026, 11, 16)]
    assert [dict(w.counts) for w in data.weeks] == [
        {"glutes": 2, "hamstrings": 2},
        {"glutes": 2, "hamstrings": 2},
        {"glutes": 0, "hamstrings": 0},
    ]
    in_lb = progress_data(sets, str, MUSCLES.__getitem__, Unit.LB, date(2026, 11, 18))
    assert in_lb.lifts[0].points[-1] == (date(2026, 11, 10), 135.0)


def test_progress_data_keeps_at_most_eight_weeks():
    first = date(2026, 6, 1)
    sets = [s(first + timedelta(weeks=i), "hip_thrust", 40 + i) for i in range(30)]
    data = progress_data(sets, str, MUSCLES.__getitem__, Unit.KG, date(2026, 12, 23))
    assert len(data.weeks) == 8 and data.weeks[-1].week == date(2026, 12, 21)
    assert len(data.lifts[0].points) == 30  # the load line keeps the whole history


def test_render_two_panels_as_png():
    d = date(2026, 11, 2)
    data = ProgressData(
        lifts=[
            LiftSeries("Hip thrust", [(d + timedelta(days=3 * i), 60 + 2.5 * i) for i in range(6)]),
            LiftSeries("American deadlift", [(d, 40.0)]),  # a single point still draws
        ],
        weeks=[
            WeekSets(d + timedelta(weeks=i), {"glutes": 9 + i, "hamstrings": 6}) for i in range(3)
        ],
        unit=Unit.KG,
    )
    png = render_progress(data, TEXT)
    assert len(png) > 5_000
    assert size(png) == (800, 740)


def test_render_without_loaded_lifts_is_one_panel():
    d = date(2026, 11, 2)
    data = ProgressData(lifts=[], weeks=[WeekSets(d, {"glutes": 6, "hamstrings": 3})], unit=Unit.LB)
    assert not data.empty
    png = render_progress(data, TEXT, dpi=50)
    assert size(png) == (400, 200)


def test_empty_data():
    assert ProgressData([], [WeekSets(date(2026, 11, 2), {"glutes": 0})], Unit.KG).empty


async def test_render_in_threads_at_once():
    d = date(2026, 11, 2)
    data = ProgressData(
        [LiftSeries("Hip thrust", [(d, 60.0)])], [WeekSets(d, {"glutes": 3})], Unit.KG
    )
    pngs = await asyncio.gather(*(asyncio.to_thread(render_progress, data, TEXT) for _ in range(4)))
    assert all(p.startswith(PNG_SIGNATURE) for p in pngs)
    assert len({size(p) for p in pngs}) == 1


# --- the date axis ------------------------------------------------------------------------


def load_axis_days(sets: list[LoggedSet], today: date) -> tuple[date, date, list[str]]:
    """The load panel's first and last date shown, and its tick labels."""
    from matplotlib.dates import num2date

    data = progress_data(sets, str, lambda ex: MUSCLES[ex], Unit.KG, today)
    fig = draw_progress(data, TEXT)
    fig.canvas.draw()
    ax = fig.axes[0]
    low, high = (num2date(x).date() for x in ax.get_xlim())
    return low, high, [t.get_text() for t in ax.get_xticklabels()]


def test_one_logged_day_shows_the_week_around_it():
    day = date(2026, 11, 16)
    low, high, labels = load_axis_days([s(day, "hip_thrust", 60)], day)
    assert (low, high) == (day - timedelta(days=3), day + timedelta(days=3))
    assert "16 Nov" in labels and len(labels) == 7
    assert not any("2025" in t or "2029" in t for t in labels)


def test_one_week_of_bars_is_not_a_wall_of_colour():
    day = date(2026, 11, 16)
    data = progress_data([s(day, "hip_thrust", 60)], str, lambda ex: MUSCLES[ex], Unit.KG, day)
    bars = draw_progress(data, TEXT).axes[-1]
    low, high = bars.get_xlim()
    assert high - low == 4 and low < 0 < high  # four weeks' room, the one week centred


def test_one_week_of_data_has_a_tick_per_day():
    first = date(2026, 11, 16)
    sets = [s(first + timedelta(days=i), "hip_thrust", 60 + i) for i in (0, 2, 6)]
    low, high, labels = load_axis_days(sets, first + timedelta(days=6))
    assert low == first - timedelta(days=1) and high == first + timedelta(days=7)
    assert labels[0] == "15 Nov" and labels[-1] == "23 Nov" and len(labels) == 9


def test_months_of_data_use_the_automatic_ticks():
    first = date(2026, 6, 1)
    sets = [s(first + timedelta(weeks=i), "hip_thrust", 40 + i) for i in range(20)]
    low, high, labels = load_axis_days(sets, first + timedelta(weeks=19))
    assert low < first and high > first + timedelta(weeks=19)
    assert 3 <= len([t for t in labels if t]) <= 9
