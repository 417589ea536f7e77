"""The /progress chart: pure data in, PNG bytes out.

Uses matplotlib's object-oriented API on the Agg canvas (no pyplot, no display, no global
state), so it is safe to call from a worker thread. Every word drawn comes in through
`ChartText`, from content/labels.yaml; this module only lays it out.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.dates import (
    AutoDateLocator,
    ConciseDateFormatter,
    DateFormatter,
    DayLocator,
    date2num,
)
from matplotlib.figure import Figure

from bot.coach.profile import Unit
from bot.coach.stats import MUSCLE_GROUPS, LoggedSet, monday, top_sets, weekly_hard_sets

MAX_LIFTS = 4
WEEKS = 8
COLOURS = ("#c2185b", "#1976d2", "#388e3c", "#f57c00")
MUSCLE_COLOURS = {"glutes": "#c2185b", "hamstrings": "#5c6bc0"}
MIN_DAYS_SHOWN = 7  # one logged day sits in the middle of a week, not of five years
MIN_WEEK_SLOTS = 4  # the weekly bars panel is never narrower than this many weeks
DAY_TICKS_UP_TO = 14  # days shown: up to this, one tick per day (or every other day)


@dataclass(frozen=True)
class LiftSeries:
    name: str
    points: Sequence[tuple[date, float]]  # top load per day, oldest first
    reps: Sequence[int] = ()  # the reps of each day's top set, when known


@dataclass(frozen=True)
class WeekSets:
    week: date  # the Monday
    counts: Mapping[str, int]  # muscle group -> hard sets


@dataclass(frozen=True)
class ProgressData:
    lifts: Sequence[LiftSeries]
    weeks: Sequence[WeekSets]
    unit: Unit

    @property
    def empty(self) -> bool:
        return not self.lifts and not any(any(w.counts.values()) for w in self.weeks)


@dataclass(frozen=True)
class ChartText:
    load_title: str
    sets_title: str
    muscles: Mapping[str, str]  # muscle group -> legend label


def main_lifts(sets: Iterable[LoggedSet], limit: int = MAX_LIFTS) -> list[str]:
    """Loaded exercises logged on the most days (then most recently), best first."""
    days: dict[str, set[date]] = {}
    for s in sets:
        if s.load is not None and s.reps >= 1:
            days.setdefault(s.exercise_id, set()).add(s.day)
    ranked = sorted(days, key=lambda ex: (len(days[ex]), max(days[ex]), ex), reverse=True)
    return ranked[:limit]


def progress_data(
    sets: Sequence[LoggedSet],
    name_of: Callable[[str], str],
    muscles_of: Callable[[str], Sequence[str]],
    unit: Unit,
    today: date,
    weeks: int = WEEKS,
) -> ProgressData:
    """Load series for the main lifts and weekly hard sets for the last `weeks` weeks (fewer
    when the log is younger), ending with the week holding `today`."""
    tops = [(ex, top_sets(sets, ex, unit)) for ex in main_lifts(sets)]
    lifts = [
        LiftSeries(name_of(ex), [(d, load) for d, load, _ in top], [r for _, _, r in top])
        for ex, top in tops
    ]
    last = monday(today)
    first = last - timedelta(weeks=weeks - 1)
    if sets:
        first = min(max(first, monday(min(s.day for s in sets))), last)
    mondays = [first + timedelta(weeks=i) for i in range((last - first).days // 7 + 1)]
    by_week = [WeekSets(m, weekly_hard_sets(sets, muscles_of, m)) for m in mondays]
    return ProgressData(lifts=lifts, weeks=by_week, unit=unit)


def date_window(days: Sequence[date]) -> tuple[date, date]:
    """The dates the load panel shows: every logged day with some room either side, and at
    least MIN_DAYS_SHOWN days (matplotlib alone spans years around a single date)."""
    first, last = min(days), max(days)
    span = (last - first).days
    if span + 1 < MIN_DAYS_SHOWN:
        before = (MIN_DAYS_SHOWN - 1 - span) // 2
        after = MIN_DAYS_SHOWN - 1 - span - before
        return first - timedelta(days=before), last + timedelta(days=after)
    pad = timedelta(days=max(1, span // 20))
    return first - pad, last + pad


def _date_axis(ax: Axes, days: Sequence[date]) -> None:
    low, high = date_window(days)
    ax.set_xlim(float(date2num(low)), float(date2num(high)))
    shown = (high - low).days + 1
    if shown <= DAY_TICKS_UP_TO:
        ax.xaxis.set_major_locator(DayLocator(interval=1 if shown <= 10 else 2))
        ax.xaxis.set_major_formatter(DateFormatter("%d %b"))
    else:
        locator = AutoDateLocator(minticks=3, maxticks=8)
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(ConciseDateFormatter(locator))


def render_progress(data: ProgressData, text: ChartText, *, dpi: int = 100) -> bytes:
    """The chart as PNG bytes (draw_progress saved)."""
    buf = io.BytesIO()
    draw_progress(data, text, dpi=dpi).savefig(buf, format="png")
    return buf.getvalue()


def draw_progress(data: ProgressData, text: ChartText, *, dpi: int = 100) -> Figure:
    """Load over time on top (if anything was loaded), weekly glute and hamstring hard sets
    below."""
    panels = 2 if data.lifts else 1
    fig = Figure(figsize=(8, 3.4 * panels + 0.6), dpi=dpi, layout="constrained")
    FigureCanvasAgg(fig)
    axes = fig.subplots(panels, 1, squeeze=False)[:, 0]

    if data.lifts:
        ax = axes[0]
        for i, lift in enumerate(data.lifts):
            xs = [d for d, _ in lift.points]
            ys = [v for _, v in lift.points]
            ax.plot(
                xs, ys, marker="o", linewidth=2, color=COLOURS[i % len(COLOURS)], label=lift.name
            )
        _date_axis(ax, [d for lift in data.lifts for d, _ in lift.points])
        ax.set_title(text.load_title, loc="left", fontweight="bold")
        ax.set_ylabel(data.unit.value)
        ax.grid(True, alpha=0.3)
        _legend(ax, min(2, len(data.lifts)))

    ax = axes[-1]
    muscles = [m for m in MUSCLE_GROUPS if m in text.muscles]
    width = 0.8 / max(1, len(muscles))
    positions = range(len(data.weeks))
    for j, muscle in enumerate(muscles):
        counts = [w.counts.get(muscle, 0) for w in data.weeks]
        offset = (j - (len(muscles) - 1) / 2) * width
        bars = ax.bar(
            [p + offset for p in positions],
            counts,
            width=width,
            color=MUSCLE_COLOURS.get(muscle, COLOURS[j % len(COLOURS)]),
            label=text.muscles[muscle],
        )
        ax.bar_label(bars, labels=[str(c) if c else "" for c in counts], fontsize="x-small")
    ax.set_xticks(list(positions), [w.week.strftime("%d %b") for w in data.weeks])
    # At least MIN_WEEK_SLOTS bar slots wide, data centred: one week is not a wall of colour.
    room = max(0, MIN_WEEK_SLOTS - len(data.weeks)) / 2
    ax.set_xlim(-0.5 - room, len(data.weeks) - 0.5 + room)
    ax.set_title(text.sets_title, loc="left", fontweight="bold")
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.margins(y=0.15)
    ax.grid(True, axis="y", alpha=0.3)
    _legend(ax, len(muscles))
    return fig


def _legend(ax: Axes, columns: int) -> None:
    """Above the panel on the right, clear of the data and of the left-aligned title."""
    ax.legend(
        loc="lower right",
        bbox_to_anchor=(1.0, 1.0),
        ncols=max(1, columns),
        fontsize="small",
        frameon=False,
    )
