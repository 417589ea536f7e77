"""The next push instant, local dates, and what to do with a push missed while the bot was down.

Pure functions: time comes in as arguments, nothing reads the clock.

DST rules for `next_push_at` (chosen, not inherited from zoneinfo's fold=0 arithmetic):
- a push time that does not exist on a date (spring-forward gap, e.g. 02:30 in Europe/Berlin
  on 2026-03-29) fires at the first valid local minute after the gap (03:00 local), which is
  the transition instant itself; if the gap swallows the rest of that local date (Pacific/Apia
  skipped 2011-12-30), that date has no push;
- a push time that occurs twice (fall-back) fires once, at the first occurrence (fold=0);
- at most one push per local date, whatever the zone does.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


def _zone(tz: str) -> ZoneInfo:
    try:
        return ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(f"unknown time zone {tz!r}") from exc


def _require_aware(value: datetime, name: str) -> None:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{name} must be timezone-aware, got {value!r}")


def _resolve_local(day: date, at: time, zone: ZoneInfo) -> datetime | None:
    """The UTC instant at which the wall clock in `zone` reads `at` on `day` (see module rules)."""
    naive = datetime.combine(day, at.replace(tzinfo=None, fold=0))
    first = naive.replace(tzinfo=zone, fold=0).astimezone(UTC)
    if first.astimezone(zone).replace(tzinfo=None) == naive:
        return first  # exists (fold=0 is the first of two occurrences on fall-back days)
    # In a gap: fold=1 applies the post-transition offset and lands before the transition,
    # fold=0 the pre-transition offset and lands after it. Bisect for the transition instant.
    lo = naive.replace(tzinfo=zone, fold=1).astimezone(UTC)
    hi = first
    before = lo.astimezone(zone).utcoffset()
    lo_s, hi_s = int(lo.timestamp()), int(hi.timestamp())
    while hi_s - lo_s > 1:
        mid = (lo_s + hi_s) // 2
        if datetime.fromtimestamp(mid, UTC).astimezone(zone).utcoffset() == before:
            lo_s = mid
        else:
            hi_s = mid
    fire = datetime.fromtimestamp(hi_s, UTC)
    return fire if fire.astimezone(zone).date() == day else None


def next_push_at(days: Sequence[int], push_time: time, tz: str, after: datetime) -> datetime | None:
    """First instant strictly after `after` when the clock in `tz` reads `push_time` on one of
    `days` (0 = Monday). Returns an aware UTC datetime, or None when `days` is empty.

    `push_time` is a wall-clock time; any tzinfo on it is ignored.
    """
    _require_aware(after, "after")
    wanted = set(days)
    if not wanted:
        return None
    if not wanted <= set(range(7)):
        raise ValueError(f"weekdays must be 0..6, got {sorted(wanted)}")
    zone = _zone(tz)
    start = after.astimezone(zone).date()
    # 7 days always hold one of the weekdays; 14 covers a date lost to a whole-day gap.
    for offset in range(15):
        day = start + timedelta(days=offset)
        if day.weekday() not in wanted:
            continue
        instant = _resolve_local(day, push_time, zone)
        if instant is not None and instant > after:
            return instant
    return None  # unreachable with real zones


def push_instant(day: date, push_time: time, tz: str) -> datetime | None:
    """When `day`'s push comes (UTC), by the module's DST rules; None for a date the zone
    skipped whole."""
    return _resolve_local(day, push_time, _zone(tz))


def gap_day(
    days: Sequence[int], push_time: time, tz: str, after: datetime, within: int = 7
) -> tuple[date, time] | None:
    """The first training day in the `within` days after `after` on which `push_time` falls in
    a spring-forward gap, with the local time its push comes at instead (the gap's end); None
    when every push in them comes at `push_time`."""
    _require_aware(after, "after")
    zone = _zone(tz)
    start = after.astimezone(zone).date()
    wanted = push_time.replace(tzinfo=None, fold=0)
    for offset in range(within + 1):
        day = start + timedelta(days=offset)
        fire = _resolve_local(day, wanted, zone) if day.weekday() in set(days) else None
        if fire is None or not after < fire <= after + timedelta(days=within):
            continue
        local = fire.astimezone(zone).time()
        if local != wanted:
            return day, local
    return None


def local_date(instant: datetime, tz: str) -> date:
    """The calendar date the wall clock in `tz` shows at `instant`."""
    _require_aware(instant, "instant")
    return instant.astimezone(_zone(tz)).date()


def push_policy(due_at: datetime, now: datetime, tz: str) -> Literal["send", "skip"]:
    """A push missed while the bot was down goes out late on the same local date, else not at
    all: yesterday's workout arriving this morning would only confuse."""
    return "send" if local_date(now, tz) == local_date(due_at, tz) else "skip"


# How long after a late push its evening lasts: someone pushed at 23:30 who trains and logs
# at 00:40 is still on that workout, not on the rest day the calendar turned to.
EVENING = timedelta(hours=6)
# After an evening push the night lasts till 4 in the morning, however long after the push:
# pushed at 18:15, trained late and logging at 00:40, the workout is still Monday's. A push
# more than NIGHT_REACH before that (at noon) keeps its six hours.
NIGHT_ENDS = time(4, 0)
NIGHT_REACH = timedelta(hours=12)


def still_last_night(days: Sequence[int], push_time: time, tz: str, now: datetime) -> date | None:
    """Yesterday's local date while `now` is within yesterday's push's night (a training
    day's: EVENING after it, or till NIGHT_ENDS after an evening push), else None: the workout
    a late-night trainer is still on after midnight."""
    _require_aware(now, "now")
    zone = _zone(tz)
    yesterday = now.astimezone(zone).date() - timedelta(days=1)
    if yesterday.weekday() not in set(days):
        return None
    pushed = _resolve_local(yesterday, push_time, zone)
    if pushed is None:
        return None
    ends = pushed + EVENING
    morning = _resolve_local(yesterday + timedelta(days=1), NIGHT_ENDS, zone)
    if morning is not None and ends < morning <= pushed + NIGHT_REACH:
        ends = morning
    return yesterday if pushed <= now < ends else None


def before_dawn_after(days: Sequence[int], push_time: time, tz: str, now: datetime) -> date | None:
    """Yesterday's local date while `now` is before NIGHT_ENDS, yesterday was a training day
    and today's push has not come yet, else None: after a morning push, sets typed at 00:40
    are that day's workout told late, as nothing of today's was asked for yet."""
    _require_aware(now, "now")
    zone = _zone(tz)
    local = now.astimezone(zone)
    yesterday = local.date() - timedelta(days=1)
    if local.time() >= NIGHT_ENDS or yesterday.weekday() not in set(days):
        return None
    pushed = _resolve_local(yesterday, push_time, zone)
    if pushed is None or now < pushed:
        return None
    today_push = _resolve_local(local.date(), push_time, zone)
    if local.date().weekday() in set(days) and today_push is not None and today_push <= now:
        return None
    return yesterday
