"""A log that names its exercise, typed while nothing is being logged ("hip thrust 60 12 12
10", "did squats 3x10 at 40, then lunges 10kg 12 12"): shown to save into the day's session,
the exercise added to it if the plan didn't have it. logbook.py reads the rest of the text."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from functools import partial

from sqlalchemy.orm import Session

from bot.coach import programs as prog
from bot.coach.knowledge import Loading
from bot.coach.matcher.text import words
from bot.coach.misspelt import misspelt_in
from bot.coach.move_named import is_variant, other_in, other_named
from bot.coach.profile import Profile
from bot.coach.setlog import LogParseError, ParsedLog, parse_log
from bot.coach.setlog_story import MAX_STORY_CHARS, Part, named_in, without_unknown
from bot.coach.smalltalk import Intent, understand
from bot.runtime.services import Services
from bot.store import logs
from bot.store.models import ExerciseLog, User, WorkoutSession
from bot.training import which_pending
from bot.training.dayplan import is_rest_day, open_extra
from bot.training.held_load import no_load_on
from bot.training.log_example import log_example
from bot.training.logbook_entry import at_last_load, entry
from bot.training.logbook_loose import as_told, loose_parts
from bot.training.logbook_replies import Echo, NeedLoad, ParseFailed
from bot.training.logbook_steps import log_for, name_of, open_day
from bot.training.logbook_story import keep_queued, queue, story_parts, untold
from bot.training.outcomes import LogExample
from bot.training.people import logging_today, planning, planning_logged
from bot.training.typed import has_digit, opens_asking, remark_after, without_remark
from bot.training.whole_day import told_whole

# While sets are owed, text that is no entry goes to the coach when it is conversation,
# except what only makes sense as an answer here ("ok", 👍, "done": the sets hint helps more).
NOT_TALK = frozenset({None, Intent.YES_NO, Intent.EMOJI, Intent.DONE, Intent.CONFUSED})


@dataclass(frozen=True)
class WhichExercise:
    """Sets typed with no exercise named while nothing is being logged (log_which), with a
    button to start today's workout: never taken for a question; its example a move of
    the person's own plan (log_example)."""

    day: date
    example: LogExample | None = field(default=None, compare=False)  # wording, not outcome
    kept: str | None = field(default=None, compare=False)  # the sets kept for its name


def named_entry(
    svc: Services,
    s: Session,
    user: User,
    profile: Profile,
    text: str,
    day: date | None = None,
    when: str | None = None,
) -> Echo | NeedLoad | WhichExercise | ParseFailed | None:
    """Not in the middle of logging: only text that names an exercise and has numbers
    ("hip thrust 60 12 12 10") is a log, into today's session (`day`'s, when the text said
    another, in the words `when`, cut from it); anything else is a question. Sets for a
    named exercise that can't be read say so, rather than go to the coach."""
    held = which_pending.taken(user)  # "225 8 8 7", "Which exercise?", "hip thrust": its sets
    name_alone = held and day is None and not has_digit(text) and _name_alone(svc, text)
    if held and name_alone and held[1] == logging_today(s, user, profile, svc.clock.now()):
        text = f"{text} {held[0]}"
    if not has_digit(text):
        return _reps_untold(svc, profile, text, told_exercise(svc, text), when)
    if told_whole(text):  # "did it all but only 15 reps on the lunges": the whole day's
        return None
    told: tuple[Part, ...] = ()
    on = day or logging_today(s, user, profile, svc.clock.now())
    moves = DayMoves(svc, s, user, profile, on)  # "rdl's", "leg curl 25 15 15": the day's
    read = partial(
        parse_log,
        unit=profile.unit,
        planned=None,
        resolve_exercise=moves.resolve,
        rep_top_of=moves.rep_top,
        unloaded_of=partial(no_load_on, svc, profile, day=on),
    )
    remark, head = None, None
    unknown: tuple[str, ...] = ()
    try:
        try:
            parsed = read(text)
        except LogParseError as err:  # "squats 40kg 12 12 10 felt heavy": then a remark
            head = without_remark(text, err.code, str(err.detail.get("token", "")))
            parsed = read(head) if head is not None else read(text)
            remark = remark_after(text, head) if head is not None else None
    except LogParseError as err:  # "did squats 3x10 at 40, then lunges 10kg 12 12": a story
        told = story_parts(svc, profile, None, text, moves.resolve, moves.rep_top) or ()
        if not told and (loose := as_told(text, moves.resolve, moves.plan)) is not None:
            told, remark = loose_parts(loose[0]), loose[1]  # "did the bridges but only 2 sets"
        if not told:  # "..., and 4x15 cable kickbacks 20kg": the rest, the kickbacks named
            cut, unknown = without_unknown(text, moves.resolve)
            told = (
                (story_parts(svc, profile, None, cut, moves.resolve, moves.rep_top) or ())
                if unknown
                else ()
            )
        if not told:
            return _unread(svc, profile, text, err, when)
        parsed = ParsedLog("sets", told[0].sets, told[0].exercise_id, text)
    loose = as_told(text, moves.resolve, moves.plan) if parsed.exercise_id is None else None
    if loose is not None:  # "i did 15 each on the skater lunges and walking lunges"
        told, remark = loose_parts(loose[0]), loose[1]
        parsed = ParsedLog("sets", told[0].sets, told[0].exercise_id, text)
    today = logging_today(s, user, profile, svc.clock.now())  # last night's, at 00:40
    if parsed.exercise_id is None:  # "12 12 10" with nothing being logged: which exercise?
        if not parsed.sets:
            return None
        numbers = head if head is not None and remark else text  # a question after: not kept
        if day is None:  # its name alone, typed next, saves them
            which_pending.keep(user, numbers, today)
        kept = numbers.strip() if day is None else None
        return WhichExercise(today, log_example(svc, s, user, day), kept)
    day = day or today  # another day: as its "Start logging" (logbook_buttons.py) opens it
    session, exercises = open_for(svc, s, user, profile, day)
    log = log_for(s, user, session.id, exercises, parsed.exercise_id)
    waiting = untold(s, user, session.id, queue(told[1:]))
    shown = _shown(svc, s, user, profile, log, parsed, text)
    shown = replace(shown, remark=remark) if remark and isinstance(shown, Echo) else shown
    shown = replace(shown, unknown_names=unknown) if unknown and isinstance(shown, Echo) else shown
    return keep_queued(svc, user, waiting, shown)


class DayMoves:
    """A day's moves (its session's, else its plan's; looked up only when needed), for a
    log naming one with nothing being logged: a name no card holds ("rdl's") is the day's
    move it is said of, and a load first is told from reps by the move's planned range."""

    def __init__(self, svc: Services, s: Session, user: User, profile: Profile, day: date):
        self._svc, self._s, self._user, self._profile, self._day = svc, s, user, profile, day
        self._plain = resolver(svc)
        self._tops: dict[str, int] | None = None
        self._sets: dict[str, int] = {}

    def _moves(self) -> dict[str, int]:
        if self._tops is None:
            session = logs.session_on(self._s, self._user.id, self._day)
            if session is not None:
                held = logs.exercises_of(self._s, self._user.id, session.id)
                self._tops = {x.exercise_id: x.rep_high for x in held}
                self._sets = {x.exercise_id: x.planned_sets for x in held}
            else:
                profile = planning(self._s, self._user, self._day) or self._profile
                workout = prog.workout_for(self._svc.programs, profile, self._day)
                planned = workout.exercises if workout else ()
                self._tops = {x.exercise_id: x.rep_high for x in planned}
                self._sets = {x.exercise_id: x.sets for x in planned}
        return self._tops

    def holds(self, exercise_id: str) -> bool:
        """Whether the day's workout holds the move."""
        return exercise_id in self._moves()

    def resolve(self, name: str) -> str | None:
        found = self._plain(name)
        if found:  # "lunges", "single leg thrust": the day's walking lunge, its single-leg one
            if found in self._moves():
                return found
            return self._variant(found, name) or self._done_here(found)
        if other_named(name):
            return other_in(name, self._moves())
        return misspelt(self._svc, name, self._moves())  # "hip trust"

    def _variant(self, found: str, name: str) -> str | None:
        """The one move of the day that is a variation of the card named, said so: a word of
        its own typed ("single leg thrust": the single-leg hip thrust), or the movement's
        own card named ("lunges": the walking lunge). A card named by its whole name ("hip
        thrust", "squat") is that card, whatever the day holds."""
        content = self._svc.content
        typed = {w.removesuffix("s") for w in _letters(name)}
        base = content.exercises[found]
        own = base.id == base.pattern

        def said(move: str) -> bool:
            held = content.exercises[move]
            extra = {w.removesuffix("s") for w in _letters(held.name)} - set(_letters(base.name))
            # "glute bridge 60kg" on the barbell glute bridge's day: the bar is no other move
            loaded = extra == {"barbell"} and base.loading != held.loading == Loading.WEIGHTED
            return bool(extra & typed) or loaded or (own and held.pattern == base.pattern)

        held = [m for m in self._moves() if m in content.exercises]
        variants = [m for m in held if is_variant(content, found, m) and said(m)]
        return variants[0] if len(variants) == 1 else None

    def _done_here(self, found: str) -> str:
        """A card not done where the day is trained ("hip thrust", a barbell move, said at
        home) is the day's one variation of it (its single-leg hip thrust), if it holds one."""
        content = self._svc.content
        if (
            found in self._moves()
            or self._profile.place_on(self._day) in content.exercises[found].places
        ):
            return found
        held = [x for x in self._moves() if is_variant(content, found, x)]
        return held[0] if len(held) == 1 else found

    def rep_top(self, exercise_id: str) -> int | None:
        return self._moves().get(exercise_id)

    def plan(self, exercise_id: str) -> tuple[int, int] | None:
        """The day's planned sets and top reps of a move it holds."""
        top = self._moves().get(exercise_id)
        return (self._sets[exercise_id], top) if top is not None else None


def _shown(
    svc: Services,
    s: Session,
    user: User,
    profile: Profile,
    log: ExerciseLog,
    parsed: ParsedLog,
    text: str,
) -> Echo | NeedLoad | ParseFailed:
    """The sets to save, as for the exercise being logged: "same weight" at last time's
    load, and reps alone for a loaded move its load asked, last time's offered."""
    if parsed.same_load:  # "hip thrusts 12 12 12 same weight"
        return at_last_load(svc, s, user, profile, log, parsed.sets, text)
    return entry(svc, s, user, profile, None, log, log, parsed.sets, text)


def open_for(
    svc: Services, s: Session, user: User, profile: Profile, day: date
) -> tuple[WorkoutSession, list[ExerciseLog]]:
    """`day`'s workout, for a log naming its exercise: on a rest day an extra session."""
    profile = planning_logged(s, user, day) or profile
    if is_rest_day(svc, s, user.id, profile, day):  # one exercise named: an extra session
        open_extra(svc, s, user.id, profile, day)
    return open_day(svc, s, user, profile, day)


def _unread(
    svc: Services, profile: Profile, text: str, err: LogParseError, when: str | None = None
) -> ParseFailed | None:
    """Sets told for a named exercise that can't be read ("did squats 40kg 12 12 10 and some
    lunges"): said so, for that exercise; a question or talk stays the coach's. An RDL the
    day holds neither deadlift for (or both) is asked which, with the day it was said for."""
    if opens_asking(text):  # "why did my hip thrust go down to 60? i did 67.5 last time"
        return None
    if err.code == "which_rdl" and not _asked(text):
        said = {**err.detail, **({"when": when} if when else {})}
        return ParseFailed(err.code, said, "", profile.unit.value, True)
    named = told_exercise(svc, text)
    if len(text) > MAX_STORY_CHARS:  # a log, and questions and news, all in one: none read
        name = name_of(svc, named) if named else ""
        return ParseFailed("too_long_story", {}, name, profile.unit.value, True)
    if named is None:
        return not_a_card(profile, text, err)
    if len(re.findall(r"\d+", text)) < 2:  # "I did 3 sets of squats": how did they go?
        return _reps_untold(svc, profile, text, named)
    return ParseFailed(err.code, dict(err.detail), name_of(svc, named), profile.unit.value, True)


# Sets beyond doubt: "3x8", "40kg", "12 12 10" (a question about them is still asked first).
_SETS_SHAPE = re.compile(
    r"\b\d+ ?[x×] ?\d+\b|\b\d+(\.\d+)? ?(kg|kgs|kilos?|lbs?|pounds)\b|\b\d+[ ,]+\d+[ ,]+\d+\b",
    re.IGNORECASE,
)
_ASKING = re.compile(
    r"^(how|what|whats|which|why|when|where|is|are|am|should|can|could|do|does|will|would)\b"
)


def not_a_card(profile: Profile, text: str, err: LogParseError) -> ParseFailed | None:
    """Sets logged for an exercise no card names ("RDL 3x8 40kg", "kettlebell swings 3x15"):
    said plainly that it can't be logged, and how, rather than answered as a question."""
    name = str(err.detail.get("name", ""))
    if err.code != "unknown_exercise" or not name or not _SETS_SHAPE.search(text):
        return None
    if _asked(text):
        return None
    return ParseFailed("not_a_card", {"name": name[:60]}, "", profile.unit.value, True)


def _asked(text: str) -> bool:
    """A question or talk, not sets: the coach's."""
    if text.rstrip().endswith("?") or _ASKING.match(" ".join(words(text))):
        return True
    return understand(text) not in NOT_TALK


def _name_alone(svc: Services, text: str) -> bool:
    """Whether the text is an exercise's name and little else ("hip thrust", "the rdls")."""
    return len(words(text)) <= which_pending.MAX_NAME_WORDS and told_exercise(svc, text) is not None


def told_exercise(svc: Services, text: str) -> str | None:
    """The exercise a statement names (None for a question, talk, or no exercise)."""
    if text.rstrip().endswith("?") or understand(text) not in NOT_TALK:
        return None
    return named_in(text, resolver(svc))


# A named exercise reported done, with no sets: "did hip thrusts today", "I did 3 sets of squats"
# (words() has dropped the "I").
_DID = re.compile(r"^(just |also |finally )?(did|done|finished|completed|smashed|nailed)\b")


def _reps_untold(
    svc: Services, profile: Profile, text: str, named: str | None, when: str | None = None
) -> ParseFailed | None:
    """An exercise reported done without its sets: asked for them, never a question (with
    the day it was said for, `when`, in the examples)."""
    if named is None or not _DID.match(" ".join(words(text))):
        return None
    if told_whole(text):  # "I did all of them except the lunges", "did it all but the
        return None  # bridges were hard": the whole day (whole_day.py, whole_day_note.py)
    said = {"when": when} if when else {}
    return ParseFailed("reps_untold", said, name_of(svc, named), profile.unit.value, True)


def _letters(name: str) -> list[str]:
    return re.sub(r"[^a-z ]+", " ", name.lower()).split()


def names_of(svc: Services, moves: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Each move's names, for a slip of one of them to be told ("hip trust")."""
    return {m: svc.content.exercises[m].names for m in moves if m in svc.content.exercises}


def misspelt(svc: Services, name: str, moves: Iterable[str]) -> str | None:
    """A slip of a name of the day's moves, else of any card's ("hip trust" on a day with
    only the single-leg one: the hip thrust, an extra)."""
    return misspelt_in(name, names_of(svc, moves)) or misspelt_in(
        name, names_of(svc, svc.content.exercises)
    )


def resolver(svc: Services) -> Callable[[str], str | None]:
    def resolve(name: str) -> str | None:
        card = svc.content.find_exercise(name)
        return card.id if card else None

    return resolve
