"""How the person's experience changes the plan (issue 11). Pure: planned exercises in,
planned exercises out.

- New to lifting (under 6 months):
  * weeks 1-3: at most 3 sets of any exercise (article 001 starts with three and goes to
    four "after a few weeks", which the programs read as week 4) and at most 12 sets in a
    session, article 001's starting workout (four exercises of three sets); a longer session
    trims its last exercises to 2 sets, never fewer, so a seven-move session has 14;
  * weeks 1-4: no heavy sets: a slot in the heavy range (under 8 reps) takes the medium
    8-12 instead, with the program's medium rest. Slow low-rep lowering work (Nordic ham
    curls, glute-ham raises: article 000's low reps with an eccentric emphasis) keeps its
    range: it is low-rep by design and not a heavy load;
  * weeks 1-4: a move whose card names an easier variation (`easier`) is replaced by it,
    unless the session already has that move.
- Some experience (6 months to 2 years) and experienced (2+ years): the program as written.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from bot.coach.profile import Experience
from bot.coach.programs.book import PlannedExercise, Program

FEWER_SETS_UNTIL_WEEK = 4  # weeks before this one: fewer sets
LIGHTER_UNTIL_WEEK = 5  # weeks before this one: no heavy range, easier variations
MAX_SETS_EACH = 3
MAX_SETS_SESSION = 12
MIN_SETS_EACH = 2
MEDIUM = (8, 12)
LOW_REP_BY_DESIGN = frozenset({"eccentric"})  # note keys of slots that stay low-rep


@dataclass(frozen=True)
class Adaptation:
    """What experience changes in a program, for saying so (counts of first weeks)."""

    fewer_sets_weeks: int = 0  # weeks 1..n: at most MAX_SETS_EACH / MAX_SETS_SESSION sets
    no_heavy_weeks: int = 0  # weeks 1..n: heavy slots take the medium range
    easier: tuple[tuple[str, str], ...] = ()  # (exercise id, easier id) for the lighter weeks
    lighter_weeks: int = LIGHTER_UNTIL_WEEK - 1
    max_sets_each: int = MAX_SETS_EACH
    max_sets_session: int = MAX_SETS_SESSION
    min_sets_each: int = MIN_SETS_EACH
    medium: tuple[int, int] = MEDIUM

    @property
    def changes(self) -> bool:
        return bool(self.fewer_sets_weeks or self.no_heavy_weeks or self.easier)


def is_heavy(p: PlannedExercise) -> bool:
    return p.rep_low < MEDIUM[0] and p.note_key not in LOW_REP_BY_DESIGN


def adapt(
    program: Program,
    planned: Sequence[PlannedExercise],
    experience: Experience | str | None,
    week: int,
    easier: Mapping[str, str],
) -> tuple[PlannedExercise, ...]:
    """`planned` (one session of `program` in `week`) as a person of `experience` does it."""
    if experience is None or Experience(experience) != Experience.NEW:
        return tuple(planned)
    out = list(planned)
    if week < LIGHTER_UNTIL_WEEK:
        present = {p.exercise_id for p in out}
        for i, p in enumerate(out):
            if is_heavy(p):
                p = replace(
                    p, rep_low=MEDIUM[0], rep_high=MEDIUM[1], rest_seconds=medium_rest(program)
                )
            swap = easier.get(p.exercise_id)
            if swap is not None and swap not in present:
                present.add(swap)
                p = replace(p, exercise_id=swap, instead_of=p.exercise_id)
            out[i] = p
    if week < FEWER_SETS_UNTIL_WEEK:
        out = [replace(p, sets=min(p.sets, MAX_SETS_EACH)) for p in out]
        for i in reversed(range(len(out))):
            over = sum(p.sets for p in out) - MAX_SETS_SESSION
            if over <= 0:
                break
            cut = min(over, out[i].sets - MIN_SETS_EACH)
            if cut > 0:
                out[i] = replace(out[i], sets=out[i].sets - cut)
    return tuple(out)


def medium_rest(program: Program) -> int:
    """The rest of the program's medium emphasis, else the program's own rest."""
    for emphasis in program.emphases:
        if (emphasis.rep_low, emphasis.rep_high) == MEDIUM:
            return emphasis.rest_seconds
    return program.rest_seconds


def adaptation(
    program: Program, experience: Experience | str | None, easier: Mapping[str, str]
) -> Adaptation:
    """What `adapt` changes in `program` for `experience`, to tell the person."""
    if experience is None or Experience(experience) != Experience.NEW:
        return Adaptation()
    slots = [slot for session in program.sessions for slot in session.slots]
    heavy = any(
        is_heavy(p)
        for index in range(len(program.sessions) * max(1, len(program.emphases)))
        for week in range(1, LIGHTER_UNTIL_WEEK)
        for p in program.plan(index, week)
    )
    swaps = tuple(
        dict.fromkeys(
            (s.exercise_id, easier[s.exercise_id]) for s in slots if s.exercise_id in easier
        )
    )
    return Adaptation(
        fewer_sets_weeks=FEWER_SETS_UNTIL_WEEK - 1,
        no_heavy_weeks=LIGHTER_UNTIL_WEEK - 1 if heavy else 0,
        easier=swaps,
    )
