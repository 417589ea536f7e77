"""Parse what a person typed after an exercise into sets, or a structured error.

Grammar (case-insensitive, after bot/coach/setlog_text.py has folded Unicode and put wordy
forms in figures, "three sets of twelve" as "3 sets of 12"; commas, slashes and dashes
between numbers are separators; a load without a unit is in the profile's unit):

    [exercise name] ACTION                     done | done as planned | ✅ | skip | swap ...
    [exercise name] BODY
    BODY := REPS+                              "12 12 10", "12 reps", "x12"
          | LOAD REPS+                         "60 12 12 10" (see _first_is_load)
          | (LOAD|BW) [x] REPS+                "60kg 12 12 10", "135 lb x 8, 8, 6", "bw 20 20"
          | REPS+ (@ LOAD | LOADu | BW)        "12 12 10 @ 60", "20 20 20 bw"
          | [LOADu|BW] SETS x REPS [@ LOAD]    "3x10 @ 40", "bodyweight 3x20", "3 sets of 10"
          | SETS x REPS x LOAD / LOAD x REPS x SETS   "3x10x40", "60kgx10x3"
          | (LOAD x REPS+)+                    "60x12 60x12 57.5x10"

"done" means every planned set reached the plan's target, the top of the rep range:
the push shows that target ("3 × 12 at 60 kg") and anyone who fell short logs numbers.
A too-eager "done" costs one step, which the next logged miss takes back.

Errors are `LogParseError(code, **detail)`; handlers render the code through a template.
Exceptions raised by the `resolve_exercise` callback propagate unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from bot.coach.other_names import other_named
from bot.coach.profile import Unit
from bot.coach.setlog_body import (
    BAND_LEAD,
    MAX_CHARS,
    MAX_LOAD,
    MAX_REPS,
    MAX_SETS,
    MIN_REPS,
    Load,
    LogParseError,
    SetEntry,
    Tok,
    across,
    read_body,
    readable,
    tokenise,
)
from bot.coach.setlog_text import normalise as _normalise

__all__ = [
    "MAX_CHARS",
    "MAX_LOAD",
    "MAX_REPS",
    "MAX_SETS",
    "MIN_REPS",
    "LogParseError",
    "ParsedLog",
    "Planned",
    "SetEntry",
    "parse_log",
]


@dataclass(frozen=True)
class Planned:
    sets: int
    rep_low: int
    rep_high: int
    load: float | None
    unit: Unit


@dataclass(frozen=True)
class ParsedLog:
    # same: as last time; count: a number of sets alone ("only managed 2 sets"), at the plan's
    # reps and load as "done" takes them
    action: Literal["done", "sets", "skip", "swap", "same", "count"]
    sets: tuple[SetEntry, ...]
    exercise_id: str | None
    raw: str
    same_load: bool = False  # "same weight, 12 12 10": last time's load, reps as typed


_DONE = {"done", "done as planned", "as planned", "did it", "did them", "yes", "yep",
         "all done", "done all", "completed", "finished",
         "nailed it", "crushed it", "smashed it", "got them all", "got it all"}  # fmt: skip
_SKIP = {"skip", "skipped", "skip it", "skipping"}
_SWAP = {"swap", "swap it", "machine busy"}
_SAME = {"same as last time", "same as last", "same as before", "same again", "same",
         "like last time", "as last time"}  # fmt: skip
# Words around an action that say nothing more: "did it all", "skip this one".
_ACTION_FILLER = {"i", "it", "all", "them", "this", "that", "one", "sets", "set", "of", "the",
                  "every", "everything", "exercise", "just", "today", "forget", "nevermind",
                  "never", "mind", "ok", "okay", "yep", "yeah", "yes", "ya",
                  "i'm", "im", "i've", "ive", "am", "those", "these"}  # fmt: skip
# Words around the numbers that say nothing about them: "did 3x10 at 40", "12 12 each side".
_FILLER_LEAD = {"i", "did", "just", "today", "got", "made", "managed", "then", "and"}
# "i only managed 15 with the green band": fewer than hoped, the 15 a set ("only got 8 on the
# last" stays a correction's words)
_ONLY_MANAGED = re.compile(r"^((?:i\s+)?)only\s+(?=(?:managed|did)\s+\d)")
# What people wrap a log in: "hey coach, ok so ... thanks".
_FILLER_LEAD |= {"hey", "hi", "coach", "ok", "okay", "so", "um", "well", "btw", "also", "oh"}
# A record said first: "pr on hip thrust today 245x6", "new pb on squats 100 3".
_FILLER_LEAD |= {"pr", "pb", "prs", "new", "on"}
# More than planned, said first: "went heavier today 120kg 8 8 8 8", "went up on these 60kg 3x8".
_FILLER_LEAD |= {"went", "heavier", "lighter", "up", "these", "this", "those"}
# "i make 60 kilos 4 series of 6", "i do 3x10": what Spanish and French speakers say for did.
_FILLER_LEAD |= {"make", "do"}
_FILLER_TAIL = {"thanks", "thank", "you", "thx", "ty", "pls", "please", "coach", "lol", "cheers"}
_FILLER_TAIL |= {"done"}  # "12 12 12 ✅" (✅ reads "done"), "20kg 12 12 10 done"
SIDE_RE = re.compile(
    # ("for hand": "por mano", as Spanish speakers say it)
    r"\b(?:each|per|a|every|on each|in each|for each|for)\s+"
    r"(?:side|leg|arm|hand|dumbbell|db|bell)s?\b"
    r"|/\s*(?:side|leg)\b|\beach\b"  # "20 kg each": a dumbbell's load, as typed
)
# Kit named next to an exercise: "lunges with dumbells", "dumbells 10kg 12 12".
_KIT_WORDS = BAND_LEAD | {"dumbbell", "dumbbells", "dumbell", "dumbells", "db", "dbs",
                            "barbell", "bar", "machine", "band", "bands", "kettlebell"}  # fmt: skip


# "no machine", "the bench was taken": the exercise can't be done here, so a swap helps.
_NO_KIT = re.compile(
    r"\b(?:no|not? any|without(?: a| the)?|don'?t have(?: a| the| any)?)\s+(?:free\s+)?"
    r"(?:machine|equipment|bench|barbell|bar|cable|box|dumbbells?|kettlebells?|band|kit)s?\b"
    r"|\b(?:machine|bench|rack|cable|bar)\s+(?:is\s+|was\s+)?"
    r"(?:busy|taken|broken|occupied|in use|not free)\b"
)
# "couldn't do it", "didn't do it", "i dont do it" (in the present): not done, said as the
# whole message (with a reason, _NO_KIT or the coach).
_COULD_NOT = re.compile(
    r"(?:today )?(?:i )?(?:couldn['’]?t|could not|can['’]?t|cannot|wasn['’]?t able to"
    r"|was not able to|didn['’]?t|did not|never did|don['’]?t|do not)"
    r" (?:do|manage|finish)(?: it| this| this one| that| them| any)?(?: today)?"
)
# "same weight, 12 12 10", "12 12 10 with the same weight": last time's load, reps typed.
SAME_LOAD = re.compile(
    r"\b(?:(?:with|at|using) )?(?:the )?same (?:weights?|load|kgs?|lbs?)"
    r"(?: as (?:last time|before|last))?(?: but)?\b"
)


# "only managed 2 sets", "I just did 2 sets", "2 out of 3 sets": how many sets, nothing else.
_SETS_ONLY = re.compile(
    r"(?:i )?(?:only |just )?(?:(?:managed|did|got(?: through)?|finished|completed|made it"
    r"(?: through)?|could (?:only )?(?:do|manage))(?: only| just)? )?(?:the )?"
    r"(?:first |all |all the )?(\d+)"
    r"(?: sets?(?: out of \d+)?| out of (?:the )?\d+(?: sets?)?| of (?:the )?\d+ sets?)"
    r"(?: only| today| in| done| this time| sorry)*"
)


def sets_only(plain: str) -> int | None:
    """The number of sets in "only managed 2 sets" (normalised text), else None."""
    m = _SETS_ONLY.fullmatch(" ".join(re.sub(r"[,.!;:]+", " ", plain).split()))
    return int(m.group(1)) if m else None


def _action(words: list[str]) -> Literal["done", "skip", "swap", "same"] | None:
    deduped = [w for i, w in enumerate(words) if i == 0 or w != words[i - 1]]  # "✅ done"
    phrase = " ".join(deduped)
    if _NO_KIT.search(phrase):
        return "swap"
    if _COULD_NOT.fullmatch(phrase):
        return "skip"
    if phrase in _DONE:
        return "done"
    if phrase in _SKIP:
        return "skip"
    if phrase in _SWAP:
        return "swap"
    if phrase in _SAME:
        return "same"
    core = [w for w in deduped if w not in _ACTION_FILLER]
    if core and core != deduped and core[0] in ("did", *_DONE, *_SKIP):
        return _action(["done"] if core == ["did"] else core)  # "did it all", "skip this one"
    return None


# --- entry point --------------------------------------------------------------------


def parse_log(
    text: str,
    *,
    unit: Unit,
    planned: Planned | None,
    resolve_exercise: Callable[[str], str | None] | None = None,
    current_exercise: str | None = None,
    unloaded: bool = False,
    rep_top_of: Callable[[str], int | None] | None = None,
    held: bool = False,
    unloaded_of: Callable[[str], bool] | None = None,
) -> ParsedLog:
    """Parse one exercise's log (_parse_log); an RDL the resolver couldn't place (the day
    holds neither deadlift it may be, or both) is asked about: LogParseError("which_rdl")."""
    try:
        return _parse_log(
            text,
            unit=unit,
            planned=planned,
            resolve_exercise=resolve_exercise,
            current_exercise=current_exercise,
            unloaded=unloaded,
            rep_top_of=rep_top_of,
            held=held,
            unloaded_of=unloaded_of,
        )
    except LogParseError as err:
        if err.code not in ("unknown_exercise", "syntax"):
            raise
        said = _rdl_unplaced(text, resolve_exercise)
        if said is None:
            raise
        named = re.compile(rf"\b{re.escape(said)}\b", re.IGNORECASE)
        retyped = named.sub("american deadlift", text.strip(), count=1)  # to send back
        again = {"typed": retyped[:200]} if retyped != text.strip() else {}
        raise LogParseError("which_rdl", name=said[:60], **again) from None


_RDL_SAID = re.compile(r"\b(?:romanian deadlifts?|romanian|rdl(?:'s|’s|s)?)(?!\w)", re.IGNORECASE)


def _rdl_unplaced(text: str, resolve: Callable[[str], str | None] | None) -> str | None:
    """An RDL named in a log the resolver couldn't place ("rdl 40 3x10", "hip thrust 60
    3x10 then rdls 40 3x10" on a day with neither deadlift it may be), as typed."""
    for m in _RDL_SAID.finditer(text):
        if other_named(m.group()) and (resolve is None or resolve(m.group()) is None):
            return m.group()
    return None


def _parse_log(
    text: str,
    *,
    unit: Unit,
    planned: Planned | None,
    resolve_exercise: Callable[[str], str | None] | None = None,
    current_exercise: str | None = None,
    unloaded: bool = False,
    rep_top_of: Callable[[str], int | None] | None = None,
    held: bool = False,
    unloaded_of: Callable[[str], bool] | None = None,
) -> ParsedLog:
    """Parse one exercise's log. `planned` is the plan of `current_exercise`; when the
    text names another exercise, that plan is not applied (no_plan for "done", no load
    for reps-only sets). `unloaded`: the current exercise takes no load (bodyweight or a
    band), so "3 1 1" is three sets, never 3 kg. `rep_top_of`: the top of the planned reps
    of another exercise named, to tell its load from its reps ("leg curl 25 15 15"). `held`:
    the current one, with no load of its own, is done holding one ("40 10 10 10": 40 held).
    `unloaded_of`: whether another exercise named takes no load, as `unloaded` says."""
    raw = text.strip()
    if not raw:
        raise LogParseError("empty")
    if len(raw) > MAX_CHARS:
        raise LogParseError("too_long", max=str(MAX_CHARS))
    plain, same_load = _same_load(_normalise(raw))
    if (count := sets_only(plain)) is not None:  # "only managed 2 sets": the plan's sets
        if planned is None:
            raise LogParseError("no_plan")
        if not 1 <= count <= MAX_SETS:
            raise LogParseError("too_many_sets", sets=str(count), max=str(MAX_SETS))
        load, u = (planned.load, planned.unit) if planned.load is not None else (None, None)
        return ParsedLog("count", (SetEntry(planned.rep_high, load, u),) * count, None, raw)
    toks = tokenise(SIDE_RE.sub(" ", _ONLY_MANAGED.sub(r"\1", plain)))
    if any(t.kind in "NB" for t in toks):
        while toks and toks[0].text in _FILLER_LEAD:
            toks = toks[1:]
        while toks and toks[-1].kind == "w" and toks[-1].text in _FILLER_TAIL:
            toks = toks[:-1]

    n_name = 0
    while n_name < len(toks) and toks[n_name].kind == "w":
        n_name += 1
    words = [t.text for t in toks]
    action = None
    name_at = 0
    if not any(t.kind in "NB" for t in toks):  # words only: an action, maybe after a name
        for k in range(n_name + 1):
            if action := _action(words[k:]):
                n_name = k
                break
        else:
            lead = _action(words[:1])  # "skipped lunges"
            if lead not in ("skip", "done") or len(words) < 2 or n_name < len(toks):
                raise LogParseError("no_numbers")
            action, name_at = lead, 1

    exercise_id = None
    if n_name > name_at:
        named = words[name_at:n_name]
        name = " ".join(named)
        exercise_id = resolve_exercise(name) if resolve_exercise else None
        bare = [w for w in named if w not in _KIT_WORDS]
        if exercise_id is None and bare != named:
            exercise_id = resolve_exercise(" ".join(bare)) if bare and resolve_exercise else None
            if not bare:  # only kit words: the current exercise
                name = ""
                if {"band", "bands"} & set(named):  # "red band 15 15 15": no load
                    n_name = name_at
        if exercise_id is None and name:
            if action is None and not readable(toks[n_name:], unit):  # "used 45 instead"
                raise LogParseError("syntax", token=named[0])
            raise LogParseError("unknown_exercise", name=name[:60])
    plan = planned
    if exercise_id is not None and current_exercise is not None:
        plan = planned if exercise_id == current_exercise else None

    if action == "done":
        if plan is None:
            raise LogParseError("no_plan")
        load, u = (plan.load, plan.unit) if plan.load is not None else (None, None)
        sets = (SetEntry(plan.rep_high, load, u),) * plan.sets
        return ParsedLog("done", sets, exercise_id, raw)
    if action is not None:
        return ParsedLog(action, (), exercise_id, raw)

    planned_load: Load = (None, None)
    if plan is not None and plan.load is not None:
        planned_load = (plan.load, plan.unit)
    body = _reps_by_sets(across(toks[n_name:], plan.sets if plan else None), plan)
    top = plan.rep_high if plan else None  # "25 15 15" at 8–12 reps: 25 kg
    if top is None and exercise_id is not None and rep_top_of is not None:
        top = rep_top_of(exercise_id)
    alone = exercise_id is None
    no_load = unloaded if alone else bool(unloaded_of and exercise_id and unloaded_of(exercise_id))
    sets_list = read_body(body, unit, planned_load, no_load, top, held and alone)
    if len(sets_list) > MAX_SETS:
        raise LogParseError("too_many_sets", sets=str(len(sets_list)), max=str(MAX_SETS))
    return ParsedLog("sets", tuple(sets_list), exercise_id, raw, same_load)


def _reps_by_sets(toks: list[Tok], plan: Planned | None) -> list[Tok]:
    """ "10x3" for a target of 3 × 8–12 is 3 sets of 10 (read as sets first, it would be 10
    sets of 3): the reps first when they fit the target's range and the sets its count."""
    at = 1 if toks and toks[0].kind == "u" else 0
    at = 2 if len(toks) > 1 and toks[0].kind == "N" and toks[1].kind == "u" else at
    shape = "".join(t.kind for t in toks[at : at + 4])
    if plan is None or not shape.startswith("NxN"):
        return toks
    a, b = toks[at].text, toks[at + 2].text
    if not (a.isdigit() and b.isdigit()) or int(a) == int(b) or int(b) != plan.sets:
        return toks
    if not plan.rep_low <= int(a) <= plan.rep_high:
        return toks
    return [*toks[:at], toks[at + 2], toks[at + 1], toks[at], *toks[at + 3 :]]


def _same_load(text: str) -> tuple[str, bool]:
    """The text without "same weight" (said before or after the reps), and whether it was."""
    cut = SAME_LOAD.sub(" ", text)
    return cut, cut != text
