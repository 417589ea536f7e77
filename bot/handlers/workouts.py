"""Workouts: /today, /week, /program, /pause, /resume, and the push message with its buttons."""

from __future__ import annotations

import functools
from datetime import date

from telegram import InlineKeyboardMarkup, Update

from bot.handlers.common import (
    Context,
    Press,
    Rows,
    answer_query,
    cb,
    drop_buttons,
    for_profile,
    keyboard,
    send,
    send_template,
    send_view,
    services,
)
from bot.handlers.logging_flow import rest_day_rows
from bot.handlers.next_week import week_rows
from bot.handlers.reports import recap_text
from bot.runtime.services import Services
from bot.training import workouts
from bot.training.asked_move import Elsewhere, today_asking
from bot.training.moved_said import MoveLater
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


def workout_message(
    svc: Services, view: WorkoutView, *, push: bool, elsewhere: Elsewhere | None = None
) -> tuple[str, Rows]:
    """The workout's text; its buttons log into today's session (a moved push brings
    yesterday's workout to today)."""
    text = svc.render.text(
        "workout",
        workout=view.workout,
        items=view.targets,
        is_today=view.is_today,
        push=push,
        unit=view.unit,
        status=view.status,
        rest_day=view.rest_day and not push,
        passed=view.passed(push),
        moved=view.moved,
        when=view.next_push,
        first_week_again=view.first_week_again,
        back_from_pause=view.back_from_pause,
        back_after_break=view.back_after_break,
        paused_until=view.paused_until,
        last_night=view.last_night,
        tomorrow_rest=view.tomorrow_rest,
        kept=view.kept,
        kept_back=(view.today - view.kept.day).days if view.kept else 0,
        elsewhere=elsewhere,
        away_next=view.away_next,
        away_on=view.away_on,
    )
    if view.rest_day and not push:  # a day off the plan: today's log is asked, not assumed
        return text, rest_day_rows(svc, view.today, view.workout.day)
    if view.passed(push):
        return text, push_buttons(svc, view.today)[:1]
    return text, push_buttons(svc, view.today) if view.buttons(push) else []


async def compose_push(
    svc: Services, user_id: int, day: date
) -> tuple[str, InlineKeyboardMarkup | None] | None:
    """The push for `day`, as text and keyboard (the dispatcher sends it); None when the
    day's workout is already logged: nothing to send."""
    view = await svc.db.run(lambda s: workouts.push_view(svc, s, user_id, day))
    if view is None:
        return None
    text, rows = workout_message(svc, view, push=True)
    return text, keyboard(rows)


async def today_command(update: Update, context: Context, asked: str | None = None) -> None:
    """/today; `asked`: the exercise a question named ("how heavy on hip thrusts today"),
    said where it is when today's workout doesn't hold it."""
    if asked is None:
        view = await for_profile(update, context, workouts.today)
        elsewhere = None
    else:
        call = functools.partial(today_asking, card_id=asked)
        found = await for_profile(update, context, call)
        view, elsewhere = found if found is not None else (None, None)
    if view is not None:
        text, rows = workout_message(services(context), view, push=False, elsewhere=elsewhere)
        await send(update, context, text, rows)


async def show_tomorrow(update: Update, context: Context, view: WorkoutView) -> None:
    """ "what's tomorrow?": that workout, without buttons (it isn't today's to log)."""
    text, _ = workout_message(services(context), view, push=False)
    await send(update, context, text)


async def show_moved_said(
    update: Update, context: Context, outcome: workouts.PushAnswer | MoveLater
) -> None:
    """ "move to tomorrow" typed: moved, as the button does; or, for a later day, how."""
    if isinstance(outcome, MoveLater):
        await send_template(update, context, "move_later", day=outcome.day, to=outcome.to)
        return
    await send_template(update, context, "moved", when=outcome.when)


async def week_command(update: Update, context: Context) -> None:
    view = await for_profile(update, context, workouts.week)
    if view is None:
        return
    await send_view(update, context, "week", view, week_rows(services(context), view))


async def program_command(update: Update, context: Context) -> None:
    view = await for_profile(update, context, workouts.program)
    if view is None:
        return
    await send_view(update, context, "program", view)


async def _pause(update: Update, context: Context, paused: bool) -> None:
    said = " ".join(context.args or [])  # "/pause for 2 weeks": a pause that ends by itself
    call = functools.partial(workouts.pause, paused=paused, said=said)
    result = await for_profile(update, context, call)
    if result is not None:
        await _said_paused(update, context, paused, result)


async def show_pause_press(press: Press, answer: workouts.Paused) -> None:
    """The Pause or Resume button under a reply: done, the button gone, said as /pause or
    /resume says it."""
    await answer_query(press.query)
    await drop_buttons(press.query)
    await _said_paused(press.update, press.context, answer.paused, answer.push)


async def _said_paused(
    update: Update, context: Context, paused: bool, result: workouts.NextPush
) -> None:
    if paused:
        await send_template(update, context, "paused", until=result.until, when=result.when)
    else:
        await send_template(
            update, context, "resumed", when=result.when, already_on=result.unchanged
        )


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
    await send_template(
        press.update, press.context, template, when=answer.when, last_night=answer.last_night
    )
    if answer.recap is not None:  # the skipped workout was the week's last
        await send(press.update, press.context, recap_text(svc, answer.recap))
