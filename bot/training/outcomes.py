"""What a question in a person's own words comes to (bot/training/questions.py): an entry's
answer, an exercise card, cards side by side, "did you mean" choices, an honest unknown, or
conversation; also the myths list and the /exercise replies. The handlers render each."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from bot.coach.knowledge import Exercise, Fact, KnowledgeEntry, Source
from bot.coach.matcher import Gap
from bot.coach.profile import Away, Goal
from bot.coach.show_day import ShowCount
from bot.coach.smalltalk import Intent


class Family(StrEnum):
    """Callback-data prefixes of the buttons that open an item."""

    ENTRY = "qa"
    EXERCISE = "ex"


@dataclass(frozen=True)
class Choice:
    """A button that opens an entry or an exercise card."""

    family: Family
    item_id: str
    title: str


@dataclass(frozen=True)
class SecondPart:
    """The answer to the other question of a two-part message, told in brief beneath the
    first answer, its whole entry or card a tap away."""

    title: str
    text: str  # the entry's gist or the card's note
    choice: Choice


@dataclass(frozen=True)
class EntryAnswer:
    entry: KnowledgeEntry
    goal: Goal | None  # the person's goal, for the tailored line
    sources: list[Source]
    related: list[Choice]
    facts: tuple[Fact, ...] = ()  # what the question asked besides the topic ("how many")
    also: KnowledgeEntry | None = None  # as close to the question: told in brief beneath
    not_covered: Gap | None = None  # the other half of a two-part question, which they skip
    second: SecondPart | None = None  # the other half, which they answer
    plan_rest: tuple[int, int] | None = None  # asked how long to rest: their plan's rests
    plan_ranges: tuple[tuple[int, int], ...] = ()  # asked how heavy: ranges taking turns
    plan_days: tuple[int, ...] = ()  # asked, or told, how often: the days they chose
    named: tuple[Goal, ...] = ()  # competition divisions the question names

    @property
    def goal_line(self) -> str | None:
        return self.entry.goal_line(self.entry.line_goal(self.goal, self.named))

    @property
    def line_named(self) -> Goal | None:
        """The division whose line is shown when it isn't the person's own goal."""
        goal = self.entry.line_goal(self.goal, self.named)
        return None if goal == self.goal else goal


@dataclass(frozen=True)
class ExerciseCard:
    card: Exercise
    sources: list[Source]  # the articles naming it; its cues cite them by number (1-based)
    harder: str | None  # the harder version's name (its id when it has no card)
    used_for: tuple[Goal, ...]  # the goals whose programs use it (from the programs)
    facts: tuple[Fact, ...] = ()
    instead: tuple[Exercise, ...] = ()  # asked for a replacement: cards doing the same job
    not_covered: Gap | None = None
    second: SecondPart | None = None
    plan_rest: tuple[int, int] | None = None  # asked how long to rest: their plan's rests
    plan_ranges: tuple[tuple[int, int], ...] = ()  # asked how heavy: ranges taking turns


@dataclass(frozen=True)
class Comparison:
    """Two or three named exercises set side by side ("RDL vs stiff-leg deadlift")."""

    cards: list[Exercise]
    sources: list[Source]
    not_covered: Gap | None = None
    second: SecondPart | None = None
    # what the articles say of the moves together ("Nordics vs leg curls"), when it ranks high
    together: KnowledgeEntry | None = None


@dataclass(frozen=True)
class DidYouMean:
    choices: list[Choice]


@dataclass(frozen=True)
class Unknown:
    """Not understood, and recorded: a few topics close to it (else myths) to tap, and
    what the articles don't cover when that is why."""

    topics: list[Choice]
    onboarded: bool
    gap: Gap | None = None
    close: bool = True  # the topics share words with it (else: a few places to start)
    heard: bool = True  # it held a word the coach knows (else not recorded: "asdfgh")
    instead: KnowledgeEntry | None = None  # an exercise they skip: what they say instead
    sources: tuple[Source, ...] = ()  # the articles behind `instead` (or `like`)
    like: Exercise | None = None  # the move they describe in its place (RDL: American deadlift)
    setting_up: bool = False  # asked in the middle of the setup: its question comes next


@dataclass(frozen=True)
class PainOffer:
    """Today's workout can still be left out: skip it (`day`'s push button), or swap the
    exercise named in it (`swap_id`, `swap_name`) when one is; `alone_name`: the move named
    when nothing is left to swap it for (its others already in the workout), said to skip."""

    day: date
    swap_id: str | None = None
    swap_name: str | None = None
    alone_name: str | None = None
    logging_it: bool = False  # the move is the one asked while logging: its Skip is above
    told_name: str | None = None  # said of a move whose sets came with it: named, no offer


@dataclass(frozen=True)
class LogExample:
    """A typed log to show as an example: a move of the person's workout (log_example)."""

    name: str  # the move's name
    load: float | None  # its next load, when it has one
    weighted: bool  # a move that takes a load (none known yet: an example one)
    unit: str  # the person's
    sets: int
    rep_low: int
    rep_high: int


@dataclass(frozen=True)
class HistoryAsked:
    """What a history question asked for: a day ("what did I do last tuesday"), a week
    ("what did I do last week": its Monday) or a move ("how much did I do on the hip
    thrust": its card's id)."""

    day: date | None = None
    week: date | None = None
    move: str | None = None


@dataclass(frozen=True)
class Talk:
    """Conversation, not a question: a greeting, thanks, a request that belongs to a command,
    or pain (pointed to a professional). Never recorded as unanswered."""

    intent: Intent
    onboarded: bool
    setting_up: bool = False  # said while a setup question waits: it is asked again beneath
    paused: bool = False  # workouts paused (/pause): "I'm back" needs /resume, else it doesn't
    next_push: str | None = None  # "when do my workouts come": "Thursday at 18:30"
    zone: str | None = None  # "why did it come at 8": the zone whose clock it comes by
    until: date | None = None  # "pause for a week": the local day the workouts come back
    place: str | None = None  # where they train: a bench at home, training away from the gym
    named: str | None = None  # the card a workout question names ("how heavy on hip thrusts")
    offer: PainOffer | None = None  # pain on a training day: skip today, or swap the move named
    skip_day: date | None = None  # "i can't today": that workout's Skip and Move, a tap away
    # A show: its day just said and kept, or how far out it is ("how many weeks out am i");
    # `show_asked` with no `show`: no show day known yet.
    show: ShowCount | None = None
    show_asked: bool = False
    paused_now: bool = False  # "stop sending me workouts": paused at once (`until`, `next_push`)
    resumed_now: bool = False  # "start sending them again": back on at once (`next_push`)
    asked: HistoryAsked | None = None  # "what did I do last tuesday": that day's session
    away_gym: bool = False  # "in a hotel gym next week": a gym away, the gym plan kept
    away: Away | None = None  # "..., only dumbbells up to 30kg": kept, the plan fits it
    away_also: tuple[Away, ...] = ()  # the other whiles away still ahead, kept as said
    unit: str | None = None  # the person's, for the example load of a kit said away
    away_dropped: Away | None = None  # a gym there after all: that while away no more
    away_zone: str | None = None  # a city said with the kit away (or home again): its zone
    away_over: bool = False  # "back home" before the days away ended: the usual plan again
    sets_left: str | None = None  # sets told beside the kit away: not saved there, said so
    example: LogExample | None = None  # "I'll train later": a log of their own to copy


@dataclass(frozen=True)
class Myths:
    choices: list[Choice]


@dataclass(frozen=True)
class ExerciseUsage:
    """/exercise without a name: the names it knows."""

    names: list[str]


@dataclass(frozen=True)
class NoCard:
    name: str
    names: list[str]


Outcome = (
    EntryAnswer
    | ExerciseCard
    | Comparison
    | DidYouMean
    | Unknown
    | Talk
    | Myths
    | ExerciseUsage
    | NoCard
)
