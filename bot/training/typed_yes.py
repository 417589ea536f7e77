"""The answers to "Save it?" for a typed entry (bot/training/logbook.py): a "yes" ("yess",
"ok thanks", 👍🏻), a "yes" with how it went ("done, felt good"), a "no", "done" alone (the
workout over), and "add" or "replace" for an exercise that already has sets today."""

from __future__ import annotations

import re

from bot.training.typed import UNIT_WORD, asks, has_digit

CONFIRMATIONS = frozenset(
    [
        "yes",
        "y",
        "ye",
        "yep",
        "yeah",
        "yup",
        "ok",
        "okay",
        "k",
        "save",
        "saved",
        "confirm",
        "correct",
        "right",
        "done",
        "sure",
        "👍",
        "✅",
        "✔",
        "✔️",
        "👌",
        # "yep looks good", "perfect", "all good", "that's right"
        "perfect",
        "good",
        "great",
        "looks",
        "all",
        "yea",
        "ya",
        "exactly",
        "that's",
        "thats",
    ]
)


# Said beside a "yes" and adding nothing: "yes please", "perfect thanks".
_BESIDE_YES = frozenset(["it", "that", "please", "pls", "thanks", "thank", "you", "thx", "ty"])
# A skin tone or an emoji's variation selector: "👍🏻" is "👍".
_EMOJI_MODIFIERS = re.compile("[\U0001f3fb-\U0001f3ff\ufe0f]")
# A letter typed again and again at a word's end: "yess", "yesss", "okk", "yeahhh".
_HELD_LETTER = re.compile(r"(?<=[a-z])([a-z])\1+$")


def is_confirmation(text: str) -> bool:
    """A typed "yes" to the echo of a typed entry: "yes", "yess", "ok thanks", "👍🏻", "✅✅"."""
    plain = _EMOJI_MODIFIERS.sub("", text.strip().lower()).strip(".!").replace(",", " ")
    words = [w for w in re.sub(r"([^\w\s'])", r" \1 ", plain).split() if w not in ("!", ".")]
    yes = [_yes_word(w) for w in words]
    return any(yes) and all(said or w in _BESIDE_YES for said, w in zip(yes, words, strict=True))


# "done, felt good", "yes, was hard", "ok done - tough one": a yes at "Save it?", then how it
# went. Not a correction, a question or an action after it ("yes but wait", "ok, skip").
_YES_THEN = re.compile(
    r"((?:(?:(?:yes|yep|yeah|yup|ya|ok|okay|sure|correct|right|perfect|looks good|all good"
    r"|save it|save|done|all done|did it|did them|finished|completed|nailed it)\b"
    r"|[✅✔☑👍][\ufe0f\U0001f3fb-\U0001f3ff]*)[\s,;:.!–—-]*){1,2})"
    r"(?:but |and )?(.*)",
    re.I,
)
_NOT_A_REMARK = re.compile(
    r"(?:wait|no|not|nope|actually|oops|hold on|hmm|sorry|except|fix|change|edit|replace|add"
    r"|skip|undo|next|what|can|should|how|is|are|do|does)\b",
    re.I,
)


def confirmed_then_remark(text: str) -> str | None:
    """The remark after a yes at "Save it?" ("done, felt good": "felt good"); else None."""
    m = _YES_THEN.fullmatch(" ".join(text.split()))
    remark = m[2].strip(" .!") if m else ""
    if not any(c.isalpha() for c in remark) or has_digit(text) or UNIT_WORD.search(text):
        return None
    if asks(remark) or _NOT_A_REMARK.match(remark) or is_confirmation(remark):
        return None
    words = set(re.findall(r"[\w']+", remark.lower()))
    return None if words <= _BESIDE_YES | {"was", "is", "right", "correct"} else remark


def _yes_word(word: str) -> bool:
    return word in CONFIRMATIONS or _HELD_LETTER.sub(r"\1", word) in CONFIRMATIONS


# "no", "nah", "nope, that's wrong", "no thanks" to "Save it?": not as shown, typed again (Fix).
_REFUSAL = re.compile(
    r"(?:no+|nah+|nope|na|nay)(?:[,.!]*\s*(?:(?:that'?s|thats|it'?s|its) )?(?:wrong|not right"
    r"|incorrect|not it))?(?:[,.!]*\s*(?:sorry|thanks|thank you|thx|ty))?[.!]*",
    re.I,
)


def is_refusal(text: str) -> bool:
    """ "no", "nah", "nope, that's wrong": the echo isn't what was done."""
    return _REFUSAL.fullmatch(" ".join(text.split())) is not None


# The answer to "add these to the sets saved today, or replace them?", typed.
_ADD = re.compile(
    r"(?:(?:yes|ok),? )?(?:add(?: (?:them|these|it|those|to it|to them))*|keep both|both)"
)
_REPLACE = re.compile(r"(?:(?:yes|ok|no),? )?(?:replace|overwrite)(?: (?:it|them|that|those))?")


def add_or_replace(text: str) -> bool | None:
    """ "add", "add them", "keep both": True; "replace", "replace them": False; else None."""
    said = " ".join(text.lower().strip(" .!").split())
    if _ADD.fullmatch(said):
        return True
    return False if _REPLACE.fullmatch(said) else None


# "all done", "I'm done", "finished" at "Save it?" (not "ok done", "done, felt good"): the move
# shown saved and the workout over, as "that's all" would. A bare "done" answers "Save it?" as a
# yes: many type it after every move, and the next move's step has its own way to finish.
_DONE_ALONE = re.compile(
    r"(?:i'?m |im |all )(?:done|finished)(?: now| here| for today)?"
    r"|(?:done|finished)(?: now| here| for today)|finished",
    re.I,
)


def done_alone(text: str) -> bool:
    return _DONE_ALONE.fullmatch(" ".join(text.strip(" .!").split())) is not None
