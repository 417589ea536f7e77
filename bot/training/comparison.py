"""Exercises compared in a question ("RDL vs stiff-leg deadlift", "are nordics better than
glute ham raises?"): the cards side by side, with the entry on those very moves beneath them
when it ranks close to the question."""

from __future__ import annotations

from bot.coach.compose import compared_cards
from bot.coach.knowledge import Exercise, KnowledgeEntry
from bot.coach.matcher import MatchResult
from bot.runtime.services import Services
from bot.training.outcomes import Comparison
from bot.training.second_part import union_sources


def comparison(svc: Services, result: MatchResult, text: str) -> Comparison | None:
    """Both sides when a question compares exercises the cards name, unless nothing matched
    or the matched entry already covers each of them."""
    if result.kind == "unknown" or result.best is None:
        return None
    ids = compared_cards(svc.content, text)
    if not ids:
        return None
    best = svc.content.entries.get(result.best.entry_id)
    if best is not None and set(ids) <= set(best.exercises):
        return None
    cards = [svc.content.exercises[i] for i in ids]
    together = _entry_over(svc, text, ids)
    told: list[KnowledgeEntry | Exercise] = [*cards, *([together] if together else [])]
    return Comparison(
        cards, union_sources(*(svc.content.sources_of(c) for c in told)), together=together
    )


TOGETHER_RANK = 3  # an entry on the compared moves this high among a question's matches
TOGETHER_MOVES = 6  # ... naming at most this many moves (not a list of a goal's moves)


def _entry_over(svc: Services, text: str, ids: list[str]) -> KnowledgeEntry | None:
    """An entry that speaks of every compared move, close to the question ("are nordics better
    than glute ham raises?": Nordics vs leg curls), else None."""
    for c in svc.matcher.rank(text)[:TOGETHER_RANK]:
        entry = svc.content.entries.get(c.entry_id)
        if entry is None or c.score < svc.matcher.config.answer_at:
            continue
        if set(ids) <= set(entry.exercises) and len(entry.exercises) <= TOGETHER_MOVES:
            return entry
    return None
