"""A change of settings asked in words longer than a request read whole: its first sentence
with a reason after it, its last clause after news, a time asked for the workouts in a long
message; and how long the change is for, when said."""

from __future__ import annotations

import re

from bot.coach import smalltalk_patterns as p
from bot.coach.matcher.text import words
from bot.coach.smalltalk import MAX_WORDS, Intent, understand

_ASKING = re.compile(r"(and |so |but )?(how|what|which|can|could|should|does|do|is|are|why|when)\b")
_LAST_CLAUSE = re.compile(r"^(.+?)[,.;!]\s+([^,.;!]+?)[?!. ]*$", re.S)
_FIRST_SENTENCE = re.compile(r"^(.+?)(?:[?!;]+|\.)\s+(\S.*)$", re.S)


def asked_change(text: str) -> Intent | None:
    """The message's intent, or a change of settings asked in its first sentence when a
    reason follows ("can you send the workouts at 6:30am instead? going before work now":
    too long to read whole as a request, it was taken for a training question). A question
    after it ("…? and how often should I train") leaves the message to the coach. How long
    the change is for ("… for the next 2 weeks") says nothing of what it is."""
    intent = understand(text)
    if intent is None and _settings_asked(text):
        return Intent.SETTINGS
    if intent is None and "?" not in text.strip().rstrip("?") and _time_asked(text):
        return Intent.SETTINGS  # "from now i go after work, please send me the workout at 19:00"
    last = _LAST_CLAUSE.match(text.strip()) if intent is None else None
    if last and "?" not in last[1] and understand(last[2]) == Intent.SETTINGS:
        return Intent.SETTINGS  # "flying to London tomorrow, can you switch my time zone?"
    first = _FIRST_SENTENCE.match(text.strip())
    if intent is not None or first is None or "?" in first[2] or _ASKING.match(first[2].lower()):
        return intent
    return Intent.SETTINGS if _settings_asked(first[1]) else None


def _time_asked(text: str) -> bool:
    """A time for the workouts asked in a message too long to read whole as a request."""
    return len(words(text)) > MAX_WORDS and p.SEND_AT.search(" ".join(words(text))) is not None


# How long a change is for, said after it: "for the next 2 weeks", "for now", "until april".
_FOR_A_WHILE = re.compile(
    r"\s+(?:for (?:the next |the |a |another )?(?:\d+|a|one|two|three|four|five|six|couple(?: of)?"
    r"|few) (?:days?|weeks?|months?)|for (?:now|a bit|a while)|(?:until|till|til) [\w ]+)[\s.!]*$",
    re.IGNORECASE,
)


def for_a_while(text: str) -> str | None:
    """ "for the next 2 weeks" in "can you send my workouts at 7am for the next 2 weeks?
    work is crazy": how long the change asked in the first sentence is for, if said."""
    first = _FIRST_SENTENCE.match(text.strip())
    head = (first[1] if first else text).strip().rstrip("?!. ")
    found = _FOR_A_WHILE.search(head)
    return found.group().strip(" .!") if found else None


def _settings_asked(text: str) -> bool:
    if understand(text) == Intent.SETTINGS:
        return True
    cut = _FOR_A_WHILE.sub("", text.strip().rstrip("?!. "))
    return cut != text.strip().rstrip("?!. ") and understand(cut) == Intent.SETTINGS
