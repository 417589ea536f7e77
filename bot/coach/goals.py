"""The goals a person can pick, as content/goals.yaml describes them: words, suggested
training days and the keywords that read a typed answer as the goal.

Goal (bot.coach.profile) stays the typed id; bot.content checks at start that goals.yaml
lists exactly its members, in its order, so code and content cannot drift apart.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

from bot.coach.profile import Goal
from bot.coach.schedule import spread_days


@dataclass(frozen=True)
class GoalInfo:
    id: Goal
    label: str  # the button, and the goal in the profile summary
    short: str  # the goal inside a sentence: "toning"
    question: str  # its line in the goal question, Telegram HTML
    choose: str  # whom it suits and what its training is, for someone unsure which to pick
    typed: str  # what the bot suggests typing for it when an answer is unclear
    days_a_week: int  # training days to suggest
    days_why: str  # the sentence after the suggested days
    keywords: Mapping[int, tuple[str, ...]]  # rank -> words that pick this goal when typed
    rest_days: int = 0  # the fewest rest days the goal's plan wants between sessions

    @property
    def suggested_days(self) -> tuple[int, ...]:
        """Weekdays (0 = Monday) to offer, spread over the week."""
        return spread_days(self.days_a_week)

    def too_close(self, days: Iterable[int]) -> tuple[int, int] | None:
        """Two training days (in week order) with fewer rest days between them than the
        goal's plan wants (Saturday and Sunday, for toning), or None."""
        chosen = sorted(set(days))
        pairs = zip(chosen, chosen[1:] + chosen[:1], strict=True)
        return next(
            ((a, b) for a, b in pairs if len(chosen) > 1 and (b - a - 1) % 7 < self.rest_days),
            None,
        )

    def rest_kept_by(self, days: Iterable[int]) -> bool:
        """Whether so many days a week can keep the goal's rest days between all of them
        (two days can keep two; three can't), so their closeness is worth a word."""
        return len(set(days)) * (self.rest_days + 1) <= 7


class Goals:
    """Every goal, in the order of content/goals.yaml (the order of the buttons)."""

    def __init__(self, goals: Iterable[GoalInfo]) -> None:
        self._by_id = {g.id: g for g in goals}

    def __getitem__(self, goal: Goal | str) -> GoalInfo:
        return self._by_id[Goal(goal)]

    def __iter__(self) -> Iterator[GoalInfo]:
        return iter(self._by_id.values())

    def __len__(self) -> int:
        return len(self._by_id)

    def get(self, goal: Goal | str | None) -> GoalInfo | None:
        """The goal, or None for no goal or a stored value that is no goal (any more)."""
        try:
            return self._by_id.get(Goal(goal)) if goal is not None else None
        except ValueError:
            return None

    def ids(self) -> tuple[Goal, ...]:
        return tuple(self._by_id)

    def keyword_table(self) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """(goal id, keywords) groups in the order a typed answer is checked against them:
        lowest rank first, then file order. The first group with a hit wins."""
        groups = [
            (rank, i, g.id.value, words)
            for i, g in enumerate(self)
            for rank, words in g.keywords.items()
        ]
        return tuple((goal, words) for _, _, goal, words in sorted(groups))


# The divisions a question can name ("is figure prep different from bikini prep?"): an
# answer then carries the line for the division asked about, whatever the person's own goal.
_DIVISIONS = re.compile(
    r"\b(?P<compete>figure|bodybuild\w*|physique)\b|\b(?P<bikini>bikini)\b", re.IGNORECASE
)


def divisions_named(text: str) -> tuple[Goal, ...]:
    """The competition divisions `text` names, in the order it names them, each once."""
    named: list[Goal] = []
    for m in _DIVISIONS.finditer(text):
        goal = Goal.COMPETE if m["compete"] else Goal.BIKINI
        if goal not in named:
            named.append(goal)
    return tuple(named)
