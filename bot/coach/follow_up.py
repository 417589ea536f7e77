"""A short question leaning on the one just answered ("and how many sets?" after the hip
thrust's card): a coach hears it as asked about the same thing. Pure logic: what a follow-up
is, whether it names its own subject, and the question it stands for."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from bot.coach.compose import Aspect, aspects
from bot.coach.matcher import words

MAX_WORDS = 8  # a longer message is a question of its own
WITHIN = timedelta(minutes=30)  # later, the question before is no longer in mind
_OPENINGS = (("and",), ("what", "about"), ("how", "about"), ("same", "for"))
# Leaning on what was asked before when among the first words ("is it good for hamstrings?").
_LEANS = frozenset({"it", "its", "they", "them", "this", "that", "these", "those"})
LEAN_WORDS = 5  # "how do I improve it?"
BARE_WORDS = 5  # "how many reps should I do?"
# What a question asked besides its subject, asked again of another ("what about for
# hamstrings?" after "how many reps on hip thrusts?").
_ASKING = {
    Aspect.REPS: "how many reps",
    Aspect.SETS: "how many sets",
    Aspect.FREQUENCY: "how often",
    Aspect.REST: "how much rest",
    Aspect.WEIGHT: "how heavy",
}
_LEAD = re.compile(r"^(?:(?:and|so|also|ok|okay)\s+)*(?:what about|how about)?\s*")
# Subjects a question can be about besides a card: muscles, goals, cardio, where one trains.
# A follow-up naming one ("what about for hamstrings?") asks about that, not the one before.
_SUBJECT = re.compile(
    r"\b(glute\w*|butt|bum|booty|backside|hamstrings?|hams|tie in|hips?|thighs?|legs?|quads?|"
    r"calves|lower back|saddlebags?|muscles?|bikini|figure|bodybuilding|compet\w*|ton\w*|"
    r"stepmill|stair\w*|cardio|sprint\w*|home|gym|fat)\b"
)


def is_follow_up(text: str) -> bool:
    """A short message opening with "and", "what about", "how about", "same for", or leaning on
    "it", "they", "that"... in its first words."""
    ws = words(text)
    if not ws or len(ws) > MAX_WORDS:
        return False
    if any(tuple(ws[: len(o)]) == o for o in _OPENINGS):
        return True
    return _leans(ws) or _asks_only_how(ws)


def _asks_only_how(ws: list[str]) -> bool:
    """ "how many reps?", "how heavy?": a dose asked of nothing named, in a few words."""
    joined = " ".join(ws)
    return len(ws) <= BARE_WORDS and bool(aspects(joined)) and _SUBJECT.search(joined) is None


def _leans(ws: list[str]) -> bool:
    return bool(_LEANS.intersection(ws[:LEAN_WORDS]))


def names_own_subject(text: str) -> bool:
    """Names a muscle, a goal or the like in place of the one before ("what about for
    hamstrings?", "is it the same for the tie-in?"): it asks about that. Not when "it" is
    still what is asked about ("is it good for the tie-in?"). Cards are the caller's."""
    ws = words(text)
    if _SUBJECT.search(" ".join(ws)) is None:
        return False
    return not _leans(ws) or "same" in ws


def in_time(answered_at: datetime | None, now: datetime) -> bool:
    """Whether an answer given then is recent enough for a follow-up now."""
    return answered_at is not None and timedelta(0) <= now - answered_at <= WITHIN


def asked_about(text: str, subject: str) -> str:
    """The follow-up as a question of its own: the subject added, the leading "and", "what
    about" dropped ("and how many sets?", "Hip thrust" -> "how many sets hip thrust")."""
    rest = _LEAD.sub("", " ".join(words(text)))
    return f"{rest} {' '.join(words(subject))}".strip()


def asked_besides(text: str) -> tuple[Aspect, ...]:
    """What a question asks besides its subject (reps, sets, how often...), to be asked again
    of the subject a follow-up names."""
    return tuple(aspects(text))


def asked_of(text: str, asked: tuple[Aspect, ...]) -> str | None:
    """A follow-up naming a subject of its own, asking what the question before asked ("and
    for bikini?" after "how often..." -> "how often for bikini"); None when it asks
    something of its own or nothing was asked besides a subject before."""
    if not asked or aspects(text):
        return None
    rest = _LEAD.sub("", " ".join(words(text)))
    rest = re.sub(r"^(?:is (?:it|that|this) )?(?:the )?same\s*", "", rest)
    return " ".join([*(_ASKING[a] for a in asked), rest]).strip()
