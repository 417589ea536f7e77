"""Workouts: /today, /week, /program, /pause, /resume, and the push message with its buttons."""

from __future__ import annotations

from datetime import date

from telegram import InlineKeyboardMarkup, Update

from bot.handlers.common import (
    Context,
    Press,
    Rows,
    answer_query,
    caller,
    cb,
    drop_buttons,
    keyboard,
    run,
    send,
    send_template,
    services,
)
from bot.runtime.services import Services
from bot.training import workouts
from bot.training.workouts import PushAction, WorkoutView


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


def workout_message(svc: Services, view: WorkoutView, *, push: bool) -> tuple[str, Rows]:
    """The workout's text; its buttons log into today's session (a moved push brings
    yesterday's workout to today)."""
    text = svc.render.text(
        "workout",
        workout=view.workout,
        items=view.targets,
        is_today=view.is_today,
        push=push,
        unit=view.unit,
    )
    return text, push_buttons(svc, view.today) if view.buttons(push) else []


async def compose_push(
    svc: Services, user_id: int, day: date
) -> tuple[str, InlineKeyboardMarkup | None]:
    """The push for `day`, as text and keyboard (the dispatcher sends it)."""
    view = await svc.db.run(lambda s: workouts.push_view(svc, s, user_id, day))
    text, rows = workout_message(svc, view, push=True)
    return text, keyboard(rows)


async def needs_profile(update: Update, context: Context) -> None:
    await send_template(update, context, "needs_profile")


async def today_command(update: Update, context: Context) -> None:
    svc, who = services(context), caller(update)
    view = await run(context, lambda s: workouts.today(svc, s, who))
    if view is None:
        return await needs_profile(update, context)
    await send(update, context, *workout_message(svc, view, push=False))


async def week_command(update: Update, context: Context) -> None:
    svc, who = services(context), caller(update)
    view = await run(context, lambda s: workouts.week(svc, s, who))
    if view is None:
        return await needs_profile(update, context)
    await send_template(
        update,
        context,
        "week",
        days=view.days,
        today=view.today,
        monday=view.monday,
        unit=view.unit,
    )


async def program_command(update: Update, context: Context) -> None:
    svc, who = services(context), caller(update)
    view = await run(context, lambda s: workouts.program(svc, s, who))
    if view is None:
        return await needs_profile(update, context)
    await send_template(
        update,
        context,
        "program",
        program=view.program,
        profile=view.profile,
        names=view.names,
        sources=view.sources,
        sessions=len(view.program.sessions),
    )


async def _pause(update: Update, context: Context, paused: bool) -> None:
    svc, who = services(context), caller(update)
    result = await run(context, lambda s: workouts.pause(svc, s, who, paused))
    if result is None:
        return await needs_profile(update, context)
    if paused:
        await send_template(update, context, "paused")
    else:
        await send_template(update, context, "resumed", when=result.when)


async def pause_command(update: Update, context: Context) -> None:
    await _pause(update, context, True)


async def resume_command(update: Update, context: Context) -> None:
    await _pause(update, context, False)


async def show_push_answer(press: Press, answer: workouts.PushAnswer) -> None:
    svc = services(press.context)
    if answer.expired:
        await answer_query(press.query, svc.render.text("push_expired"), alert=True)
        return
    await answer_query(press.query)
    await drop_buttons(press.query)
    template = "skipped" if answer.action == PushAction.SKIP else "moved"
    await send_template(press.update, press.context, template, when=answer.when)
