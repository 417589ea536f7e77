"""Questions in a person's own words: curated answers with their source, "did you mean…?"
choices, or an honest "I don't know that one" (kept for the content team). Also /myths and
/exercise NAME."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.ext import ContextTypes

from bot.coach.knowledge import Content, Exercise, KnowledgeEntry
from bot.coach.matcher import Matcher, words
from bot.coach.profile import Goal
from bot.handlers.common import Rows, answer_query, cb, db_of, send_template, services
from bot.services import Services
from bot.store import unanswered
from bot.store.models import User

log = logging.getLogger(__name__)


def install(svc: Services) -> None:
    matcher = Matcher(svc.extras["content"])
    svc.extras["matcher"] = matcher
    svc.extras["answer_if_sure"] = answer_if_sure
    svc.extras["commands"] |= {"myths": myths_command, "exercise": exercise_command}
    svc.extras["text_hooks"].append(on_text)  # last: text nobody else claimed is a question
    svc.extras["callback_hooks"].append(on_callback)


def _content(svc: Services) -> Content:
    return svc.extras["content"]


def _goal(user: User | None) -> Goal | None:
    return Goal(user.goal) if user and user.goal in {g.value for g in Goal} else None


async def show_entry(
    update: Update, context: ContextTypes.DEFAULT_TYPE, user: User | None, entry: KnowledgeEntry
) -> None:
    svc = services(context)
    content = _content(svc)
    related = [content.entries[r] for r in entry.related if r in content.entries][:3]
    rows: Rows = [[(r.title, cb("qa", r.id))] for r in related]
    await send_template(
        update,
        context,
        "answer",
        rows,
        entry=entry,
        goal_line=entry.goal_line(_goal(user)),
        sources=content.sources_of(entry),
        goal=_goal(user),
    )


async def show_exercise(update: Update, context: ContextTypes.DEFAULT_TYPE, card: Exercise) -> None:
    svc = services(context)
    content = _content(svc)
    harder = content.exercises.get(card.harder or "")
    await send_template(
        update,
        context,
        "exercise_card",
        card=card,
        sources=content.sources_of(card),
        harder=harder.name if harder else card.harder,
        goals=[svc.render.label("goal_short", g.value) for g in card.goals],
        places=[svc.render.label("place", p.value) for p in card.places],
    )


async def _show(
    update: Update, context: ContextTypes.DEFAULT_TYPE, user: User | None, kind: str, item_id: str
) -> bool:
    content = _content(services(context))
    if kind == "exercise" and item_id in content.exercises:
        await show_exercise(update, context, content.exercises[item_id])
        return True
    if item_id in content.entries:
        await show_entry(update, context, user, content.entries[item_id])
        return True
    return False


async def answer_if_sure(
    update: Update, context: ContextTypes.DEFAULT_TYPE, user: User, text: str
) -> bool:
    """Answer only a confident match (used while a setup question is pending)."""
    result = services(context).extras["matcher"].match(text)
    if result.kind != "answer" or result.best is None:
        return False
    return await _show(update, context, user, result.best.kind, result.best.entry_id)


async def on_text(
    update: Update, context: ContextTypes.DEFAULT_TYPE, user: User, text: str
) -> bool:
    svc = services(context)
    matcher: Matcher = svc.extras["matcher"]
    result = matcher.match(text)
    if result.kind == "answer" and result.best is not None:
        await _show(update, context, user, result.best.kind, result.best.entry_id)
    elif result.kind == "did_you_mean" and result.alternatives:
        content = _content(svc)
        rows: Rows = []
        for c in result.alternatives:
            if c.kind == "exercise" and c.entry_id in content.exercises:
                rows.append([(content.exercises[c.entry_id].name, cb("ex", c.entry_id))])
            elif c.entry_id in content.entries:
                rows.append([(content.entries[c.entry_id].title, cb("qa", c.entry_id))])
        await send_template(update, context, "did_you_mean", rows)
    else:
        normalized = " ".join(words(text))[:500]
        await unanswered.record(db_of(user), user.id, text, normalized, svc.clock.now())
        content = _content(svc)
        rows = [[(m.title, cb("qa", m.id))] for m in content.myths()]
        await send_template(
            update,
            context,
            "unknown_question",
            rows,
            topics=matcher.topics(),
            onboarded=user.onboarded_at is not None,
        )
    return True


async def on_callback(
    update: Update, context: ContextTypes.DEFAULT_TYPE, user: User, parts: list[str]
) -> bool:
    if parts[0] not in ("qa", "ex") or len(parts) != 2:
        return False
    kind = "exercise" if parts[0] == "ex" else "entry"
    content = _content(services(context))
    if parts[1] not in (content.exercises if kind == "exercise" else content.entries):
        return False
    query = update.callback_query
    assert query is not None
    await answer_query(query)
    return await _show(update, context, user, kind, parts[1])


async def myths_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    content = _content(services(context))
    rows: Rows = [[(m.title, cb("qa", m.id))] for m in content.myths()]
    await send_template(update, context, "myths", rows, count=len(rows))


async def exercise_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    svc = services(context)
    content = _content(svc)
    name = " ".join(context.args or [])[:100]
    if not name.strip():
        await send_template(
            update, context, "exercise_usage", names=[x.name for x in content.exercises.values()]
        )
        return
    card = content.find_exercise(name)
    if card is None:
        # Fall back to the matcher over exercise cards ("hip thurst", "the butt bridge").
        result = svc.extras["matcher"].match(name)
        best = result.best
        if best is not None and best.kind == "exercise" and result.kind != "unknown":
            card = content.exercises[best.entry_id]
    if card is None:
        await send_template(
            update,
            context,
            "exercise_unknown",
            name=name,
            names=[x.name for x in content.exercises.values()],
        )
        return
    await show_exercise(update, context, card)
