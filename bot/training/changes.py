"""A change of profile asked for in words once the setup is done: "change my training days
to tue and fri", "switch to pounds", or said as news: "I train at home now", "I want to do
bikini instead". Made when the new answer is in the message (as the /settings buttons make
it, without asking first: a change of goal or place keeps the program's weeks); else that
one /settings question is asked straight away. Days without training ("no workouts on
fridays") open the days question with those days unticked, for Done to keep: asked first."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from bot.coach import onboarding, schedule
from bot.coach.change_asked import asked_change, for_a_while
from bot.coach.days_for_a_while import (
    back_to_usual_days,
    days_from_this_week,
    days_this_week,
    for_good_said,
    weekdays_in,
)
from bot.coach.home_kit import pair_weight_said
from bot.coach.profile_change import (
    said_back_home,
    said_change,
    said_moved,
    said_whereabouts,
    time_after,
)
from bot.coach.smalltalk import Intent, bare_setting, setting_named
from bot.coach.smalltalk_workout import moved_said
from bot.runtime.services import Services
from bot.store import users
from bot.store.models import User
from bot.training import pair_asked
from bot.training.awaiting import LOGGING_MODES
from bot.training.ball_back import ball_back, bring_back
from bot.training.days_ahead import DaysFrom, days_from_next_week_said
from bot.training.days_back import usual_days_coming, usual_days_said, week_end
from bot.training.days_off import DaysOff, days_add, days_off, days_swap
from bot.training.home_gym import bands_joined, home_gym_kept, home_gym_said
from bot.training.kit_at_home import (
    ASK_HOW_HEAVY,
    NO_HEAVIER,
    kit_said,
    new_pair,
    pair_weighing,
    place_set,
)
from bot.training.people import awaiting, reschedule
from bot.training.questions import Choice, Family
from bot.training.setup import Applied, Changing, apply, open_setting
from bot.training.setup_views import Expected


@dataclass(frozen=True)
class ChangeSaid:
    """A change said as news, made: the new answer said, then the profile; the article the
    words would have got (when the coach is sure of one) a tap away."""

    applied: Applied
    topic: Choice | None


@dataclass(frozen=True)
class HomeZone:
    """ "back home now" with no trip said before it: the zone the workouts keep coming in,
    and how to change it."""

    zone: str
    at: str | None  # the push time, "18:30"


@dataclass(frozen=True)
class Already:
    """A change said as news that the profile has already ("I train at home now")."""

    step: str
    value: str
    topic: Choice | None
    usual: bool = False  # "back to normal days" with the usual days on already
    kept: bool = False  # the days of a while kept for good ("not only this week")
    dumbbells: bool = False  # the place said, with the dumbbells kept there (users.dumbbells)
    home_gym: str | None = None  # the place said, a home gym with a barbell (users.home_gym)
    how_heavy: bool = False  # another pair said with no weight: asked how heavy it is
    up_to: str | None = None  # the heaviest dumbbell kept, when asking: "10 kg"
    unit: str | None = None  # the person's unit, for the example asked for


def change_asked(
    svc: Services, s: Session, user: User, text: str
) -> Applied | Changing | Expected | ChangeSaid | Already | DaysOff | HomeZone | DaysFrom | None:
    """ "change my training days to tue and fri", "switch to pounds", "I train at home now":
    done, when the new answer is in the message (a change said as news is said back); else
    that one /settings question, asked straight away. None for anything else."""
    owed = awaiting(user)  # a logging step is held while the setting changes
    if user.onboarded_at is None or (owed is not None and owed.mode not in LOGGING_MODES):
        return None
    if (moved := _whereabouts(svc, s, user, text)) is not None:
        return moved
    if said_back_home(text):
        return _home_again(svc, s, user)
    if (ahead := days_from_next_week_said(svc, user, text)) is not None:
        # "from next week i can only do tue and fri": this week kept; "from the 14th ..."
        return ahead if isinstance(ahead, DaysFrom) else _days_now(svc, s, user, ahead)
    if (week := _days_for_the_week(svc, s, user, text)) is not None:
        return week
    if (days := _days_from_this_week(svc, s, user, text)) is not None:
        return days
    intent = asked_change(text)
    if intent == Intent.DAYS_OFF:
        return days_off(svc, user, text)
    if intent == Intent.DAYS_SWAP:
        return days_swap(svc, user, text)
    if intent == Intent.DAYS_ADD:
        return days_add(svc, user, text)
    if (pair := _pair_said(svc, s, user, new_pair(user, text))) is not None:  # "another pair!"
        return pair  # before a change said: "bought new dumbbells, 20lb" is no place asked
    barbell = home_gym_said(user, text)  # read below: "home gym with a barbell, no bands"
    if intent == Intent.SETTINGS and not barbell and (said := _change_said(svc, s, user, text)):
        return said
    if ball_back(user, text, None):  # "I got a stability ball", at home with no ball
        return ChangeSaid(bring_back(svc, s, user), None)
    gym = barbell or bands_joined(user, text)  # "... home gym with a barbell"
    if gym is not None:
        if home_gym_kept(user, gym):
            bells = bool(user.dumbbells)
            return Already("place", gym.value, None, dumbbells=bells, home_gym=user.home_gym)
        open_setting(svc, user, "place")
        return ChangeSaid(apply(svc, s, user, gym), None)
    if (kit := kit_said(user, text)) is not None:  # "no bands, just dumbbells", at home
        open_setting(svc, user, "place")  # holds a workout being logged, as /settings does
        return ChangeSaid(apply(svc, s, user, kit), None)
    step = setting_named(text) if intent == Intent.SETTINGS else bare_setting(text)
    step = "place" if step is None and place_set(text) else step
    if step is None:
        return None
    answer = onboarding.answer_named(step, text, svc.content.goals)
    before = users.answers_of(user).get(step)
    if answer is not None and answer.value == before and not _kit_new(user, answer):
        return Already(
            step, answer.value, None, dumbbells=bool(user.dumbbells), home_gym=user.home_gym
        )
    changing = open_setting(svc, user, step)
    hour = schedule.bare_hour_in(text) if answer is None and step == "time" else None
    if hour is not None:  # "send it at 5 instead": 05:00 or 17:00, a tap away
        return Expected("bare_hour", str(hour), changing.question, changing=True)
    if answer is None:
        return changing
    applied = apply(svc, s, user, answer)
    while_said = for_a_while(text) if step == "time" and before else None
    return replace(applied, for_a_while=(while_said, before)) if while_said and before else applied


def pair_weight(svc: Services, s: Session, user: User, text: str) -> ChangeSaid | Already | None:
    """ "15kg", "they're 15s" right after "How heavy is the new pair?": the new pair's
    weight, taken as "just got a pair of 15kg dumbbells" is; None for anything else."""
    if not pair_asked.taken(user, svc.clock.now()):
        return None
    weight = pair_weight_said(text)
    return None if weight is None else _pair_said(svc, s, user, pair_weighing(user, weight))


def whereabouts_said(
    svc: Services, s: Session, user: User, text: str
) -> ChangeSaid | Already | None:
    """ "I'm in New York this week" typed while a workout is being logged: tried before the
    set log, where a load question took it as a remark and the workouts stayed on home time."""
    owed = awaiting(user)
    if user.onboarded_at is None or owed is None or owed.mode not in LOGGING_MODES:
        return None
    # "just got another pair of dumbbells!": no remark on the step; with reps beside it
    # ("12kg 20 20 20 with my new dumbbells") it is the step's sets
    pair = new_pair(user, text) if len(re.findall(r"\d+", text)) < 2 else None
    if (said := _pair_said(svc, s, user, pair)) is not None:
        return said
    return _whereabouts(svc, s, user, text)


def _days_for_the_week(
    svc: Services, s: Session, user: User, text: str
) -> Applied | Already | None:
    """ "this week can we do wed and sun instead": the days changed, said not to change back
    by themselves; "back to normal days" then goes back to the days before that change."""
    before = user.days
    if before is None:
        return None
    if usual_days_coming(user) is not None and for_good_said(text):
        answer = _days_said_for_good(svc, text)
        if answer is None or answer.value == before:  # "not only this week": these days kept
            users.mark_days_change(user, "back", "")
            reschedule(user, svc.clock.now())
            return Already("days", before, None, kept=True)
        open_setting(svc, user, "days")  # other days said, for good
        return apply(svc, s, user, answer)
    for_now = not back_to_usual_days(text)
    if not for_now and usual_days_said(user):  # said twice, or never changed: as they are
        return Already("days", before, None, usual=True)
    answer = _days_said_for_now(svc, text) if for_now else _days_before(user)
    if answer is None:
        return None
    if answer.value == before:
        return Already("days", answer.value, None)
    coming = usual_days_coming(user)  # changed again within the while: the usual days kept
    applied = apply(svc, s, user, answer)
    if not for_now:
        users.mark_days_change(user, "while", True)
        return applied
    now, tz = svc.clock.now(), user.tz or "UTC"
    back = coming[0] if coming else week_end(schedule.local_date(now, tz), tz)
    usual = coming[1] if coming else before
    users.mark_days_change(user, "back", back.isoformat())
    users.mark_days_change(user, "usual", usual)
    reschedule(user, now)  # the usual days' push after the week's end
    on = back.astimezone(ZoneInfo(tz))
    return replace(
        applied, for_a_while=("for this week", usual), usual_back=f"{on:%A} {on.day} {on:%B}"
    )


def _days_from_this_week(
    svc: Services, s: Session, user: User, text: str
) -> Applied | Already | None:
    """ "from this week i can go only monday, wednesday and friday": the days, for good."""
    said = days_from_this_week(text)
    answer = None if said is None else onboarding.answer_named("days", said, svc.content.goals)
    if answer is None or moved_said(text) is not None:
        return None
    return _days_now(svc, s, user, answer)


def _days_now(
    svc: Services, s: Session, user: User, answer: onboarding.Answer
) -> Applied | Already:
    """New days said to start now ("from the 3rd ..." on the 3rd): made, or already so."""
    if answer.value == user.days:  # the days trained on already: nothing changes
        return Already("days", answer.value, None)
    open_setting(svc, user, "days")  # holds a workout being logged, as /settings does
    return apply(svc, s, user, answer)


def _days_said_for_good(svc: Services, text: str) -> onboarding.Answer | None:
    said = weekdays_in(text)
    return onboarding.answer_named("days", said, svc.content.goals) if said else None


def _days_said_for_now(svc: Services, text: str) -> onboarding.Answer | None:
    if moved_said(text) is not None:  # "do friday on saturday this week": a day's move
        return None
    said = days_this_week(text)
    return None if said is None else onboarding.answer_named("days", said, svc.content.goals)


def _days_before(user: User) -> onboarding.Answer | None:
    """The training days before the last change, if the days were ever changed."""
    coming = usual_days_coming(user)  # within a while: the days before it
    if coming is not None:
        return onboarding.Answer("days", coming[1])
    history = users.days_history(user)
    return onboarding.Answer("days", onboarding.encode_days(history[-1][1])) if history else None


def _whereabouts(svc: Services, s: Session, user: User, text: str) -> ChangeSaid | Already | None:
    """ "I'm in New York this week": the time zone of the city said, so the workouts come at
    their time there (said back; "back in Berlin" moves it home). None when no city is said."""
    place = said_whereabouts(text)
    if place is None:
        return None
    try:
        answer = onboarding.parse_text("zone", place)
    except onboarding.AnswerError:
        return None  # "I'm in the gym", "I'm in pain": no city
    if answer.value == user.tz:
        return Already("zone", answer.value, None)
    # The zone left is home until the trip ends ("back home now" goes back to it); moved
    # for good, there is none to go back to.
    left = None if answer.value == user.home_tz else (user.home_tz or user.tz)
    user.home_tz = None if said_moved(text) else left
    open_setting(svc, user, "zone")  # holds a workout being logged, as /settings does
    applied = apply(svc, s, user, answer)
    asked = time_after(text)  # "..., can you send at 7am my time": that time there
    try:
        at = onboarding.parse_text("time", asked) if asked else None
    except onboarding.AnswerError:
        at = None
    if at is not None and at.value != user.push_time:
        open_setting(svc, user, "time")
        timed = apply(svc, s, user, at)
        applied = replace(timed, step=applied.step, value=applied.value)
    return ChangeSaid(applied, None)


def trip_zone(svc: Services, s: Session, user: User, text: str) -> bool:
    """A city said beside the kit of a while away ("I'm in New York this week, the hotel gym
    only has dumbbells"): its time zone taken, as said alone; whether it moved."""
    for part in re.split(r"[,;.!]| and ", text):  # the clause naming the city
        if said_whereabouts(part) is not None:
            return isinstance(_whereabouts(svc, s, user, part), ChangeSaid)
    return False


def home_zone(svc: Services, s: Session, user: User) -> bool:
    """Back home from a trip to another time zone: home's zone again; whether it moved."""
    if user.home_tz is None or user.home_tz == user.tz:
        return False
    return isinstance(_home_again(svc, s, user), ChangeSaid)


def _home_again(svc: Services, s: Session, user: User) -> ChangeSaid | HomeZone:
    """ "back home now" after "I'm in Denver this week": the zone before the trip again,
    said back with the profile; with no trip said, the zone kept, said, and how to change it
    (it was "Welcome back! Your workouts are still on", on Denver's clock)."""
    home, user.home_tz = user.home_tz, None
    if home is None or home == user.tz:
        return HomeZone(user.tz or "UTC", user.push_time)
    open_setting(svc, user, "zone")  # holds a workout being logged, as /settings does
    return ChangeSaid(apply(svc, s, user, onboarding.Answer("zone", home)), None)


def _change_said(
    svc: Services, s: Session, user: User, text: str
) -> ChangeSaid | Already | Changing | None:
    """ "I train at home now": made, and said; "I changed my goal": its question asked."""
    said = said_change(text, svc.content.goals)
    if said is None:
        return None
    topic = _topic(svc, text)
    if ball_back(user, text, said.answer):  # "I train at home with a ball now"
        return ChangeSaid(bring_back(svc, s, user), topic)
    current = users.answers_of(user).get(said.step)
    if said.answer is not None and said.answer.value == current and not _kit_new(user, said.answer):
        return Already(
            said.step, current, topic, dumbbells=bool(user.dumbbells), home_gym=user.home_gym
        )
    changing = open_setting(svc, user, said.step)  # holds a workout being logged
    return ChangeSaid(apply(svc, s, user, said.answer), topic) if said.answer else changing


def _pair_said(
    svc: Services, s: Session, user: User, pair: onboarding.Answer | str | None
) -> ChangeSaid | Already | None:
    """Another pair of dumbbells said (kit_at_home.new_pair): how heavy asked, the heaviest
    kept said to stay, or a heavier one made the heaviest."""
    if pair in (ASK_HOW_HEAVY, NO_HEAVIER):
        if pair == ASK_HOW_HEAVY:  # the weight said next on its own is its answer
            pair_asked.keep(user, svc.clock.now())
        place, asking = users.answers_of(user)["place"] or "", pair == ASK_HOW_HEAVY
        up_to, unit = user.dumbbells_up_to, user.unit
        return Already("place", place, None, True, how_heavy=asking, up_to=up_to, unit=unit)
    if isinstance(pair, onboarding.Answer):  # "just got a pair of 15kg dumbbells"
        open_setting(svc, user, "place")
        return ChangeSaid(apply(svc, s, user, pair), None)
    return None


def _kit_new(user: User, answer: onboarding.Answer) -> bool:
    """Whether a place said as the one kept says new kit there: no ball, dumbbells ("I got
    dumbbells, can you switch me to home" with bodyweight only) or their heaviest ("... with
    dumbbells up to 25 lb now"): a change, not "already"."""
    no_ball = answer.no_ball and not user.no_ball
    kit = users.home_kit_said(user, answer.no_ball, answer.dumbbells, answer.heaviest)
    heavier = answer.dumbbells and kit[2] != user.dumbbells_up_to
    new = no_ball or (answer.dumbbells and not user.dumbbells) or heavier
    new = new or answer.home_gym != user.home_gym  # a barbell at home said, or no more
    return answer.step == "place" and new


def _topic(svc: Services, text: str) -> Choice | None:
    """The article the words got before they were read as a change ("Training at home"),
    when the coach is sure of it."""
    result = svc.matcher.match(text)
    best = result.best
    if result.kind != "answer" or best is None or best.kind != "entry":
        return None
    entry = svc.content.entries.get(best.entry_id)
    return Choice(Family.ENTRY, entry.id, entry.title) if entry else None
