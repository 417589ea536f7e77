"""Next week's plan (bot/training/next_week.py): asked in words, and /week's button to it
and back, turning the one message from one week to the other."""

from __future__ import annotations

from telegram import Update

from bot.handlers.common import Context, Press, Rows, answer_query, cb, edit_text, send, services
from bot.runtime.services import Services
from bot.training.next_week import NextWeekView
from bot.training.workouts import WeekView


def week_rows(svc: Services, view: WeekView) -> Rows:
    """/week's button to next week; none when /week shows that week already (the program
    starts there)."""
    if view.starts_on is not None:
        return []
    return [[(svc.render.label("button", "next_week"), cb("week", "next"))]]


def _next_rows(svc: Services) -> Rows:
    return [[(svc.render.label("button", "this_week"), cb("week", "this"))]]


async def show(update: Update, context: Context, view: NextWeekView) -> None:
    """ "next week?": its plan, a tap away from this week's."""
    svc = services(context)
    await send(update, context, svc.render.text("next_week", **vars(view)), _next_rows(svc))


async def show_press(press: Press, view: NextWeekView | WeekView) -> None:
    await answer_query(press.query)
    svc = services(press.context)
    if isinstance(view, WeekView):
        await edit_text(press.query, svc.render.text("week", **vars(view)), week_rows(svc, view))
        return
    await edit_text(press.query, svc.render.text("next_week", **vars(view)), _next_rows(svc))
