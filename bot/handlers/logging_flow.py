"""Logging what was done: walk through the day's exercises by button or free text.

State: users.awaiting is "log:<exercise_log_id>" while the person owes us an exercise, and
"logc:<exercise_log_id>" while a parsed entry waits for a one-tap confirmation (the parsed
sets sit in users.draft). Both survive a restart. Exercise logs are always looked up with
the presser's user id, so a forged id in callback data finds nothing.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession
from telegram import Update
from telegram.ext import ContextTypes

from bot.coach import programs as prog
from bot.coach.profile import Profile, Unit
from bot.coach.setlog import LogParseError, Planned, SetEntry, parse_log
from bot.coach.training import planned_sets, prescribe, swaps
from bot.handlers.common import (
    Rows,
    answer_query,
    cb,
    db_of,
    drop_buttons,
    id_part,
    needs_profile,
    send,
    send_template,
    services,
)
from bot.handlers.workouts import book, content, items_for, local_today
from bot.services import Services
from bot.store import logs
from bot.store.models import ExerciseLog, User
from bot.store.users import profile_of


def install(svc: Services) -> None:
    svc.extras["prescribe"] = prescriptions
    svc.extras["record_skip"] = record_skip
    svc.extras["commands"] |= {"log": log_command, "undo": undo_command}
    svc.extras["text_hooks"].insert(0, on_text)
    svc.extras["callback_hooks"].insert(0, on_callback)


def _planned(log: ExerciseLog) -> Planned:
    return Planned(log.planned_sets, log.rep_low, log.rep_high, log.planned_load, Unit(log.unit))


def _entries(rows: list) -> tuple[SetEntry, ...]:
    return tuple(SetEntry(r.reps, r.load, Unit(r.unit) if r.unit else None) for r in rows)


def sets_text(entries: tuple[SetEntry, ...] | list[SetEntry]) -> str:
    """'60 kg × 12, 12, 10', per-set loads when they differ, or '20, 20, 20 reps'."""
    if not entries:
        return "-"
    loads = {(e.load, e.unit) for e in entries}
    if len(loads) == 1:
        load, unit = next(iter(loads))
        reps = ", ".join(str(e.reps) for e in entries)
        return f"{load:g} {unit.value} × {reps}" if load is not None and unit else f"{reps} reps"
    return ", ".join(
        f"{e.load:g} {e.unit.value} × {e.reps}" if e.load is not None and e.unit else str(e.reps)
        for e in entries
    )


async def prescriptions(
    svc: Services, s: AsyncSession, user: User, workout: prog.Workout
) -> dict[str, dict[str, object]]:
    """Per exercise: last time's result and, where history supports it, the next target."""
    profile = profile_of(user)
    if profile is None:
        return {}
    cards = content(svc).exercises
    out: dict[str, dict[str, object]] = {}
    history = await logs.previous_done_many(
        s, user.id, [p.exercise_id for p in workout.exercises], workout.day
    )
    for p in workout.exercises:
        found = history.get(p.exercise_id)
        if found is None:
            continue
        log, rows = found
        performed = _entries(rows)
        extra: dict[str, object] = {"last": sets_text(performed)}
        card = cards[p.exercise_id]
        rx = prescribe(card, _planned(log), performed, (p.rep_low, p.rep_high), profile.unit)
        if rx is not None:
            extra |= {"load": rx.load, "unit": rx.unit.value, "change": rx.change}
            if card.loading.value != "weighted":  # bodyweight and bands progress by reps
                extra |= {"rep_low": rx.rep_low, "rep_high": rx.rep_high}
        out[p.exercise_id] = extra
    return out


# --- sessions -----------------------------------------------------------------------------


async def open_day(svc: Services, user: User, profile: Profile, day: date) -> list[ExerciseLog]:
    """The day's logged workout, created from the plan (with today's targets) on first use."""
    s = db_of(user)
    existing = await logs.session_on(s, user.id, day)
    if existing is None:
        workout = prog.workout_for(book(svc), profile, day) or prog.next_workout(
            book(svc), profile, day
        )
        items = await items_for(svc, s, user, workout)
        plan = [
            logs.PlanRow(i.exercise_id, i.sets, i.rep_low, i.rep_high, i.load, profile.unit.value)
            for i in items
        ]
        existing = await logs.open_session(
            s, user.id, day, workout.program_id, workout.session_label, plan, svc.clock.now()
        )
    elif existing.status == "skipped":
        existing.status = "open"
    return await logs.exercises_of(s, user.id, existing.id)


async def record_skip(user: User, day: date) -> None:
    """'Skip today' from a push: the day counts as planned but not done."""
    session = await logs.session_on(db_of(user), user.id, day)
    if session is not None and session.status == "open":
        session.status = "skipped"


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE, user: User, day: date) -> None:
    svc = services(context)
    profile = profile_of(user)
    assert profile is not None
    exercises = await open_day(svc, user, profile, day)
    await next_or_finish(update, context, user, exercises)


async def next_or_finish(
    update: Update, context: ContextTypes.DEFAULT_TYPE, user: User, exercises: list[ExerciseLog]
) -> None:
    pending = [x for x in exercises if x.status == "pending"]
    if pending:
        await ask_exercise(update, context, user, pending[0], exercises)
    else:
        await finish(update, context, user, exercises)


async def ask_exercise(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    user: User,
    log: ExerciseLog,
    exercises: list[ExerciseLog],
) -> None:
    svc = services(context)
    user.awaiting = f"log:{log.id}"
    user.draft = None
    card = content(svc).exercises[log.exercise_id]
    day = (await logs.session_of(db_of(user), user.id, log.session_id)).day
    last = await logs.previous_done(db_of(user), user.id, log.exercise_id, day)
    label = svc.render.label
    rows: Rows = [
        [(label("log", "done") + _target_hint(log), cb("lg", "done", log.id))],
        [
            (label("log", "skip"), cb("lg", "skip", log.id)),
            (label("log", "swap"), cb("lg", "swap", log.id)),
        ],
    ]
    text = svc.render.text(
        "log_ask",
        position=exercises.index(log) + 1 if log in exercises else 1,
        count=len(exercises),
        name=card.name,
        log=log,
        last=sets_text(_entries(last[1])) if last else None,
        swapped_from=content(svc).exercises[log.swapped_from].name if log.swapped_from else None,
    )
    await send(update, context, text, rows)


def _target_hint(log: ExerciseLog) -> str:
    load = f" @ {log.planned_load:g} {log.unit}" if log.planned_load is not None else ""
    return f" ({log.planned_sets}×{log.rep_high}{load})"


async def finish(
    update: Update, context: ContextTypes.DEFAULT_TYPE, user: User, exercises: list[ExerciseLog]
) -> None:
    svc = services(context)
    s = db_of(user)
    user.awaiting = None
    user.draft = None
    if not exercises:
        return
    session = await logs.session_of(s, user.id, exercises[0].session_id)
    first_finish = session.status != "done"
    done = [x for x in exercises if x.status == "done"]
    session.status = "done" if done else "skipped"
    session.finished_at = svc.clock.now()
    profile = profile_of(user)
    assert profile is not None
    # What changes next time, from the sets just logged.
    nxt = prog.next_workout(book(svc), profile, session.day + timedelta(days=1))
    ahead = await prescriptions(svc, s, user, _as_if_after(nxt, session.day))
    changes = []
    for x in done:
        extra = ahead.get(x.exercise_id)
        if extra and extra.get("change") in ("up", "down", "harder"):
            changes.append((content(svc).exercises[x.exercise_id].name, extra))
    await send_template(
        update,
        context,
        "log_finished",
        [[(svc.render.label("log", "undo"), cb("lg", "undo", 0))]],
        done=len(done),
        total=len(exercises),
        changes=changes,
        unit=profile.unit.value,
    )
    recap = svc.extras.get("weekly_recap")
    if recap and first_finish and _last_training_day_of_week(profile, session.day):
        monday = session.day - timedelta(days=session.day.weekday())
        text = await recap(svc, s, user, monday)
        if text:
            await send(update, context, text)


def _as_if_after(workout: prog.Workout, day: date) -> prog.Workout:
    """The next workout, asked for the day after `day` so today's sets count as history."""
    return (
        workout
        if workout.day > day
        else prog.Workout(
            day + timedelta(days=1),
            workout.session_label,
            workout.week_number,
            workout.exercises,
            workout.program_id,
        )
    )


def _last_training_day_of_week(profile: Profile, day: date) -> bool:
    return all(d <= day.weekday() for d in profile.days)


# --- text ---------------------------------------------------------------------------------


def _pending_log_id(user: User) -> tuple[str, int] | None:
    if not user.awaiting:
        return None
    mode, _, raw = user.awaiting.partition(":")
    if mode in ("log", "logc") and raw.isdigit():
        return mode, int(raw)
    return None


async def on_text(
    update: Update, context: ContextTypes.DEFAULT_TYPE, user: User, text: str
) -> bool:
    svc = services(context)
    profile = profile_of(user)
    if profile is None or user.onboarded_at is None:
        return False
    s = db_of(user)
    pending = _pending_log_id(user)
    current = await logs.exercise_log(s, user.id, pending[1]) if pending else None
    resolve = _resolver(svc)
    if current is None:
        # Not in the middle of logging: only text that names an exercise and has numbers
        # ("hip thrust 60 12 12 10") is a log; anything else is a question for the matcher.
        if not any(ch.isdigit() for ch in text):
            return False
        try:
            parsed = parse_log(text, unit=profile.unit, planned=None, resolve_exercise=resolve)
        except LogParseError:
            return False
        if parsed.exercise_id is None:
            return False
        day = local_today(svc, profile)
        exercises = await open_day(svc, user, profile, day)
        current = await _log_for(svc, user, exercises, parsed.exercise_id)
        return await _echo(update, context, user, current, parsed.sets, text)

    if text.rstrip().endswith("?") and not any(ch.isdigit() for ch in text):
        return False  # a question in the middle of logging: let the coach answer it
    try:
        parsed = parse_log(
            text,
            unit=profile.unit,
            planned=_planned(current),
            resolve_exercise=resolve,
            current_exercise=current.exercise_id,
        )
    except LogParseError as err:
        current.raw_text = text[:500]  # keep what they wrote, even unparsed
        await send_template(
            update,
            context,
            "log_error",
            code=err.code,
            detail=err.detail,
            name=content(svc).exercises[current.exercise_id].name,
            unit=profile.unit.value,
        )
        return True
    if parsed.action == "skip":
        await _save(update, context, user, current, (), text)
        return True
    if parsed.action == "swap":
        await _offer_swaps(update, context, user, current)
        return True
    target = current
    if parsed.exercise_id and parsed.exercise_id != current.exercise_id:
        exercises = await logs.exercises_of(s, user.id, current.session_id)
        target = await _log_for(svc, user, exercises, parsed.exercise_id)
    return await _echo(update, context, user, target, parsed.sets, text)


def _resolver(svc: Services):  # type: ignore[no-untyped-def]
    def resolve(name: str) -> str | None:
        card = content(svc).find_exercise(name)
        return card.id if card else None

    return resolve


async def _log_for(
    svc: Services, user: User, exercises: list[ExerciseLog], exercise_id: str
) -> ExerciseLog:
    """The day's entry for an exercise, added to the session if the plan didn't have it."""
    for x in exercises:
        if x.exercise_id == exercise_id:
            return x
    s = db_of(user)
    session_id = exercises[0].session_id
    log = ExerciseLog(
        session_id=session_id,
        user_id=user.id,
        exercise_id=exercise_id,
        position=len(exercises),
        planned_sets=len(exercises) and 3,
        rep_low=8,
        rep_high=12,
        planned_load=None,
        unit=user.unit or "kg",
        status="pending",
    )
    s.add(log)
    await s.flush()
    return log


async def _echo(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    user: User,
    log: ExerciseLog,
    entries: tuple[SetEntry, ...],
    raw: str,
) -> bool:
    """Show what was understood, for one tap to save or to fix."""
    svc = services(context)
    user.awaiting = f"logc:{log.id}"
    user.draft = json.dumps(
        {"sets": [[e.reps, e.load, e.unit.value if e.unit else None] for e in entries], "raw": raw}
    )
    label = svc.render.label
    await send_template(
        update,
        context,
        "log_echo",
        [
            [
                (label("log", "save"), cb("lg", "ok", log.id)),
                (label("log", "fix"), cb("lg", "fix", log.id)),
            ]
        ],
        name=content(svc).exercises[log.exercise_id].name,
        sets=sets_text(list(entries)),
        count=len(entries),
    )
    return True


def _draft_entries(user: User) -> tuple[tuple[SetEntry, ...], str] | None:
    try:
        data = json.loads(user.draft or "")
        entries = tuple(
            SetEntry(int(r), float(w) if w is not None else None, Unit(u) if u else None)
            for r, w, u in data["sets"]
        )
        return entries, str(data.get("raw", ""))
    except (ValueError, TypeError, KeyError):
        return None


async def _save(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    user: User,
    log: ExerciseLog,
    entries: tuple[SetEntry, ...],
    raw: str | None,
) -> None:
    svc = services(context)
    s = db_of(user)
    session = await logs.session_of(s, user.id, log.session_id)
    await logs.save_sets(s, log, session.day, entries, raw, svc.clock.now())
    await s.flush()
    exercises = await logs.exercises_of(s, user.id, log.session_id)
    name = content(svc).exercises[log.exercise_id].name
    await send_template(
        update,
        context,
        "log_saved",
        name=name,
        sets=sets_text(list(entries)),
        skipped=not entries,
    )
    await next_or_finish(update, context, user, exercises)


async def _offer_swaps(
    update: Update, context: ContextTypes.DEFAULT_TYPE, user: User, log: ExerciseLog
) -> None:
    svc = services(context)
    profile = profile_of(user)
    assert profile is not None
    options = swaps(content(svc), log.swapped_from or log.exercise_id, profile.place)
    options = [x for x in options if x.id != log.exercise_id]
    rows: Rows = [[(x.name, cb("lg", "sw", log.id, x.id))] for x in options]
    rows = [*rows, [(svc.render.label("log", "keep"), cb("lg", "keep", log.id))]]
    await send_template(
        update,
        context,
        "log_swaps",
        rows,
        name=content(svc).exercises[log.exercise_id].name,
        has_options=bool(options),
    )


# --- buttons ------------------------------------------------------------------------------


async def on_callback(
    update: Update, context: ContextTypes.DEFAULT_TYPE, user: User, parts: list[str]
) -> bool:
    svc = services(context)
    query = update.callback_query
    assert query is not None
    profile = profile_of(user)
    if profile is None or user.onboarded_at is None:
        return False

    if parts[0] == "push" and len(parts) == 3 and parts[1] == "start":
        day = _day(parts[2])
        today = local_today(svc, profile)
        if day is None or not (today - timedelta(days=1) <= day <= today):
            return False
        await answer_query(query)
        await start(update, context, user, day)
        return True

    log_id = id_part(parts[2]) if parts[0] == "lg" and len(parts) >= 3 else None
    if log_id is None:
        return False
    action = parts[1]
    s = db_of(user)

    if action == "undo" and len(parts) == 3:
        await answer_query(query)
        await undo(update, context, user)
        return True

    log = await logs.exercise_log(s, user.id, log_id)
    if log is None:
        return False
    pending = _pending_log_id(user)
    if action == "ed" and len(parts) == 3:
        await answer_query(query)
        await logs.clear_exercise(s, log)
        exercises = await logs.exercises_of(s, user.id, log.session_id)
        await ask_exercise(update, context, user, log, exercises)
        return True
    # The other buttons act only on the exercise the person is at right now, each with its
    # own shape; anything else is stale or forged and left to the router to answer.
    shapes = {"done": 3, "skip": 3, "swap": 3, "keep": 3, "sw": 4, "ok": 3, "fix": 3}
    if pending is None or pending[1] != log.id or shapes.get(action) != len(parts):
        return False
    if action in ("ok", "fix") and pending[0] != "logc":
        return False
    draft = _draft_entries(user) if action == "ok" else None
    if action == "ok" and draft is None:
        return False
    await answer_query(query)
    await drop_buttons(query)

    if action == "done":
        await _save(update, context, user, log, planned_sets(_planned(log)), None)
    elif action == "skip":
        await _save(update, context, user, log, (), None)
    elif action == "swap":
        await _offer_swaps(update, context, user, log)
    elif action == "keep":
        exercises = await logs.exercises_of(s, user.id, log.session_id)
        await ask_exercise(update, context, user, log, exercises)
    elif action == "sw":
        choice = parts[3]
        allowed = {
            x.id for x in swaps(content(svc), log.swapped_from or log.exercise_id, profile.place)
        }
        exercises = await logs.exercises_of(s, user.id, log.session_id)
        if choice not in allowed or any(x.exercise_id == choice for x in exercises):
            await send_template(update, context, "log_swap_unavailable")
            await ask_exercise(update, context, user, log, exercises)
            return True
        log.swapped_from = log.swapped_from or log.exercise_id
        log.exercise_id = choice
        await ask_exercise(update, context, user, log, exercises)
    elif action == "ok":
        assert draft is not None
        await _save(update, context, user, log, draft[0], draft[1])
    else:  # fix
        user.awaiting = f"log:{log.id}"
        user.draft = None
        await send_template(
            update, context, "log_fix", name=content(svc).exercises[log.exercise_id].name
        )
    return True


def _day(stamp: str) -> date | None:
    try:
        return datetime.strptime(stamp, "%Y%m%d").date()
    except ValueError:
        return None


# --- commands -----------------------------------------------------------------------------


@needs_profile
async def log_command(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    s: AsyncSession,
    user: User,
    profile: Profile,
) -> None:
    """Today's log: what's done, with a button to (re)enter any exercise."""
    svc = services(context)
    day = local_today(svc, profile)
    session = await logs.session_on(s, user.id, day)
    if session is None:
        await send_template(
            update,
            context,
            "log_nothing_today",
            [
                [
                    (
                        svc.render.label("button", "start_logging"),
                        cb("push", "start", day.strftime("%Y%m%d")),
                    )
                ]
            ],
        )
        return
    exercises = await logs.exercises_of(s, user.id, session.id)
    lines = []
    for x in exercises:
        sets = _entries(await logs.sets_of(s, x.id))
        lines.append((content(svc).exercises[x.exercise_id].name, x.status, sets_text(list(sets))))
    rows: Rows = [
        [
            (
                svc.render.label("log", "edit") + " " + content(svc).exercises[x.exercise_id].name,
                cb("lg", "ed", x.id),
            )
        ]
        for x in exercises
    ]
    await send_template(update, context, "log_today", rows, lines=lines)


@needs_profile
async def undo_command(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    s: AsyncSession,
    user: User,
    profile: Profile,
) -> None:
    await undo(update, context, user)


async def undo(update: Update, context: ContextTypes.DEFAULT_TYPE, user: User) -> None:
    """Take back the most recent entry and ask for that exercise again."""
    svc = services(context)
    s = db_of(user)
    last = await logs.last_logged(s, user.id)
    if last is None:
        await send_template(update, context, "log_nothing_to_undo")
        return
    name = content(svc).exercises[last.exercise_id].name
    await logs.clear_exercise(s, last)
    session = await logs.session_of(s, user.id, last.session_id)
    if session.status == "done":
        session.status = "open"
    await send_template(update, context, "log_undone", name=name)
    exercises = await logs.exercises_of(s, user.id, last.session_id)
    await ask_exercise(update, context, user, last, exercises)
