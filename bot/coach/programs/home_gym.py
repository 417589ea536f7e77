"""A home gym with a barbell, plates and a bench (users.home_gym): the gym plan, its barbell
moves and loads kept, and the moves needing what such a gym lacks (a machine, a glute-ham or
back-extension bench, a band unless bands were said) swapped for what the articles offer
without it, or left out.

The swaps, from the articles: article 000 pairs the glute-ham raise with the Nordic ham curl
(low reps, slow lowering) and lists the Nordic beside the leg curls as the hamstrings' knee
flexion; it says deadlifts and back extensions both hit the glutes and hamstrings hard; and
hip thrusts are done with a barbell, with bands or one leg at a time (the bands' sets of 30
stay with the bands: the barbell's are the lighter 12-20). Band walks and abduction have no
move of their own without a band or a machine: left out.

Pure: planned exercises in, planned exercises out."""

from __future__ import annotations

from dataclasses import dataclass, replace

from bot.coach.programs.book import PlannedExercise, Program

BANDS = "bands"  # said beside the barbell ("home gym: barbell, bench and some bands")

# Move -> what stands in for it, and the slot it takes there: None keeps the slot's own
# sets, reps and rest; else (reps low, reps high, rest seconds, note key).
_Slot = tuple[int, int, int, str | None] | None
_NO_MACHINE: dict[str, tuple[str, _Slot]] = {
    "glute_ham_raise": ("nordic_ham_curl", None),
    "lying_leg_curl": ("nordic_ham_curl", (3, 6, 120, "eccentric")),
    "seated_leg_curl": ("nordic_ham_curl", (3, 6, 120, "eccentric")),
    "standing_leg_curl": ("nordic_ham_curl", (3, 6, 120, "eccentric")),
    "back_extension": ("deadlift", None),
}
_NO_BAND: dict[str, tuple[str, _Slot]] = {
    "band_hip_thrust": ("hip_thrust", (12, 20, 60, None)),
}
_BAND_ONLY = ("monster_walk", "sumo_walk", "seated_hip_abduction")


def _swaps(bands: bool) -> dict[str, tuple[str, _Slot]]:
    return _NO_MACHINE if bands else {**_NO_MACHINE, **_NO_BAND}


def _lacking(bands: bool) -> frozenset[str]:
    return frozenset() if bands else frozenset(_BAND_ONLY)


def at_home_gym(planned: tuple[PlannedExercise, ...], bands: bool) -> tuple[PlannedExercise, ...]:
    """A gym session as done at a home gym: each move swapped or left out as above; a move
    swapped in that the session holds already is left out (no Nordic twice)."""
    swaps, lacking = _swaps(bands), _lacking(bands)
    own = {p.exercise_id for p in planned}
    out: list[PlannedExercise] = []
    for p in planned:
        if p.exercise_id in lacking:
            continue
        if p.exercise_id in swaps:
            to, slot = swaps[p.exercise_id]
            if to in own or any(x.exercise_id == to for x in out):
                continue
            p = replace(p, exercise_id=to, note_key=None, instead_of=None, own_reps=None)
            if slot is not None:
                low, high, rest, note = slot
                p = replace(p, rep_low=low, rep_high=high, rest_seconds=rest, note_key=note)
        out.append(p)
    return tuple(out)


@dataclass(frozen=True)
class HomeGymChanges:
    """What a gym program changes at a home gym: (move, the one in its place) and the moves
    left out, as exercise ids in the program's order."""

    swapped: tuple[tuple[str, str], ...]
    left_out: tuple[str, ...]


def home_gym_changes(program: Program, bands: bool) -> HomeGymChanges:
    swaps, lacking = _swaps(bands), _lacking(bands)
    used = [slot.exercise_id for session in program.sessions for slot in session.slots]
    used = list(dict.fromkeys(used))
    swapped = tuple((x, swaps[x][0]) for x in used if x in swaps)
    left = tuple(x for x in used if x in lacking)
    return HomeGymChanges(swapped, left)


def lacks_kit(exercise_id: str, bands: bool) -> bool:
    """Whether a home gym lacks what the move needs (a machine, a special bench, a band
    unless bands were said): never offered there in place of another."""
    return exercise_id in _swaps(bands) or exercise_id in _lacking(bands)
