"""A whole workout told in a few words ("did it all 👍", "same as last time"): what was
saved, then the finish or the load asked (bot/training/whole_day.py)."""

from __future__ import annotations

from telegram import Update

from bot.handlers.common import Context, send, send_template, services
from bot.handlers.logging_flow import messages
from bot.training.logbook_replies import Finished
from bot.training.whole_day import WholeDay
from bot.training.whole_day_which import WhichDay


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
        typed=outcome.typed,
    )
    await send(update, context, saved)
    for text, rows in messages(svc, outcome.then):
        await send(update, context, text, rows)


async def show_which(update: Update, context: Context, outcome: WhichDay) -> None:
    """A whole workout said for a day it can't be saved into: why, and what to send."""
    await send_template(update, context, "whole_day_which", **vars(outcome))
