"""One set typed at a time, between sets ("first set 12 reps at 20kg", "set 2: 10", "last
set 8 @ 22.5"), and the words that say the exercise is over ("done", "that's it", "next"):
read here, kept by bot/training/logbook_sets.py."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.coach.profile import Unit
from bot.coach.setlog import LogParseError, SetEntry, parse_log

_NTHS = ["first", "second", "third", "fourth", "fifth", "sixth"]
_NTH = "|".join([*_NTHS, "1st", "2nd", "3rd", "4th", "5th", "6th"])
_NUMBERS = ["one", "two", "three", "four", "five", "six"]
# "first set", "set 2:", "2nd set -", "set #3", "set two", "the last set was"
_MARK = re.compile(
    rf"(?:the |my )?(?:(?:({_NTH}|next)|(last|final)) set"
    rf"|set (?:#|no\.? ?|number )?(\d{{1,2}}|{'|'.join(_NUMBERS)})\b)"
    r"(?:\s*[:=\-–]|\s+(?:was|done|is))?\s+"
)

# "and 10 for set 2", "9 on the last set": the set named after its numbers.
_MARK_AFTER = re.compile(
    rf"(?:and |then |got |i got )?(\d.*?) (?:for|on|in) (?:the |my )?"
    rf"((?:{_NTH}|last|final) set|set (?:#|no\.? ?|number )?(?:\d{{1,2}}|{'|'.join(_NUMBERS)}))"
)

# Words after a set's numbers that add nothing to them: "10 again", "11 done", "9 this time".
_AGAIN_TAIL = re.compile(
    r"(?<=\d)\s+(?:again|as well|too|done|that time|this time|this round|now"
    r"|(?:on |for )?(?:that|this) one)$"
)
# "same", "same again", "same as the last one", "again", "ditto": the last set once more.
_SAME_SET = re.compile(
    r"(?:the )?(?:same|again|ditto|repeat|same again|same set|same one|another one|one more)"
    r"(?: (?:as|like) (?:before|that|the last(?: one| set)?|last(?: one| set)?))?(?: again)?"
)


def same_set(text: str) -> bool:
    """ "same", "same again", "ditto": while a set was just kept, that set once more."""
    return _SAME_SET.fullmatch(" ".join(text.lower().split()).strip(" .!")) is not None


# A set, then words about it with no number: "11 (harder)", "10, felt heavy". Not a time or
# a count ("10 more minutes", "10 sets").
_REMARK_AFTER = re.compile(
    r"(.*\d(?:\s*(?:reps?|kgs?|kilos?|lbs?))?)\s*[,(\-–—:;]*\s*"
    r"(?!(?:mins?|minutes?|secs?|seconds?|more|left|to go|days?|weeks?|times?|sets?|rounds?)\b)"
    r"([a-z][^\d]*)"
)


@dataclass(frozen=True)
class OneSet:
    entry: SetEntry
    marked: bool  # said as a set ("set 2: 10"), not numbers alone ("10")
    last: bool  # "last set 8": the exercise is over with it
    nth: int | None = None  # the set's number said ("set two", "second set"): 1 for the first


def _nth(mark: re.Match[str] | None) -> int | None:
    said = (mark[1] or mark[3]) if mark else None
    if not said or said == "next":
        return None
    if said in _NUMBERS:
        return _NUMBERS.index(said) + 1
    if said in _NTHS:
        return _NTHS.index(said) + 1
    return int(re.sub(r"\D", "", said))  # "2", "2nd"


def one_set(text: str, unit: Unit) -> OneSet | None:
    """A single set, said as one ("first set 12 reps at 20kg", "set 2: 10") or typed alone
    ("10", "10 at 22.5"); None for anything else (several sets, words, a question)."""
    plain = " ".join(text.lower().split()).strip(" .!")
    if (after := _MARK_AFTER.fullmatch(plain)) is not None:  # "and 10 for set 2"
        plain = f"{after[2]} {after[1]}"
    mark = _MARK.match(plain)
    rest = _AGAIN_TAIL.sub("", plain[mark.end() :] if mark else plain)  # "10 again": 10
    rest = rest.removeprefix("got ")  # "got 10 that time"
    if not rest or rest.endswith("?"):
        return None
    rest = _COUNT_WORDS.get(rest, rest)  # "ten"
    over = False
    try:
        parsed = parse_log(rest, unit=unit, planned=None)
    except LogParseError:
        head = _REMARK_AFTER.fullmatch(rest)  # "11 (harder)", "10, felt heavy": the set
        if head is None:
            return None
        try:
            parsed = parse_log(head[1], unit=unit, planned=None)
        except LogParseError:
            return None
        over = says_over(re.sub(r"^(?:and|then|,)\s*", "", head[2]))  # "9 and done", "10, last one"
    if parsed.action != "sets" or len(parsed.sets) != 1 or parsed.same_load:
        return None
    last = bool(mark and mark.group(2)) or over
    return OneSet(parsed.sets[0], mark is not None, last, _nth(mark))


# A set's reps said in words, alone: "ten"
_COUNT_WORDS = {w: str(n) for n, w in enumerate(
    ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
     "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
     "nineteen", "twenty"], start=1)}  # fmt: skip


# "done", "that's it", "next", "no more sets", "skip the rest of them": this exercise is over.
_OVER = re.compile(
    r"(?:ok |okay |so |right )?(?:i'?m |im )?(?:all )?(?:done|finished|that'?s (?:it|all|enough)"
    r"|no more(?: sets)?|next(?: one| exercise)?|what'?s next|moving on|last one|that was the"
    r" last(?: set| one)?|skip(?: the)?(?: rest| remaining| last)?(?: sets?)?(?: of (?:it|them))?)"
    r"(?: with (?:this|it|that|them|this one|\w+)"
    r"| for (?!today|tonight|now|the day)(?:this one|this|it|that|them|\w+))?"
    r"(?: here| now| thanks)?[.!?]*"
)


def says_over(text: str) -> bool:
    """ "done", "that's it", "next": the exercise being logged set by set is over."""
    return _OVER.fullmatch(" ".join(text.lower().replace("’", "'").split())) is not None


_FIRST_N = {"two": 2, "three": 3, "four": 4, "2": 2, "3": 3, "4": 4}
# "10 for the first two", "10 on the first 2 sets": those sets were each that set
_FOR_FIRST = re.compile(
    r"(?:and |then |it was |no,? )?(\d.*?),? (?:for|on|in) (?:the |my )?(?:first|1st) "
    rf"({'|'.join(_FIRST_N)})(?: sets| ones)?"
)


def first_sets(text: str, unit: Unit) -> tuple[SetEntry, int] | None:
    """ "10 for the first two": the set said and how many of the first sets it was; None
    for anything else."""
    found = _FOR_FIRST.fullmatch(" ".join(text.lower().split()).strip(" .!"))
    if found is None:
        return None
    try:
        parsed = parse_log(found[1], unit=unit, planned=None)
    except LogParseError:
        return None
    if parsed.action != "sets" or len(parsed.sets) != 1 or parsed.same_load:
        return None
    return parsed.sets[0], _FIRST_N[found[2]]
