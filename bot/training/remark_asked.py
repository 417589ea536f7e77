"""A question typed with the sets ("split squats 2x10 @ 25 lbs, felt easy. can i go
heavier?"): the sets shown to save with the remark kept, as before, and the question
answered beneath, as one asked between sets is. Before, it was only kept as a remark.
A whole day told in a few words with a question after it is answered so too
(whole_day_note.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from sqlalchemy.orm import Session

from bot.coach.smalltalk import Intent, understand
from bot.runtime.services import Services
from bot.store.models import User
from bot.training import logbook, pain_offer, questions
from bot.training.logbook import TextOutcome
from bot.training.logbook_named import WhichExercise
from bot.training.logbook_replies import Echo, NeedLoad, Saved
from bot.training.outcomes import DidYouMean, Outcome, PainOffer, Talk, Unknown
from bot.training.people import finished_profile
from bot.training.today_moved import said, today_now
from bot.training.typed import asks, has_digit

_SENTENCE = re.compile(r"(?<=[.!?])\s+")


@dataclass(frozen=True)
class LoggedAsked:
    """The log entry's outcome, then the answer to the question said with it."""

    logged: Echo | Saved | WhichExercise
    answer: Outcome


def on_text(svc: Services, s: Session, user: User, text: str) -> TextOutcome | LoggedAsked:
    before = finished_profile(user)
    out = logbook.on_text(svc, s, user, text)
    split = _asked_after(text)  # "I only managed 15 with the green band. Should I ...?"
    if out is None and split is not None:
        out = _with_question(logbook.on_text(svc, s, user, split[0]), split[1])
    if isinstance(out, WhichExercise) and split is not None:  # which move, then the answer
        answered = answer_in(svc, user, split[1])
        return out if answered is None else LoggedAsked(out, answered[1])
    if isinstance(out, Echo | NeedLoad):  # "yesterday: squat ...": today renumbered, said
        out = said(out, today_now(svc, user, before))
    if not isinstance(out, Echo | Saved):
        return out
    # the entry shown, or after the one waiting was saved, the one typed ("Saved", then it)
    then = out.then if isinstance(out, Saved) else None
    remark = out.remark or (then.remark if isinstance(then, Echo | Saved) else None)
    if not remark:  # "Skater lunges were hard on my knees so I did only one set of 12. ..."
        hurt_told = _pain_clause(text)
        told = {out.name, *((then.name,) if isinstance(then, Echo | Saved) else ())}
        hurt = pain_said(svc, s, user, hurt_told, told) if hurt_told else None
        return out if hurt is None else LoggedAsked(out, hurt)
    answered = answer_in(svc, user, remark)
    told = {out.name, *((then.name,) if isinstance(then, Echo | Saved) else ())}
    if answered is None and (hurt := pain_said(svc, s, user, remark, told)) is not None:
        return LoggedAsked(out, hurt)  # "..., my hip was sore": the sets, then the pain reply
    return out if answered is None else LoggedAsked(out, answered[1])


# Where a story's clauses part: "Skater lunges were hard on my knees so I did only one ..."
_CLAUSE = re.compile(r"[.;!?,]+\s*|\s+(?:so|but|and then|then)\s+", re.I)


def _pain_clause(text: str) -> str | None:
    """The clause with no number that says a pain, in a story of sets ("Skater lunges were
    hard on my knees"); None when none does."""
    for clause in _CLAUSE.split(text):
        if clause.strip() and not has_digit(clause) and understand(clause) == Intent.PAIN:
            return clause.strip()
    return None


def _asked_after(text: str) -> tuple[str, str] | None:
    """ "I only managed 15 with the green band. Should I use a lighter band?": the sentences
    with the numbers, and the question after them (no number in it); None for other text."""
    parts = _SENTENCE.split(text.strip())
    at = len(parts)
    while at > 1 and asks(parts[at - 1]) and not has_digit(parts[at - 1]):
        at -= 1
    head = " ".join(parts[:at])
    if at == len(parts) or not has_digit(head) or asks(head):
        return None
    return head, " ".join(parts[at:])


def _with_question(out: TextOutcome, asked: str) -> TextOutcome:
    """The entry read from the sentences before the question, with the question kept as its
    remark (answered below it, as a question after the sets is), or which move it was asked;
    anything else: no entry."""
    if isinstance(out, WhichExercise):
        return out
    if not isinstance(out, Echo):
        return None
    return replace(out, remark=f"{out.remark} {asked}" if out.remark else asked)


def pain_said(svc: Services, s: Session, user: User, remark: str, told: set[str]) -> Outcome | None:
    """Pain said in the remark kept with sets ("i did the bridges but only 2 sets my hip
    was sore"): the pain reply, its offer as for pain said alone, never the swap or the
    skip of a move whose sets were just told (`told`, by name: it is done), as "only 15
    each my knees dont like them" at the skater lunge points "them" at."""
    if understand(remark) != Intent.PAIN:
        return None
    said = questions.reply_to(svc, user, remark)
    if not isinstance(said, Talk) or said.intent != Intent.PAIN:
        return None
    offer = pain_offer.offer(svc, s, user, remark)
    if offer is not None and (done := {offer.swap_name, offer.alone_name} & told):
        offer = PainOffer(offer.day, told_name=done.pop())  # today's Skip only, the move named
    return replace(said, offer=offer)


def answer_in(svc: Services, user: User, remark: str) -> tuple[str, Outcome] | None:
    """The question a remark asks (its last sentence that asks) and the coach's answer; None
    when it asks none, or when the coach has none for a question about the sets themselves
    ("is that good?": kept as a remark, no answer worth its place under them). A question
    of its own ("What is RPE?") gets even "I don't know that one yet", never silence."""
    asked = next((x for x in reversed(_SENTENCE.split(remark)) if asks(x)), None)
    if asked is None:
        return None
    answer = questions.reply_to(svc, user, asked)
    if isinstance(answer, Unknown | DidYouMean) and not _OWN_QUESTION.match(asked):
        return None
    return asked, answer


# A question asked for itself, not of the sets before it: a question word first, a "?" last,
# and nothing pointing back ("what is RPE?", not "is that good?" or "what does that mean?").
_OWN_QUESTION = re.compile(
    r"^\s*(?!.*\b(?:that|it|this|those|these|they)\b)(?:what|whats|what's|how|why|which|who|when"
    r"|where)\b.*\?\s*$",
    re.IGNORECASE,
)
