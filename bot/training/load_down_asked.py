"""Asked why a move's load went down ("why did my hip thrust weight go down?") or up ("why
did the walking lunges go up to 14kg?"): the next workout holding it, its load against the
last time's, and why, from the log: a lighter load for more reps (the plan's next rep range),
the bottom of the range missed, or the kit of a while away; a heavier one for fewer reps, or
the top of the range reached. Before, a general answer said loads come down after a miss,
though none was, and a rise asked about got the move's card."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy.orm import Session

from bot.coach import programs as prog
from bot.coach.compose import named_cards, words
from bot.coach.profile import Away, Unit
from bot.coach.progression import convert
from bot.runtime.services import Services
from bot.store.models import User
from bot.training.people import finished_profile, local_today, planning, planning_ahead
from bot.training.targets import Target, done_before, entries_of, sets_text, targets

_ASKS = re.compile(
    r"\bwhy\b.*\b(go(ne|ing)? down|went down|goes down|drop(ped|s)?|lower(ed)?|lighter"
    r"|less weight|decreased?|reduced?)\b"
)
_UP = re.compile(
    r"\bwhy\b.*\b(go(ne|ing)? up|went up|goes up|jump(ed|s)?|increased?|raised?|heavier"
    r"|more weight)\b"
)
# Said of a load: its word, or the number it went to ("why did my hip thrust go down to 60").
_A_LOAD = re.compile(
    r"\b(weight|load|lbs?|kgs?|lighter|heavier)\b"
    r"|\b(down|dropped|lowered|reduced|up|jumped|increased|raised) to \d"
)
# Said of the move itself, its load left unsaid: "why did the squat go down?" (its card came).
_MOVED = re.compile(
    r"\bwhy (did|has|have|is|was)\b.*\b(go(ne)? (down|up)|went (down|up)|dropped|decreased"
    r"|reduced|lowered|increased|jumped|raised|g[eo]t (lighter|heavier))\b"
)
_AHEAD_DAYS = 14  # the workouts looked at for the move asked


@dataclass(frozen=True)
class LoadDown:
    name: str
    target: Target  # as the workout holding it plans it
    day: date
    today: bool
    last: str  # last time's sets, "210 lb × 8, 8, 8, 8"
    last_day: date
    last_reps: tuple[int, int]  # the range they were done in
    why: str  # reps (more of them), missed, away (its kit), not_down, lower (none of these)
    unit: str
    away: Away | None = None  # that workout is in a while away


def on_text(svc: Services, s: Session, user: User, text: str) -> LoadDown | None:
    said = " ".join(words(text))
    up = _ASKS.search(said) is None and _UP.search(said) is not None
    if not (up or _ASKS.search(said)) or not (_A_LOAD.search(said) or _MOVED.search(said)):
        return None
    profile = finished_profile(user)
    named = named_cards(svc.content, text)
    if profile is None or not named:
        return None
    today = local_today(profile, svc.clock.now())
    profile = planning(s, user, today) or profile
    for day in (today + timedelta(days=n) for n in range(_AHEAD_DAYS)):
        ahead = planning_ahead(s, user.id, profile, day)
        workout = prog.workout_for(svc.programs, ahead, day)
        held = [p.exercise_id for p in workout.exercises] if workout else []
        move = next((i for i in named if i in held), None)
        if workout is None or move is None:
            continue
        found = done_before(s, user.id, ahead, [move], day).get(move)
        target = next(t for t in targets(svc, s, user.id, ahead, workout) if t.exercise_id == move)
        if found is None or target.load is None:
            return None
        log, rows = found
        entries = entries_of(rows)
        lifted = max(
            (convert(e.load, e.unit or profile.unit, profile.unit) for e in entries if e.load),
            default=None,
        )
        if lifted is None:
            return None
        away = ahead.away_on(day)
        last_reps = (log.rep_low, log.rep_high)
        unit = Unit(target.unit) if target.unit else profile.unit
        planned = convert(target.load, unit, profile.unit)
        if up:
            why = _why_up(planned, lifted, target, log.rep_low)
        elif planned >= lifted:
            why = "not_down"
        elif away is not None and away.most is not None:
            why = "away"
        elif target.change == "down":
            why = "missed"
        elif target.rep_low > log.rep_low:
            why = "reps"
        else:
            why = "lower"
        day_of = rows[0].day if rows else day
        return LoadDown(
            target.name, target, day, day == today, sets_text(entries), day_of, last_reps,
            why, profile.unit.value, away,
        )  # fmt: skip
    return None


def _why_up(planned: float, lifted: float, target: Target, last_low: int) -> str:
    """Why a load planned is above the last one lifted: fewer reps asked (the plan's next
    rep range), or the top of the range reached; not_up when it isn't above it."""
    if planned <= lifted:
        return "not_up"
    if target.rep_low < last_low:
        return "fewer_reps"
    return "top" if target.change == "up" else "higher"
