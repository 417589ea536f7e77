"""A typed set log made plain before it is parsed (bot/coach/setlog.py): Unicode folded,
glyphs and decimal commas read, and the wordy ways people write sets put into the grammar's
figures ("three sets of twelve", "12 reps x3", "12, 11 and 10", "first set 12, second 10",
"40kg 12, 40kg 10", "12 each leg x3", "x3 12 reps", "12s across", "ten, ten and eight",
"12 reps three times", "2 sets of 10 and one of 8", "10 with 95 then 8 with 100", "all 3
done, 20kg 12 12 10")."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from bot.coach.setlog_sides import weaker_side

_GLYPHS = {
    "✅": " done ", "✔": " done ", "☑": " done ", "👍": " done ",
    "⏭": " skip ", "🔁": " swap ", "🔄": " swap ",
    "×": "x", "✕": "x", "✖": "x", "х": "x", "Х": "x", "*": "x",
}  # fmt: skip
_GLYPH_RE = re.compile("|".join(map(re.escape, _GLYPHS)))
_UNIT_AHEAD = r"(?=\s*(?:kg|kilo|lb|pound))"
_DECIMAL_COMMA = re.compile(rf"(?<![\dx.,])(\d+),(\d{{1,3}})(?:{_UNIT_AHEAD}|(?=x\d))")
_DECIMAL_COMMA_AT = re.compile(r"@(\s*-?\d+),(\d{1,3})(?![\d,])")

# Counts in words. "one" only before "set"/"rep": "skip this one" is no number.
_COUNTS = [
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
]  # fmt: skip
# Only where a count goes ("three sets", "sets of twelve", "x ten", "twenty each leg"): "two
# more next time" after the sets is a remark, not a fourth set.
_COUNT = "|".join(_COUNTS)
_COUNT_RE = re.compile(
    rf"\b({_COUNT})\b(?=\s*(?:sets?|reps?|x|times|(?:on )?each (?:side|leg)|per (?:side|leg)"
    rf"|a (?:side|leg)|(?:of|for) each)\b)|(?<=\bof )({_COUNT})\b|(?<=x )({_COUNT})\b"
)
# "ten, ten and eight": a run of counts in words is reps set after set (only a run: "12 12
# 10, two more next time" is a remark).
_COUNT_RUN = re.compile(rf"\b(?:{_COUNT})(?:\s*,?\s*(?:and\s+)?(?:{_COUNT})\b)+")
_COUNT_WORD = re.compile(rf"\b({_COUNT})\b")
# "twenty of each, twice", "12 each side three times": that many sets of those reps.
_EACH_TIMES = re.compile(
    rf"\b(\d+|{_COUNT})\s*(?:reps?\s*)?(?:(?:of|on|for) each(?: side| leg)?|each (?:side|leg)"
    rf"|per (?:side|leg)|a (?:side|leg))?\s*,?\s*(twice|thrice|(\d+|{_COUNT}) times)\b"
)
# "12 reps three times", "10 3 times": sets of reps.
_TIMES = re.compile(r"\b(\d+)\s*(?:reps?\s*)?,?\s*(\d+)\s*times\b")
_ONE_RE = re.compile(r"\bone(?= (set|rep)s?\b)")
# "first set 12, second 10": an ordinal before a number only names the set.
_ORDINAL = re.compile(
    r"\b(first|second|third|fourth|fifth|sixth|1st|2nd|3rd|4th|5th|6th)( set)?[:,]?\s*(?=\d)"
)
_AND = re.compile(r"(?<=\d)\s*,?\s*and\s+(?=\d)")  # "12, 11 and 10"
# "10 then 10 then 7", as said aloud: reps set after set, when each is joined by "then"
# ("12 12 10 then 8" may be a fourth set or a remark: not guessed).
_THEN_RUN = re.compile(r"(?<![\d.])(?<!\d )(?<!\d, )\d+(?:\s*,?\s*then\s+\d+(?![\d.]))+")
_THEN = re.compile(r"\s*,?\s*then\s+")
# "12 reps x3", "12 reps x 3 sets", "12 reps, 3 sets": sets of reps.
_REPS_TIMES = re.compile(
    r"\b(\d+)\s*reps?\s*(?:x\s*(\d+)(?![\d.]|\s*(?:kg|kilo|lb|pound))(?:\s*sets?)?|,?\s*(\d+)\s*sets?)\b"
)
# "3 sets x 12 reps x 20 kg": the load after the reps
_REPS_X_LOAD = re.compile(r"\b(reps?)\s*x\s*(?=\d+(?:\.\d+)?\s*(?:kg|kilo|lb|pound))")
# "20 kg x12 x12 x10": reps set after set, each after an "x"
_X_RUN = re.compile(
    r"(?<![\w.])x\s*\d+(?:\s*,?\s*x\s*\d+){2,}\b(?!\s*(?:kg|kilo|lb|pound|\.))"
)  # three or more: "100 lbs x 10 x 3" is 3 sets of 10
# "10 per leg 3 sets", "12 each side, 3 sets": sets of reps per side
_PER_SIDE_SETS = re.compile(
    r"\b(\d+)\s*(?:reps?\s*)?(?:each|per|a|every|on each)\s+(?:side|leg|arm)s?\s*,?\s*(?:x\s*)?"
    r"(\d+)\s*sets?\b"
)

# "40kg 12, 40kg 10, 45kg 8": a load then its reps, set after set.
_LOAD_REPS = r"\d+(?:\.\d+)?\s*(?:kgs?|kilos?|lbs?|pounds?)\s+\d+"
_PER_SET = re.compile(rf"^\s*{_LOAD_REPS}(?:\s*[,;/]\s*{_LOAD_REPS})+\s*$")
_UNIT_THEN_REPS = re.compile(r"(kgs?|kilos?|lbs?|pounds?)\s+(?=\d)")
# "12 each leg x3", "10 per side": a bare number said per side is reps (a unilateral move's
# reps are per side). Not before more numbers: "20 each side 12 12" may be plates.
_PER_SIDE_REPS = re.compile(
    r"\b(\d+)\s*(?:reps?\s*)?(?:each|per|a|every|on each|on the)\s+(?:side|leg|arm)s?\b(?!\s*\d)"
)
# "only 15 each my knees dont like them", "only 12 10 8": fewer said first, then the sets.
_ONLY_FIRST = re.compile(r"^\s*only\s+(?=\d)")
# "20 each side", "15 per leg", "15 each", said alone: that many reps (a side), in every
# planned set, as "20 both sides" is. Not after other numbers or a set count ("12 12 10 each
# leg", "3 sets 12 each side"), a load ("at 20 each", "20 each hand": a dumbbell's), nor
# before more ("20 each side 12 12", "12 each leg x3").
_LONE_EACH = re.compile(
    r"(?<![\d.,x@] )(?<![\d.,x@])(?<!sets )(?<!set )(?<!of )(?<!at )(?<!with )"
    r"(?<!dumbbells )(?<!dumbbell )(?<!dbs )(?<!db )(?<!bells )\b(\d+)\s*"
    r"(?:reps?\s*)?(?:(?:each|per|a|every|on each)\s+(?:side|leg|arm)s?"
    r"|each(?!\s+(?:side|leg|arm|hand|dumbbell|db|bell)))\b"
    r"(?!\s*,?\s*(?:x\s*)?\d|\s*,?\s*(?:twice|thrice|times|sets?|rounds?)\b|\s*(?:kg|kilo|lb|pound))"
)
# "20 of them both sides", "20 on both legs": that many reps a side, in every planned set
_BOTH_SIDES = re.compile(
    r"\b(\d+)\s*(?:reps?\s*)?(?:of (?:them|those|these|each)\s*)?(?:on |for |with )?both"
    r" (?:sides?|legs?|arms?)\b(?!\s*\d)"
)
_OF_THEM = re.compile(r"\b(\d+) (?:reps? )?of (?:them|those|these)\b")  # "did 20 of them": 20
# "twenty of each" with no set count: that many reps each side, in every planned set.
_OF_EACH = re.compile(
    r"(?<!of )(?<!x)(?<!x )\b(\d+)\s*(?:reps?\s*)?(?:of|for) each(?: (?:side|leg|arm)s?)?\b"
    r"(?!\s*\d)"
)
# "x3 12 reps", "x3 of 12": the set count first.
_TIMES_FIRST = re.compile(r"(?<![\w.])x\s*(\d+)(?!\d)\s*(?:sets?\s*)?(?:of\s*)?(\d+)\s*reps?\b")
# "12s across", "12 across the board": that many reps in every planned set.
_ACROSS = re.compile(
    r"\b(\d+)s?\s+(?:reps?\s+)?(?:across(?: the board)?|all the way"
    r"|(?:on |for |in )?(?:all(?: the)? sets|every set|each set))\b"
)
# "all sets 10", "every set was 12 reps", "all 3 sets 10": the same reps in each set
_ACROSS_FIRST = re.compile(
    r"\b(?:(?:for |on |in )?all(?: the)?( \d+)? sets|every set|each set)"
    r"(?: (?:were|was|had|got|of|at))?\s*:?\s*(\d+)(?:\s*reps?)?\b(?!\s*(?:kg|kilo|lb|pound|\.\d))"
)

# "2 sets of 10 and one of 8", "2x10 then 1x8": groups of sets, joined, are reps set by set.
_SEP = r"\s*(?:,|;|\band\b|\bthen\b|\bplus\b|&)\s*(?:and\s+|then\s+)?"
_GROUP = r"(\d+)\s*(?:more\s+)?(?:sets?\s*(?:of\s*)?|of\s+|x\s*)(\d+)(?:\s*reps?)?\b"
_GROUPS = re.compile(rf"\b{_GROUP}(?:{_SEP}{_GROUP})+")
# "3x8 @ 185 then 2x10 @ 135": groups of sets, each at its load, are loads set by set.
_LOADED = rf"{_GROUP}\s*(?:with|at|@)\s*(\d+(?:\.\d+)?\s*(?:kgs?|kilos?|lbs?|pounds?)?)"
_LOADED_GROUPS = re.compile(rf"\b{_LOADED}(?:{_SEP}{_LOADED})+")
_ONE_LOADED = re.compile(_LOADED)
_ONE_GROUP = re.compile(_GROUP)
# "and one of 8": "one" is a set count there
_ONE_MORE = re.compile(r"(\band|\bthen|\bplus|,)\s*one (?=(?:more )?(?:sets? )?of\b|x)")
# "10 reps with 95 then 8 with 100", "12 at 40, 10 at 45": a load for each set.
_AT = r"(\d+)\s*(?:reps?\s*)?(?:with|at|@)\s*(\d+(?:\.\d+)?\s*(?:kgs?|kilos?|lbs?|pounds?)?)"
_SET_LOADS = re.compile(rf"\b{_AT}(?:{_SEP}{_AT})+")
_ONE_AT = re.compile(_AT)
# "with 20 kilos and got 12 10 8", "60kg, did 10 10 8", as said aloud: the words between a
# load and its reps say nothing about them.
_LOAD_THEN_GOT = re.compile(
    r"(?<![a-z])(kgs?|kilos?|kilograms?|lbs?|pounds?)\s*,?\s*(?:(?:and|then)\s+)?(?:i\s+)?"
    r"(?:got|did|managed|hit|made|went|did reps of)\s+(?=\d)"
    r"|(?<![a-z])(kgs?|kilos?|kilograms?|lbs?|pounds?)\s*,?\s*and\s+(?=\d+(?:\s*,\s*|\s+)\d)"
)
# "10 10 then failed at 7", "12 12 and only got 9": the failed set is a set, its reps those
# it got to (a bare "then 8" after the sets may be a remark: _THEN_RUN).
_FAILED_AT = re.compile(
    r"(?<=\d)\s*,?\s*(?:and\s+|then\s+|but\s+)*(?:i\s+)?(?:failed|fail|died|gassed out"
    r"|only got|only managed|only did|could only do|got only)\s*(?:at|on|after)?\s+"
    r"(\d+)(?!\s*(?:kg|kilo|lb|pound|\d|\.\d))(?:\s*reps?)?"
)


_POUND_SIGN = re.compile(r"(\d)\s*#(?![\w#])")
# "12 12 1o": an o for the 0 beside it on the keyboard, ending a number.
_O_FOR_ZERO = re.compile(r"(?<=\b\d)o+\b|(?<=\b\d\d)o+\b")


# A greeting opening the message, a sentence of its own: "Good morning. I have just finished
# my first workout...". Not the good morning (the lift): no sets follow a full stop. After a
# comma, words ("good morning, green band 20 20 20") are another move's; a number is the lift's.
_GREETING = re.compile(
    r"^\s*(?:good )?(?:morning|afternoon|evening)(?: coach| all| everyone| there)?"
    r"\s*(?:[.!]+|,(?=\s*[^\W\d_]))\s*",
    re.IGNORECASE,
)


def normalise(text: str) -> str:
    """Lowercased ASCII-ish text in the grammar's figures; words it doesn't know stay."""
    text = weaker_side(unicodedata.normalize("NFKC", _GREETING.sub("", text)))
    chars = []
    for ch in text:
        if ch.isascii():
            chars.append(ch)
        elif unicodedata.category(ch) in ("Cf", "Mn") or "\ufe00" <= ch <= "\ufe0f":
            continue  # zero-width joiners, bidi marks, emoji variation selectors
        elif (d := unicodedata.decimal(ch, None)) is not None:
            chars.append(str(d))  # Arabic-Indic and other digits
        else:
            chars.append(ch)
    text = _GLYPH_RE.sub(lambda m: _GLYPHS[m.group()], "".join(chars)).lower()
    text = _POUND_SIGN.sub(r"\1 lb", text)  # "45#": pounds, as written in the US
    text = _O_FOR_ZERO.sub(lambda m: "0" * len(m.group()), text)
    text = _DECIMAL_COMMA.sub(r"\1.\2", text)
    text = _DECIMAL_COMMA_AT.sub(r"@\1.\2", text)
    text = _DONE_TIMES.sub(lambda m: f"{m[1] or m[2]} sets done", text)
    return _in_figures(text)


def _figure(m: re.Match[str]) -> str:
    return str(_COUNTS.index(m.group()) + 2)


def _in_figure(said: str) -> str:
    return said if said.isdigit() else str(_COUNTS.index(said) + 2)


def _sets_of_each(m: re.Match[str]) -> str:
    sets = {"twice": "2", "thrice": "3"}.get(m[2]) or _in_figure(m[3])
    return f"{sets} sets of {_in_figure(m[1])}"


def _reps_of_groups(m: re.Match[str]) -> str:
    groups = [(int(g[1]), g[2]) for g in _ONE_GROUP.finditer(m.group())]
    if any(not 1 <= n <= 10 for n, _ in groups):  # a set count is small: "95x10" is a load
        return m.group()
    return " ".join(" ".join([reps] * n) for n, reps in groups)


def _loads_of_groups(m: re.Match[str]) -> str:
    groups = [(int(g[1]), g[2], g[3].strip()) for g in _ONE_LOADED.finditer(m.group())]
    if any(not 1 <= n <= 10 for n, _, _ in groups):  # a set count is small
        return m.group()
    return " ".join(f"{load} x {reps}" for n, reps, load in groups for _ in range(n))


def _loads_of_sets(m: re.Match[str]) -> str:
    return " ".join(f"{g[2]} x {g[1]}" for g in _ONE_AT.finditer(m.group()))


_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
          "seventeen", "eighteen", "nineteen"]  # fmt: skip
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_ONES, _TEN_WORDS, _TEEN_WORDS = "|".join(_UNITS), "|".join(_TENS), "|".join(_TEENS)
_TWO_DIGITS = rf"(?:(?:{_TEN_WORDS})(?:[ -](?:{_ONES}))?|{_TEEN_WORDS}|oh (?:{_ONES}))"
# A load said in words after "at"/"with": "at one thirty five" (135), "with forty five" (45).
_LOAD_WORDS = re.compile(
    rf"\b(at|with|@) (?:(?P<hundreds>{_ONES}) (?:hundred (?:and )?)?)?"
    rf"(?P<rest>{_TWO_DIGITS})\b|\b(at|with|@) (?P<only>{_ONES}) hundred\b"
)


def _two_digits(words: str) -> int:
    parts = words.replace("-", " ").split()
    if parts[0] == "oh":
        return _UNITS.index(parts[1]) + 1
    if parts[0] in _TEENS:
        return _TEENS.index(parts[0]) + 10
    return (_TENS.index(parts[0]) + 2) * 10 + (_UNITS.index(parts[1]) + 1 if len(parts) > 1 else 0)


def _load_in_figures(m: re.Match[str]) -> str:
    if m["only"]:
        return f"{m[4]} {(_UNITS.index(m['only']) + 1) * 100}"
    hundreds = _UNITS.index(m["hundreds"]) + 1 if m["hundreds"] else 0
    return f"{m[1]} {hundreds * 100 + _two_digits(m['rest'])}"


# Slips of the thumb on the grammar's words next to a number: "3 stes of 12", "10 reos",
# "20kgs" is read already; "20kh" (h beside g) and "20lbd" too.
_SLIPS = re.compile(
    r"(?<=\d )(?:stes|sest|setss|sers|srts)\b|(?<=\d )(?:reos|resp|rpes|repd)\b"
    r"|(?<=\d)(?:kh|kf|jg)\b|(?<=\d )(?:kh|kf|jg)\b|(?<=\d)lbd\b"
)
# "4 series of 10": "series" is what Spanish, Italian and French speakers call sets.
_SERIES = re.compile(r"(?<=\d )(?:series|serie|seris|serise)\b")
_SLIP_FOR = {"stes": "sets", "sest": "sets", "setss": "sets", "sers": "sets", "srts": "sets",
             "reos": "reps", "resp": "reps", "rpes": "reps", "repd": "reps", "kh": "kg",
             "kf": "kg", "jg": "kg", "lbd": "lbs"}  # fmt: skip


# "12 12 10 w 15kg", "w/ 15kg", "3x15 w green band": "w" is "with" before a load or a band.
# "w" alone, never a word's first letter ("monster walk green band", "with a band").
_W_FOR_WITH = re.compile(r"(?:(?<=\s)|^)w(?:/\s*|\s+|(?=\d))(?=\d|(?:[a-z]+\s+){0,2}bands?\b)")
# "with 20s", "using the 25s": the pair of dumbbells of that load, said by their number.
_PAIR_OF = re.compile(r"\b((?:with|using|@)(?: the| my)?) (\d+(?:\.\d+)?)s\b")
# "with the new 12kg dumbbells": a word of the kit before its load, no name (dropped)
_KIT_SAID = re.compile(
    r"\b((?:with|using)(?: the| my| a pair of| some)?) (?:new|heavier|lighter"
    r"|bigger|smaller|heavy|light|little) (?=\d)"
)
# "lunges 2x10 40s": the pair said by its number after the sets, with no "with".
_PAIR_AFTER = re.compile(r"(?<=\d )(\d+(?:\.\d+)?)s\b(?!\s*(?:rest|hold|each|per|sec))")
# "skiped", "skippd", "skip'd", "skipt": thumbs' ways to say "skipped".
_SKIP_SLIP = re.compile(r"\bskip{1,3}(?:e{1,2}d|d|t|['’]d)(?![\w'’])")

# "done x2": that many sets done, as "2 sets done".
_DONE_TIMES = re.compile(r"^\s*(?:done|finished|did it)\s*(?:x\s*(\d+)|(\d+)\s*x)\s*$")
# "all 3 done, 20kg 12 12 10": the sets said done, then what they were.
_DONE_LEAD = re.compile(
    r"^\s*(?:all |the )?(?:\d+|all|both|three|two|four) (?:sets? )?(?:done|finished|completed?)"
    r"\s*[,:;\-–]\s*(?=\d)"
)


# "12 12 12 no weight", "no weights 3x12", "bodyweight only": bodyweight, beside the sets
_NO_WEIGHT = re.compile(
    r"\b(?:no|without|w/o|zero)(?: any| extra| added)? (?:weights?|load|kgs?|lbs?)\b"
    r"|\bunweighted\b|\b(?<=bodyweight )only\b|\bjust (?=bodyweight\b)"
)


# "3 sets 12 12 10", "3 sets: 12, 12, 10 @ 20kg": the count said, then each set's reps
# ("3 sets of 12, 12 and 10. Deadlift ...": an "and" before the last, a stop after it)
_COUNT_THEN_REPS = re.compile(
    r"\b(\d+) sets?\s*[:,\-–]?\s*(?:of\s+)?((?:\d+(?:\s*[,/]\s*|\s*,?\s+and\s+|\s+)){1,9}\d+)"
    r"\b(?!\s*(?:kg|kilo|lb|pound|\.\d))"
)
# "squats 3 sets 185 8 8 6": the count, the load, then as many sets' reps.
_COUNT_LOAD_REPS = re.compile(
    r"\b(\d+) sets?\s*[:,]?\s*(\d+(?:\.\d+)?\s*(?:kgs?|kilos?|lbs?|pounds?)?)\s*[:,]?\s+"
    r"((?:\d+(?:\s*[,/]\s*|\s+)){1,9}\d+)\b(?!\s*(?:kg|kilo|lb|pound|\.))"
)
# A form's labels: "sets 3 reps 12 weight 20", "reps: 12 12 10, weight: 20kg"
_LABELLED = re.compile(r"\bsets?\s*:?\s*(\d+)\s*,?\s*reps?\s*:?\s*(\d+)\b")
_LABEL = re.compile(
    r"(?:^|(?<=[,;] )|(?<=[,;]))\s*(reps?|sets?)\s*:?\s*(?=\d)"
    r"|(?:^|(?<=[\s,;]))(?<!body )(weight|load)\s*:?\s*(?=\d)"
)


# A load typed with its unit ("60kg", "135 pounds"), or maybe without it ("60").
_LOAD_UNIT = r"\d+(?:\.\d+)?\s*(?:kgs?|kilos?|lbs?|pounds?)"
_LOAD_MAYBE_UNIT = rf"{_LOAD_UNIT}?"
# The exercise named inside the count ("I did 3 sets of squats at 60kg for 10 reps"): the
# name first, as the grammar has it ("squats 3 sets at 60kg for 10 reps").
_NAME_INSIDE = re.compile(
    r"^(?P<lead>(?:i |just |today |then )*(?:did |done |got |finished |managed )?)(?P<n>\d+) sets? "
    r"of (?P<name>[a-z][a-z' -]{1,40}?) (?P<rest>(?:at|with|@|for)\b.*)$"
)
# "3 sets at 60kg for 10 reps", "3 sets for 10 reps at 60": sets of reps, the load after.
_SETS_AT_FOR = re.compile(
    rf"\b(\d+) sets? (?:at|with|@) ({_LOAD_MAYBE_UNIT}) for (\d+)(?: reps?)?\b"
)
_SETS_FOR = re.compile(r"\b(\d+) sets? for (\d+)(?: reps?)?\b")
# "squats 60 for 3x10": the load, then the sets ("for" between them says nothing).
_LOAD_FOR_SETS = re.compile(rf"\b({_LOAD_MAYBE_UNIT}) for (\d+\s*x\s*\d+)\b")
# ... or after the reps: "3 sets of 12 squats at 40kg", "12 squats x3 at 40kg"; after its
# load: "50kg hip thrusts x12 x3"; after "on": "did 12, 10 and 8 on the squat with 40".
_NAME = r"(?P<name>[a-z][a-z' -]{1,40}?)"
_NAME_AFTER_REPS = re.compile(
    rf"^(?P<lead>(?:i |just )*(?:did |done )?)(?P<n>\d+) sets? of (?P<r>\d+) {_NAME}"
    r"(?P<rest> (?:at|with|@)\b.*)?$"
)
_REPS_NAME_TIMES = re.compile(rf"^(?P<r>\d+) {_NAME} x\s*(?P<n>\d+)(?P<rest> .*)?$")
_LOAD_THEN_NAME = re.compile(rf"^(?P<load>{_LOAD_UNIT}) {_NAME} (?P<rest>x?\s*\d.*)$")
_ON_THE_NAME = re.compile(
    rf"^(?P<lead>(?:i |just )*(?:did |got )?)(?P<reps>\d+(?:(?:,? and |, | )\d+)*) on (?:the |my )?"
    rf"{_NAME}(?P<rest> (?:with|at|@)\b.*)?$"
)
# "did 5x5 @ 225 on thrusts", "3x10 at 40kg on squats": the sets, then the move after "on".
# "i make 3 series of 12 with 40kg in hip thrust": "in", and "make", as a second language has it.
_SETS_ON_NAME = re.compile(
    r"^(?P<lead>(?:i |just )*(?:did |got |done |make |made |do )?)(?P<sets>\d(?:[\d\s.x@,]"
    r"|(?:kgs?|kilos?|lbs?|pounds?)\b|\b(?:for|at|with|reps?|sets?|of)\b)*?)"
    r" (?:on|in(?! (?:the )?(?:morning|afternoon|evening|gym|total|all|a row)\b)) (?:the |my )?"
    rf"{_NAME}[^\w\s]*$"  # ("... in hip thrust 💪": an emoji after it says nothing)
)
# "3x12, 40": the load after sets x reps.
_TIMES_THEN_LOAD = re.compile(r"\b(\d+\s*x\s*\d+)\s*,\s*(\d+(?:\.\d+)?)\s*$")
# An exercise said as a verb: "squatted 60 for 3x10", "deadlifted 80 5 5 5".
_AS_VERB = re.compile(r"^(?:i )?(squatted|deadlifted|lunged)\b")
_VERB_FOR = {"squatted": "squats", "deadlifted": "deadlift", "lunged": "lunges"}


# Words of the grammar itself, never an exercise's name ("12 reps x 3 sets").
_GRAMMAR = frozenset(
    {"reps", "rep", "sets", "set", "x", "for", "at", "with", "of", "and", "bw", "bodyweight"}
    | {"kg", "kgs", "kilo", "kilos", "lb", "lbs", "pound", "pounds"}
    | {"rounds", "round", "times", "each", "per", "side", "leg"}
)


def _named(
    moved: Callable[[re.Match[str]], str],
) -> Callable[[re.Match[str]], str]:
    """The rewrite when what stands for the name holds no word of the grammar."""
    return lambda m: m.group() if _GRAMMAR.intersection(m["name"].split()) else moved(m)


def _named_first(text: str) -> str:
    text = _AS_VERB.sub(lambda m: _VERB_FOR[m[1]], text)
    text = _NAME_INSIDE.sub(
        _named(lambda m: f"{m['lead']}{m['name']} {m['n']} sets {m['rest']}"), text
    )
    text = _NAME_AFTER_REPS.sub(
        _named(lambda m: f"{m['lead']}{m['name']} {m['n']} sets of {m['r']}{m['rest'] or ''}"),
        text,
    )
    text = _REPS_NAME_TIMES.sub(
        _named(lambda m: f"{m['name']} {m['n']} sets of {m['r']}{m['rest'] or ''}"), text
    )
    text = _LOAD_THEN_NAME.sub(_named(lambda m: f"{m['name']} {m['load']} {m['rest']}"), text)
    text = _ON_THE_NAME.sub(
        _named(lambda m: f"{m['lead']}{m['name']} {m['reps']}{m['rest'] or ''}"), text
    )
    text = _SETS_ON_NAME.sub(_named(lambda m: f"{m['lead']}{m['name']} {m['sets']}"), text)
    text = _TIMES_THEN_LOAD.sub(r"\1 @ \2", text)
    text = _SETS_AT_FOR.sub(r"\1 sets of \3 at \2", text)
    text = _SETS_FOR.sub(r"\1 sets of \2", text)
    return _LOAD_FOR_SETS.sub(r"\2 @ \1", text)


def _counted_load_reps(m: re.Match[str]) -> str:
    """Only a load beyond doubt: with its unit, or at least twice the reps ("2 sets 12 12 10"
    is no load of 12)."""
    reps = [int(r) for r in re.findall(r"\d+", m[3])]
    number = float(re.findall(r"\d+(?:\.\d+)?", m[2])[0])
    loaded = not m[2].replace(".", "").isdigit() or number >= 2 * max(reps)
    return f"{m[2]} {m[3]}" if len(reps) == int(m[1]) and loaded else m.group()


def _counted_reps(m: re.Match[str]) -> str:
    reps = re.findall(r"\d+", m[2])
    return m[2] if len(reps) == int(m[1]) else m.group()


def _in_figures(text: str) -> str:
    text = _ONLY_FIRST.sub("", text)
    text = _BOTH_SIDES.sub(r"\1 across", text)  # before "20 on ..." is read as a name's
    text = _named_first(_DONE_LEAD.sub("", _SERIES.sub("sets", text)))
    if any(c.isdigit() for c in text):
        text = _NO_WEIGHT.sub(lambda m: "" if m.group() in ("only", "just ") else "bw", text)
    text = _LABELLED.sub(r"\1 sets of \2", text)
    text = _LABEL.sub(lambda m: "" if m[1] else " @ ", text)
    text = _COUNT_LOAD_REPS.sub(_counted_load_reps, text)
    text = _COUNT_THEN_REPS.sub(_counted_reps, text)
    text = _SLIPS.sub(lambda m: _SLIP_FOR[m.group()], text)
    text = _SKIP_SLIP.sub("skipped", _W_FOR_WITH.sub("with ", text))
    text = _KIT_SAID.sub(r"\1 ", text)
    text = _PAIR_AFTER.sub(r"\1", _PAIR_OF.sub(r"\1 \2", text))
    text = _LOAD_WORDS.sub(_load_in_figures, text)
    text = _LOAD_THEN_GOT.sub(lambda m: f"{m[1] or m[2]} ", text)
    text = _FAILED_AT.sub(r" \1", text)
    text = _EACH_TIMES.sub(_sets_of_each, text)
    text = _COUNT_RUN.sub(lambda m: _COUNT_WORD.sub(_figure, m.group()), text)
    text = _COUNT_RE.sub(_figure, text)
    text = _TIMES.sub(r"\2 sets of \1", text)
    text = _ONE_RE.sub("1", text)
    text = _ONE_MORE.sub(r"\1 1 ", text)
    text = _LOADED_GROUPS.sub(_loads_of_groups, text)
    text = _GROUPS.sub(_reps_of_groups, text)
    text = _SET_LOADS.sub(_loads_of_sets, text)
    text = _ORDINAL.sub("", text)
    text = _THEN_RUN.sub(lambda m: _THEN.sub(" ", m.group()), text)
    text = _AND.sub(" ", text)
    text = _OF_THEM.sub(r"\1", text)
    text = _LONE_EACH.sub(r"\1 across", text)
    text = _PER_SIDE_REPS.sub(r"\1 reps", text)
    text = _TIMES_FIRST.sub(r"\1 sets of \2", text)
    text = _PER_SIDE_SETS.sub(r"\2 sets of \1", text)
    text = _OF_EACH.sub(r"\1 across", text)
    text = _ACROSS.sub(r"\1 across", text)
    text = _ACROSS_FIRST.sub(lambda m: f"{m[1]} sets of {m[2]}" if m[1] else f"{m[2]} across", text)
    text = _REPS_X_LOAD.sub(r"\1 @ ", text)
    text = _X_RUN.sub(lambda m: m.group().replace("x", " "), text)
    text = _REPS_TIMES.sub(lambda m: f"{m[2] or m[3]} sets of {m[1]}", text)
    if _PER_SET.match(text):
        text = _UNIT_THEN_REPS.sub(r"\1 x", text)
    return text
