"""The coach's curated knowledge as typed values: sources, exercise cards, myths and topics,
and the Content holding them with the program book and the goals.

Plain data only (no Telegram, no SQL, no YAML): `bot.content` builds these from
`content/*.yaml` and validates them; handlers and templates decide the words around them.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal

from bot.coach.goals import Goals
from bot.coach.matcher import NameIndex, stem, words
from bot.coach.profile import Goal, Place
from bot.coach.programs import ProgramBook


class Pattern(enum.StrEnum):
    HIP_EXTENSION = "hip_extension"
    KNEE_FLEXION = "knee_flexion"
    ABDUCTION = "abduction"
    BACK_EXTENSION = "back_extension"
    SQUAT = "squat"
    LUNGE = "lunge"
    KNEE_EXTENSION = "knee_extension"


class Equipment(enum.StrEnum):
    BARBELL = "barbell"
    DUMBBELL = "dumbbell"
    MACHINE = "machine"
    PLATE = "plate"  # a weight plate held in the hands (a glute-ham raise, a back extension)
    BAND = "band"
    BALL = "ball"
    BODYWEIGHT = "bodyweight"
    BENCH = "bench"


class Loading(enum.StrEnum):
    WEIGHTED = "weighted"  # logged with a load in kg/lb
    BODYWEIGHT = "bodyweight"
    BAND = "band"


EntryKind = Literal["myth", "topic"]


@dataclass(frozen=True)
class Source:
    id: str  # "000", "001", "002"
    title: str  # our own short name for the article
    file: str  # seed file name
    author: str | None = None
    year: int | None = None


@dataclass(frozen=True)
class Cue:
    """A form cue an article gives, with that article's id; a reviewer has checked it
    against the article (tests/content/cue_review.yaml)."""

    text: str
    source: str


@dataclass(frozen=True)
class Exercise:
    id: str
    name: str
    aliases: tuple[str, ...]
    muscles: tuple[str, ...]
    pattern: Pattern
    equipment: tuple[Equipment, ...]
    places: tuple[Place, ...]
    loading: Loading
    cues: tuple[Cue, ...]  # form cues an article gives, each with its article
    coach_cues: tuple[str, ...]  # the coach's own tips, which no article gives
    sources: tuple[str, ...]  # the articles that name the exercise
    harder: str | None = None  # an exercise id or a free-text name
    # The harder one with nothing to hold, where `harder` holds a load (else a slower
    # lowering: progression.harder_with).
    harder_bare: str | None = None
    easier: str | None = None  # id of the card a beginner starts with instead
    note: str | None = None
    phrasings: tuple[str, ...] = ()  # extra questions for the matcher
    needs: str | None = None  # beyond its equipment: "a partner or a fixed pad holding your heels"

    @property
    def names(self) -> tuple[str, ...]:
        """The name followed by every alias: what people may call it."""
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class KnowledgeEntry:
    id: str
    kind: EntryKind
    title: str  # <= 30 chars: buttons and topic lists
    answer: str  # Telegram HTML, <b>/<i> only
    sources: tuple[str, ...]
    phrasings: tuple[str, ...]
    gist: str = ""  # one plain sentence: the answer in brief, added under a close other answer
    goal_lines: Mapping[Goal, str] = field(default_factory=dict)
    own_plan_lines: bool = False  # its lines speak of the person's own plan, not a division
    exercises: tuple[str, ...] = ()  # exercise ids the answer refers to
    related: tuple[str, ...] = ()  # entry ids
    defines: tuple[str, ...] = ()  # what it defines, as people name it ("hamstring")

    def goal_line(self, goal: Goal | None) -> str | None:
        """The one line tailored to `goal`, if the articles support one."""
        return None if goal is None else self.goal_lines.get(goal)

    def line_goal(self, own: Goal | None, named: Sequence[Goal]) -> Goal | None:
        """Whose line goes under the answer: the person's own goal, unless the question names
        a division ("is figure prep different from bikini prep?") and the entry has a line
        for it that the person's own goal does not replace."""
        if self.own_plan_lines:
            return own
        for goal in ([own] if own in named else []) + list(named):
            if goal in self.goal_lines:
                return goal
        return own


class Aspect(enum.StrEnum):
    """What a question asks for besides its topic: a number of reps, of sets..."""

    REPS = "reps"
    SETS = "sets"
    FREQUENCY = "frequency"
    REST = "rest"
    WEIGHT = "weight"


@dataclass(frozen=True)
class Fact:
    """One sourced sentence added to an answer when the question asks for its aspect."""

    id: str
    aspect: Aspect
    text: str  # Telegram HTML, <b>/<i> only
    sources: tuple[str, ...]
    exercises: tuple[str, ...] = ()  # card ids it is about; empty: any exercise
    entry: str | None = None  # the entry whose answer already says it


@dataclass(frozen=True)
class Content:
    """Everything loaded from content/: ids map to values, in file order."""

    sources: Mapping[str, Source]
    exercises: Mapping[str, Exercise]
    entries: Mapping[str, KnowledgeEntry]
    programs: ProgramBook
    goals: Goals
    facts: Mapping[str, Fact] = field(default_factory=dict)

    def myths(self) -> list[KnowledgeEntry]:
        return [e for e in self.entries.values() if e.kind == "myth"]

    def topics(self) -> list[KnowledgeEntry]:
        return [e for e in self.entries.values() if e.kind == "topic"]

    def sources_of(self, item: KnowledgeEntry | Exercise | Fact) -> list[Source]:
        return [self.sources[s] for s in item.sources]

    def used_for(self, exercise_id: str) -> tuple[Goal, ...]:
        """The goals whose programs use the exercise: derived from the programs, never
        written on the card, so a card's "Used for" can't disagree with the plan."""
        return self.programs.goals_using(exercise_id)

    def exercises_for(self, goal: Goal, place: Place) -> list[Exercise]:
        """Cards that a goal's programs use and that can be done at `place`, in file order."""
        return [
            x for x in self.exercises.values() if goal in self.used_for(x.id) and place in x.places
        ]

    @cached_property
    def name_words(self) -> frozenset[str]:
        """Stems of every word in the cards' names and aliases (a quick "could this word
        start or end a name" test)."""
        return frozenset(
            stem(w) for x in self.exercises.values() for n in x.names for w in words(n)
        )

    @cached_property
    def _names(self) -> NameIndex:
        return NameIndex({x.id: x.names for x in self.exercises.values()})

    def exact_exercise(self, name: str) -> str | None:
        """The id of the card with exactly this name or alias (case, plurals, spacing
        forgiven), or None: for names picked out of running text."""
        return self._names.exact(name)

    def find_exercise(self, name: str) -> Exercise | None:
        """The card called `name` (name or alias, any case, plural, small typos), or None.

        Strict on purpose, for `/exercise NAME` and the set-log parser: "hip thrust" is
        the barbell hip thrust, "band hip thrust" the banded one, "curl" alone is None.
        """
        found = self._names.find(name)
        return None if found is None else self.exercises[found]
