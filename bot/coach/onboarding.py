"""The onboarding questions: their order, their choices, and reading free-text answers.

Pure: values in, values out. Stored answers are plain strings (enum values, "0,3" for
days, "18:30" for the time, an IANA zone), which is what the store keeps.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from bot.coach import schedule
from bot.coach.answer_words import KeywordTable, by_keyword, fold
from bot.coach.barbell_kit import home_gym_kit
from bot.coach.goals import Goals
from bot.coach.home_kit import (
    ball_only_said,
    bands_said,
    dumbbells_said,
    heaviest_said,
    no_ball_said,
)
from bot.coach.matcher import edit_distance
from bot.coach.place_answer import PLACE_KEYWORDS, place_of
from bot.coach.profile import Experience, Goal, Place, Unit

STEPS: tuple[str, ...] = ("goal", "experience", "place", "days", "time", "zone", "unit")

# Buttons offered for each question, by value. Words for them live in content/.
OPTIONS: dict[str, tuple[str, ...]] = {
    "goal": tuple(g.value for g in Goal),
    "experience": tuple(e.value for e in Experience),
    "place": tuple(p.value for p in Place),
    "time": ("06:30", "07:30", "12:00", "17:30", "18:30", "20:00"),
    "zone": (
        "Europe/London",
        "Europe/Berlin",
        "America/New_York",
        "America/Chicago",
        "America/Los_Angeles",
        "Australia/Sydney",
    ),
    "unit": tuple(u.value for u in Unit),
}

MAX_ANSWER_CHARS = 200  # longer than any real answer; saves work on pasted essays


class AnswerError(ValueError):
    """A free-text answer the coach could not read; `code` picks the reply template."""

    def __init__(self, step: str, code: str = "unclear") -> None:
        super().__init__(f"{step}: {code}")
        self.step = step
        self.code = code


@dataclass(frozen=True)
class Answer:
    step: str
    value: str  # what the store keeps
    no_ball: bool = False  # home said with bands and no ball (bot/coach/home_kit.py)
    no_bands: bool = False  # a ball and no bands said: planned with no equipment
    dumbbells: bool = False  # away from a gym with dumbbells: held where a move takes one
    # the heaviest dumbbell said ("10kg dumbbells"; no unit: "dumbbells up to 20")
    heaviest: tuple[float, Unit | None] | None = None
    home_gym: str | None = None  # a barbell said at home: the kit kept (bot/coach/barbell_kit.py)


# Keywords for the choice questions but the goal, whose keywords are in content/goals.yaml.
_KEYWORDS: dict[str, KeywordTable] = {
    "experience": (
        (
            "new",
            (
                "new",
                "beginner",
                "begin",
                "start",
                "never",
                "first time",
                "novice",
                "none",
                "no experience",
                "just starting",
            ),
        ),
        (
            "experienced",
            (
                "experienced",
                "advanced",
                "years",
                "veteran",
                "expert",
                "long time",
                "lot",
            ),
        ),
        (
            "some",
            (
                "some",
                "intermediate",
                "month",
                "a year",
                "one year",
                "1 year",
                "bit",
                "little",
                "a while",
                "casual",
            ),
        ),
    ),
    "place": PLACE_KEYWORDS,
    "unit": (
        ("kg", ("kg", "kgs", "kilo", "kilos", "kilogram", "kilograms", "metric")),
        ("lb", ("lb", "lbs", "pound", "pounds", "imperial")),
    ),
}


def _by_typo(table: KeywordTable, text: str) -> str | None:
    """A keyword typed with a slip or two ("bikni", "compte", "begginer", "poudns"): one-word
    keywords of five letters or more, against typed words with the same first letter, allowing
    one slip (two from eight letters). Only when every such near miss points to one value,
    and never in a message that says "not" ("not a begginer" is no beginner)."""
    if re.search(r" (not|no|isn t|aren t|don t|dont) ", fold(text)):
        return None
    typed = [w for w in fold(text).split() if len(w) >= 4 and w.isalpha()]
    near: set[str] = set()
    for value, keys in table:
        for key in keys:
            if " " in key or len(key) < 5:
                continue
            limit = 2 if len(key) >= 8 else 1
            for word in typed:
                # A keyword matches at the start of a word: "bodybuidling" is "bodybuild…".
                heads = {word, word[: len(key)], word[: len(key) + 1]}
                if word[0] == key[0] and any(
                    edit_distance(h, key, limit) <= limit for h in heads if len(h) >= 4
                ):
                    near.add(value)
    return near.pop() if len(near) == 1 else None


def _by_number(step: str, text: str) -> str | None:
    """People who see numbered choices type the number."""
    options = OPTIONS.get(step, ())
    stripped = text.strip().rstrip(".)")
    if re.fullmatch(r"[0-9]{1,2}", stripped) and 1 <= int(stripped) <= len(options):
        return options[int(stripped) - 1]
    return None


# Lifting given up long ago: "nothing for the last twenty years", "I used to lift years ago",
# "haven't trained in ages". Its years are no experience to plan on: asked which to take.
_LONG_BREAK = re.compile(
    r" (?:nothing|not|never|haven t|havent|hadn t|hadnt|didn t|didnt)(?: \w+){0,4} (?:for|in|since)"
    r"(?: \w+){0,3} (?:years?|decades?|ages|a long time)| (?:years|decades|long time|ages) ago "
    r"| (?:used to|stopped|quit|gave up|long break|break of|hiatus|layoff|lay off|time off) "
    r"| in my (?:twenties|thirties|forties|fifties|20s|30s|40s|50s|youth) "
)
_NOT_NEW = re.compile(r" (not|no longer|isn t|am not|m not) (a )?(new|beginner|novice)")


def _experience_from_duration(text: str) -> str | None:
    match = re.search(
        r"(\d+(?:[.,]\d+)?)\s*(y(?:ears?|rs?)?|m(?:onths?|os?|n?ths?)?|w(?:eeks?|ks?)?)\b",
        text.casefold(),
    )
    if not match:
        return None
    amount = float(match.group(1).replace(",", "."))
    months = {"y": 12.0, "m": 1.0, "w": 0.25}[match.group(2)[0]] * amount
    if months < 6:
        return Experience.NEW.value
    return Experience.SOME.value if months < 24 else Experience.EXPERIENCED.value


_WEIGHTS = re.compile(r"\b(dumbb?ells?|kettlebells?|weights|barbells?|plates)\b")


def kit_left_out(answer: Answer, text: str) -> bool:
    """Home or bodyweight said with weights no program there uses ("at home, I have a pair
    of dumbbells"): worth a word, or the dumbbells seem forgotten."""
    kept = answer.dumbbells  # kept and planned for (Answer.dumbbells): no word of leaving out
    return (
        answer.step == "place"
        and answer.value != "gym"
        and not kept
        and bool(_WEIGHTS.search(fold(text)))
    )


# Unsure which goal to pick: "not sure", "which one should I pick?", "what's the difference?"
_CHOOSING = re.compile(
    r"^(im |i am |honestly |hmm |um )?(not sure|unsure|no idea|dunno|dont know|do not know|idk)"
    r"( which| what| yet)?\b|\b(difference|differences)\b|\bwhich (one|goal|is|should|would|do)\b"
    r"|\bwhat (should|would|do) (i|you) (pick|choose|recommend|suggest)\b|\bhelp me (choose|pick|"
    r"decide)\b|\bexplain\b|\bwhat do (they|these|those|the options) mean\b"
)


def parse_text(step: str, text: str, goals: Goals | None = None, *, typos: bool = True) -> Answer:
    """Read a typed answer for `step`, or raise AnswerError saying why not. The goal question
    needs `goals` (content.goals), which holds its keywords. `typos`: keywords misspelt count
    too (for the question asked, not for one still to come)."""
    if step not in STEPS:
        raise AnswerError(step, "unknown_step")
    text = text.strip()
    if not text:
        raise AnswerError(step, "empty")
    if len(text) > MAX_ANSWER_CHARS:
        raise AnswerError(step, "too_long")

    if step == "days":
        days = schedule.parse_days(text)
        if not days:
            raise AnswerError(step)
        return Answer(step, encode_days(days))
    if step == "time":
        parsed = schedule.parse_time_of_day(text)
        if parsed is None:  # "5" is an hour, never the fifth button: asked am or pm
            bare = re.fullmatch(r"[0-9]{1,2}", text) is not None and int(text) < 24
            if bare and int(text) > 12:  # "19" can only be 19:00
                return Answer(step, f"{int(text):02d}:00")
            raise AnswerError(step, "bare_hour" if bare else "unclear")
        return Answer(step, parsed.strftime("%H:%M"))
    if step == "zone":
        by_number = _by_number(step, text)
        zone = by_number or schedule.parse_zone(text)
        if zone is None:
            raise AnswerError(step, "several" if schedule.has_several_zones(text) else "unclear")
        return Answer(step, zone)

    if step == "goal" and goals is None:
        raise TypeError("parse_text('goal', ...) needs the goals and their keywords")
    table = goals.keyword_table() if step == "goal" and goals is not None else _KEYWORDS[step]
    value = _by_number(step, text)
    if value is None and step == "experience" and _LONG_BREAK.search(fold(text)):
        raise AnswerError(step, "break")  # "years" is how long ago, not how long they lifted
    if value is None and step == "experience":
        # A duration says more than a word: "3 months" is new, "1.5 years" is 6 months to
        # 2 years. "Not new" says only what it isn't: asked again.
        value = _experience_from_duration(text)
        if value is None and _NOT_NEW.search(fold(text)):
            raise AnswerError(step)
    if value is None and step == "place":
        value = place_of(text)
    value = value or by_keyword(table, text) or (_by_typo(table, text) if typos else None)
    if value is None and step == "goal" and _CHOOSING.search(fold(text).strip()):
        raise AnswerError(step, "choosing")  # what each goal is for, then asked again
    if value is None:
        raise AnswerError(step)
    return _with_kit(step, value, text)


def _with_kit(step: str, value: str, text: str) -> Answer:
    """The answer with the kit `text` says beside a place (bot/coach/home_kit.py)."""
    if step == "place" and value in ("home", "bodyweight") and (gym := home_gym_kit(text)):
        # "home, I have a barbell, plates and a bench"; dumbbells said beside it are held
        # where a move takes one (the split squat), as at a gym
        bells = dumbbells_said(text)
        heaviest = heaviest_said(text) if bells else None  # "dumbbells up to 20 kg"
        return Answer(step, "gym", dumbbells=bells, heaviest=heaviest, home_gym=gym)
    dumbbells = step == "place" and value != "gym" and dumbbells_said(text)
    if dumbbells and value == "home" and not bands_said(text):
        value = "bodyweight"  # "home with dumbbells": every home plan has band work
    no_ball = step == "place" and value == "home" and no_ball_said(text)
    no_bands = step == "place" and value == "bodyweight" and ball_only_said(text)
    return Answer(
        step, value, no_ball, no_bands, dumbbells, heaviest_said(text) if dumbbells else None
    )


# "no wait", "actually", "make that": what follows changes an answer already given.
_CORRECTION = re.compile(
    r"^\W*(?:(?:(?:no|nope)(?=\s*[,.!:;-]| wait| sorry| actually| i mean)|oops|sorry|wait|"
    r"hang on|actually|i meant|i mean|scratch that|make (?:that|it)|change (?:that|it)(?: to)?"
    r"|instead)\b[\s,.!:;-]*)+",
    re.I,
)


def correction(step: str, text: str, goals: Goals) -> Answer | None:
    """ "no wait, tue fri" at the time question, "actually make that home" at the days
    question: a new answer to a question before `step`, the latest it reads as. Only after a
    word saying it is a change ("no gym" is no change), and never from a bare number (a button
    of this question)."""
    cue = _CORRECTION.match(text)
    rest = text[cue.end() :].strip(" .!") if cue else ""
    rest = re.sub(r"\s+instead$", "", rest, flags=re.I)
    if not rest or not re.search(r"[^\W\d_]", rest):
        return None
    for earlier in reversed(STEPS[: STEPS.index(step)]):
        try:
            return parse_text(earlier, rest, goals)
        except AnswerError:
            continue
    return None


_ASKING = re.compile(r"\s*(can|could|should|how|what|why|when|where|which|is|are|does|do)\b", re.I)


# What an answer to a question still to come must show, beyond reading as one: "nice" is a
# city, "start" and "sometimes" experience keywords, "we" and "su" days, said as chat.
_AHEAD: dict[str, re.Pattern[str]] = {
    "experience": re.compile(
        r"\d|beginner|novice|newbie|intermediate|advanced|experienced|never lifted|new to", re.I
    ),
    "days": re.compile(r"^(?:(?:[^\W\d_]{3,}|on)[\s,&+/-]*)+$"),
    "zone": re.compile(  # an abbreviation in capitals ("EST"), not any short word ("nice")
        r"[/+\d]|\b[A-Z]{3,4}\b|(?i:\b(?:utc|gmt|time)\b|^(?:i'?m |i am |i )?(?:in|from|based in|"
        r"live in|living in) )"
    ),
}


def answered_ahead(step: str, text: str, goals: Goals) -> Answer | None:
    """ "at home" at the experience question, "mon wed fri" at the place question: the answer
    to a question still to come, the first it reads as. Only short words that ask nothing."""
    if len(text.split()) > 6 or "?" in text or _ASKING.match(text):
        return None
    if not re.search(r"[^\W\d_]", text):
        return None  # a bare number is a button of this question
    for later in STEPS[STEPS.index(step) + 1 :]:
        shown = _AHEAD.get(later)
        if shown is not None and not shown.search(text.strip()):
            continue
        try:
            return parse_text(later, text, goals, typos=False)
        except AnswerError:
            continue
    return None


_BEFORE_VALUE = re.compile(r"\b(?:to|at|in|for|on|train)\s+", re.I)  # "…train on tue and fri"
_SENTENCE_END = re.compile(r"[?!;]+|\.(?:\s|$)")  # not "6.30"
# Said around the value: "weekends instead", "like saturday and sunday"
_AROUND = re.compile(
    r"^(?:like|say|maybe|probably|just)\s+|\s+(?:instead|now|please|from now on|then)$", re.I
)


def answer_named(step: str, text: str, goals: Goals) -> Answer | None:
    """The new answer a change names, sentence by sentence: the whole sentence ("switch to
    pounds"), else what follows its last "to", "at" or "in" ("…days to tue and fri", "I
    moved to New York"), with "instead" or "like" around it left out."""
    for sentence in filter(str.strip, _SENTENCE_END.split(text)):
        tails = [sentence[m.end() :] for m in _BEFORE_VALUE.finditer(sentence)]
        # "can we do 4 days now, mon tue thu fri": the days from their count on
        tails += [m["count"] + sentence[m.end() :] for m in _DAYS_COUNT.finditer(sentence)]
        for candidate in (sentence, *reversed(tails)):
            try:
                answer = parse_text(step, _AROUND.sub("", candidate.strip(" ,.!?")), goals)
            except AnswerError:
                continue
            if step == "place" and answer.value != "gym" and not answer.dumbbells:
                # the kit said in another sentence: "switch me to home? I have dumbbells now"
                return _with_kit(step, answer.value, text)
            return answer
    return None


_DAYS_COUNT = re.compile(
    r"\b(?P<count>(?:\d|two|three|four|five|six|seven) days)(?: a week)?(?: now| instead)?\b",
    re.IGNORECASE,
)
_DEFERS = re.compile(
    r"(?:(?:whatever|whatevr|whateva|watever|wateva|whatev|what|whichever|the (?:ones?|days)) )?"
    r"(?:you|u) (?:suggest|sugest|suggested|"
    r"recommend|think|say|pick|choose|decide)(?: is best)?|(?:the )?(?:suggested|recommended)"
    r"(?: (?:ones?|days))?|your (?:suggestion|pick|call|choice)|up to you|you decide|"
    r"(?:use |go with |take )(?:the |your )?(?:suggested|suggestion|recommended)"
    r"(?: (?:ones?|days))?"
)


def defers(text: str) -> bool:
    """ "whatever you suggest", "the suggested days", "up to you": the suggestion offered."""
    bare = re.sub(r"^(?:i'?ll |i will )?(?:just |ok |okay |yes |sure )*", "", fold(text).strip())
    return _DEFERS.fullmatch(re.sub(r"( please| thanks| then)+$", "", bare)) is not None


_CONFIRMS = re.compile(
    r" (done|ok|okay|k|yes|yep|yeah|sure|fine|good|great|perfect|keep (them|those|it)|"
    r"that s (fine|good|right|perfect|it)|thats (fine|good|right|perfect|it)|sounds good|"
    r"looks good)( thanks| please)? "
)


def confirms(text: str) -> bool:
    """ "ok", "done", "sounds good": keeping what was offered."""
    return _CONFIRMS.fullmatch(fold(text.rstrip("!. "))) is not None


def parse_option(step: str, value: str) -> Answer:
    """Check a pressed button's value: callback data is untrusted input too."""
    if step in ("days",) or value not in OPTIONS.get(step, ()):
        raise AnswerError(step, "stale")
    return Answer(step, value)


def next_step(answers: Mapping[str, str | None]) -> str | None:
    """The first question still without an answer, in the order they are asked."""
    for step in STEPS:
        if not answers.get(step):
            return step
    return None


def encode_days(days: tuple[int, ...] | list[int] | set[int]) -> str:
    return ",".join(str(d) for d in sorted(set(days)))


def decode_days(raw: str | None) -> tuple[int, ...]:
    if not raw:
        return ()
    return tuple(sorted({int(p) for p in raw.split(",") if re.fullmatch(r"[0-6]", p.strip())}))
