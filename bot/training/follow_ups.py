"""Follow-up questions keep their topic: each person's last answered item is remembered
(users.asked_item), and a short question leaning on it ("and how many sets?") is asked
about it when that gives a confident answer about it that the question alone did not."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from bot.coach.compose import named_cards
from bot.coach.follow_up import asked_about, in_time, is_follow_up, names_own_subject
from bot.coach.matcher import ItemKind
from bot.runtime.services import Services
from bot.store.models import User
from bot.training.outcomes import EntryAnswer, ExerciseCard, Outcome, Talk

Item = tuple[ItemKind, str]


def _item_of(outcome: Outcome) -> Item | None:
    """The one entry or card an answer is about (a comparison is about several: none)."""
    if isinstance(outcome, ExerciseCard):
        return ("exercise", outcome.card.id)
    if isinstance(outcome, EntryAnswer):
        return ("entry", outcome.entry.id)
    return None


def _about(outcome: Outcome) -> set[str]:
    """Every entry and card an answer gives: its item, the facts fitted to it, the entry told
    beside it."""
    item = _item_of(outcome)
    if item is None or not isinstance(outcome, (EntryAnswer, ExerciseCard)):
        return set()
    also = outcome.also.id if isinstance(outcome, EntryAnswer) and outcome.also else None
    return {item[1], *(f.entry for f in outcome.facts if f.entry), *([also] if also else [])}


def remember(user: User, outcome: Outcome, now: datetime) -> None:
    """After an answer about one item, that item and when; anything else keeps what was."""
    item = _item_of(outcome)
    if item is not None:
        user.asked_item, user.asked_item_at = f"{item[0]}:{item[1]}", now


def _remembered(svc: Services, user: User, now: datetime) -> Item | None:
    if not user.asked_item or not in_time(user.asked_item_at, now):
        return None
    kind, _, item_id = user.asked_item.partition(":")
    if kind == "exercise" and item_id in svc.content.exercises:
        return ("exercise", item_id)
    if kind == "entry" and item_id in svc.content.entries:
        return ("entry", item_id)
    return None  # an id the content no longer has


def _subject(svc: Services, item: Item) -> str:
    kind, item_id = item
    if kind == "exercise":
        return svc.content.exercises[item_id].name
    return svc.content.entries[item_id].title


def _follows_on(svc: Services, item: Item, alone: Outcome) -> bool:
    """Whether the answer alone is one the last entry offers next (its related entries)."""
    entry = svc.content.entries.get(item[1]) if item[0] == "entry" else None
    return entry is not None and bool(set(entry.related) & _about(alone))


def followed(
    svc: Services,
    user: User,
    text: str,
    alone: Outcome,
    reply: Callable[[str], Outcome],
    now: datetime,
) -> Outcome:
    """The answer to `text` asked about the last item when it is a follow-up of it and that
    answer is a confident one about that item, other than `alone`, the answer it got alone."""
    item = _remembered(svc, user, now)
    if item is None or not is_follow_up(text):
        return alone
    if names_own_subject(text) or named_cards(svc.content, text):
        return alone  # "what about squats?", "and for hamstrings?": asks about that
    if isinstance(alone, Talk):
        return alone  # "and thanks!": conversation, not a question
    if _follows_on(svc, item, alone):
        return alone  # "is it a muscle?" after the tie-in: "A tie-in muscle?" already
    carried = reply(asked_about(text, _subject(svc, item)))
    if item[1] not in _about(carried) or _about(carried) == _about(alone):
        return alone
    return carried
