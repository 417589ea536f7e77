"""/history, /progress, /export and /delete: the reporting side of the training log.

Deletion is two presses on buttons carrying a per-offer nonce that lives in the database
(report_state): a confirm only acts when it matches the live offer of the person pressing,
so an old, forged or someone else's button does nothing.
"""

from __future__ import annotations

import asyncio
import csv
import io
import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy.ext.asyncio import AsyncSession
from telegram import Update
from telegram.ext import ContextTypes

from bot.charts import ChartText, progress_data, render_progress
from bot.coach import schedule
from bot.coach.knowledge import Content
from bot.coach.profile import Unit
from bot.coach.stats import MUSCLE_GROUPS
from bot.handlers.common import (
    Rows,
    answer_query,
    cb,
    db_of,
    edit_text,
    send_template,
    services,
    transaction,
)
from bot.render import MAX_CAPTION
from bot.services import Services
from bot.store import logs
from bot.store import reports as store
from bot.store.models import SetLog, User
from bot.store.users import get_or_create_user

CHART_COOLDOWN = timedelta(seconds=30)
DELETE_TTL = timedelta(minutes=10)  # an unanswered /delete offer stops working after this
HISTORY_SESSIONS = 5
EXPORT_NAME = "glute-coach-log.csv"
# A file format, not prose: stable column names (Hevy/Strong-like) for other tools.
CSV_HEADER = ("date", "exercise", "set", "reps", "load", "unit", "note")


# ---------------------------------------------------------------------------------------------
# Shared


def _content(svc: Services) -> Content:
    return svc.extras["content"]


def _name(svc: Services, exercise_id: str) -> str:
    card = _content(svc).exercises.get(exercise_id)
    return card.name if card else exercise_id


def _muscles(svc: Services, exercise_id: str) -> Sequence[str]:
    card = _content(svc).exercises.get(exercise_id)
    return card.muscles if card else ()


def _unit(user: User) -> Unit:
    return Unit(user.unit) if user.unit in ("kg", "lb") else Unit.KG


async def _user(update: Update, context: ContextTypes.DEFAULT_TYPE, s: AsyncSession) -> User:
    svc = services(context)
    tg_user, chat = update.effective_user, update.effective_chat
    assert tg_user is not None and chat is not None
    return await get_or_create_user(s, tg_user.id, chat.id, svc.clock.now())


# ---------------------------------------------------------------------------------------------
# /history


@dataclass(frozen=True)
class SetGroup:
    """Consecutive sets at one load: '60 kg × 12, 12, 10'. load None: bodyweight or band."""

    load: float | None
    unit: str | None
    reps: list[int]


@dataclass(frozen=True)
class ExerciseView:
    name: str
    status: str  # done | skipped | pending
    swapped_from: str | None
    groups: list[SetGroup]


@dataclass(frozen=True)
class SessionView:
    day: date
    label: str
    status: str  # open | done | skipped
    exercises: list[ExerciseView]


def set_groups(sets: Sequence[SetLog], default_unit: str) -> list[SetGroup]:
    groups: list[SetGroup] = []
    for row in sets:
        unit = (row.unit or default_unit) if row.load is not None else None
        if groups and (groups[-1].load, groups[-1].unit) == (row.load, unit):
            groups[-1].reps.append(row.reps)
        else:
            groups.append(SetGroup(row.load, unit, [row.reps]))
    return groups


def history_views(svc: Services, details: Sequence[store.SessionDetail]) -> list[SessionView]:
    return [
        SessionView(
            day=d.session.day,
            label=d.session.session_label,
            status=d.session.status,
            exercises=[
                ExerciseView(
                    name=_name(svc, ex.exercise_id),
                    status=ex.status,
                    swapped_from=_name(svc, ex.swapped_from) if ex.swapped_from else None,
                    groups=set_groups(sets, ex.unit),
                )
                for ex, sets in d.exercises
            ],
        )
        for d in details
    ]


async def history_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    svc = services(context)
    async with transaction(context) as s:
        user = await _user(update, context, s)
        details = await store.recent_details(s, user.id, HISTORY_SESSIONS)
        if not details:
            await send_template(update, context, "history_none")
            return
        await send_template(update, context, "history", sessions=history_views(svc, details))


# ---------------------------------------------------------------------------------------------
# /progress


def chart_text(svc: Services) -> ChartText:
    label = svc.render.label
    return ChartText(
        load_title=label("reports", "chart_load"),
        sets_title=label("reports", "chart_sets"),
        muscles={m: label("reports", m) for m in MUSCLE_GROUPS},
    )


async def progress_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    svc = services(context)
    now = svc.clock.now()
    async with transaction(context) as s:
        user = await _user(update, context, s)
        chat_id, unit = user.chat_id, _unit(user)
        today = schedule.local_date(now, user.tz or "UTC")
        sets = await store.logged_sets(s, user.id)
        if not sets:
            await send_template(update, context, "progress_none")
            return
        wait = await store.claim_chart(s, user.id, now, CHART_COOLDOWN)
        if wait is not None:
            seconds = max(1, math.ceil(wait.total_seconds()))
            await send_template(update, context, "progress_wait", seconds=seconds)
            return
    # The slot is committed; render and upload outside the transaction so a slow chart
    # never holds the database.
    data = progress_data(sets, lambda x: _name(svc, x), lambda x: _muscles(svc, x), unit, today)
    png = await asyncio.to_thread(render_progress, data, chart_text(svc))
    caption = svc.render.text("progress_caption", data=data, unit=unit.value, brief=False)
    if len(caption) > MAX_CAPTION:  # only with very long exercise names
        caption = svc.render.text("progress_caption", data=data, unit=unit.value, brief=True)
    await context.bot.send_photo(chat_id, photo=png, caption=caption)


# ---------------------------------------------------------------------------------------------
# /export


def _number(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


def export_csv(svc: Services, rows: Sequence[tuple[SetLog, str | None]]) -> bytes:
    """One row per set, header first; the csv module does the quoting."""
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(CSV_HEADER)
    for row, note in rows:
        writer.writerow(
            [
                row.day.isoformat(),
                _name(svc, row.exercise_id),
                row.set_no,
                row.reps,
                _number(row.load),
                (row.unit or "") if row.load is not None else "",
                note or "",
            ]
        )
    return buf.getvalue().encode("utf-8")


async def export_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    svc = services(context)
    async with transaction(context) as s:
        user = await _user(update, context, s)
        chat_id = user.chat_id
        rows = await store.export_rows(s, user.id)
        if not rows:
            await send_template(update, context, "export_none")
            return
    data = export_csv(svc, rows)
    first, last = rows[0][0].day, rows[-1][0].day
    caption = svc.render.text("export_caption", sets=len(rows), first=first, last=last)
    await context.bot.send_document(chat_id, document=data, filename=EXPORT_NAME, caption=caption)


# ---------------------------------------------------------------------------------------------
# /delete


def delete_menu_rows(svc: Services, nonce: str) -> Rows:
    label = svc.render.label
    return [
        [(label("reports", "wipe_log"), cb("del", "pick", nonce, "log"))],
        [(label("reports", "erase_all"), cb("del", "pick", nonce, "all"))],
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


async def delete_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    svc = services(context)
    async with transaction(context) as s:
        user = await _user(update, context, s)
        nonce = await store.offer_delete(s, user.id, svc.clock.now(), DELETE_TTL)
        sets = await logs.count_sets(s, user.id)
        await send_template(update, context, "delete_menu", delete_menu_rows(svc, nonce), sets=sets)


async def on_callback(
    update: Update, context: ContextTypes.DEFAULT_TYPE, user: User, parts: list[str]
) -> bool:
    """/delete buttons: "del:pick:<nonce>:<log|all>", "del:yes:<nonce>", "del:no:<nonce>".
    False (stale) unless the nonce is the presser's own live offer."""
    if parts[0] != "del" or len(parts) not in (3, 4):
        return False
    svc = services(context)
    s, now = db_of(user), svc.clock.now()
    query = update.callback_query
    assert query is not None
    action, nonce = parts[1], parts[2]

    if action == "pick" and len(parts) == 4:
        kind = parts[3]
        if not await store.pick_delete(s, user.id, nonce, kind, now):
            return False
        await answer_query(query)
        text = svc.render.text("delete_confirm", kind=kind)
        await edit_text(query, text, delete_confirm_rows(svc, nonce))
        return True

    if action == "no" and len(parts) == 3:
        if not await store.cancel_delete(s, user.id, nonce, now):
            return False
        await answer_query(query)
        await edit_text(query, svc.render.text("delete_cancelled"))
        return True

    if action == "yes" and len(parts) == 3:
        kind = await store.take_delete(s, user.id, nonce, now)
        if kind is None:
            return False
        await answer_query(query)
        if kind == "all":
            await store.erase_everything(s, user.id)
            await edit_text(query, svc.render.text("delete_done_all"))
        else:
            await logs.wipe_log(s, user.id)
            await edit_text(query, svc.render.text("delete_done_log"))
        return True
    return False


# ---------------------------------------------------------------------------------------------


def install(svc: Services) -> None:
    """Register this module's commands and button handlers."""
    svc.extras["commands"] |= {
        "history": history_command,
        "progress": progress_command,
        "export": export_command,
        "delete": delete_command,
    }
    svc.extras["callback_hooks"].append(on_callback)
