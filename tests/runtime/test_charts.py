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
    assert data.lifts[0].points == [(start, 60.0), (date(2026, 11, 10), 61.23)]
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
