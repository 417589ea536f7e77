"""Next week's plan (bot/training/next_week.py): asked in words, and /week's button to it
and back, turning the one message from one week to the other."""

from __future__ import annotations

from telegram import Update

from bot.handlers.common import Context, Press, Rows, answer_query, cb, edit_text, send, services
from bot.runtime.services import Services
from bot.training.next_week import NextWeekView
from bot.training.workouts import WeekView


def week_rows(svc: Services, view: WeekView) -> Rows:
    """/week's button to next week; when /week shows that week already (the program starts
    there), to the week after it."""
    after = "after" if view.starts_on is not None else "next"
    return [[(svc.render.label("button", "next_week"), cb("week", after))]]


def _next_rows(svc: Services, view: NextWeekView | None = None) -> Rows:
    back = "first_week" if view is not None and view.second else "this_week"
    return [[(svc.render.label("button", back), cb("week", "this"))]]


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
    rows = _next_rows(svc, view)
    await edit_text(press.query, svc.render.text("next_week", **vars(view)), rows)
