"""Schedule math: the next push instant, local dates, missed pushes, and parsing what people
type for a time zone, a time of day and their training days.

Pure functions: time comes in as arguments, nothing reads the clock.

Modules: `pushes` (next push instant, local dates, missed pushes), `zones`, `times` and
`days` (reading what people type).
"""

from bot.coach.schedule.days import (
    days_in_sentence,
    days_toggled,
    parse_day_count,
    parse_days,
    spread_days,
)
from bot.coach.schedule.pushes import (
    before_dawn_after,
    gap_day,
    local_date,
    next_push_at,
    push_instant,
    push_policy,
    still_last_night,
)
from bot.coach.schedule.times import bare_hour_in, parse_time_of_day
from bot.coach.schedule.zones import has_several_zones, parse_zone, zone_is_fixed_offset

__all__ = [
    "bare_hour_in",
    "before_dawn_after",
    "days_in_sentence",
    "days_toggled",
    "gap_day",
    "has_several_zones",
    "local_date",
    "next_push_at",
    "parse_day_count",
    "parse_days",
    "parse_time_of_day",
    "parse_zone",
    "push_instant",
    "push_policy",
    "spread_days",
    "still_last_night",
    "zone_is_fixed_offset",
]
