"""A whole workout told in a few words ("did it all 👍", "same as last time"): what was
saved, then the finish or the load asked (bot/training/whole_day.py)."""

from __future__ import annotations

from telegram import Update

from bot.handlers.common import Context, send, services
from bot.handlers.logging_flow import messages
from bot.training.logbook_replies import Finished
from bot.training.whole_day import WholeDay


async def show(update: Update, context: Context, outcome: WholeDay) -> None:
    svc = services(context)
    asks = not isinstance(outcome.then, Finished) and outcome.then is not None
    saved = svc.render.text(
        "whole_day",
        saved=outcome.saved,
        same=outcome.same,
        planned=outcome.planned,
        skipped_last=outcome.skipped_last,
        then_asks=asks,
        extra=outcome.extra,
        later=outcome.later,
        today_now=outcome.today_now,
        day=outcome.day,
        days_back=outcome.days_back,
    )
    await send(update, context, saved)
    for text, rows in messages(svc, outcome.then):
        await send(update, context, text, rows)
