"""Follow-up questions keep their topic: each person's last answered item is remembered
(users.asked_item), and a short question leaning on it ("and how many sets?") is asked
about it when that gives a confident answer about it that the question alone did not."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from bot.coach.compose import Aspect, named_cards
from bot.coach.follow_up import (
    asked_about,
    asked_besides,
    asked_of,
    in_time,
    is_follow_up,
    names_own_subject,
)
from bot.coach.matcher import ItemKind
from bot.runtime.services import Services
from bot.store.models import User
from bot.training.outcomes import EntryAnswer, ExerciseCard, Outcome, Talk, Unknown

Item = tuple[ItemKind, str]
ITEM_CHARS = 80  # users.asked_item
_ASPECTS = frozenset(a.value for a in Aspect)


@dataclass(frozen=True)
class Last:
    """The last answer's item and what its question asked besides it."""

    item: Item
    asked: tuple[Aspect, ...]


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


def remember(user: User, outcome: Outcome, text: str, now: datetime, *, carried: bool) -> None:
    """After an answer about one item, that item, what the question asked besides it and
    when ("exercise:hip_thrust;reps"); anything else keeps what was. A follow-up answered as
    one asks what the question before did unless it says ("and for bikini?": reps still)."""
    item = _item_of(outcome)
    if item is not None:
        before = (user.asked_item or "").partition(";")[2] if carried else ""
        asked = ",".join(a.value for a in asked_besides(text)) or before
        user.asked_item = f"{item[0]}:{item[1]};{asked}"[:ITEM_CHARS]
        user.asked_item_at = now


def _remembered(svc: Services, user: User, now: datetime) -> Last | None:
    if not user.asked_item or not in_time(user.asked_item_at, now):
        return None
    said, _, asked_said = user.asked_item.partition(";")
    kind, _, item_id = said.partition(":")
    asked = tuple(Aspect(a) for a in asked_said.split(",") if a in _ASPECTS)
    if kind == "exercise" and item_id in svc.content.exercises:
        return Last(("exercise", item_id), asked)
    if kind == "entry" and item_id in svc.content.entries:
        return Last(("entry", item_id), asked)
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
    """The answer to `text` as a follow-up of the last answer, when it is one and that gives
    a confident answer other than `alone`, the answer it got alone: asked about the last
    item ("and how many sets?"), or, naming a subject of its own, asking what was asked
    before of it ("what about for hamstrings?" after "how many reps on hip thrusts?")."""
    last = _remembered(svc, user, now)
    if last is None or not is_follow_up(text) or isinstance(alone, Talk):
        return alone  # "and thanks!": conversation, not a question
    if isinstance(alone, Unknown) and alone.gap is not None:
        return alone  # "what about yoga?": what the articles skip is said so, and noted
    if svc.matcher.unknown_words(text):
        return alone  # "what about green tea?": a subject of its own the articles don't know
    if names_own_subject(text) or named_cards(svc.content, text):
        return _asked_again(svc, text, last, alone, reply)
    if _follows_on(svc, last.item, alone):
        return alone  # "is it a muscle?" after the tie-in: "A tie-in muscle?" already
    carried = reply(asked_about(text, _subject(svc, last.item)))
    if last.item[1] not in _about(carried) or _about(carried) == _about(alone):
        return alone
    return carried


def _asked_again(
    svc: Services, text: str, last: Last, alone: Outcome, reply: Callable[[str], Outcome]
) -> Outcome:
    """The question before asked of the subject a follow-up names, when the answer gives what
    it asks: a fact of that kind fitted, or the entry saying it (the rep ranges)."""
    question = asked_of(text, last.asked)
    if question is None:
        return alone
    carried = reply(question)
    about = _about(carried)
    if not about or about == _about(alone):
        return alone
    saying = {f.entry for f in svc.content.facts.values() if f.aspect in last.asked}
    fitted = isinstance(carried, (EntryAnswer, ExerciseCard)) and bool(carried.facts)
    return carried if fitted or about & saying else alone
