"""Programs as data: sessions of exercise slots, rep-range emphases and weekly steps, and the
book holding one program per goal and place. Built by bot.content from content/programs.yaml."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from bot.coach.profile import Goal, Place

MAX_REPS = 100
MAX_SETS = 10


@dataclass(frozen=True)
class PlannedExercise:
    exercise_id: str
    sets: int
    rep_low: int
    rep_high: int
    rest_seconds: int
    note_key: str | None = None  # e.g. "eccentric" (slow lowering), "constant_tension"
    instead_of: str | None = None  # the program's exercise this easier one stands in for
    # the session's own range where a step changed it (band sets climbing to 30 reps): a band
    # move done on a loaded machine keeps it (bot/coach/training.py: prescribe)
    own_reps: tuple[int, int] | None = None


# The label of a session of single exercises on a day the plan left free: not one of the
# program's sessions, so the recap counts it as an extra (issue 11).
EXTRA_LABEL = "+"


@dataclass(frozen=True)
class Workout:
    day: date
    session_label: str  # "A", "B", …
    week_number: int  # 1 = the week holding started_on
    exercises: tuple[PlannedExercise, ...]
    program_id: str


@dataclass(frozen=True)
class Emphasis:
    name: str  # heavy / medium / light
    rep_low: int
    rep_high: int
    rest_seconds: int


@dataclass(frozen=True)
class Slot:
    """One exercise as a session lists it, before emphasis and steps apply."""

    exercise_id: str
    sets: int
    reps: tuple[int, int] | None  # None: take the program's current emphasis
    rest_seconds: int
    note_key: str | None = None
    tag: str | None = None  # lets a step target this slot, e.g. "band"
    offset: int = 0  # shifts the emphasis for this slot


@dataclass(frozen=True)
class Session:
    label: str
    slots: tuple[Slot, ...]


@dataclass(frozen=True)
class Step:
    """From `from_week` on, slots with `tag` (all slots if None) get these sets and/or reps."""

    from_week: int
    tag: str | None
    sets: int | None
    reps: tuple[int, int] | None


@dataclass(frozen=True)
class Program:
    id: str
    goal: Goal
    place: Place
    why: str  # one line, the coach's own words
    sources: tuple[str, ...]  # article ids of content/sources.yaml ("000", …): the plan's,
    # then those naming its exercises (bot/content/programs.py derives them)
    sessions: tuple[Session, ...]
    emphases: tuple[Emphasis, ...] = ()
    steps: tuple[Step, ...] = ()  # sorted by from_week
    rest_seconds: int = 60  # the program's own rest, where a slot names none
    why_without_bands: str | None = None  # `why` where its band moves are left out

    def why_for(self, home_gym: str | None) -> str:
        """Its one line for a home gym with `home_gym` kit ("barbell": no band) or a gym."""
        bandless = home_gym is not None and "bands" not in home_gym.split()
        return self.why_without_bands if bandless and self.why_without_bands else self.why

    def session_at(self, index: int) -> Session:
        return self.sessions[index % len(self.sessions)]

    def plan(self, index: int, week: int) -> tuple[PlannedExercise, ...]:
        """The exercises of the `index`-th training session (0-based), in week `week`."""
        planned = []
        for slot in self.session_at(index).slots:
            sets, rest = slot.sets, slot.rest_seconds
            if slot.reps is None:
                emphasis = self.emphases[(index + slot.offset) % len(self.emphases)]
                reps = (emphasis.rep_low, emphasis.rep_high)
                rest = emphasis.rest_seconds
            else:
                reps = slot.reps
            own = reps
            for step in self.steps:
                if step.from_week <= week and step.tag in (None, slot.tag):
                    sets = step.sets or sets
                    reps = step.reps or reps
            stepped = None if reps == own else own
            planned.append(
                PlannedExercise(slot.exercise_id, sets, *reps, rest, slot.note_key, None, stepped)
            )
        return tuple(planned)

    def rests(self) -> tuple[int, int]:
        """The shortest and the longest rest its sessions prescribe, in seconds."""
        slots = [slot for session in self.sessions for slot in session.slots]
        own = [slot.rest_seconds for slot in slots if slot.reps is not None]
        emphases = [e.rest_seconds for e in self.emphases if any(s.reps is None for s in slots)]
        rests = own + emphases or [self.rest_seconds]
        return min(rests), max(rests)

    def rep_ranges(self) -> tuple[tuple[int, int], ...]:
        """The rep ranges its sessions take turns at (heavy, medium, light), if they do."""
        return tuple(sorted({(e.rep_low, e.rep_high) for e in self.emphases}))

    def exercise_ids(self) -> set[str]:
        return {slot.exercise_id for session in self.sessions for slot in session.slots}


class ProgramBook:
    """All programs, one per goal and place, plus the texts of their notes and the easier
    variations the exercise cards name (exercise id -> easier exercise id)."""

    def __init__(
        self,
        programs: Iterable[Program],
        notes: Mapping[str, str],
        easier: Mapping[str, str] | None = None,
        ball_moves: Iterable[str] = (),
    ) -> None:
        self.programs = tuple(programs)
        self.notes = dict(notes)
        self.easier = dict(easier or {})
        self.ball_moves = frozenset(ball_moves)  # done on an exercise ball
        self._by_key = {(p.goal, p.place): p for p in self.programs}

    def program_for(self, goal: Goal | str, place: Place | str) -> Program:
        try:
            return self._by_key[Goal(goal), Place(place)]
        except (KeyError, ValueError) as exc:
            raise LookupError(f"no program for goal {goal!s} at {place!s}") from exc

    def exercise_ids(self) -> set[str]:
        """Every exercise id any program uses, easier variations included (for
        cross-checking the exercise cards)."""
        used = set().union(*(p.exercise_ids() for p in self.programs))
        return used | {self.easier[x] for x in used if x in self.easier}

    def goals_using(self, exercise_id: str) -> tuple[Goal, ...]:
        """The goals whose programs (at any place) have `exercise_id`, as written or as the
        easier variation a beginner starts with; in Goal order."""
        return tuple(
            goal
            for goal in Goal
            if any(
                p.goal == goal
                and (exercise_id in p.exercise_ids() or exercise_id in self._easier_of(p))
                for p in self.programs
            )
        )

    def _easier_of(self, program: Program) -> set[str]:
        return {self.easier[x] for x in program.exercise_ids() if x in self.easier}

    def note(self, key: str) -> str:
        return self.notes[key]
