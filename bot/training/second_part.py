"""Two questions in one message: the answer to one, and the other told in brief beneath it."""

from __future__ import annotations

from dataclasses import replace

from bot.coach.knowledge import Source
from bot.coach.matcher import words
from bot.coach.matcher.scope import anchored, asked_clauses
from bot.runtime.services import Services
from bot.training.outcomes import (
    Choice,
    Comparison,
    EntryAnswer,
    ExerciseCard,
    Family,
    Outcome,
    SecondPart,
)

# A question opening on one of these leans on the one before ("Are they good for the glutes?").
_LEANS = frozenset({"it", "its", "they", "them", "this", "that", "these", "those"})


def _leans(clause: str) -> bool:
    return bool(_LEANS.intersection(words(clause)[:3]))


def union_sources(*lists: list[Source]) -> list[Source]:
    """The sources of several answers, each once, in id order."""
    out: list[Source] = []
    for xs in lists:
        out.extend(x for x in xs if x not in out)
    return sorted(out, key=lambda x: x.id)


def _shown(found: Outcome) -> set[str]:
    """The entries and cards an answer already gives or names."""
    match found:
        case EntryAnswer(entry=e, also=also, facts=facts):
            told = {f.entry for f in facts if f.entry}
            return {e.id, *e.exercises, *e.related, *((also.id,) if also else ()), *told}
        case ExerciseCard(card=c, facts=facts):
            return {c.id, *(f.entry for f in facts if f.entry)}
        case Comparison(cards=cards):
            return {c.id for c in cards}
    return set()


def with_second_part(svc: Services, found: Outcome, text: str) -> Outcome:
    """ "Does the Stepmill burn glute fat, and are hip thrusts better than squats?": when one
    of two questions is what the answer answers and the other is confidently another
    entry or card, that one is told in brief beneath it."""
    if not isinstance(found, (EntryAnswer, ExerciseCard, Comparison)):
        return found
    clauses = [c for c in asked_clauses(text) if anchored(c) and not _leans(c)]
    if len(clauses) != 2:
        return found
    shown = _shown(found)
    sure = [r.best for r in map(svc.matcher.match, clauses) if r.kind == "answer" and r.best]
    other = [c for c in sure if c.entry_id not in shown]
    if len(sure) != 2 or len(other) != 1:
        return found  # a half unsure, neither half what the answer answers, or both are
    content, item = svc.content, other[0]
    if item.kind == "exercise" and item.entry_id in content.exercises:
        card = content.exercises[item.entry_id]
        text_of = card.note or (card.cues[0].text if card.cues else "")
        second = SecondPart(card.name, text_of, Choice(Family.EXERCISE, card.id, card.name))
        sources = content.sources_of(card)
    elif item.entry_id in content.entries:
        entry = content.entries[item.entry_id]
        second = SecondPart(entry.title, entry.gist, Choice(Family.ENTRY, entry.id, entry.title))
        sources = content.sources_of(entry)
    else:
        return found
    return replace(found, second=second, sources=union_sources(found.sources, sources))
