"""The day a whole workout told in a few words is of, when the words say it: "on monday i did
it all", "monday: did everything", "did monday's workout", "did it all 2 days ago" (or a
Telegram reply to Monday's push, said as "2 days ago: did it all" by replied_day.py). The
day's words are cut, and "monday's workout" read as "the whole workout", so whole_day.py
reads what is left as it reads "did it all".

A day is taken only before the words of the whole day or right after them: in what follows
("did it all, legs still sore from monday") it is a remark, and the workout is today's.
Days ahead are no day of a workout done."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from bot.coach.setlog_day import SaidDay, day_said

# "monday's workout", "all of monday's session": the whole day, of that day
_OWN = re.compile(
    r"(?:\ball (?:of )?|\bthe (?:whole |full |entire )?of )?(?:\bthe )?"
    r"\b(?P<day>(?:last |this past |past )?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"|mon|tues?|wed|thu|thurs?|fri|sat|sun)|yesterday)['’]?s"
    r" (?:whole |full |entire )?(?:workout|session|training|exercises|routine)\b",
    re.I,
)
# the day taken for today when only the words are cut (no person at hand): a date to count from
ANY_DAY = date(2001, 1, 1)
# "yesterday was rest, did it all today": the day before, said as the reason; not the day's
_REST_BEFORE = re.compile(
    r"^\s*(?:(?:yesterday|last night|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s+"
    r"(?:was|i had|had)\s+(?:a\s+|my\s+)?(?:rest(?:\s+day)?|(?:a\s+)?day\s+off|off)"
    r"|(?:i\s+)?(?:rested|had\s+(?:a\s+)?rest(?:\s+day)?)\s+(?:yesterday|last night))"
    r"(?:\s*[,.;:!-]+\s*(?:(?:so|and|but|then)\s+)?|\s+(?:so|and|then)\s+)",
    re.I,
)


def told_on(
    text: str,
    today: date | None,
    whole: Callable[[str], bool],
    *,
    month_first: bool = False,
) -> tuple[SaidDay | None, str]:
    """The day `text` tells a whole workout of (None: none said, or one ahead) and the text
    without its words; `whole` says whether words with no remark tell the whole day."""
    on = today or ANY_DAY
    text = _REST_BEFORE.sub("", text, count=1)
    own = _OWN.search(text)
    said = " ".join(text.split())
    if own is not None:
        said = " ".join(f"{text[: own.start()]} the whole workout {text[own.end() :]}".split())
    found, cut = day_said(said, on, month_first=month_first)
    if own is not None:
        of, _ = day_said(_full(own["day"]), on, month_first=month_first)
        words = cut if found is not None and _at_the_whole(said, found, whole, on) else said
        return (of if of is not None and of.day <= on else None), words
    ahead = found is not None and today is not None and found.day > today  # only cut: any day
    if found is None or ahead or not _at_the_whole(said, found, whole, on):
        return None, text
    return found, cut


_SHORT = {"mon": "monday", "tue": "tuesday", "tues": "tuesday", "wed": "wednesday",
          "thu": "thursday", "thur": "thursday", "thurs": "thursday",
          "fri": "friday", "sat": "saturday", "sun": "sunday"}  # fmt: skip


def _full(day: str) -> str:
    """ "last sat" -> "last saturday": a short name said with 's ("sat's workout")."""
    *before, name = day.split()
    return " ".join([*before, _SHORT.get(name.lower(), name)])


def told_ahead(text: str, today: date, whole: Callable[[str], bool]) -> SaidDay | None:
    """The day ahead a whole workout is told of ("did it all tomorrow"); None: none said."""
    said = " ".join(_REST_BEFORE.sub("", text, count=1).split())
    found, _ = day_said(said, today)
    if found is None or found.day <= today or not _at_the_whole(said, found, whole, today):
        return None
    return found


def _at_the_whole(text: str, found: SaidDay, whole: Callable[[str], bool], on: date) -> bool:
    """Whether the day's words open the text or follow the whole day's words at once."""
    at = text.lower().find(found.words.lower())
    if at < 0:
        return False
    if not re.sub(r"[\W_]+", "", text[:at]):
        return True
    _, head = day_said(text[: at + len(found.words)], on)
    return whole(head)
