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

from bot.coach.profile import Unit
from bot.coach.setlog_text import normalise as _normalise

MAX_CHARS = 200  # a real log is a line; 10 per-set loads with a long name fit easily
MAX_SETS = 10
MIN_REPS, MAX_REPS = 1, 100
MAX_LOAD = {Unit.KG: 500.0, Unit.LB: 1100.0}


@dataclass(frozen=True)
class SetEntry:
    reps: int
    load: float | None  # None: bodyweight, band, or no load known
    unit: Unit | None  # None exactly when load is None


@dataclass(frozen=True)
class Planned:
    sets: int
    rep_low: int
    rep_high: int
    load: float | None
    unit: Unit


@dataclass(frozen=True)
class ParsedLog:
    action: Literal["done", "sets", "skip", "swap", "same"]  # same: as last time
    sets: tuple[SetEntry, ...]
    exercise_id: str | None
    raw: str


class LogParseError(ValueError):
    """`code` picks the template; `detail` holds strings the template may show."""

    def __init__(self, code: str, **detail: str) -> None:
        super().__init__(code)
        self.code = code
        self.detail: dict[str, str] = dict(detail)


# --- tokens -----------------------------------------------------------------------

_TOKEN_RE = re.compile(
    r"(?P<num>(?:(?<![^\s@])-)?\d+(?:\.\d+)?)"
    r"|(?P<unit>(?:kilograms?|kilos?|kgs?|pounds?|lbs?)(?:(?![^\W\d_])|(?=x(?![^\W\d_]))))"
    r"|(?P<word>[^\W\d_]+(?:['’-][^\W\d_]+)*)"
    r"|(?P<at>@)"
)
_WORD_KIND = {
    "x": "x", "at": "@", "bw": "B", "bodyweight": "B", "body-weight": "B",
    "rep": "r", "reps": "r", "r": "r", "set": "s", "sets": "s", "of": "o",
}  # fmt: skip


@dataclass(frozen=True)
class _Tok:
    kind: str  # one shape letter: N number, u unit, w word, x, @, B, r, s, o
    text: str
    unit: Unit | None = None


def _tokenise(text: str) -> list[_Tok]:
    toks: list[_Tok] = []
    for m in _TOKEN_RE.finditer(text):
        kind = m.lastgroup
        val = m.group()
        if kind == "num":
            toks.append(_Tok("N", val))
        elif kind == "unit":
            toks.append(_Tok("u", val, Unit.KG if val.startswith("k") else Unit.LB))
        elif kind == "at":
            toks.append(_Tok("@", val))
        elif val == "weight" and toks and toks[-1].text == "body":
            toks[-1] = _Tok("B", "body weight")
        else:
            toks.append(_Tok(_WORD_KIND.get(val, "w"), val))
    return toks


_DONE = {"done", "done as planned", "as planned", "did it", "did them", "yes", "yep",
         "all done", "done all", "completed", "finished"}  # fmt: skip
_SKIP = {"skip", "skipped", "skip it", "skipping"}
_SWAP = {"swap", "swap it", "machine busy"}
_SAME = {"same as last time", "same as last", "same as before", "same again", "same",
         "like last time", "as last time"}  # fmt: skip
# Words around an action that say nothing more: "did it all", "skip this one".
_ACTION_FILLER = {"i", "it", "all", "them", "this", "that", "one", "sets", "set", "of", "the",
                  "every", "everything", "exercise", "just", "today"}  # fmt: skip
# Words around the numbers that say nothing about them: "did 3x10 at 40", "12 12 each side".
_FILLER_LEAD = {"i", "did", "just", "today", "got", "made", "managed", "then", "and"}
_SIDE_RE = re.compile(
    r"\b(?:each|per|a|every|on each|in each)\s+(?:side|leg|arm|hand|dumbbell|db|bell)s?\b"
    r"|/\s*(?:side|leg)\b|\beach\b"  # "20 kg each": a dumbbell's load, as typed
)
# A band named among the numbers: no load ("10 10 10 with a red band").
_BAND_LEAD = {"with", "using", "on", "a", "an", "the", "my", "red", "green", "blue", "black",
              "yellow", "purple", "orange", "pink", "grey", "gray", "light", "medium", "heavy",
              "mini", "resistance", "loop", "long", "thick", "thin", "strong"}  # fmt: skip
# Kit named next to an exercise: "lunges with dumbells", "dumbells 10kg 12 12".
_KIT_WORDS = _BAND_LEAD | {"dumbbell", "dumbbells", "dumbell", "dumbells", "db", "dbs",
                            "barbell", "bar", "machine", "band", "bands", "kettlebell"}  # fmt: skip


_LOAD_KIT = {"dumbbell", "dumbbells", "dumbell", "dumbells", "db", "dbs", "barbell", "bar",
             "kettlebell", "kettlebells"}  # fmt: skip


def _action(words: list[str]) -> Literal["done", "skip", "swap", "same"] | None:
    deduped = [w for i, w in enumerate(words) if i == 0 or w != words[i - 1]]  # "✅ done"
    phrase = " ".join(deduped)
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


# --- body shapes --------------------------------------------------------------------
# Each token is one letter, so a regex over the shape string finds the form, and match
# offsets are token indexes. Before matching: "N unit" -> L, "N reps" -> R,
# "N sets [of|x]" -> N X (an explicit set count).

_F_TRIPLE = re.compile(r"([NL])x(N)x([NL])")
_F_PAIR = re.compile(r"([LB])?(N)([xX])([NR])(?:@([NLB])|([LB]))?")
_F_REPS_LOAD = re.compile(r"x?([NR]+)(?:@([NLB])|([LB]))")
_F_PREFIX = re.compile(r"([LB])x?([NR]+)")
_F_REPS = re.compile(r"(x?)([NR]+)")
_F_GROUPS = re.compile(r"(?:[NLB]x(?:[NR](?!x))+)+")  # a number before "x" starts a group
_GROUP = re.compile(r"([NLB])x((?:[NR](?!x))+)")


def _fold(toks: list[_Tok]) -> list[_Tok]:
    out: list[_Tok] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t.kind == "N" and nxt is not None and nxt.kind == "u":
            out.append(_Tok("L", t.text, nxt.unit))
            i += 2
        elif t.kind == "N" and nxt is not None and nxt.kind == "r":
            out.append(_Tok("R", t.text))
            i += 2
        elif t.kind == "s" and out and out[-1].kind == "N":
            out.append(_Tok("X", t.text))
            i += 2 if nxt is not None and nxt.kind in "ox" else 1
        else:
            out.append(t)
            i += 1
    return out


def _plain(toks: list[_Tok]) -> list[_Tok]:
    """The words among the numbers that say something: "with 40" is "@ 40", "with a red
    band" bodyweight; "for" in "40kg for 10 reps" nothing."""
    out: list[_Tok] = []
    i = 0
    while i < len(toks):
        t, nxt = toks[i], toks[i + 1] if i + 1 < len(toks) else None
        j = i
        while j < len(toks) and toks[j].text in _BAND_LEAD:
            j += 1
        if j < len(toks) and toks[j].text in ("band", "bands"):
            out.append(_Tok("B", "band"))
            i = j + 1
        elif (
            t.text in ("with", "using")
            and (k := _past_articles(toks, i + 1)) < len(toks)
            and toks[k].kind == "N"
        ):  # "with 40", "with a 10kg kettlebell"
            out.append(_Tok("@", t.text))
            i = k
        elif (
            t.text == "for" and out and out[-1].kind in "Nu" and nxt is not None and nxt.kind == "N"
        ) or (t.text in _LOAD_KIT and out):  # "10kg dumbbells 12 12 12": the kit says nothing
            i += 1
        else:
            out.append(t)
            i += 1
    return out


def _past_articles(toks: list[_Tok], i: int) -> int:
    while i < len(toks) and toks[i].text in ("a", "an", "my", "the"):
        i += 1
    return i


def _number(tok: _Tok) -> float:
    return float(tok.text)


def _could_be_sets(tok: _Tok) -> bool:
    """In "AxB" shorthand a whole A up to MAX_SETS is a set count, anything else a load."""
    return tok.kind == "N" and _number(tok).is_integer() and _number(tok) <= MAX_SETS


def _reps(tok: _Tok) -> int:
    value = _number(tok)
    if not value.is_integer():
        raise LogParseError("reps_not_whole", reps=tok.text)
    if not MIN_REPS <= value <= MAX_REPS:
        raise LogParseError("reps_out_of_range", reps=tok.text, max=str(MAX_REPS))
    return int(value)


def _set_count(tok: _Tok) -> int:
    value = _number(tok)
    if not value.is_integer() or value < 1:
        raise LogParseError("sets_out_of_range", sets=tok.text)
    if value > MAX_SETS:
        raise LogParseError("too_many_sets", sets=tok.text, max=str(MAX_SETS))
    return int(value)


Load = tuple[float | None, Unit | None]


def _load(tok: _Tok, unit: Unit) -> Load:
    if tok.kind == "B":
        return None, None
    value = _number(tok)
    u = tok.unit or unit
    if not 0 < value <= MAX_LOAD[u]:
        raise LogParseError("load_out_of_range", load=tok.text, unit=u.value,
                            max=f"{MAX_LOAD[u]:g}")  # fmt: skip
    return value, u


def _first_is_load(first: float, rest: list[float], planned_load: float | None) -> bool:
    """In "60 12 12 10" a leading bare number is a load when it can't be a rep count."""
    if not first.is_integer() or first > MAX_REPS:
        return True
    if max(rest) <= 0:
        return False
    ratio = first / max(rest)
    if ratio >= 2:  # 60 before 12s: nobody does 60 reps then 12
        return True
    if ratio <= 1.5:  # 12 12 10, 15 12 10
        return False
    if planned_load is not None and first == planned_load:
        return True
    raise LogParseError("ambiguous", first=f"{first:g}")


def _parse_body(
    toks: list[_Tok], unit: Unit, planned: Load, unloaded: bool = False
) -> list[SetEntry]:
    shape = "".join(t.kind for t in toks)
    if re.fullmatch(r"[LB]x?[NR]NX", shape):  # "40kg for 10 reps, 3 sets": 3 sets of 10 @ 40
        toks = [*toks[-2:], toks[-3], toks[0]]
        shape = "".join(t.kind for t in toks)

    def entries(reps_toks: list[_Tok], load: Load) -> list[SetEntry]:
        return [SetEntry(_reps(t), *load) for t in reps_toks]

    if m := _F_TRIPLE.fullmatch(shape):
        a, b, c = toks[m.start(1)], toks[m.start(2)], toks[m.start(3)]
        a_sets, c_sets = _could_be_sets(a), _could_be_sets(c)
        if a_sets and not c_sets:  # 3x10x40
            return entries([b], _load(c, unit)) * _set_count(a)
        if c_sets and not a_sets:  # 60x10x3
            return entries([b], _load(a, unit)) * _set_count(c)
        raise LogParseError("ambiguous", first=a.text, last=c.text)

    if m := _F_PAIR.fullmatch(shape):
        a, b = toks[m.start(2)], toks[m.start(4)]
        loads = [toks[m.start(g)] for g in (1, 5, 6) if m.start(g) >= 0]
        if len(loads) > 1:
            raise LogParseError("ambiguous", first=loads[0].text, last=loads[1].text)
        if loads or m.group(3) == "X" or _could_be_sets(a):  # 3x10
            load = _load(loads[0], unit) if loads else planned
            return entries([b], load) * _set_count(a)
        return entries([b], _load(a, unit))  # 60x12: one set

    if m := _F_REPS_LOAD.fullmatch(shape):
        load_tok = toks[m.start(2)] if m.start(2) >= 0 else toks[m.start(3)]
        return entries(toks[m.start(1) : m.end(1)], _load(load_tok, unit))

    if m := _F_PREFIX.fullmatch(shape):
        return entries(toks[m.start(2) : m.end(2)], _load(toks[0], unit))

    if m := _F_REPS.fullmatch(shape):
        nums = toks[m.start(2) :]
        if not m.group(1) and len(nums) > 1 and nums[0].kind == "N" and not unloaded:
            rest = [_number(t) for t in nums[1:]]
            if _first_is_load(_number(nums[0]), rest, planned[0]):
                return entries(nums[1:], _load(nums[0], unit))
        return entries(nums, planned)

    if _F_GROUPS.fullmatch(shape):
        out: list[SetEntry] = []
        for g in _GROUP.finditer(shape):
            out += entries(toks[g.start(2) : g.end(2)], _load(toks[g.start(1)], unit))
        return out

    reps_part = shape.split("@", 1)[0]
    if ("N" not in reps_part and "R" not in reps_part) or shape.endswith(("x", "X")):
        raise LogParseError("no_reps")  # "60kg", "@40", "3x", "bw"
    if shape.endswith("@"):
        raise LogParseError("missing_load")
    odd = next((t for t in toks if t.kind in "wuros"), None)
    raise LogParseError("syntax", **({"token": odd.text} if odd else {}))


def _readable(toks: list[_Tok], unit: Unit) -> bool:
    try:
        _parse_body(_fold(_plain(toks)), unit, (None, None))
    except LogParseError:
        return False
    return True


# --- entry point --------------------------------------------------------------------


def parse_log(
    text: str,
    *,
    unit: Unit,
    planned: Planned | None,
    resolve_exercise: Callable[[str], str | None] | None = None,
    current_exercise: str | None = None,
    unloaded: bool = False,
) -> ParsedLog:
    """Parse one exercise's log. `planned` is the plan of `current_exercise`; when the
    text names another exercise, that plan is not applied (no_plan for "done", no load
    for reps-only sets). `unloaded`: the current exercise takes no load (bodyweight or a
    band), so "3 1 1" is three sets, never 3 kg."""
    raw = text.strip()
    if not raw:
        raise LogParseError("empty")
    if len(raw) > MAX_CHARS:
        raise LogParseError("too_long", max=str(MAX_CHARS))
    toks = _tokenise(_SIDE_RE.sub(" ", _normalise(raw)))
    if any(t.kind in "NB" for t in toks):
        while toks and toks[0].text in _FILLER_LEAD:
            toks = toks[1:]

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
            if action is None and not _readable(toks[n_name:], unit):  # "used 45 instead"
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
    body = _fold(_plain(toks[n_name:]))
    sets_list = _parse_body(body, unit, planned_load, unloaded and exercise_id is None)
    if len(sets_list) > MAX_SETS:
        raise LogParseError("too_many_sets", sets=str(len(sets_list)), max=str(MAX_SETS))
    return ParsedLog("sets", tuple(sets_list), exercise_id, raw)
