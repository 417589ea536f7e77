"""The body of a set log, the numbers after any exercise name (bot/coach/setlog.py):
tokens, each one shape letter, and the forms a regex over the shape string finds. The
grammar is in setlog.py's docstring."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.coach.profile import Unit

MAX_CHARS = 200  # a real log is a line; 10 per-set loads with a long name fit easily
MAX_SETS = 10
MIN_REPS, MAX_REPS = 1, 100
MAX_LOAD = {Unit.KG: 500.0, Unit.LB: 1100.0}


@dataclass(frozen=True)
class SetEntry:
    reps: int
    load: float | None  # None: bodyweight, band, or no load known
    unit: Unit | None  # None exactly when load is None


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
    "round": "s", "rounds": "s",
}  # fmt: skip


@dataclass(frozen=True)
class Tok:
    kind: str  # one shape letter: N number, u unit, w word, x, @, B, r, s, o
    text: str
    unit: Unit | None = None


def tokenise(text: str) -> list[Tok]:
    toks: list[Tok] = []
    for m in _TOKEN_RE.finditer(text):
        kind = m.lastgroup
        val = m.group()
        if kind == "num":
            toks.append(Tok("N", val))
        elif kind == "unit":
            toks.append(Tok("u", val, Unit.KG if val.startswith("k") else Unit.LB))
        elif kind == "at":
            toks.append(Tok("@", val))
        elif val == "weight" and toks and toks[-1].text == "body":
            toks[-1] = Tok("B", "body weight")
        else:
            toks.append(Tok(_WORD_KIND.get(val, "w"), val))
    return toks


# A band named among the numbers: no load ("10 10 10 with a red band").
BAND_LEAD = {"with", "using", "on", "a", "an", "the", "my", "red", "green", "blue", "black",
              "yellow", "purple", "orange", "pink", "grey", "gray", "light", "medium", "heavy",
              "mini", "resistance", "loop", "long", "thick", "thin", "strong"}  # fmt: skip
_LOAD_KIT = {"dumbbell", "dumbbells", "dumbell", "dumbells", "db", "dbs", "barbell", "bar",
             "kettlebell", "kettlebells", "plate", "plates"}  # fmt: skip


# --- body shapes --------------------------------------------------------------------
# Each token is one letter, so a regex over the shape string finds the form, and match
# offsets are token indexes. Before matching: "N unit" -> L, "N reps" -> R,
# "N sets [of|x]" -> N X (an explicit set count).

_F_TRIPLE = re.compile(r"([NL])x(N)x([NL])")
_F_PAIR = re.compile(r"([LB])?(N)([xX])([NR])(?:@([NLB])|([LB]))?")
_F_LOAD_PAIR = re.compile(r"(N)(N)([xX])([NR])")  # "45 4x8": a bare load, then sets x reps
_F_REPS_LOAD = re.compile(r"x?([NR]+)(?:@([NLB])|([LB]))")
_F_PREFIX = re.compile(r"@?([LB])x?([NR]+)")  # "at 20kg 12 10 8" too
_F_REPS = re.compile(r"(x?)([NR]+)")
_F_GROUPS = re.compile(r"(?:[NLB]x(?:[NR](?!x))+)+")  # a number before "x" starts a group
_GROUP = re.compile(r"([NLB])x((?:[NR](?!x))+)")


def _fold(toks: list[Tok]) -> list[Tok]:
    out: list[Tok] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t.kind == "N" and nxt is not None and nxt.kind == "u":
            out.append(Tok("L", t.text, nxt.unit))
            i += 2
        elif t.kind == "N" and nxt is not None and nxt.kind == "r":
            out.append(Tok("R", t.text))
            i += 2
        elif t.kind == "s" and out and out[-1].kind == "N":
            out.append(Tok("X", t.text))
            i += 2 if nxt is not None and nxt.kind in "ox" else 1
        else:
            out.append(t)
            i += 1
    return out


def _plain(toks: list[Tok]) -> list[Tok]:
    """The words among the numbers that say something: "with 40" is "@ 40", "with a red
    band" bodyweight; "for" in "40kg for 10 reps" nothing."""
    out: list[Tok] = []
    i = 0
    while i < len(toks):
        t, nxt = toks[i], toks[i + 1] if i + 1 < len(toks) else None
        j = i
        while j < len(toks) and toks[j].text in BAND_LEAD:
            j += 1
        if j < len(toks) and toks[j].text in ("band", "bands"):
            out.append(Tok("B", "band"))
            i = j + 1
        elif (
            t.text in ("with", "using")
            and (k := _past_articles(toks, i + 1)) < len(toks)
            and toks[k].kind == "N"
        ):  # "with 40", "with a 10kg kettlebell"
            out.append(Tok("@", t.text))
            i = k
        elif (
            t.text == "for" and out and out[-1].kind in "Nu" and nxt is not None and nxt.kind == "N"
        ) or (t.text in _LOAD_KIT and out):  # "10kg dumbbells 12 12 12": the kit says nothing
            i += 1
        else:
            out.append(t)
            i += 1
    return out


def _past_articles(toks: list[Tok], i: int) -> int:
    while i < len(toks) and toks[i].text in ("a", "an", "my", "the"):
        i += 1
    return i


def _number(tok: Tok) -> float:
    return float(tok.text)


def _could_be_sets(tok: Tok) -> bool:
    """In "AxB" shorthand a whole A up to MAX_SETS is a set count, anything else a load."""
    return tok.kind == "N" and _number(tok).is_integer() and _number(tok) <= MAX_SETS


def _reps(tok: Tok) -> int:
    value = _number(tok)
    if not value.is_integer():
        raise LogParseError("reps_not_whole", reps=tok.text)
    if not MIN_REPS <= value <= MAX_REPS:
        raise LogParseError("reps_out_of_range", reps=tok.text, max=str(MAX_REPS))
    return int(value)


def _set_count(tok: Tok) -> int:
    value = _number(tok)
    if not value.is_integer() or value < 1:
        raise LogParseError("sets_out_of_range", sets=tok.text)
    if value > MAX_SETS:
        raise LogParseError("too_many_sets", sets=tok.text, max=str(MAX_SETS))
    return int(value)


Load = tuple[float | None, Unit | None]


def _load(tok: Tok, unit: Unit) -> Load:
    if tok.kind == "B":
        return None, None
    value = _number(tok)
    u = tok.unit or unit
    if not 0 < value <= MAX_LOAD[u]:
        raise LogParseError("load_out_of_range", load=tok.text, unit=u.value,
                            max=f"{MAX_LOAD[u]:g}")  # fmt: skip
    return value, u


def _first_is_load(
    first: float, rest: list[float], planned_load: float | None, rep_top: int | None = None
) -> bool:
    """In "60 12 12 10" a leading bare number is a load when it can't be a rep count: far
    above the reps after it, or above them and the planned load, or past the top of the
    planned range ("25 15 15" at 8–12 reps: 25 kg)."""
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
    if rep_top is not None and first > rep_top:
        return True
    raise LogParseError("ambiguous", first=f"{first:g}")


def _parse_body(
    toks: list[Tok],
    unit: Unit,
    planned: Load,
    unloaded: bool = False,
    rep_top: int | None = None,
    held: bool = False,
) -> list[SetEntry]:
    shape = "".join(t.kind for t in toks)
    if re.fullmatch(r"[LB]x?[NR]NX", shape):  # "40kg for 10 reps, 3 sets": 3 sets of 10 @ 40
        toks = [*toks[-2:], toks[-3], toks[0]]
        shape = "".join(t.kind for t in toks)

    def entries(reps_toks: list[Tok], load: Load) -> list[SetEntry]:
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

    if (m := _F_LOAD_PAIR.fullmatch(shape)) and (m.group(3) == "X" or _could_be_sets(toks[1])):
        return entries([toks[3]], _load(toks[0], unit)) * _set_count(toks[1])

    if m := _F_REPS_LOAD.fullmatch(shape):
        load_tok = toks[m.start(2)] if m.start(2) >= 0 else toks[m.start(3)]
        return entries(toks[m.start(1) : m.end(1)], _load(load_tok, unit))

    if m := _F_PREFIX.fullmatch(shape):
        return entries(toks[m.start(2) : m.end(2)], _load(toks[m.start(1)], unit))

    if m := _F_REPS.fullmatch(shape):
        nums = toks[m.start(2) :]
        if not m.group(1) and len(nums) > 1 and nums[0].kind == "N" and (held or not unloaded):
            rest = [_number(t) for t in nums[1:]]
            if _first_is_load(_number(nums[0]), rest, planned[0], rep_top):
                return entries(nums[1:], _load(nums[0], unit))
        return entries(nums, planned)

    if re.fullmatch(r"N[xX]NN", shape) and _could_be_sets(toks[0]):  # "3x10 40", "2x20 90"
        return _sets_then_one(toks, unit, planned, unloaded)

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


def _sets_then_one(toks: list[Tok], unit: Unit, planned: Load, unloaded: bool) -> list[SetEntry]:
    """ "3x10 40": 3 sets of 10 at 40 (read as 3 kg for 10, then 40 reps, before). Only a
    move with no load planned, and a last number close to the reps ("2x10 8" of glute
    bridges), is one set more: 10, 10, 8."""
    count, reps, last = toks[0], _reps(toks[2]), _number(toks[3])
    if unloaded and last <= MAX_REPS and last < 2 * reps:
        return [SetEntry(reps, *planned)] * _set_count(count) + [SetEntry(_reps(toks[3]), *planned)]
    return [SetEntry(reps, *_load(toks[3], unit))] * _set_count(count)


def readable(toks: list[Tok], unit: Unit) -> bool:
    try:
        _parse_body(_fold(_plain(toks)), unit, (None, None))
    except LogParseError:
        return False
    return True


def read_body(
    toks: list[Tok],
    unit: Unit,
    planned: Load,
    unloaded: bool = False,
    rep_top: int | None = None,
    held: bool = False,
) -> list[SetEntry]:
    """The sets in the tokens after any exercise name (`rep_top`: the plan's top reps;
    `held`: a move with no load of its own done holding one, "40 10 10 10" its 40)."""
    return _parse_body(_fold(_plain(toks)), unit, planned, unloaded, rep_top, held)


def across(toks: list[Tok], planned_sets: int | None) -> list[Tok]:
    """ "12 across" (from "12s across the board"): 12 reps in each of the plan's sets. With
    no plan the count is asked for, never guessed."""
    out: list[Tok] = []
    for t in toks:
        if t.text == "across" and out and out[-1].kind == "N":
            if planned_sets is None:
                raise LogParseError("sets_unknown")
            out[-1:] = [Tok("N", str(planned_sets)), Tok("X", "sets"), out[-1]]
        else:
            out.append(t)
    return out
