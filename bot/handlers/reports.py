"""/history, /progress, /export, /privacy and /delete with its buttons, and the weekly recap's text.

The chart is drawn and the files uploaded after the unit of work has committed, so a slow
chart never holds the database. bot/runtime/charts.py (matplotlib, most of a second to import)
is imported on the first chart, not at start.
"""

from __future__ import annotations

import asyncio
import contextlib
import math
from functools import partial
from typing import TYPE_CHECKING

from telegram import Update
from telegram.constants import ChatAction
from telegram.error import TelegramError

from bot.coach.profile import Unit
from bot.coach.stats import MUSCLE_GROUPS, load_verdict
from bot.coach.workout_csv import CsvSet, write_strong
from bot.handlers.common import (
    Context,
    Press,
    Rows,
    answer_query,
    caller,
    cb,
    edit_text,
    run,
    send_template,
    services,
)
from bot.runtime.render import MAX_CAPTION
from bot.runtime.services import Services
from bot.training import reports
from bot.training.outcomes import HistoryAsked
from bot.training.recap import Recap
from bot.training.reports import (
    ChartData,
    Cooldown,
    DeleteCancelled,
    DeleteKind,
    DeletePicked,
    DeletePress,
    ExportRow,
    ExportRows,
    Nothing,
    exercise_muscles,
    exercise_name,
)

if TYPE_CHECKING:
    from bot.runtime.charts import ChartText

EXPORT_NAME = "glute-coach-log.csv"
CHART_NAME = "glute-coach-progress.png"
WORKOUT_NAME = "Glute Coach"  # Strong's "Workout Name" column: a file format, not prose


def recap_text(svc: Services, recap: Recap) -> str:
    return svc.render.text("recap", **vars(recap))


async def history_command(
    update: Update, context: Context, asked: HistoryAsked | None = None
) -> None:
    svc, who = services(context), caller(update)
    view = await run(context, lambda s: reports.history(svc, s, who, asked))
    if not view.sessions:
        await send_template(update, context, "history_none", example=view.example)
        return
    await send_template(update, context, "history", **vars(view))


# --- /progress ----------------------------------------------------------------------------


async def show_activity(context: Context, chat_id: int, action: ChatAction) -> None:
    """ "Sending a photo…" in the chat while a file is prepared. Only a courtesy: if Telegram
    refuses it, the file is still sent (and that send reports any real problem)."""
    with contextlib.suppress(TelegramError):
        await context.bot.send_chat_action(chat_id, action)


def chart_text(svc: Services) -> ChartText:
    from bot.runtime.charts import ChartText

    label = svc.render.label
    return ChartText(
        load_title=label("reports", "chart_load"),
        sets_title=label("reports", "chart_sets"),
        muscles={m: label("reports", m) for m in MUSCLE_GROUPS},
    )


async def progress_command(update: Update, context: Context) -> None:
    svc, who = services(context), caller(update)
    chart = await run(context, lambda s: reports.progress(svc, s, who))
    if isinstance(chart, Nothing):
        await send_template(update, context, "progress_none", example=chart.example)
        return
    if isinstance(chart, Cooldown):
        seconds = max(1, math.ceil(chart.wait.total_seconds()))
        await send_template(
            update, context, "progress_wait", seconds=seconds, current=chart.current
        )
        return
    await send_chart(update, context, chart)


async def send_chart(update: Update, context: Context, chart: ChartData) -> None:
    from bot.runtime.charts import progress_data, render_progress

    svc = services(context)
    await show_activity(context, chart.chat_id, ChatAction.UPLOAD_PHOTO)
    data = progress_data(
        chart.sets,
        partial(exercise_name, svc),
        partial(exercise_muscles, svc),
        chart.unit,
        chart.today,
    )
    png = await asyncio.to_thread(render_progress, data, chart_text(svc))
    unit = chart.unit.value
    # "am I getting stronger": a plain answer before the figures ("135 → 135 lb" said nothing)
    lifts = data.lifts  # compared by what each day's top set shows (load and reps)
    verdict = load_verdict([x.points for x in lifts], chart.today, [x.reps for x in lifts])
    caption = svc.render.text(
        "progress_caption", data=data, unit=unit, brief=False, verdict=verdict
    )
    if len(caption) > MAX_CAPTION:  # only with very long exercise names
        caption = svc.render.text(
            "progress_caption", data=data, unit=unit, brief=True, verdict=verdict
        )
    await context.bot.send_photo(chart.chat_id, photo=png, caption=caption, filename=CHART_NAME)


# --- /export ------------------------------------------------------------------------------


def export_csv(rows: list[ExportRow]) -> bytes:
    """Strong's CSV (bot/coach/workout_csv.py): one row per set, which Hevy, Liftosaur and
    spreadsheets read, and which this bot imports back."""
    sets = [
        CsvSet(
            day=row.day,
            exercise=row.exercise,
            reps=row.reps,
            load=row.load,
            unit=Unit(row.unit) if row.load is not None and row.unit else None,
            note=row.note or "",
            workout=WORKOUT_NAME,
        )
        for row in rows
    ]
    return write_strong(sets).encode("utf-8")


async def export_command(update: Update, context: Context) -> None:
    svc, who = services(context), caller(update)
    found = await run(context, lambda s: reports.export(svc, s, who))
    if not isinstance(found, ExportRows):
        await send_template(update, context, "export_none")
        return
    await show_activity(context, found.chat_id, ChatAction.UPLOAD_DOCUMENT)
    caption = svc.render.text(
        "export_caption", sets=len(found.rows), first=found.first, last=found.last
    )
    await context.bot.send_document(
        found.chat_id, document=export_csv(found.rows), filename=EXPORT_NAME, caption=caption
    )


# --- /privacy and /delete -----------------------------------------------------------------


async def privacy_command(update: Update, context: Context) -> None:
    """What is stored, for how long, who sees it and how /delete removes it: one fixed text
    (README's "Privacy" says the same for whoever deploys the bot)."""
    await send_template(update, context, "privacy")


def delete_menu_rows(svc: Services, nonce: str, *, log: bool) -> Rows:
    """Wipe the log (only offered when there is one), erase everything, cancel."""
    label = svc.render.label
    wipe = [[(label("reports", "wipe_log"), cb("del", "pick", nonce, DeleteKind.LOG))]]
    return [
        *(wipe if log else []),
        [(label("reports", "erase_all"), cb("del", "pick", nonce, DeleteKind.ALL))],
        [(label("reports", "cancel"), cb("del", "no", nonce))],
    ]


def delete_confirm_rows(svc: Services, nonce: str) -> Rows:
    label = svc.render.label
    return [
        [
            (label("reports", "confirm_yes"), cb("del", "yes", nonce)),
            (label("reports", "cancel"), cb("del", "no", nonce)),
        ]
    ]


async def delete_command(update: Update, context: Context) -> None:
    svc, who = services(context), caller(update)
    offer = await run(context, lambda s: reports.offer_delete(svc, s, who))
    if isinstance(offer, Nothing):
        await send_template(update, context, "delete_nothing")
        return
    rows = delete_menu_rows(svc, offer.nonce, log=offer.has_log)
    await send_template(
        update, context, "delete_menu", rows, sets=offer.sets, sessions=offer.sessions
    )


async def show_press(press: Press, outcome: DeletePress) -> None:
    """What a /delete button did (reports.on_press): the message says it."""
    svc = services(press.context)
    await answer_query(press.query)
    if isinstance(outcome, DeletePicked):
        text = svc.render.text("delete_confirm", kind=outcome.kind)
        await edit_text(press.query, text, delete_confirm_rows(svc, outcome.nonce))
    elif isinstance(outcome, DeleteCancelled):
        await edit_text(press.query, svc.render.text("delete_cancelled"))
    elif outcome.kind == DeleteKind.ALL:
        await edit_text(press.query, svc.render.text("delete_done_all"))
    else:
        await edit_text(press.query, svc.render.text("delete_done_log"))
