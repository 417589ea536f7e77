"""What the articles don't cover, recognised from the question rather than a list of banned
words: an exercise the cards don't name, a timeframe, nutrition, another muscle.

A question about one of these is declined plainly (with the gap named) even when its other
words match an entry well: "do kettlebell swings build the glutes" must not get "Building
the glutes" as if the articles had said something about swings.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from bot.coach.matcher.asked_topics import ASKED_TOPICS
from bot.coach.matcher.text import MAX_CHARS, STOPWORDS, fold, stem, words
from bot.coach.matcher.topics import (
    EATING_WELL,
    FAT,
    MUSCLE,
    NUTRITION,
    POSITION,
    REGION,
    TIMEFRAME,
    TOPICS,
    TREMBLING,
    around,
)

# Feeling a move in the thighs, told with thighs that grow: the worry is legs getting bigger,
# which "Glutes, not bigger legs" answers ("I only feel squats in my quads and my thighs are
# getting bigger").
FEELING = "feeling a muscle work"
_LEGS_GROWING = re.compile(
    r"\b(legs?|thighs?|quads?)\b.{0,30}\b(bigger|bulky|bulkier|bulking|thicker|huge|grow|grows|"
    r"growing|grew|grown|gotten big|got big|get big|getting big)\b"
)


class GapKind(StrEnum):
    EXERCISE = "exercise"  # an exercise (or a variation of one) no card names
    TIMEFRAME = "timeframe"  # how long, how soon: the articles give no durations
    NUTRITION = "nutrition"
    MUSCLE = "muscle"  # a muscle other than glutes, hamstrings, adductors, lower back
    TOPIC = "topic"  # something the articles never discuss: one side bigger, feeling a muscle


@dataclass(frozen=True)
class Gap:
    kind: GapKind
    subject: str  # as the person wrote it ("kettlebell swings"), or the kind's own word
    like: str | None = None  # the card of a move the articles describe instead, if one is close


# Last words of exercise names ("kettlebell swing", "donkey kick"). With the word before them
# they are looked up among the cards; a name no card has is an exercise the articles skip.
_HEAD_WORDS = """swing kick kickback hydrant pump press raise row curl clamshell clam up ups
pullthrough through crunch burpee plank dip flye fly jump shrug hyper hyperextension circle pulse
sit dog situp bug walk walks jack jacks climber climbers airplane airplanes"""
_HEADS = frozenset(stem(w) for w in _HEAD_WORDS.split())
_ALONE = frozenset(
    stem(w) for w in ["clamshell", "clam", "burpee", "kickback", "plank", "crunch", "situp"]
)
# "step up", "pull through", "wall sit", "bird dog", "dead bug", "farmer's walk", "jumping
# jacks", "mountain climbers" only (a monster or sumo walk is a card; a walk is cardio)
_NEEDS = {"up": "step", "ups": "step", "through": "pull", "sit": "wall", "dog": "bird",
          "bug": "dead", "walk": "farmer farmers crab duck bear suitcase", "jack": "jumping",
          "climber": "mountain"}  # fmt: skip
_HEAD_NEEDS = {stem(h): frozenset(stem(w) for w in ws.split()) for h, ws in _NEEDS.items()}
_NOT_MODIFIERS = (
    frozenset(stem(w) for w in STOPWORDS)
    | {stem(w) for w in ["do", "doing", "to", "of", "my", "the", "and", "or", "your", "aka"]}
    | {stem(w) for w in ["degree", "degrees"]}
)  # "45 degree hyperextension": the card's angle
# Words that describe a head noun rather than name an exercise: "a huge pump", "a big jump".
_DESCRIBING_WORDS = """huge great big good nice crazy insane massive serious real bad small little
decent sick mad major slight tiny awesome amazing intense"""
_DESCRIBING = frozenset(stem(w) for w in _DESCRIBING_WORDS.split())

# Variations of a move the cards name, which the articles never discuss: the word before the
# move's last word ("sumo deadlift", "goblet squat", "trap bar deadlift"), unless the whole
# phrase is a card's name. Loads (dumbbell, barbell, band) are not variations; the Romanian
# deadlift is named by the articles (beside the American one).
_VARIANT_WORDS = """sumo goblet front hack smith zercher curtsy curtsey reverse deficit trap hex
kettlebell kb cable landmine frog jump jumping pause paused box overhead cossack pendulum
sissy kas belt b lateral side pulse pulsing elevated wall sliding slider sliders slideboard"""
_VARIANTS = frozenset(stem(w) for w in _VARIANT_WORDS.split())
_MOVE_WORDS = "deadlift squat lunge thrust bridge curl extension raise press"
_MOVES = frozenset(stem(w) for w in _MOVE_WORDS.split())
_BETWEEN = frozenset(stem(w) for w in ("bar", "machine", "stance"))  # "trap bar deadlift"
# The first word of a card's two-word name: "kas glute bridge", "b stance hip thrust".
_NAME_FIRST = frozenset(stem(w) for w in ("hip", "glute", "leg", "back"))
# Equipment no article uses, wherever it stands beside a move ("hip thrusts on the Smith
# machine", "RDLs with kettlebells"), named in the reply.
_EQUIPMENT = {
    stem(w): name
    for w, name in [
        ("smith", "the Smith machine"),
        ("kettlebell", "kettlebells"),
        ("kettlebells", "kettlebells"),
        ("kb", "kettlebells"),
        ("kbs", "kettlebells"),
    ]
}

# The Romanian deadlift: the articles name it only to describe the American deadlift by it (a
# glute-centred RDL), so a question about the RDL itself is declined with that card; asked
# beside the American or stiff-leg deadlift, the cards compare them.
_RDL = re.compile(r"\b(romanian|rdls?)\b")
_RDL_COMPARED = re.compile(
    r"\b(american|stiff|straight|sldls?|slds?|differen\w*|vs|versus|compared?|same)\b"
)
_RDL_ONE_LEG = re.compile(r"\b(single|one) leg(ged)? (romanian|rdls?)\b")

# A sport asked to take fat off one place: the spot-reduction myth answers it.
_SLIMMING = re.compile(
    # (not "lose my butt" or "smaller": a runner fearing for the muscle is not asking that)
    r"\b(reduce|reduces|reducing|slim|slims|slimming|slimmer|burn|burns|get rid of)\b.{0,30}"
    r"\b(butt|buttocks|bum|glutes?|thighs?|hips|saddlebags|backside)\b"
    r"|\b(butt|buttocks|bum|glutes?|thighs?|hips|saddlebags|backside) fat\b"
    r"|\blose (the )?fat (from|on|off|around) (my |your |the )?(butt|buttocks|bum|glutes?|"
    r"thighs?|hips|saddlebags|backside)\b"
)

# "without a reverse hyper", "instead of kickbacks": the question is about what else to do.
_LACKING = frozenset({"without", "dont", "instead", "havent", "cant", "no", "lack"})

_SENTENCES = re.compile(r"(?<=[.!?\n])\s+")


def said_and_asked(text: str) -> tuple[list[str], list[str]]:
    """(told, asking): a text's sentences that don't end in "?", and those that do."""
    parts = [p for p in _SENTENCES.split(text.strip()) if p.strip()]
    asking = [p for p in parts if p.rstrip().endswith("?")]
    return [p for p in parts if p not in asking], asking


def asked_part(text: str) -> str:
    """The sentences that ask (end in "?"), or the last one when none does."""
    told, asking = said_and_asked(text)
    return " ".join(asking or told[-1:])


# A second question joined to the first ("how many reps, and how much protein?"): split before
# the joining word when a question word follows it.
MAX_ASKED = 4  # questions in one message sorted into covered and not (each costs a gap check)
_QUESTION_WORDS = r"how|what|whats|which|should|shall|is|are|do|does|can|could|will|would|why"
_JOINED = re.compile(
    rf"[,;]?\s+(?:and|also|plus|but|or)\s+(?:also\s+)?(?=(?:{_QUESTION_WORDS})\b)", re.IGNORECASE
)
_ASKS = re.compile(rf"^(?:(?:and|also|plus|but|so)[\s,]+)*(?:{_QUESTION_WORDS})\b", re.IGNORECASE)
_LEAD = re.compile(r"^(?:(?:and|also|plus|but|so)[\s,]+)+", re.IGNORECASE)


# A question that names what it is about: a follow-up ("will I lose muscle?") leans on the
# question before it, and is no question of its own.
_ANCHOR = re.compile(
    r"\b(glute\w*|butt|bum|booty|backside|hamstrings?|hams|tie[ -]?ins?|hips?|thighs?|legs?|"
    r"lower back|saddlebags?|squat\w*|lunge\w*|deadlift\w*|thrust\w*|bridges?|curls?|"
    r"extensions?|nordics?|abduct\w*|stepmill|stair\w*|cardio|sprint\w*|reps?|sets?|bottom|"
    r"ass|arse|rear|derriere|tush|rump|buns|hammies|rdls?|good mornings?|supermans?|fat|"
    r"jiggl\w*|flab\w*)\b"
)


# An asking sentence that may lean on one told before it ("how do I tone them?", "will
# that help?"): what it asks about may be in what is told.
_LEANS = re.compile(
    r"\b(this|these|those|they|them)\b"
    r"|\b(is|was|will|would|does|did|can|could|should) it\b"  # not "doing it right"
    r"|\bit (is|was|will|would|does|can|could|makes?|helps?|works?|enough|good|bad|better)\b"
    r"|\bthat (is|was|will|would|does|do|can|could|works?|helps?|makes?|enough)\b|\bthat$"
    r"|\b(with|for|about|do|doing|help|fix|change|reduce|get rid of) that\b"
    r"|\b(is|are|was|will|would|does|do|can|could) that\b"
)


def may_lean(asked: str) -> bool:
    """Whether asking sentences may lean on what was told before them."""
    return _LEANS.search(" ".join(words(asked))) is not None


def anchored(clause: str) -> bool:
    """Whether a clause names what it asks about ("are hip thrusts better than squats"), not
    only leaning on the one before ("and how do I improve it?")."""
    return _ANCHOR.search(fold(clause)) is not None


TOLD_LOOKBACK = 4  # told sentences searched for what a bare question is about


def nearest_subject(told: list[str]) -> str | None:
    """Of the told sentences, the one nearest the question that names a subject (what a
    bare question, "how do I fix it?", is about), looking back TOLD_LOOKBACK of them."""
    named = [s for s in told[-TOLD_LOOKBACK:] if anchored(s)]
    return named[-1] if named else None


def asked_clauses(text: str) -> list[str]:
    """The clauses of a message that ask something: its sentences ending in "?" (else, in a
    message with none, those opening with a question word), each split where a second
    question is joined on ("how many reps, and how much protein?" is two). Leading "also",
    "and" dropped."""
    sentences = [p.strip() for p in _SENTENCES.split(text[:MAX_CHARS].strip()) if p.strip()]
    asking = [p for p in sentences if p.endswith("?")]
    if not asking:
        asking = [p for p in sentences if _ASKS.match(p)]
    return [_LEAD.sub("", c) for p in asking for c in _JOINED.split(p) if c.strip()]


class Scope:
    """Finds the gap, if any, between a question and what the articles cover."""

    def covered_part(self, text: str) -> str | None:
        """Of a message asking two things, one the articles skip, the asking the articles
        cover ("how many reps for hip thrusts", of "... and how much protein?"); None when
        every question in it has a gap, or when the gap is only in what is told."""
        asked = asked_clauses(text)
        if not 2 <= len(asked) <= MAX_ASKED:
            return None  # one question, or a list of them: not two halves to sort
        gaps = [self.gap(a) for a in asked]
        if all(g is None for g in gaps):
            return None  # the gap is in what is told, not asked ("I only feel it in my quads")
        covered = [a for a, g in zip(asked, gaps, strict=True) if g is None and anchored(a)]
        return " ".join(covered) or None

    def __init__(self, is_card: Callable[[str], bool]) -> None:
        self._is_card = is_card

    def gap(self, text: str) -> Gap | None:
        ws = words(text)
        joined = " ".join(ws)
        placed = POSITION.sub(" ", joined)
        if (m := MUSCLE.search(placed)) and not FAT.search(around(placed, m)):
            return Gap(GapKind.MUSCLE, m.group(0))
        if m := NUTRITION.search(EATING_WELL.sub(" ", TREMBLING.sub(" ", joined))):
            return Gap(GapKind.NUTRITION, m.group(0))
        if TIMEFRAME.search(joined):
            return Gap(GapKind.TIMEFRAME, "how long things take")
        for subject, pattern in TOPICS:
            if pattern.search(joined) and not (subject == FEELING and _LEGS_GROWING.search(joined)):
                return Gap(GapKind.TOPIC, subject)
        asked = " ".join(words(asked_part(text)))
        for named, pattern in ASKED_TOPICS:
            if named is None and _SLIMMING.search(asked):
                continue  # "does swimming reduce the buttocks": fat off one place, answered
            if m := pattern.search(asked):
                return Gap(GapKind.TOPIC, named or m.group(0))
        name = self._unknown_exercise(ws) or self._unknown_variant(ws)
        if name and not _SLIMMING.search(joined):  # fat off one place: any move, the myth
            return Gap(GapKind.EXERCISE, name)
        if _RDL.search(asked) and not _RDL_COMPARED.search(joined):  # told, it's background
            one_leg = _RDL_ONE_LEG.search(asked)
            subject = "single-leg Romanian deadlifts" if one_leg else "the Romanian deadlift itself"
            return Gap(GapKind.EXERCISE, subject, "american_deadlift")
        if REGION.search(joined):
            return Gap(GapKind.TOPIC, "training one part of the glutes")
        return None

    def _unknown_variant(self, ws: list[str]) -> str | None:
        stems = [stem(w) for w in ws]
        for i, s in enumerate(stems):
            if s not in _MOVES:
                continue
            j = i - 1
            if j > 0 and stems[j] in _NAME_FIRST:
                j -= 1
            if j > 0 and stems[j] in _BETWEEN:
                j -= 1
            if j >= 0 and stems[j] in _VARIANTS:
                phrase = " ".join(ws[j : i + 1])
                if not self._is_card(phrase) and not self._is_card(" ".join(ws[j : i + 2])):
                    return phrase
            if s == stem("thrust") and i + 1 < len(ws) and ws[i + 1] == "machine":
                return " ".join(ws[max(i - 1, 0) : i + 2])  # "hip thrust machine"
        if _MOVES.intersection(stems) or stem("hamstring") in stems or stem("glute") in stems:
            for s in stems:
                if s in _EQUIPMENT:
                    return _EQUIPMENT[s]
        return None

    def _unknown_exercise(self, ws: list[str]) -> str | None:
        stems = [stem(w) for w in ws]
        for i, s in enumerate(stems):
            if s not in _HEADS:
                continue
            if i == 0 or stems[i - 1] in _NOT_MODIFIERS or stems[i - 1] in _DESCRIBING:
                if s in _ALONE:  # a name on its own: "clamshells", "burpees"
                    return ws[i]
                continue
            need = _HEAD_NEEDS.get(s)
            if need and stems[i - 1] not in need:
                continue
            start = i - 1
            if need and i >= 2 and stems[i - 2] not in _NOT_MODIFIERS:
                start = i - 2  # "cable pull through"
            phrases = [" ".join(ws[j : i + 1]) for j in range(max(start - 1, 0), i)]
            lacking = _LACKING.intersection(ws[max(start - 3, 0) : start])
            if not lacking and not any(self._is_card(p) for p in phrases):
                return " ".join(ws[start : i + 1])
        return None
