"""A workout told as a story while logging (bot/coach/setlog_story.py): the part about the
exercise being logged, else the first one named, is shown to save as any typed entry is;
the parts about other exercises wait in the draft ("then") and are each shown to save in
turn, as a log naming that exercise would be, once the one before is saved."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from bot.coach.profile import Profile, Unit
from bot.coach.setlog import LogParseError, SetEntry
from bot.coach.setlog_story import Part, read_story
from bot.coach.status import ExerciseStatus
from bot.runtime.services import Services
from bot.store import logs
from bot.store.models import ExerciseLog, User
from bot.training.awaiting import Awaiting
from bot.training.logbook_draft import offers_add
from bot.training.logbook_steps import Echo, Finished, Saved, ask, echo, log_for, name_of, save
from bot.training.people import expect
from bot.training.targets import planned_of

Queued = list[dict[str, Any]]  # [{"ex": exercise id, "sets": [[reps, load, unit], ...]}]
T = TypeVar("T")


def story_parts(
    svc: Services,
    profile: Profile,
    current: ExerciseLog | None,
    text: str,
    resolve: Callable[[str], str | None],
    rep_top_of: Callable[[str], int | None] | None = None,
) -> tuple[Part, ...] | None:
    """The story's parts, or None when it can't be read as one. With nothing being logged
    (`current` None) every part must name its exercise."""
    exercise = svc.content.exercises[current.exercise_id] if current else None
    try:
        parts = read_story(
            text,
            unit=profile.unit,
            planned=planned_of(current) if current else None,
            resolve_exercise=resolve,
            current_exercise=current.exercise_id if current else None,
            unloaded=exercise is not None and exercise.loading.value != "weighted",
            rep_top_of=rep_top_of,
        )
    except LogParseError:
        return None
    return parts if current or all(p.exercise_id for p in parts) else None


def queue(parts: Sequence[Part]) -> Queued:
    return [{"ex": p.exercise_id, "sets": _rows(p.sets)} for p in parts if p.exercise_id]


def untold(s: Session, user: User, session_id: int, parts: Queued) -> Queued:
    """`parts` without those the day's log already holds as told: a story of the whole
    workout, typed at its last exercise, retells what was saved before."""
    done = {
        x.exercise_id: [(r.reps, r.load) for r in logs.sets_of(s, x.id)]
        for x in logs.exercises_of(s, user.id, session_id)
        if x.status == "done"
    }
    return [p for p in parts if done.get(str(p["ex"])) != [(r[0], r[1]) for r in p["sets"]]]


def queued(user: User) -> Queued:
    """The story's parts still to show, from the draft."""
    try:
        waiting = json.loads(user.draft or "{}").get("then", [])
    except (ValueError, AttributeError):
        return []
    return waiting if isinstance(waiting, list) else []


def keep_queued(svc: Services, user: User, parts: Queued, shown: T) -> T:
    """`parts` kept waiting in the draft the step just wrote; an echo names them."""
    if not parts:
        return shown
    try:
        data = json.loads(user.draft or "{}")
    except ValueError:
        return shown
    if not isinstance(data, dict):
        return shown
    data["then"] = parts
    expect(user, Awaiting.parse(user.awaiting), json.dumps(data))
    if isinstance(shown, Echo):
        names = tuple(name_of(svc, p["ex"]) for p in parts)
        return replace(shown, then_names=names)
    return shown


def save_then_queued(
    svc: Services,
    s: Session,
    user: User,
    log: ExerciseLog,
    entries: Sequence[SetEntry],
    raw: str | None,
    add: bool | None = None,
) -> Saved:
    """Save the entry waiting for its Save (added to the sets saved today, or replacing
    them: `add`, else what the echo offered); then the story's next part, if one waits, is
    shown to save (its exercise added to the day if the plan didn't have it)."""
    waiting = queued(user)  # read before saving: the save writes the draft anew
    back = _draft(user).get("back")
    adds = offers_add(user) if add is None else add
    saved = save(svc, s, user, log, entries, raw, add=adds)
    waiting = untold(s, user, log.session_id, waiting)
    if not waiting:
        return back_to(svc, s, user, saved, back)
    first, rest = waiting[0], waiting[1:]
    exercises = logs.exercises_of(s, user.id, log.session_id)
    target = log_for(s, user, log.session_id, exercises, str(first["ex"]))
    shown = keep_queued(
        svc, user, rest, echo(svc, s, user, target, sets_of_rows(first["sets"]), raw or "")
    )
    if isinstance(back, int):  # a story for another day: today's still waits after it
        keep_back(user, back)
    return replace(saved, then=shown)


def keep_back(user: User, log_id: int) -> None:
    """An entry for another day, typed while `log_id` was owed: once it is saved, that one
    is asked for again (not the other day's workout). The way back is kept in the draft
    through Fix, a correction or a retyped entry (back_of), until that Save."""
    data = _draft(user) | {"back": log_id}
    expect(user, Awaiting.parse(user.awaiting), json.dumps(data))


def goes_back(user: User) -> bool:
    """Whether the entry waiting for its Save is for another day, typed mid-workout."""
    return back_of(user) is not None


def back_of(user: User) -> int | None:
    """The exercise owed on another day when this entry was typed (keep_back), if any."""
    back = _draft(user).get("back")
    return back if isinstance(back, int) else None


def back_to(svc: Services, s: Session, user: User, saved: Saved, back: object) -> Saved:
    log = logs.exercise_log(s, user.id, back) if isinstance(back, int) else None
    if log is None or log.status != ExerciseStatus.PENDING:
        return saved
    exercises = logs.exercises_of(s, user.id, log.session_id)
    owed = ask(svc, s, user, log, exercises)
    done = saved.then
    # that day's workout done (more than the one exercise just saved, or its week's recap due):
    # said, then today's
    if isinstance(done, Finished) and (done.total > 1 or done.recap is not None):
        return replace(saved, then=replace(done, then=owed))
    return replace(saved, then=owed)


def _draft(user: User) -> dict[str, Any]:
    try:
        data = json.loads(user.draft or "{}")
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def _rows(entries: Sequence[SetEntry]) -> list[list[Any]]:
    return [[e.reps, e.load, e.unit.value if e.unit else None] for e in entries]


def sets_of_rows(rows: list[list[Any]]) -> tuple[SetEntry, ...]:
    """The sets a queued part keeps as rows of [reps, load, unit]."""
    return tuple(
        SetEntry(int(r), float(w) if w is not None else None, Unit(u) if u else None)
        for r, w, u in rows
    )
