"""Setting up and changing the profile: /start, the onboarding questions one at a time
(buttons or text), /settings. Where the person is lives in users.awaiting, so a restart
resumes at the same question."""

from __future__ import annotations

import json
from dataclasses import replace

from sqlalchemy.orm import Session

from bot.coach import onboarding, schedule
from bot.coach.onboarding import STEPS, Answer, AnswerError
from bot.coach.profile import Goal
from bot.coach.profile_change import changed_setting, said_earlier
from bot.coach.programs import week_number
from bot.coach.smalltalk import Intent, never_mind, setting_named, understand
from bot.runtime.services import Services
from bot.store import users
from bot.store.models import User
from bot.training import awaiting as wait
from bot.training import clock_notes, held, questions, show_day
from bot.training.asked_in_answer import asked_too, without_questions
from bot.training.awaiting import Mode
from bot.training.home_gym import home_gym_plan
from bot.training.links import NO_LINK, read_link
from bot.training.parts import id_part
from bot.training.people import (
    Caller,
    awaiting,
    expect,
    local_today,
    person,
    profile_of,
    reschedule,
)
from bot.training.rotation import continue_rotation
from bot.training.setup_views import (  # what the handlers show
    AlreadySetUp,
    AnsweredMeanwhile,
    Applied,
    Changing,
    DaysTicked,
    Expected,
    FinishFirst,
    Question,
    SettingsMenu,
    Simple,
    StartedOver,
    Summary,
    Welcome,
)
from bot.training.summary import summary_of
from bot.training.targets import held_in_plan

# --- questions ---------------------------------------------------------------------------------


def _draft_days(user: User) -> tuple[int, ...]:
    try:
        draft = json.loads(user.draft or "{}")
        return tuple(sorted({int(d) for d in draft.get("days", []) if 0 <= int(d) <= 6}))
    except (ValueError, TypeError, AttributeError):
        return ()


def _suggested(svc: Services, user: User) -> tuple[int, ...]:
    goal = Goal(user.goal) if user.goal in {g.value for g in Goal} else Goal.TONE
    return svc.content.goals[goal].suggested_days


def question(svc: Services, user: User, step: str) -> Question:
    changing = user.onboarded_at is not None
    if step == "days":
        return Question(step, user.goal, _draft_days(user), _suggested(svc, user), changing)
    return Question(step, user.goal, changing=changing)


def pending_question(svc: Services, user: User) -> Question | None:
    """The onboarding or settings question this person owes us, if any."""
    what = awaiting(user)
    step = what.step if what else None
    return question(svc, user, step) if step else None


# --- use cases ---------------------------------------------------------------------------------


def start(
    svc: Services, s: Session, caller: Caller, payload: str | None = None
) -> Welcome | AlreadySetUp:
    """/start: welcome, resume the setup, or offer keep / start over. A deep link's goal
    answers the goal question unless it is answered already (a profile is never changed by
    a link); its topic is shown whatever the state."""
    now = svc.clock.now()
    user = person(s, caller, now)
    link = read_link(svc, user, payload)
    if not user.active:  # they had blocked us; /start again turns pushes back on
        users.reactivate(user)
        reschedule(user, now)
    if user.onboarded_at is not None and (profile := profile_of(user)) is not None:
        expect(user, None, user.draft)
        today = local_today(profile, now)
        begun = profile.started_on is not None and profile.started_on <= today
        week = week_number(profile, today) if begun else 1
        days = onboarding.decode_days(user.days)
        return AlreadySetUp(user.goal, days, link, week if week > 1 else None)
    answers = users.answers_of(user)
    resume = onboarding.next_step(answers) not in (None, "goal")
    if link.goal is not None and not answers.get("goal"):
        users.set_answer(user, "goal", link.goal, now)
    elif link.goal is not None:
        link = NO_LINK  # their own choice stands
    step = onboarding.next_step(users.answers_of(user)) or "goal"
    expect(user, wait.onboarding(step), user.draft)
    return Welcome(resume, caller.first_name, question(svc, user, step), link)


def settings(svc: Services, s: Session, caller: Caller) -> SettingsMenu | FinishFirst:
    user = person(s, caller, svc.clock.now())
    if user.onboarded_at is None:
        step = onboarding.next_step(users.answers_of(user)) or "goal"
        expect(user, wait.onboarding(step), user.draft)
        return FinishFirst(question(svc, user, step))
    keep = held.held(user)  # a workout being logged stays so while the menu is open
    expect(user, keep.step if keep else None, keep.draft if keep else user.draft)
    answers = users.answers_of(user)
    current = [(step, answers[step] or "") for step in STEPS]
    return SettingsMenu(current, bool(user.dumbbells), user.dumbbells_up_to, user.home_gym)


def unfinished(svc: Services, s: Session, caller: Caller) -> FinishFirst | None:
    """The setup question someone partway through it owes, for a command that needs a
    profile (finish it, not /start again); None for someone who never began it."""
    user = users.get_user(s, caller.user_id, lock=True)
    begun = user is not None and (user.awaiting or any(users.answers_of(user).values()))
    if user is None or user.onboarded_at is not None or not begun:
        return None
    owed = settings(svc, s, caller)  # the question again, as /settings asks it
    return owed if isinstance(owed, FinishFirst) else None


def _finish(svc: Services, user: User) -> None:
    now = svc.clock.now()
    users.finish_setup(user, now, schedule.local_date(now, user.tz) if user.tz else None)
    reschedule(user, now)


def apply(svc: Services, s: Session, user: User, answer: Answer) -> Applied:
    """Store an answer and move on: the next question, or the summary (and back to the
    exercise being logged before the setting was changed, if one was)."""
    what, keep = awaiting(user), held.held(user)
    onboarding_now = what is not None and what.mode == Mode.ONBOARDING
    before = profile_of(user) if answer.step == "days" else None
    same = not onboarding_now and users.answers_of(user)[answer.step] == answer.value
    kit = users.home_kit_said(user, answer.no_ball, answer.dumbbells, answer.heaviest)
    kept = answer.step != "place" or (kit, answer.home_gym) == (users.home_kit(user), user.home_gym)
    same = same and kept
    users.set_answer(user, answer.step, answer.value, svc.clock.now())
    if answer.step == "place":
        users.set_home_kit(user, kit)
        user.home_gym = answer.home_gym  # a place answer without a barbell leaves it out
    users.unit_for_heaviest(user)
    if before is not None and before.started_on is not None:
        continue_rotation(svc, s, user, before)
    nxt = onboarding.next_step(users.answers_of(user)) if onboarding_now else None
    if nxt is None:
        _finish(svc, user)
        if not onboarding_now and answer.step in clock_notes.CLOCK_STEPS:
            clock_notes.after_todays_push(s, user, svc.clock.now())
        summary = replace(summary_of(svc, user, updated=not onboarding_now), unchanged=same)
        if not onboarding_now and answer.step in clock_notes.CLOCK_STEPS:
            today_on = clock_notes.still_on_today(s, user, svc.clock.now())
            summary = replace(summary, today_on=today_on)
        if not onboarding_now and not same and answer.step in clock_notes.PLAN_STEPS:
            today_new = clock_notes.pushed_today_unlogged(s, user, svc.clock.now())
            summary = replace(summary, today_new=today_new)
        back = None if onboarding_now else held.come_back(svc, s, user, keep)
        then: Question | Summary = summary
    else:
        expect(user, wait.onboarding(nxt))
        then, back = question(svc, user, nxt), None
    # what the place answer said of the kit: the reply says what the plan leaves out
    no_ball, no_bands, bells = answer.no_ball, answer.no_bands, answer.dumbbells
    bells = bells and not answer.home_gym  # kept at a home gym, but its plan is no bodyweight one
    up_to = kit[2] if answer.step == "place" else None  # the heaviest dumbbell kept: "10 kg"
    goal = users.answers_of(user).get("goal")  # the moves of her own plan that hold them
    moves = held_in_plan(svc, goal, answer.value) if bells and goal else ()
    return Applied(
        answer.step, answer.value, then, back, no_ball=no_ball, no_bands=no_bands, dumbbells=bells,
        up_to=up_to, held=moves,
        home_gym=home_gym_plan(svc, user.goal, answer.home_gym, answer.dumbbells),
    )  # fmt: skip


# Said while a question waits, these get the reply saying what it expects instead;
# "???" and "what?" among them: what the question expects is what to do next.
_QUIET = (Intent.EMOJI, Intent.YES_NO, Intent.GREETING, Intent.CONFUSED, Intent.FOLLOW_UP)


def on_text(
    svc: Services, s: Session, user: User, text: str
) -> Applied | Expected | AnsweredMeanwhile | Changing | StartedOver | None:
    """Typed text as the answer to the pending question; None if none is pending, and for
    text that doesn't answer a setting being changed: a set log typed meanwhile is a set log
    (`not_an_answer` takes what the logbook leaves)."""
    what = awaiting(user)
    step = what.step if what else None
    if what is None or step is None:
        return None
    rest = without_questions(text) if what.mode == Mode.ONBOARDING else None
    if rest is not None:  # the answer beside a question: taken, and the question answered
        said = on_text(svc, s, user, rest)
        if isinstance(said, Applied):
            return replace(said, asked=asked_too(svc, s, user, text))
    if understand(text) == Intent.PAIN:  # "my knees ache a little": pain, not "a little" lifting
        return (
            None
            if what.mode == Mode.SETTINGS
            else _not_an_answer(svc, s, user, step, "unclear", text)
        )
    if what.mode == Mode.ONBOARDING and (
        understand(text) == Intent.SHOW
        or show_day.show_day_said(text, show_day.today_of(svc, user))
    ):
        return _show_said(svc, s, user, step, text)
    try:
        answer = onboarding.parse_text(step, text, svc.content.goals)
    except AnswerError as err:
        if step == "days" and err.code == "unclear":
            counted = (
                _days_toggled(svc, user, text)
                or _days_in_a_sentence(svc, s, user, text)
                or _days_counted(svc, s, user, text)
            )
            if counted is not None:
                return counted
        if err.code == "unclear" and what.mode == Mode.SETTINGS:
            return None
        if step == "zone" and err.code == "unclear" and _time_again(user, text):
            return Expected("time_known", text, question(svc, user, step))
        changed = _changed_on_the_way(svc, s, user, step, text) if err.code == "unclear" else None
        return changed or _not_an_answer(svc, s, user, step, err.code, text)
    applied = apply(svc, s, user, answer)
    return replace(applied, kit_left_out=True) if onboarding.kit_left_out(answer, text) else applied


def _show_said(
    svc: Services, s: Session, user: User, step: str, text: str
) -> Applied | AnsweredMeanwhile:
    """A show said during the setup ("bikini! my show is in 10 weeks", "show is march 14"):
    the goal taken when it is the goal question's answer, and the show acknowledged (its
    prep isn't in the articles), its day kept when one is said; never "10 weeks" of lifting."""
    show = show_day.keep_said(svc, user, text)
    if step == "goal":
        try:
            answer = onboarding.parse_text(step, text, svc.content.goals)
        except AnswerError:
            answer = None
        if answer is not None:
            return replace(apply(svc, s, user, answer), show_said=True, show=show)
    talk = questions.Talk(Intent.SHOW, user.onboarded_at is not None, setting_up=True, show=show)
    return AnsweredMeanwhile(talk, question(svc, user, step))


def _changed_on_the_way(
    svc: Services, s: Session, user: User, step: str, text: str
) -> Applied | Changing | None:
    """During setup, an answer already given changed ("no wait, tue fri" at the time question,
    "I train at home now" at the days question) or one given early ("at home" at the
    experience question) is stored and said, then the question comes again; "can I change my
    goal" asks that question again."""
    goals = svc.content.goals
    new = (
        onboarding.correction(step, text, goals)
        or onboarding.answered_ahead(step, text, goals)
        or said_earlier(step, text, goals)
    )
    said = changed_setting(text)  # "I'm not a beginner anymore": said_earlier read nothing
    named = (said or setting_named(text)) if understand(text) == Intent.SETTINGS else None
    if new is None and named is not None and STEPS.index(named) < STEPS.index(step):
        new = None if said else onboarding.answer_named(named, text, goals)
        if new is None:
            expect(user, wait.onboarding(named), user.draft)
            return Changing(question(svc, user, named))
    if new is None:
        return None
    ticked = _draft_days(user) if step == "days" else ()  # the days ticked so far stay
    applied = replace(apply(svc, s, user, new), corrected=True)
    if ticked:
        held.tick_days(user, ticked)
    return replace(applied, then=question(svc, user, step)) if ticked else applied


def _time_again(user: User, text: str) -> bool:
    """ "About half six in the morning" at the zone question: the time kept, not a zone."""
    at = schedule.parse_time_of_day(text)
    return at is not None and users.answers_of(user)["time"] == at.strftime("%H:%M")


def _days_in_a_sentence(svc: Services, s: Session, user: User, text: str) -> Applied | None:
    """ "I usually go Monday Wednesday and Friday before work, about half six": the days, and
    during the setup a time said with them, kept for the question after; both said back."""
    days = schedule.days_in_sentence(text)
    what = awaiting(user)
    if days is None or what is None:
        return None
    said = [("days", onboarding.encode_days(days))]
    at = schedule.parse_time_of_day(text)
    if at is not None and what.mode == Mode.ONBOARDING and not users.answers_of(user)["time"]:
        said.append(("time", at.strftime("%H:%M")))
        users.set_answer(user, "time", said[-1][1], svc.clock.now())
    return replace(apply(svc, s, user, Answer(*said[0])), said_back=tuple(said))


def _days_toggled(svc: Services, user: User, text: str) -> Expected | None:
    """ "drop friday", "add saturday too" at the days question: those days unticked or ticked
    beside the ones picked so far (not the only days trained on), kept with Done."""
    toggled = schedule.days_toggled(text)
    if toggled is None:
        return None
    adding, named = toggled
    chosen = set(_draft_days(user))
    held.tick_days(user, chosen | set(named) if adding else chosen - set(named))
    return Expected("toggled", text, question(svc, user, "days"), held.changing(user, "days"))


def _days_counted(svc: Services, s: Session, user: User, text: str) -> Applied | Expected | None:
    """ "3 days a week" says how many, not which: that many days spread over the week are
    ticked, to keep with Done (or "ok") or change. "ok" with days ticked keeps them."""
    chosen = _draft_days(user)
    if chosen and onboarding.confirms(text):
        return apply(svc, s, user, Answer("days", onboarding.encode_days(chosen)))
    if onboarding.defers(text):  # "whatever you suggest"
        return apply(svc, s, user, Answer("days", onboarding.encode_days(_suggested(svc, user))))
    count = schedule.parse_day_count(text)
    if count is None:
        return None
    suggested = _suggested(svc, user)
    days = suggested if len(suggested) == count else schedule.spread_days(count)
    held.tick_days(user, days)
    return Expected("count", text, question(svc, user, "days"), held.changing(user, "days"))


def not_an_answer(
    svc: Services, s: Session, user: User, text: str
) -> Expected | AnsweredMeanwhile | Simple | StartedOver | None:
    """Text that doesn't answer the setting being changed, and that nothing else took:
    "cancel" keeps the setting; otherwise what the question expects, asked again."""
    what = awaiting(user)
    if what is None or what.mode != Mode.SETTINGS or what.step is None:
        return None
    if never_mind(text):
        return Simple("settings_closed", held.come_back(svc, s, user, held.held(user)))
    return _not_an_answer(svc, s, user, what.step, "unclear", text)


def open_setting(svc: Services, user: User, step: str) -> Changing:
    """Wait for a new answer to `step` (the days start from those chosen now)."""
    held.open_setting(user, step, onboarding.decode_days(user.days) if step == "days" else None)
    return Changing(question(svc, user, step))


def _not_an_answer(
    svc: Services, s: Session, user: User, step: str, code: str, text: str
) -> Expected | AnsweredMeanwhile | StartedOver:
    """Conversation gets its reply and a sure question its answer, then the question comes
    again; anything else hears what the question expects."""
    asked = question(svc, user, step)
    hour = schedule.bare_hour_in(text) if step == "time" and code == "unclear" else None
    if hour is not None:  # "send my workouts at 5": 05:00 or 17:00, a tap away
        return Expected("bare_hour", str(hour), asked, held.changing(user, step))
    if code == "unclear":
        intent = understand(text)
        if intent == Intent.SETTINGS and changed_setting(text):  # said, not asked: as unread
            intent = None
        if intent == Intent.RESTART and user.onboarded_at is None:  # "start over" mid-setup
            users.clear_profile(user)
            expect(user, wait.onboarding("goal"))
            return StartedOver(question(svc, user, "goal"))
        if intent is not None and intent not in _QUIET:
            onboarded = user.onboarded_at is not None
            return AnsweredMeanwhile(questions.Talk(intent, onboarded, setting_up=True), asked)
        meanwhile = (
            questions.answer_if_sure(svc, s, user, text)
            or questions.declined_if_gap(svc, s, user, text)
            if intent is None
            else None
        )
        if meanwhile is not None:
            return AnsweredMeanwhile(meanwhile, asked)
        if intent == Intent.GREETING:  # "hiii 👋": greeted back, then what the question needs
            code = "greeting"
    return Expected(code, text, asked, held.changing(user, step))


def on_press(
    svc: Services, s: Session, user: User, parts: list[str]
) -> Applied | DaysTicked | Simple | StartedOver | Changing | None:
    """Onboarding and settings buttons: "ans:<step>:<value>", "day:<n|sug|ok>",
    "start:keep|over", "set:<step|close>". None for data that is stale or not ours."""
    kind, what = parts[0], awaiting(user)
    step = what.step if what else None

    if kind == "ans" and len(parts) == 3:
        if step != parts[1]:
            return None
        try:
            answer = (
                onboarding.parse_text("time", parts[2])
                if step == "time"
                else onboarding.parse_option(parts[1], parts[2])
            )
        except AnswerError:
            return None
        return apply(svc, s, user, answer)

    if kind == "day" and len(parts) == 2:
        if step != "days":
            return None
        chosen = set(_draft_days(user))
        if parts[1] == "ok":
            if not chosen:
                return Simple("pick_a_day")
            return apply(svc, s, user, Answer("days", onboarding.encode_days(chosen)))
        if parts[1] == "sug":
            chosen = set(_suggested(svc, user))
        elif (day := id_part(parts[1])) is not None and day < 7:
            chosen ^= {day}
        else:
            return None
        held.tick_days(user, chosen)
        return DaysTicked(question(svc, user, "days"))

    if kind == "start" and len(parts) == 2 and parts[1] in ("keep", "over"):
        if user.onboarded_at is None:
            return None
        if parts[1] == "keep":
            return Simple("kept")
        users.clear_profile(user)
        expect(user, wait.onboarding("goal"))
        return StartedOver(question(svc, user, "goal"))

    if kind == "set" and len(parts) == 2:
        if user.onboarded_at is None or parts[1] not in (*STEPS, "close"):
            return None
        if parts[1] == "close":
            return Simple("settings_closed", held.come_back(svc, s, user, held.held(user)))
        return open_setting(svc, user, parts[1])
    return None
