"""What the logbook's steps (logbook_steps.py) return, for the handlers to render: an
exercise asked for, an entry shown to save, saved, taken back, the workout finished."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from bot.coach.training import FarLoad
from bot.training.recap import Recap


@dataclass(frozen=True)
class Ask:
    """One exercise asked for (log_ask), with done / skip / swap buttons."""

    log_id: int
    position: int  # 1-based place in the day's list
    count: int
    name: str
    planned_sets: int
    rep_low: int
    rep_high: int
    planned_load: float | None
    unit: str
    last: str | None  # last time's result, e.g. "60 kg × 12, 12, 10"
    swapped_from: str | None  # the planned exercise's name, after a swap
    weighted: bool = False  # logged with a load: the first time, how to pick one is shown
    rest_seconds: int = 0  # the program's rest between its sets: the rest timer's button
    change: str | None = None  # "harder" / "easier": the variation the push named
    variation: str | None = None
    saved: str | None = None  # the sets it has today, when asked for again (✎ on /log)
    day: date | None = None  # the day being logged, when not today (named)
    days_back: int = 0  # how far back that day is: 1 for yesterday
    lost: bool = False  # asked again after "?" or "what?": what is wanted, said first
    later: str | None = None  # "can I do this one later?": the move put last, then this one
    last_left: bool = False  # asked to put it later, but no other move is left
    unsaved: str | None = None  # sets shown (or reps waiting for a load) let go, not saved
    machine: bool = False  # a band move also done on a machine, at a gym: its load welcome
    held: str | None = None  # done with a dumbbell there: "holding a dumbbell on the hip"
    held_load: float | None = None  # that dumbbell's weight, for the example
    load_asked: str | None = None  # "how heavy should I go?" at its step: the rule's article
    # title, or "none" for a move done without weights there (load_at_step.py)


@dataclass(frozen=True)
class Change:
    """What the next time an exercise just done comes round asks of it."""

    name: str
    change: str  # up, down, same (the load or variation), harder, easier
    load: float | None
    unit: str | None
    rep_low: int | None
    rep_high: int | None
    new_range: bool = False  # the program moves it to another rep range next time
    variation: str | None = None  # the harder (change "easier": easier) one, by name
    seen: str | None = None  # the next load against today's, as seen: up, down or same


@dataclass(frozen=True)
class Finished:
    """The workout is logged (log_finished, with an undo button), then any weekly recap."""

    done: int
    total: int
    changes: tuple[Change, ...]
    unit: str
    recap: Recap | None  # due on the first finish of the session closing the week
    undo_id: int = 0  # the entry its Undo button takes back (the newest), 0 for none
    undo_name: str | None = None  # that entry's exercise, named on the button
    undo_stamp: int = 0  # that entry's times_logged: the button acts on that logging only
    day: date | None = None  # the day of the workout, when not today (named)
    days_back: int = 0  # how far back that day is: 1 for yesterday
    # another day's workout finished mid-workout: today's owed one; or today's, finished too
    then: Ask | Saved | None = None


Next = Ask | Finished | None  # None: a day with no exercises at all, nothing to say


@dataclass(frozen=True)
class LoadLeft:
    """How the reps that waited for their load were left: saved without one, or not (then
    `retype` is what to send, the load in it)."""

    saved: bool
    retype: str = ""


@dataclass(frozen=True)
class Saved:
    """An exercise saved or skipped (log_saved), then what comes next."""

    name: str
    sets: str
    skipped: bool
    # Echo: the next part of a workout told as a story, or another exercise typed meanwhile;
    # Saved: another day's entry saved, then today's workout ended
    then: Next | Echo | NeedLoad | Saved
    added_to: str | None = None  # what was saved before, these sets added to it
    day: date | None = None  # the day it was saved into, when not today (named)
    days_back: int = 0  # how far back that day is: 1 for yesterday
    dropped: bool = False  # an entry for another day, "skip" typed at its Save: not saved
    pain: bool = False  # skipped for a pain ("skipped lunges, knee felt off"): see someone
    band_load: str | None = None  # a load typed with a band move's last set: left out, said so
    remark: str | None = None  # said with the yes ("done, felt good"): kept with the sets
    bodyweight_again: bool = False  # no load said, none last time: bodyweight, said so
    load_left: LoadLeft | None = None  # reps that waited for their load, another move typed


@dataclass(frozen=True)
class TodayNow:
    """Today's workout renumbered by a log for an earlier day (today_moved.py): its session
    as now planned, the one it was, and the first workout's weekday ("Monday")."""

    label: str
    was: str
    first: str


@dataclass(frozen=True)
class Echo:
    """A typed entry as understood (log_echo), with save / fix buttons."""

    log_id: int
    name: str
    sets: str
    count: int
    far: FarLoad | None = None  # a load far from the target: asked about
    then_names: tuple[str, ...] = ()  # exercises of the same story, shown to save next
    saved: str | None = None  # what the exercise already has today: add to it or replace it?
    replaces: str | None = None  # what it has today, that Save replaces (asked for again)
    day: date | None = None  # the day it is saved into, when not today (named in the echo)
    days_back: int = 0  # how far back that day is: 1 for yesterday
    untold_names: tuple[str, ...] = ()  # exercises the message named without sets: not saved
    unknown_names: tuple[str, ...] = ()  # moves given sets that no card holds: not saved
    skipped_names: tuple[str, ...] = ()  # exercises the message said were skipped: so saved
    skip_asked: bool = False  # "skip" typed while this waited for Save: skip it, or save it?
    drops: bool = False  # typed for another day: a second "skip" leaves it unsaved
    assumed_reps: int | None = None  # "only managed 2 sets": the target's reps, taken as done
    remark: str | None = None  # typed after the sets ("the last set was hard"): kept with them
    band_load: str | None = None  # a load typed for a band move ("15 kg"): left out, said so
    bodyweight_again: bool = False  # no load said, none last time: bodyweight, said so
    changed: tuple[int, ...] = ()  # the sets a correction changed (1 for the first), said
    never_done: bool = False  # "same as last time" for a move never done: the plan, said so
    kept_shown: bool = False  # ... said at "Save it?": the sets shown stay, not the plan
    instead_of: str | None = None  # the sets shown before, that these typed again replace
    today_now: TodayNow | None = None  # this log renumbered today's workout: said
    sides: tuple[tuple[int, int], ...] = ()  # reps that differed by side: the weaker kept


@dataclass(frozen=True)
class SkipAsked:
    """A muscle said skipped, trained by more than one exercise still to do: skip them all?
    (log_skip_asked)"""

    names: tuple[str, ...]
    muscle: str


@dataclass(frozen=True)
class SetKept:
    """One set of an exercise logged set by set, kept (log_set_kept); the next one asked."""

    log_id: int
    name: str
    this: str  # the set just kept: "20 kg × 12"
    so_far: str  # every set kept: "20 kg × 12, 10"
    count: int  # sets kept
    planned: int  # the target's sets (0: none planned)
    reps: int  # the last set's reps, for the example
    rest_seconds: int = 0  # the rest timer's button
    band_load: str | None = None  # a load typed for a band move ("15 kg"): left out, said so
    weighted: bool = True  # logged with a load: the next set keeps it unless another is said
    fixed: int = 0  # the set corrected ("second set 11" with two sets in), 0: one more kept
    first: int = 0  # "10 for the first two": the first sets, each this one


@dataclass(frozen=True)
class SwapOption:
    exercise_id: str
    name: str


@dataclass(frozen=True)
class Swaps:
    """Alternatives for an exercise (log_swaps), each a button, and one to keep it."""

    log_id: int
    name: str
    options: tuple[SwapOption, ...]
    away: bool = False  # a day away with other kit: the options are what it allows


@dataclass(frozen=True)
class SwapUnavailable:
    """A swap that isn't offered (log_swap_unavailable); the exercise is asked again."""

    then: Ask
    extra: str | None = None  # the move named in words ("did leg press instead"): log it so


@dataclass(frozen=True)
class Fix:
    """The typed entry was wrong: type it again (log_fix), the examples fitting the target
    as the exercise asked's do."""

    name: str
    sets: int = 3
    rep_low: int = 8
    rep_high: int = 12
    weighted: bool = True
    unit: str = "kg"
    dropped: str | None = None  # "undo" at "Save it?": the sets let go unsaved


@dataclass(frozen=True)
class ParseFailed:
    """Text that couldn't be read as the exercise's sets (log_error)."""

    code: str
    detail: Mapping[str, str]
    name: str
    unit: str
    named: bool = False  # nothing being logged: the examples start with the exercise's name
    # the target of the exercise asked, for the examples to fit it (as the ask's do)
    sets: int = 3
    rep_low: int = 10
    rep_high: int = 12
    weighted: bool = True


@dataclass(frozen=True)
class Undone:
    """The last entry was taken back (log_undone): its exercise is asked again, or, when
    sets saved before it came back (`back`), the next exercise still owed (None: none)."""

    name: str
    then: Ask | None
    back: str | None = None
    set_no: int = 0  # logged set by set: the set taken back, to be sent again (0: an entry)
    set_undone: str | None = None  # what that set was: "20 kg × 10"
    set_reps: int = 0  # the reps of the set before it, for the example
    weighted: bool = True  # logged with a load: the set sent again keeps it unless told


@dataclass(frozen=True)
class NothingToUndo:
    pass


@dataclass(frozen=True)
class NeedLoad:
    """ "Done as planned" on a loaded exercise with no load known yet: type it (log_need_load),
    or tap the last load the move was done with, no extra load (a move that can go without
    one), or skip it."""

    name: str
    rep_high: int
    unit: str
    log_id: int = field(default=0, compare=False)
    last_load: str | None = field(default=None, compare=False)  # "40 kg"
    no_load_ok: bool = field(default=False, compare=False)
    never_done: bool = field(default=False, compare=False)  # "same as last time", never done
    extra: int = field(default=0, compare=False)  # extra sets told with the day: waiting too
    today_now: TodayNow | None = field(default=None, compare=False)  # as Echo's
    day: date | None = field(default=None, compare=False)  # an earlier day's entry: named
