"""Days without training said in words: "no workouts on fridays" opens the days question
with those days unticked, "tuesday instead of thursday" with one ticked for another, "can I
add friday" with it ticked beside the rest; Done keeps them, "cancel" the days as they were."""

from __future__ import annotations

from dataclasses import dataclass

from bot.coach import onboarding
from bot.coach.smalltalk import talk_words
from bot.coach.smalltalk_life import days_named, days_swapped
from bot.runtime.services import Services
from bot.store.models import User
from bot.training import held
from bot.training.setup import Question, question


@dataclass(frozen=True)
class DaysOff:
    """ "no workouts on sundays": the days named, those of them trained on now and the days
    left; the days question with the named ones unticked, none when none is trained on."""

    named: tuple[int, ...]
    dropped: tuple[int, ...]
    kept: tuple[int, ...]
    question: Question | None
    added: tuple[int, ...] = ()  # "tuesday instead of thursday": the days ticked in their place
    adding: bool = False  # "can I add friday": the days named beside those trained on


def days_off(svc: Services, user: User, text: str) -> DaysOff:
    """The days question with the days named unticked: Done keeps the rest, "cancel" all."""
    days = onboarding.decode_days(user.days)
    named = days_named(" ".join(talk_words(text)))
    dropped = tuple(d for d in days if d in named)
    kept = tuple(d for d in days if d not in named)
    if not dropped:
        return DaysOff(named, (), kept, None)
    held.open_setting(user, "days", kept)  # holds a workout being logged, as /settings does
    return DaysOff(named, dropped, kept, question(svc, user, "days"))


def days_swap(svc: Services, user: User, text: str) -> DaysOff:
    """The days question with one day ticked for another ("tuesday instead of thursday"):
    Done keeps it from now on, "cancel" keeps the days as they were."""
    days = onboarding.decode_days(user.days)
    swapped = days_swapped(" ".join(talk_words(text)))
    given_up, taken = swapped if swapped else ((), ())
    dropped = tuple(d for d in days if d in given_up)
    added = tuple(d for d in taken if d not in days)
    if not dropped:  # not a day they train on: nothing to give up
        return DaysOff(given_up, (), days, None)
    chosen = tuple(sorted({*days, *added} - set(dropped)))
    held.open_setting(user, "days", chosen)  # holds a workout being logged, as /settings does
    return DaysOff(given_up, dropped, chosen, question(svc, user, "days"), added)


def days_add(svc: Services, user: User, text: str) -> DaysOff:
    """The days question with the days named ticked beside those trained on now: Done keeps
    them from now on, "cancel" keeps the days as they were."""
    days = onboarding.decode_days(user.days)
    named = days_named(" ".join(talk_words(text)))
    if not named:  # "can I add a fifth day?": which, asked with the days question
        held.open_setting(user, "days", days)
        return DaysOff((), (), days, question(svc, user, "days"), adding=True)
    added = tuple(d for d in named if d not in days)
    if not added:  # trained on already: nothing to add
        return DaysOff(named, (), days, None, adding=True)
    chosen = tuple(sorted({*days, *added}))
    held.open_setting(user, "days", chosen)  # holds a workout being logged, as /settings does
    return DaysOff(named, (), chosen, question(svc, user, "days"), added, adding=True)
