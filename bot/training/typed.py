"""Reading what a person types while logging: a load alone after "what load did you use?",
bodyweight named instead of a load, "undo", a load corrected before saving, a remark after
the sets (the answers to "Save it?" are in typed_yes.py)."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.coach.profile import Profile, Unit
from bot.coach.setlog import MAX_LOAD, SIDE_RE, SetEntry
from bot.coach.setlog_fix import reps_corrected
from bot.coach.setlog_text import normalise
from bot.coach.training import planned_sets
from bot.store.models import ExerciseLog
from bot.training.one_for_another import one_for_another, says_one_for_another
from bot.training.targets import planned_of

# No load, said: bodyweight, a band ("2 sets of 15 with the red band" needs no load asked) or
# none ("12 12 10, no weight").
BODYWEIGHT = re.compile(
    r"\b(bw|body[- ]?weight|bands?|no (?:extra )?(?:weights?|load)|without (?:any )?weights?)\b",
    re.I,
)
# Reps said as reps: "12 reps x 3 sets" holds no load to pick out, unlike "30 30".
SAYS_REPS = re.compile(r"\b(reps?|sets?|rounds?)\b|\d\s*x|x\s*\d", re.I)
_UNDO = re.compile(
    r"(?:please )?(?:undo|take (?:that|it) back|(?:delete|remove) (?:that|it|my last entry))"
    r"(?: (?:that|it|last|the last one|my last entry))?(?: please)?[.!]*",
    re.I,
)
# "what's next?", "next exercise": the exercise being asked for, shown again.
_NEXT = re.compile(
    r"(?:(?:so|ok|okay),? )?(?:(?:what'?s|whats|what is|what comes)? ?(?:the )?next"
    r"(?: one| exercise| move| up| then)?(?: please)?"
    r"|(?:what|what'?s|whats|what do i do) now|now what|(?:is )?that all|is that it|what else)"
    r"[?!.]*",
    re.I,
)
# "keep this one", "I'll stick with it" at the Swap choices: the move stays, as Keep does.
_KEEP = re.compile(
    r"(?:ok |okay |no,? |nah,? )?(?:i'?ll |i will |i'?d rather )?(?:keep|stay with|stick with)"
    r"(?: it| this| this one| that one| the same(?: one)?| the original(?: one)?)?"
    r"(?: please| thanks)?[?!.]*",
    re.I,
)


def keeps_move(text: str) -> bool:
    return _KEEP.fullmatch(text.strip().replace("’", "'")) is not None


# "that's all for today", "I have to go", "stop here", "skip the rest": the workout ends here.
_ENDS = re.compile(
    r"(?:ok |okay |sorry |right |so )?(?:"
    r"(?:that'?s|thats|that is) (?:all|it|enough)(?: for (?:today|now|me))?"
    r"|(?:i'?m |im |i am )?(?:done|finished) for (?:today|now|the day)"
    r"|(?:i )?(?:have to|gotta|got to|need to|must) (?:go|leave|stop)(?: now)?"
    r"|(?:let'?s |lets |can we |i'?ll |i will |i want to |i need to )?(?:stop|end|finish)"
    r"(?: (?:here|now|there|it here|the workout|my workout|the session|logging))?"
    r"|skip (?:the )?(?:rest|remaining|others|other exercises)(?: of (?:it|the workout|them))?"
    r"|no more(?: today| for today)?|out of time|no time left|i'?m out of time"
    r")(?: please| thanks)?",
    re.I,
)
Load = tuple[float, Unit]
UNIT_WORD = re.compile(r"\b(kg|kgs|kilos?|lbs?|pounds?)\b|@", re.I)
_BARE_LOAD = re.compile(r"\s*(\d{1,4}(?:[.,]\d{1,2})?)\s*(kg|kgs|kilos?|lb|lbs|pounds?)?\s*", re.I)


# "20kg but only 10 reps on the last", "20, the last set was 8": the load, then a set short.
_LOAD_BUT = re.compile(r"(?P<load>[^,;]+?)\s*(?:[,;]\s*(?:but |and )?|\s(?:but|and)\s)(?P<rest>.+)")


def the_load_asked(
    log: ExerciseLog,
    profile: Profile,
    text: str,
    reps: tuple[SetEntry, ...] = (),
    *,
    bar: float | None = None,
) -> tuple[SetEntry, ...] | None:
    """After "what load did you use?", a load alone ("40", "42.5 kg", "oops, it was 40")
    means the reps typed before it (`reps`), else the planned sets, at that load; "just the
    bar" is the empty bar's load (`bar`, for a barbell move). A load followed by the reps of
    a set ("20kg but only 10 reps on the last") is those sets with that set's reps. None for
    anything else (read as a log entry)."""
    sets = _the_load_alone(log, profile, text, reps, bar)
    if sets is None and (plain := _unhedged(text)) != text:  # "around 20", "20kg i think"
        sets = _the_load_alone(log, profile, plain, reps, bar)
    said = _LOAD_BUT.fullmatch(text.strip()) if sets is None else None
    if said is None:
        return sets
    loaded = _the_load_alone(log, profile, said["load"], reps, bar)
    last = _LAST_AT.fullmatch(said["rest"].strip().lower())
    if loaded and last and (last["unit"] or float(last["load"]) > log.rep_high * 1.5):
        return _last_at(loaded, last, profile)  # "20 but last set 25": a load, no 25 reps
    return reps_corrected(said["rest"], loaded) if loaded else None


# Words hedging a load said alone: "around 20", "20kg i think", "~20", "20ish", "20 😅".
_HEDGED = re.compile(
    r"^\s*(?:around|about|roughly|approx(?:imately)?|maybe|like|prob(?:ably)?|~|i think|i guess)"
    r"\s*|(?<=\d)\s*-?ish\b|(?<=[\dg])\s*(?:i think|i guess|or so|maybe|probably)\s*$"
    r"|[^\w\s.,]+\s*$",
    re.I,
)
# "last set 25", "the last one at 25kg": the last set's load.
_LAST_AT = re.compile(
    r"(?:the )?(?:last|final)(?: set| one)?(?: was| at| with| @|:)? ?"
    r"(?P<load>\d{1,4}(?:\.\d{1,2})?) ?(?P<unit>kgs?|kilos?|lbs?|pounds?)?"
)


def _unhedged(text: str) -> str:
    return _HEDGED.sub("", text).strip()


def _last_at(
    sets: tuple[SetEntry, ...], said: re.Match[str], profile: Profile
) -> tuple[SetEntry, ...]:
    unit = said["unit"]
    own = (Unit.LB if unit.startswith(("lb", "pound")) else Unit.KG) if unit else None
    last = replace(sets[-1], load=float(said["load"]), unit=own or sets[-1].unit or profile.unit)
    return (*sets[:-1], last)


def _the_load_alone(
    log: ExerciseLog,
    profile: Profile,
    text: str,
    reps: tuple[SetEntry, ...],
    bar: float | None,
) -> tuple[SetEntry, ...] | None:
    if no_load_said(text):  # "bodyweight", "no weight": the sets with none
        return reps or planned_sets(replace(planned_of(log), load=None))
    load = _bare_load(_load_alone(text), profile) or the_load_corrected(text, profile)
    if load is None and bar is not None and _EMPTY_BAR.fullmatch(text.strip()):
        load = (bar, profile.unit)
    if load is None:
        return None
    if reps:
        return tuple(replace(e, load=load[0], unit=load[1]) for e in reps)
    return planned_sets(replace(planned_of(log), load=load[0], unit=load[1]))


def _load_alone(text: str) -> str:
    """A load said alone, in figures: "twenty" (20), "one thirty five" (135), "20 each hand"
    (a dumbbell's load, as typed)."""
    plain = SIDE_RE.sub(" ", normalise(f"at {text.strip()}")).strip()
    return plain.removeprefix("at ") if plain.startswith("at ") else text


_EMPTY_BAR = re.compile(
    r"(?:just |only |the |an? |with )*(?:empty |bare )?(?:bar|barbell)(?: only| alone)?[.!]*",
    re.IGNORECASE,
)
_NO_LOAD_WORDS = frozenset(
    ["no", "weight", "weights", "load", "extra", "just", "only", "my", "own", "bodyweight",
     "body", "bw", "used", "i", "it", "was", "none", "with", "without", "any"]
)  # fmt: skip
_SAYS_NO_LOAD = re.compile(
    r"\b(?:bw|body ?weight|no (?:extra )?(?:weights?|load)|without (?:any )?weights?)\b"
)


def no_load_said(text: str) -> bool:
    """ "bodyweight", "no weight, just bodyweight", "bw": the answer to "what load?" is none."""
    plain = " ".join(re.sub(r"[,!.;:]+", " ", text.lower()).split())
    return bool(_SAYS_NO_LOAD.search(plain)) and all(w in _NO_LOAD_WORDS for w in plain.split())


def _bare_load(text: str, profile: Profile, *, unit_needed: bool = False) -> Load | None:
    m = _BARE_LOAD.fullmatch(text)
    if m is None or (unit_needed and not m.group(2)):
        return None
    unit = profile.unit
    if m.group(2):
        unit = Unit.LB if m.group(2).lower().startswith(("lb", "pound")) else Unit.KG
    value = float(m.group(1).replace(",", "."))
    return (value, unit) if 0 < value <= MAX_LOAD[unit] else None


# Words around a load typed to correct the entry waiting for "Save": "oops, it was 50".
_CORRECTING = frozenset(
    ["oops", "sorry", "no", "nope", "wait", "actually", "wrong", "my", "bad", "correction",
     "i", "mean", "meant", "it", "was", "its", "it's", "make", "that", "should", "be", "the",
     "load", "weight", "typo", "oh", "used"]
)  # fmt: skip
_NOT_THAT = re.compile(r"\s+(?:not|instead of)\s+\d[\d.,]*\s*[a-z]*\s*$|\s+instead\s*$", re.I)


def the_load_corrected(text: str, profile: Profile) -> Load | None:
    """A load alone typed to correct the entry waiting for "Save" ("oops wrong, it was 50",
    "actually 50kg", "50kg"): its reps stand. A bare "50" says no correction, so it is not
    one (it reads as a set of 50)."""
    words = re.sub(r"[,!.;:]+(?=\s|$)", " ", _NOT_THAT.sub("", text.strip())).split()
    said = 0
    while words and words[0].lower() in _CORRECTING:
        words, said = words[1:], said + 1
    return _bare_load(" ".join(words), profile, unit_needed=not said)


_UNIT_ALONE = re.compile(
    r"(?:in )?(kgs?|kilos?|kilograms?|lbs?|pounds?)(?: not (?:in )?(?:kgs?|kilos?|lbs?|pounds?))?",
    re.I,
)


def corrected_entries(
    text: str, profile: Profile, entries: tuple[SetEntry, ...]
) -> tuple[SetEntry, ...] | None:
    """The entry waiting for "Save" corrected: a load alone ("oops, it was 50": the reps
    stand), a unit alone ("actually that was in pounds": the numbers stand), or the reps or
    set count ("the last set was 8", "it was 4 sets", "no, 10 10 8": the loads stand), or
    one number for another ("20 not 25")."""
    swapped = one_for_another(text, entries)
    if swapped is not None:
        return swapped
    load = the_load_corrected(text, profile)
    if load is not None:
        return tuple(replace(e, load=load[0], unit=load[1]) for e in entries)
    reps = reps_corrected(text, entries)
    if reps is not None:
        return reps
    words = [w for w in re.sub(r"[,!.;:]+", " ", text).split() if w.lower() not in _CORRECTING]
    unit = _UNIT_ALONE.fullmatch(" ".join(words))
    if unit is None or all(e.load is None for e in entries):
        return None
    said = Unit.LB if unit.group(1).lower().startswith(("lb", "pound")) else Unit.KG
    return tuple(replace(e, unit=said) if e.load is not None else e for e in entries)


# Words opening a correction of what was just saved: "oops, it was 50", "that was in pounds".
_OPENS_CORRECTION = re.compile(
    r"(?:oops|sorry|wait|actually|correction|typo|no|nope|oh|wrong|my bad|(?:it|that) was"
    r"|(?:the |my )?(?:first|second|third|fourth|last|final) (?:set|one|series?) (?:was|were))\b"
)


def says_correction(text: str) -> bool:
    """Words opening a correction, a unit alone ("in pounds") or one number for another
    ("20 not 25"): never a bare "50kg" or "I used 40", which may be about the exercise
    being logged."""
    plain = " ".join(re.sub(r"[,!.;:]+", " ", text).lower().split())
    if says_one_for_another(text):  # "set 2 was 20 not 25": no number of a new entry
        return True
    return _OPENS_CORRECTION.match(plain) is not None or _UNIT_ALONE.fullmatch(plain) is not None


_DIGIT = re.compile(r"\d")


def has_digit(text: str) -> bool:
    return _DIGIT.search(text) is not None  # a regex: a 4,096-character message in C


def is_undo(text: str) -> bool:
    """ "undo", "undo that", "take that back": the /undo command typed."""
    return _UNDO.fullmatch(" ".join(text.split())) is not None


# Said beside the words ending the workout: "gym is closing, gotta go".
_CLOSING = re.compile(
    r"(?:the )?gym(?:'s| is) (?:closing|about to close|closed)(?: now| soon)?|running late"
    r"|(?:i'?m |im |i am )?(?:so |really )?(?:tired|exhausted|wiped|beat|spent)|sorry|ugh",
    re.I,
)


# "only did hip thrust and abdução, no time 😭": the moves done named, the rest not done.
_ONLY_DID = re.compile(
    r"(?:ok |sorry |today )?(?:i )?(?:only|just) (?:did|made|make|managed|had time for|got through)"
    r" [^\d]+?[,;.!]+\s*(?:no time|no more time|not enough time|out of time|(?:i )?(?:had|have|got)"
    r" to go|gotta go|(?:the )?gym (?:is |was )?closing)\b[^\d]*",
    re.I,
)


def ends_workout(text: str) -> bool:
    """ "that's all for today", "I have to go", "stop here": no more exercises this time;
    also beside a reason ("gym is closing, gotta go"), never beside numbers (sets)."""
    plain = " ".join(text.strip(" .!?,").split())
    if _ENDS.fullmatch(plain) is not None or _ONLY_DID.fullmatch(plain) is not None:
        return True
    clauses = [c.strip() for c in re.split(r"\s*(?:[,;.!]|\s[-–—]|\band\b|\bso\b)\s*", plain)]
    clauses = [c for c in clauses if c]
    if has_digit(text) or len(clauses) < 2 or not any(_ENDS.fullmatch(c) for c in clauses):
        return False
    return all(_ENDS.fullmatch(c) or _CLOSING.fullmatch(c) for c in clauses)


# A question typed without its "?": "can I train at home today instead", "how low should I go".
_ASKS = re.compile(
    r"(?:so |ok |okay |but |and |hey |sorry )?(?:can|could|should|shall|how|what|why|when|where|"
    r"which|who|is|are|does|do|did i|will|would|am i|may i)\b",
    re.I,
)


def is_question(text: str) -> bool:
    """Words asking something, with no number (a number may be a set: "did 12 12 10")."""
    return asks(text) and not has_digit(text)


def asks(text: str) -> bool:
    """Worded as a question, numbers or not: "is 20kg too heavy?", "can I rest 2 min"."""
    stripped = text.strip()
    return stripped.endswith("?") or _ASKS.match(stripped) is not None


def opens_asking(text: str) -> bool:
    """A question first, whatever follows: "why did my hip thrust go down to 60? i did 67.5
    on saturday" asks, it logs nothing (its numbers are the ones asked about)."""
    head, mark, _ = text.partition("?")
    return (bool(mark) and asks(head)) or _WHY.match(text) is not None


_WHY = re.compile(r"\s*(?:but |so |ok |hey )?(?:why|how come)\b", re.I)  # never a log's first word


def is_next(text: str) -> bool:
    return _NEXT.fullmatch(text.strip()) is not None


def without_next(text: str) -> str:
    """ "that was tough, what now?": the words before a closing "what's next?" (what comes
    next is shown anyway); the text itself when it has no such close."""
    ends = list(_CLAUSE_END.finditer(text))
    if not ends:
        return text
    head, tail = text[: ends[-1].start()], text[ends[-1].end() :]
    return head.strip() if any(c.isalpha() for c in head) and is_next(tail) else text


_CLAUSE_END = re.compile(r"[,.;!]+\s*(?=\S)")


# "how many sets again?", "what's the target?": this exercise's target, asked again.
_TARGET_ASKED = re.compile(
    r"(?:so |ok |okay |sorry,? )?(?:how many (?:sets|reps)(?: (?:and|&) (?:sets|reps))?"
    r"(?: (?:do|should) i do)?|what(?:'s| is| was) (?:the |my )?(?:target|plan))"
    r"(?: again)?(?: for this(?: one)?| here| today)?(?: again)?[?!.]*",
    re.I,
)
# "can i swap this", "could I switch this one?": the Swap button's choices, asked for.
_SWAP_ASKED = re.compile(
    r"(?:so |ok |okay |hey )?(?:(?:can|could|may) (?:i|we) )?(?:swap|switch)"
    r"(?: out)? (?:this|it|that)(?: one| exercise| move)?(?: out)?"
    r"(?: (?:for|with) (?:something|another)(?: else| one)?)?(?: please)?[?!.]*",
    re.I,
)


def asks_target(text: str) -> bool:
    return _TARGET_ASKED.fullmatch(text.strip().replace("’", "'")) is not None


def asks_swap(text: str) -> bool:
    return _SWAP_ASKED.fullmatch(text.strip()) is not None


_HOW_OFTEN = re.compile(
    r"(days?|times?|sessions?|x) (a|per|each|every) (week|wk|day|month)\b"
    r"|(weeks?|months?|years?)\b",
    re.I,
)


_DURATION = (
    r"(?:\d+(?:\.\d+)?|a|one|two|three|half an?)\s*-?\s*(?:min(?:ute)?s?|m|sec(?:ond)?s?|s)\b"
)
# "..., 1 min rest", "(rested 90s between sets)": how long the rests were, a remark to keep
_REST_TAIL = re.compile(
    rf"[\s,;:.\-–—(]+((?:with |and |then )?(?:{_DURATION}\s*(?:of )?(?:rest|break)"
    rf"|(?:rest(?:ed|ing)?|break)\s*(?:of |for |was )?{_DURATION})"
    r"(?: between(?: (?:sets|each|them))?| each)?\)?[.!]*)\s*$",
    re.I,
)


def without_remark(text: str, code: str, token: str) -> str | None:
    """ "60kg 12 12 10 felt heavy", "12 12 8 - last set failed": the entry before a remark
    the parser stopped at, when the remark holds no number and no unit, or is how long the
    rests were ("12 12 10 at 20kg, 1 min rest")."""
    rest = _REST_TAIL.search(text)
    if rest is not None and has_digit(text[: rest.start()]):
        return text[: rest.start()]
    if code != "syntax" or not token:
        return None
    after = max((i + 1 for i, c in enumerate(text) if c.isdigit()), default=0)
    # after the last number: "ok so i did ... 12 10 8 i think" stops at the second "i"
    found = re.compile(rf"(?<!\w){re.escape(token)}(?!\w)", re.I).search(text, after)
    remark = text[found.start() :] if found else ""
    if found is None or has_digit(remark) or UNIT_WORD.search(remark):
        return None  # a number or a unit there may belong to the sets: not guessed
    if _HOW_OFTEN.match(remark):  # "squats 3 days a week": how often, no sets
        return None
    head = text[: found.start()].rstrip(" ,;:.!-–—(")
    return head if has_digit(head) else None


# "... 12 10 8 i think": a hedge on the numbers, not a remark to keep with them
_HEDGE = re.compile(
    r"(?:i think|i guess|i believe|i reckon|maybe|or so|roughly|more or less|if i remember"
    r"(?: right| correctly)?|iirc|lol|haha)[\s.!?,]*",
    re.I,
)


def is_hedge(tail: str) -> bool:
    return _HEDGE.fullmatch(tail.strip()) is not None


def remark_after(text: str, head: str) -> str | None:
    """What follows the entry `head` read out of `text`, kept with its sets: None when it
    says nothing ("🔥") or hedges the numbers ("i think")."""
    tail = text[len(head) :].strip(" ,;:.-–—(")
    tail = tail if "(" in tail else tail.removesuffix(")")  # "12 12 10 (hard)"
    tail = tail.removeprefix("but ").removeprefix("and ")  # "done but it was hard"
    if not any(c.isalpha() for c in tail) or is_hedge(tail):
        return None
    return tail


# "done, felt good", "done but it was hard": the exercise done, then how it went.
_DONE_THEN = re.compile(
    r"(?:(?:yes|yep|yeah|ok|okay),? )?(?:i'?m |im |i am |i'?ve |i have |i )?"
    r"(?:all done|done(?: it| them| those)?|did it|did them|did those|did it all"
    r"|finished(?: it| them| those| that)?|completed|nailed it)(?=\s*[,;:.!–—-]|\s+(?:but|and)\b)",
    re.I,
)
# "done?", "finished??": "done" typed with a question mark, not a question to the coach.
_DONE_ASKED = re.compile(r"\s*(?:all )?(?:done|finished)\s*\?+\s*", re.I)


def is_done_asked(text: str) -> bool:
    return _DONE_ASKED.fullmatch(text) is not None


def done_then_remark(text: str) -> str | None:
    """The "done" opening a remark with no number in it ("done, felt good"); else None."""
    lead = len(text) - len(text.lstrip())
    found = _DONE_THEN.match(text, lead)
    if found is None or has_digit(text) or UNIT_WORD.search(text):
        return None
    return text[: found.end()] if any(c.isalpha() for c in text[found.end() :]) else None
