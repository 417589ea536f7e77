"""/start, the onboarding questions and /settings: one question at a time, buttons or text.

Where the person is lives in users.awaiting ("ob:<step>" while onboarding, "set:<step>"
while changing one answer), so a restart resumes at the same question.
"""

from __future__ import annotations

import json

from telegram import Update
from telegram.ext import ContextTypes

from bot.coach import onboarding, schedule
from bot.coach.onboarding import STEPS, AnswerError
from bot.coach.profile import Goal
from bot.handlers.common import (
    Rows,
    answer_query,
    cb,
    drop_buttons,
    edit_text,
    id_part,
    send,
    send_template,
    services,
    transaction,
)
from bot.scheduling import next_push_text, reschedule
from bot.services import Services
from bot.store.models import User
from bot.store.users import (
    answers_of,
    clear_profile,
    get_or_create_user,
    profile_of,
    set_answer,
)


def _mode_step(user: User) -> tuple[str, str] | None:
    if not user.awaiting or ":" not in user.awaiting:
        return None
    mode, step = user.awaiting.split(":", 1)
    if mode in ("ob", "set") and step in STEPS:
        return mode, step
    return None


def pending_step(user: User) -> str | None:
    """The onboarding or settings question this person owes us, if any."""
    ms = _mode_step(user)
    return ms[1] if ms else None


def _draft_days(user: User) -> list[int]:
    try:
        draft = json.loads(user.draft or "{}")
        return sorted({int(d) for d in draft.get("days", []) if 0 <= int(d) <= 6})
    except (ValueError, TypeError, AttributeError):
        return []


def _suggested(svc: Services, user: User) -> tuple[int, ...]:
    goal = Goal(user.goal) if user.goal in {g.value for g in Goal} else Goal.TONE
    return svc.extras["content"].goals[goal].suggested_days


def _cb_value(value: str) -> str:
    """Callback data splits on ':', so times travel as HHMM."""
    return value.replace(":", "")


def shown_value(svc: Services, step: str, value: str) -> str:
    """An answer as a person reads it."""
    if step in ("goal", "experience", "place", "unit"):
        return svc.render.label(step, value)
    if step == "days":
        return svc.render.days_text(onboarding.decode_days(value))
    return value


def question(svc: Services, user: User, step: str) -> tuple[str, Rows]:
    """The text and buttons for one question."""
    step_no = STEPS.index(step) + 1
    ctx: dict[str, object] = {"step_no": step_no, "step_count": len(STEPS), "goal": user.goal}
    rows: list[list[tuple[str, str]]] = []
    if step == "days":
        chosen = _draft_days(user)
        ctx |= {"suggested": _suggested(svc, user), "chosen": chosen}
        tick = svc.render.label("button", "tick")
        day_buttons = [
            ((tick if d in chosen else "") + svc.render.day_name(d), cb("day", d)) for d in range(7)
        ]
        rows = [day_buttons[:4], day_buttons[4:]]
        rows.append([(svc.render.label("button", "days_suggested"), cb("day", "sug"))])
        rows.append([(svc.render.label("button", "days_done"), cb("day", "ok"))])
    else:
        options = onboarding.OPTIONS[step]
        buttons = [(shown_value(svc, step, o), cb("ans", step, _cb_value(o))) for o in options]
        width = 1 if step in ("goal", "place", "experience") else (3 if step == "time" else 2)
        rows = [buttons[i : i + width] for i in range(0, len(buttons), width)]
    return svc.render.text(f"onboarding/{step}", **ctx), rows


async def ask(update: Update, context: ContextTypes.DEFAULT_TYPE, user: User, step: str) -> None:
    text, rows = question(services(context), user, step)
    await send(update, context, text, rows)


async def send_summary(
    update: Update, context: ContextTypes.DEFAULT_TYPE, user: User, *, updated: bool
) -> None:
    svc = services(context)
    profile = profile_of(user)
    assert profile is not None
    why_of = svc.extras.get("program_why")
    await send_template(
        update,
        context,
        "summary",
        profile=profile,
        updated=updated,
        fixed_offset=schedule.zone_is_fixed_offset(profile.tz),
        program_why=why_of(profile) if why_of else None,
        next_push=next_push_text(user),
        paused=user.paused,
    )


async def _finish(update: Update, context: ContextTypes.DEFAULT_TYPE, user: User) -> None:
    svc = services(context)
    now = svc.clock.now()
    user.awaiting = None
    user.draft = None
    if user.onboarded_at is None:
        user.onboarded_at = now
    if user.started_on is None and user.tz:
        user.started_on = schedule.local_date(now, user.tz)
    reschedule(user, now)


async def apply_answer(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    user: User,
    answer: onboarding.Answer,
) -> None:
    """Store an answer and move on: next question, or the summary."""
    svc = services(context)
    ms = _mode_step(user)
    mode = ms[0] if ms else "set"
    set_answer(user, answer.step, answer.value)
    user.draft = None
    user.updated_at = svc.clock.now()
    if mode == "set":
        await _finish(update, context, user)
        await send_summary(update, context, user, updated=True)
        return
    nxt = onboarding.next_step(answers_of(user))
    if nxt is None:
        await _finish(update, context, user)
        await send_summary(update, context, user, updated=False)
        return
    user.awaiting = f"ob:{nxt}"
    await ask(update, context, user, nxt)


async def start_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    svc = services(context)
    tg_user, chat = update.effective_user, update.effective_chat
    assert tg_user is not None and chat is not None
    async with transaction(context) as s:
        user = await get_or_create_user(s, tg_user.id, chat.id, svc.clock.now())
        await begin(update, context, user)


async def begin(update: Update, context: ContextTypes.DEFAULT_TYPE, user: User) -> None:
    """/start for a loaded user: welcome, resume the setup, or offer keep / start over."""
    svc = services(context)
    tg_user = update.effective_user
    if not user.active:  # they had blocked us; /start again turns pushes back on
        user.active = True
        reschedule(user, svc.clock.now())
    if user.onboarded_at is not None and profile_of(user) is not None:
        user.awaiting = None
        days = svc.render.days_text(onboarding.decode_days(user.days))
        await send_template(
            update,
            context,
            "start_again",
            [
                [(svc.render.label("button", "keep"), cb("start", "keep"))],
                [(svc.render.label("button", "restart"), cb("start", "over"))],
            ],
            goal=user.goal,
            days=days,
        )
        return
    step = onboarding.next_step(answers_of(user)) or "goal"
    if step == "goal":
        await send_template(
            update, context, "welcome", name=tg_user.first_name if tg_user else None
        )
    else:
        await send_template(update, context, "resume")
    user.awaiting = f"ob:{step}"
    await ask(update, context, user, step)


async def settings_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    svc = services(context)
    tg_user, chat = update.effective_user, update.effective_chat
    assert tg_user is not None and chat is not None
    async with transaction(context) as s:
        user = await get_or_create_user(s, tg_user.id, chat.id, svc.clock.now())
        if user.onboarded_at is None:
            step = onboarding.next_step(answers_of(user)) or "goal"
            user.awaiting = f"ob:{step}"
            await send_template(update, context, "finish_onboarding_first")
            await ask(update, context, user, step)
            return
        user.awaiting = None
        answers = answers_of(user)
        current = [(step, shown_value(svc, step, answers[step] or "")) for step in STEPS]
        rows = [[(svc.render.label("step", step), cb("set", step))] for step in STEPS]
        rows.append([(svc.render.label("button", "settings_done"), cb("set", "close"))])
        await send_template(update, context, "settings_menu", rows, current=current)


async def on_text_answer(
    update: Update, context: ContextTypes.DEFAULT_TYPE, user: User, text: str
) -> bool:
    """Handle typed text as the answer to the pending question. False if none is pending."""
    step = pending_step(user)
    if step is None:
        return False
    try:
        answer = onboarding.parse_text(step, text, services(context).extras["content"].goals)
    except AnswerError as err:
        # A real question in the middle of setup gets its answer, then the question again.
        answer_if_sure = services(context).extras.get("answer_if_sure")
        if (
            err.code == "unclear"
            and answer_if_sure
            and await answer_if_sure(update, context, user, text)
        ):
            await ask(update, context, user, step)
            return True
        await reply_expected(update, context, user, step, err.code, text)
        return True
    await apply_answer(update, context, user, answer)
    return True


async def reply_expected(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    user: User,
    step: str,
    code: str,
    text: str = "",
) -> None:
    """Say what the pending question wants, with its buttons again."""
    svc = services(context)
    options: list[str] = []
    rows: Rows
    if code == "bare_hour":
        hour = int(text.strip())
        options = [f"{hour:02d}:00", f"{(hour + 12) % 24:02d}:00"]
        rows = [[(o, cb("ans", "time", _cb_value(o))) for o in options]]
    else:
        rows = question(svc, user, step)[1]
    body = svc.render.text("expected", step=step, code=code, options=options)
    await send(update, context, body, rows)


async def on_callback(
    update: Update, context: ContextTypes.DEFAULT_TYPE, user: User, parts: list[str]
) -> bool:
    """Onboarding and settings buttons. Returns False for data that is not ours or stale."""
    svc = services(context)
    query = update.callback_query
    assert query is not None
    kind = parts[0]
    ms = _mode_step(user)

    if kind == "ans" and len(parts) == 3:
        step, value = parts[1], parts[2]
        if ms is None or ms[1] != step:
            return False
        try:
            answer = (
                onboarding.parse_text("time", value)
                if step == "time"
                else onboarding.parse_option(step, value)
            )
        except AnswerError:
            return False
        await answer_query(query)
        await _mark_answered(update, svc, step, answer.value)
        await apply_answer(update, context, user, answer)
        return True

    if kind == "day" and len(parts) == 2:
        if ms is None or ms[1] != "days":
            return False
        chosen = set(_draft_days(user))
        if parts[1] == "ok":
            if not chosen:
                await answer_query(query, svc.render.text("pick_a_day"), alert=True)
                return True
            await answer_query(query)
            value = onboarding.encode_days(chosen)
            await _mark_answered(update, svc, "days", value)
            await apply_answer(update, context, user, onboarding.Answer("days", value))
            return True
        if parts[1] == "sug":
            chosen = set(_suggested(svc, user))
        elif (day := id_part(parts[1])) is not None and day < 7:
            chosen ^= {day}
        else:
            return False
        user.draft = json.dumps({"days": sorted(chosen)})
        await answer_query(query)
        text, rows = question(svc, user, "days")
        await edit_text(query, text, rows)
        return True

    if kind == "start" and len(parts) == 2 and parts[1] in ("keep", "over"):
        if user.onboarded_at is None:
            return False
        await answer_query(query)
        await drop_buttons(query)
        if parts[1] == "keep":
            await send_template(update, context, "kept")
            return True
        clear_profile(user)
        user.started_on = None
        user.awaiting = "ob:goal"
        await send_template(update, context, "welcome", name=None)
        await ask(update, context, user, "goal")
        return True

    if kind == "set" and len(parts) == 2:
        if user.onboarded_at is None or parts[1] not in (*STEPS, "close"):
            return False
        await answer_query(query)
        await drop_buttons(query)
        if parts[1] == "close":
            await send_template(update, context, "settings_closed")
            return True
        user.awaiting = f"set:{parts[1]}"
        user.draft = (
            json.dumps({"days": list(onboarding.decode_days(user.days))})
            if parts[1] == "days"
            else None
        )
        await ask(update, context, user, parts[1])
        return True
    return False


async def _mark_answered(update: Update, svc: Services, step: str, value: str) -> None:
    """Turn the question into a record of the answer, so its buttons can't be pressed twice."""
    query = update.callback_query
    assert query is not None
    text = svc.render.text("answered", step=step, shown=shown_value(svc, step, value))
    await edit_text(query, text)
