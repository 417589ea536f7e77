"""Workouts: /today, /week, /program, /pause, /resume, and the push message with its buttons."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession
from telegram import InlineKeyboardMarkup, Update
from telegram.ext import ContextTypes

from bot.coach import programs as prog
from bot.coach import schedule
from bot.coach.knowledge import Content
from bot.coach.profile import Profile
from bot.handlers.common import (
    Rows,
    answer_query,
    cb,
    drop_buttons,
    keyboard,
    needs_profile,
    send,
    send_template,
    services,
)
from bot.scheduling import next_push_text, reschedule
from bot.services import Services
from bot.store.models import User
from bot.store.users import get_user, profile_of


@dataclass(frozen=True)
class Item:
    """One exercise of a workout as the templates show it."""

    exercise_id: str
    name: str
    sets: int
    rep_low: int
    rep_high: int
    rest_seconds: int
    note: str | None
    load: float | None = None
    unit: str | None = None
    last: str | None = None  # last time's result, e.g. "60 kg × 12, 12, 11"


def book(svc: Services) -> prog.ProgramBook:
    return svc.extras["programs"]


def content(svc: Services) -> Content:
    return svc.extras["content"]


def local_today(svc: Services, profile: Profile) -> date:
    return schedule.local_date(svc.clock.now(), profile.tz)


async def items_for(
    svc: Services, session: AsyncSession, user: User, workout: prog.Workout
) -> list[Item]:
    """The workout's exercises with names, notes and, where history gives one, the load."""
    prescribe = svc.extras.get("prescribe")
    loads = await prescribe(svc, session, user, workout) if prescribe else {}
    items = []
    for p in workout.exercises:
        extra = loads.get(p.exercise_id, {})
        items.append(
            Item(
                exercise_id=p.exercise_id,
                name=content(svc).exercises[p.exercise_id].name,
                sets=p.sets,
                rep_low=extra.get("rep_low", p.rep_low),
                rep_high=extra.get("rep_high", p.rep_high),
                rest_seconds=p.rest_seconds,
                note=book(svc).note(p.note_key) if p.note_key else None,
                load=extra.get("load"),
                unit=extra.get("unit"),
                last=extra.get("last"),
            )
        )
    return items


def push_buttons(svc: Services, day: date) -> Rows:
    stamp = day.strftime("%Y%m%d")
    label = svc.render.label
    return [
        [(label("button", "start_logging"), cb("push", "start", stamp))],
        [
            (label("button", "skip_today"), cb("push", "skip", stamp)),
            (label("button", "move_tomorrow"), cb("push", "move", stamp)),
        ],
    ]


async def workout_message(
    svc: Services, session: AsyncSession, user: User, profile: Profile, day: date, *, push: bool
) -> tuple[str, Rows]:
    """The workout of `day`, or the next one when `day` is a rest day. Its buttons log into
    today's session (a moved push brings yesterday's workout to today)."""
    today = local_today(svc, profile)
    workout = prog.workout_for(book(svc), profile, day) or prog.next_workout(
        book(svc), profile, day
    )
    items = await items_for(svc, session, user, workout)
    text = svc.render.text(
        "workout",
        workout=workout,
        items=items,
        is_today=workout.day == today,
        push=push,
        unit=profile.unit.value,
    )
    rows = push_buttons(svc, today) if workout.day == today or push else []
    return text, rows


async def compose_push(
    svc: Services, user_id: int, day: date
) -> tuple[str, InlineKeyboardMarkup | None]:
    """The push for `day` (a moved push carries the workout of the day it came from)."""
    async with svc.db.session() as s:
        user = await get_user(s, user_id)
        profile = profile_of(user) if user else None
        assert user is not None and profile is not None
        text, rows = await workout_message(svc, s, user, profile, day, push=True)
        return text, keyboard(rows)


@needs_profile
async def today_command(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    s: AsyncSession,
    user: User,
    profile: Profile,
) -> None:
    svc = services(context)
    text, rows = await workout_message(svc, s, user, profile, local_today(svc, profile), push=False)
    await send(update, context, text, rows)


@needs_profile
async def week_command(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    s: AsyncSession,
    user: User,
    profile: Profile,
) -> None:
    svc = services(context)
    today = local_today(svc, profile)
    monday = today - timedelta(days=today.weekday())
    days = []
    for workout in prog.week_plan(book(svc), profile, monday):
        items = await items_for(svc, s, user, workout)
        days.append((workout, items))
    await send_template(
        update,
        context,
        "week",
        days=days,
        today=today,
        monday=monday,
        unit=profile.unit.value,
    )


@needs_profile
async def program_command(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    s: AsyncSession,
    user: User,
    profile: Profile,
) -> None:
    svc = services(context)
    program = book(svc).program_for(profile.goal, profile.place)
    names = sorted(content(svc).exercises[x].name for x in program.exercise_ids())
    sources = [content(svc).sources[sid] for sid in program.sources]
    await send_template(
        update,
        context,
        "program",
        program=program,
        profile=profile,
        names=names,
        sources=sources,
        sessions=len(program.sessions),
    )


@needs_profile
async def pause_command(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    s: AsyncSession,
    user: User,
    profile: Profile,
) -> None:
    svc = services(context)
    user.paused = True
    reschedule(user, svc.clock.now())
    await send_template(update, context, "paused")


@needs_profile
async def resume_command(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    s: AsyncSession,
    user: User,
    profile: Profile,
) -> None:
    svc = services(context)
    user.paused = False
    user.active = True
    reschedule(user, svc.clock.now())
    await send_template(update, context, "resumed", when=next_push_text(user))


def _day_of(stamp: str) -> date | None:
    try:
        return datetime.strptime(stamp, "%Y%m%d").date()
    except ValueError:
        return None


async def on_callback(
    update: Update, context: ContextTypes.DEFAULT_TYPE, user: User, parts: list[str]
) -> bool:
    """Push buttons: skip today, move to tomorrow. ("start" belongs to logging.)"""
    if parts[0] != "push" or len(parts) != 3 or parts[1] not in ("skip", "move"):
        return False
    svc = services(context)
    profile = profile_of(user)
    day = _day_of(parts[2])
    if profile is None or user.onboarded_at is None or day is None:
        return False
    query = update.callback_query
    assert query is not None
    today = local_today(svc, profile)
    if day != today:
        await answer_query(query, svc.render.text("push_expired"), alert=True)
        return True
    await answer_query(query)
    await drop_buttons(query)
    if parts[1] == "skip":
        skip = svc.extras.get("record_skip")
        if skip:
            await skip(user, day)
        await send_template(update, context, "skipped", when=next_push_text(user))
        return True
    # Move: tomorrow at the usual time carries today's workout; the regular schedule resumes
    # after it.
    tz = ZoneInfo(profile.tz)
    tomorrow = day + timedelta(days=1)
    moved_at = schedule.next_push_at(
        (tomorrow.weekday(),),
        profile.push_time,
        profile.tz,
        datetime.combine(day, profile.push_time, tz),
    )
    user.moved_from = day
    user.next_push_at = moved_at
    await send_template(update, context, "moved", when=next_push_text(user))
    return True
