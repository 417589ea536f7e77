"""One day's log deleted on request (bot/training/day_delete.py): the offer with the day's
entries and its buttons, and the message once deleted."""

from __future__ import annotations

from telegram import Update

from bot.handlers.common import Context, Press, answer_query, cb, edit_text, send_template, services
from bot.training.day_delete import DayDeleted, DayDeleteOffer, NothingThatDay


async def show(update: Update, context: Context, outcome: DayDeleteOffer | NothingThatDay) -> None:
    if isinstance(outcome, NothingThatDay):
        await send_template(update, context, "day_delete_none", day=outcome.day)
        return
    label = services(context).render.label
    rows = [
        [(label("reports", "delete_day"), cb("dday", outcome.nonce, outcome.session_id))],
        [(label("reports", "cancel"), cb("del", "no", outcome.nonce))],
    ]
    await send_template(
        update, context, "day_delete_offer", rows, day=outcome.day, lines=outcome.lines
    )


async def show_press(press: Press, outcome: DayDeleted) -> None:
    await answer_query(press.query)
    text = services(press.context).render.text("day_delete_done", day=outcome.day)
    await edit_text(press.query, text)
