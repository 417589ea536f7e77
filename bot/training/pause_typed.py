"""A pause typed as an instruction ("stop sending me workouts", "no workouts until monday")
is done at once and said back with a Resume button, as /pause would; asked about ("how do I
pause?") it is only offered, a tap away. People who say stop expect the messages to stop,
and those who ask them back ("can you start sending them again please") expect them back."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.coach.matcher import words
from bot.coach.smalltalk import Intent
from bot.runtime.services import Services
from bot.store.models import User
from bot.training.outcomes import Talk
from bot.training.workouts import set_paused

# On folded words: how to pause, whether they could, asked rather than told.
_ASKED_HOW = re.compile(
    r"^(how|can i|could i|may i|is there|is it possible|where|what if|should i|do i)\b"
    r"|\bhow (do|can|would|could) (i|we)\b|\bhow to\b|\bis there (a|any) way\b"
)
# What to stop, named: a bare "stop" or "quit" may mean the logging or the chat, and is
# only offered.
_NAMED = re.compile(
    r"\b(workouts?|messages?|msgs|reminders?|notifications?|pushes|texts?|texting|sending|send|"
    r"alerts?|unsubscribe|opt ?out|leave me alone|until|till|til|for (a|\d+|one|two|three) "
    r"(day|days|week|weeks|month|months))\b"
)


def paused_if_told(svc: Services, user: User, text: str, outcome: Talk) -> Talk:
    """`outcome` with the pause done, when it is a pause told by an onboarded person whose
    workouts are on; else `outcome` as it was (an offer, or "paused already")."""
    if outcome.intent != Intent.PAUSE or not outcome.onboarded:
        return outcome
    if outcome.paused and (outcome.until is None or outcome.until == user.paused_until):
        return outcome  # paused already, as said: nothing to change
    folded = " ".join(words(text))
    if _ASKED_HOW.search(folded) or not _NAMED.search(folded):
        return outcome
    push = set_paused(svc, user, True, outcome.until)
    return replace(outcome, paused=True, paused_now=True, next_push=push.when)


# Asked back by what is sent, not "I'm back" (welcomed, with Resume a tap away).
_SENT_AGAIN = re.compile(
    r"\b(resume|unpause|sending|send|texting|messaging|turn (them|it|\w+ \w+) back on)\b"
)


def resumed_if_told(svc: Services, user: User, text: str, outcome: Talk) -> Talk:
    """`outcome` with the workouts back on, when a paused person asks for them by what is
    sent ("start sending them again", "resume my workouts"); else `outcome` as it was."""
    if outcome.intent != Intent.RESUME or not outcome.onboarded or not outcome.paused:
        return outcome
    folded = " ".join(words(text))
    if (_ASKED_HOW.search(folded) and "again" not in folded) or not _SENT_AGAIN.search(folded):
        return outcome  # "how do I resume?" is answered, the workouts left paused
    push = set_paused(svc, user, False)
    return replace(outcome, paused=False, resumed_now=True, next_push=push.when)
