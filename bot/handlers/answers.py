"""Questions in a person's own words (bot/training/questions.py), their "qa" and "ex"
buttons, /myths and /exercise NAME."""

from __future__ import annotations

from telegram import Update

from bot.coach.smalltalk import Intent
from bot.handlers import logging_flow, reports, workouts
from bot.handlers import whole_day as whole_day_view
from bot.handlers.common import (
    Context,
    Press,
    Rows,
    answer_query,
    caller,
    cb,
    run,
    send,
    send_template,
    services,
)
from bot.runtime.services import Services
from bot.training import shown
from bot.training.card_at_step import CardAtStep
from bot.training.harder_asked import Harder
from bot.training.load_down_asked import LoadDown
from bot.training.logbook_replies import Finished, Swaps
from bot.training.nth_asked import NthAsked
from bot.training.outcomes import (
    Choice,
    Comparison,
    DidYouMean,
    EntryAnswer,
    ExerciseCard,
    ExerciseUsage,
    Family,
    Myths,
    NoCard,
    Outcome,
    PainOffer,
    SecondPart,
    Talk,
    Unknown,
)
from bot.training.people import day_text
from bot.training.plan_changes import PlanChanges
from bot.training.plan_why import PlanWhy
from bot.training.remark_asked import LoggedAsked
from bot.training.swap_asked import SwapLater
from bot.training.week_asked import WeekAsked
from bot.training.whole_day_note import DayNoted


def command_list(svc: Services) -> list[tuple[str, str]]:
    """(command, description) in menu order: content/labels.yaml's, one for each command
    (checked at start by bot.handlers.routes.check)."""
    return list(svc.render.labels["commands"].items())


async def help_command(update: Update, context: Context) -> None:
    await send_template(update, context, "help", commands=command_list(services(context)))


def _with_second(choices: list[Choice], second: SecondPart | None) -> list[Choice]:
    """The other question's entry or card first among the buttons, once."""
    if second is None:
        return choices
    return [second.choice, *(c for c in choices if c != second.choice)]


def choice_rows(choices: list[Choice]) -> Rows:
    return [[(c.title, cb(c.family, c.item_id))] for c in choices]


async def show(update: Update, context: Context, outcome: Outcome) -> None:
    """Send what a question (or /myths, /exercise) came to."""
    svc = services(context)
    if _about_the_log(outcome) and await logging_flow.log_if_any(update, context):
        return  # "how did I do?": today's log itself, as /log shows it, once there is one
    match outcome:
        case EntryAnswer():
            await send_template(
                update,
                context,
                "answer",
                choice_rows(_with_second(outcome.related, outcome.second)),
                entry=outcome.entry,
                goal_line=outcome.goal_line,
                line_named=outcome.line_named,
                sources=outcome.sources,
                goal=outcome.goal,
                facts=outcome.facts,
                plan_rest=outcome.plan_rest,
                plan_ranges=outcome.plan_ranges,
                plan_days=outcome.plan_days,
                also=outcome.also,
                second=outcome.second,
                not_covered=outcome.not_covered,
            )
        case ExerciseCard(card=card):
            await send_template(
                update,
                context,
                "exercise_card",
                choice_rows(_with_second([], outcome.second)),
                card=card,
                sources=outcome.sources,
                harder=outcome.harder,
                facts=outcome.facts,
                plan_rest=outcome.plan_rest,
                plan_ranges=outcome.plan_ranges,
                instead=outcome.instead,
                second=outcome.second,
                not_covered=outcome.not_covered,
                goals=[svc.render.label("goal_short", g.value) for g in outcome.used_for],
                places=[svc.render.label("place", p.value) for p in card.places],
            )
        case Comparison(cards=cards):
            each = [Choice(Family.EXERCISE, c.id, c.name) for c in cards]
            await send_template(
                update,
                context,
                "comparison",
                choice_rows(_with_second(each, outcome.second)),
                cards=cards,
                sources=outcome.sources,
                second=outcome.second,
                not_covered=outcome.not_covered,
                together=outcome.together,
            )
        case DidYouMean():
            await send_template(update, context, "did_you_mean", choice_rows(outcome.choices))
        case Unknown():
            await send_template(
                update,
                context,
                "unknown_question",
                choice_rows(outcome.topics),
                onboarded=outcome.onboarded,
                gap=outcome.gap,
                close=outcome.close,
                heard=outcome.heard,
                instead=outcome.instead,
                sources=outcome.sources,
                like=outcome.like,
                setting_up=outcome.setting_up,
            )
        case Talk(intent=Intent.HELP):  # "help", "what can you do": what /help says
            await help_command(update, context)
        case Talk(intent=Intent.HISTORY, onboarded=True, setting_up=False):
            # the sessions, not a pointer; a day, week or move asked: its sessions
            await reports.history_command(update, context, outcome.asked)
        case Talk(intent=Intent.PROGRESS, onboarded=True, setting_up=False):
            await reports.progress_command(update, context)
        case Talk(intent=Intent.WEEK, onboarded=True, setting_up=False):
            await workouts.week_command(update, context)
        case Talk(intent=Intent.TODAY | Intent.DONE, onboarded=True, setting_up=False):
            # The workout itself, not a pointer; "that's all for today" sees what is logged.
            await workouts.today_command(update, context, asked=outcome.named)
        case Talk(paused_now=True):  # "stop sending me workouts": done, and undone a tap away
            until = day_text(outcome.until) if outcome.until else None
            resume: Rows = [[(svc.render.label("button", "resume"), cb("pause", "off"))]]
            when = outcome.next_push
            await send_template(update, context, "paused", resume, until=until, when=when)
        case Talk(resumed_now=True):  # "start sending them again": back on, as /resume
            await send_template(
                update, context, "resumed", when=outcome.next_push, already_on=False
            )
        case Talk():
            rows: Rows = []
            label = svc.render.label
            if outcome.intent == Intent.RESTART and outcome.onboarded:  # the /start choice
                rows = [
                    [(label("button", "restart"), cb("start", "over"))],
                    [(label("button", "keep"), cb("start", "keep"))],
                ]
            if outcome.intent == Intent.GEAR and outcome.onboarded:  # asked, not changed
                rows = [[(label("button", "change_place"), cb("set", "place"))]]
            if outcome.intent in _PAUSING and outcome.onboarded:  # /pause or /resume, a tap away
                on = outcome.paused == (outcome.intent == Intent.PAUSE)  # already so: no button
                key, part = ("pause", "on") if outcome.intent == Intent.PAUSE else ("resume", "off")
                rows = [] if on else [[(label("button", key), cb("pause", part))]]
            if outcome.skip_day is not None and not outcome.paused:  # "i can't today"
                rows = workouts.push_buttons(svc, outcome.skip_day)[1:]
            if outcome.offer is not None:  # pain: skip today, or swap the move named
                rows = _pain_rows(svc, outcome.offer)
            if outcome.until is not None:  # "for a week": the pause ends by itself on its day
                stamp = outcome.until.strftime("%Y%m%d")
                rows = [[(label("button", "pause"), cb("pause", "on", stamp))]]
            await send_template(
                update,
                context,
                "talk",
                rows,
                intent=outcome.intent.value,
                onboarded=outcome.onboarded,
                setting_up=outcome.setting_up,
                paused=outcome.paused,
                next_push=outcome.next_push,
                zone=outcome.zone,
                until=day_text(outcome.until) if outcome.until else None,
                place=outcome.place,
                offer=outcome.offer,
                skip_day=outcome.skip_day is not None,
                show=outcome.show,
                show_asked=outcome.show_asked,
                show_day=day_text(outcome.show.day) if outcome.show else None,
                away_gym=outcome.away_gym,
                away_over=outcome.away_over,
                sets_left=outcome.sets_left,
                away_also=outcome.away_also,
                unit=outcome.unit,
                away_dropped=outcome.away_dropped,
                away_zone=outcome.away_zone,
                example=outcome.example,
                **away_words(outcome),
            )
        case Myths():
            rows = choice_rows(outcome.choices)
            await send_template(update, context, "myths", rows, count=len(rows))
        case ExerciseUsage():
            await send_template(update, context, "exercise_usage", names=outcome.names)
        case NoCard():
            await send_template(
                update, context, "exercise_unknown", name=outcome.name, names=outcome.names
            )


_PAUSING = frozenset({Intent.PAUSE, Intent.RESUME})


def away_words(outcome: Talk) -> dict[str, str]:
    """The days and the heaviest load of a kit said away, as the reply says them."""
    away = outcome.away
    if away is None:
        return {}
    if away.most is not None and away.most <= 0:
        most = "nothing"  # no equipment at all
    else:
        most = f"{away.most:g} {away.unit.value}" if away.most and away.unit else ""
    back = away.back_on
    for other in outcome.away_also:  # another while away straight after: back after it
        if other.first == back:
            back = other.back_on
    return {
        "away_first": day_text(away.first),
        "away_last": day_text(away.last),
        "away_back": day_text(back),
        "away_most": most,
    }


async def show_logged_asked(update: Update, context: Context, outcome: object) -> None:
    """A log entry typed as text, then the answer to a question said with its sets; or a
    move's card asked at its step, then the step again."""
    if isinstance(outcome, CardAtStep):
        await show(update, context, outcome.card)
        await logging_flow.show(update, context, outcome.step)
        return
    if isinstance(outcome, LoggedAsked):
        await logging_flow.show(update, context, outcome.logged)
        await show(update, context, outcome.answer)
        return
    await logging_flow.show(update, context, outcome)


def _pain_rows(svc: Services, offer: PainOffer) -> Rows:
    """Skip today's session (the push's own button), or swap the move named."""
    stamp = offer.day.strftime("%Y%m%d")
    skip = [(svc.render.label("button", "skip_today"), cb("push", "skip", stamp))]
    if offer.swap_id is None:
        return [skip]
    swap = svc.render.label("button", "swap_named").format(name=offer.swap_name)
    return [[(swap, cb("hurt", "swap", stamp, offer.swap_id))], skip]


def _about_the_log(outcome: Outcome) -> bool:
    return (
        isinstance(outcome, Talk)
        and outcome.intent == Intent.TODAYS_LOG
        and (outcome.onboarded and not outcome.setting_up)
    )


async def show_press(press: Press, outcome: Outcome) -> None:
    """A "qa" or "ex" button: the press is answered, then the item sent."""
    await answer_query(press.query)
    await show(press.update, press.context, outcome)


async def myths_command(update: Update, context: Context) -> None:
    await show(update, context, shown.myths(services(context)))


async def exercise_command(update: Update, context: Context) -> None:
    svc, who = services(context), caller(update)
    name = " ".join(context.args or [])
    found = await run(context, lambda s: shown.exercise_shown(svc, s, who.user_id, name))
    await show(update, context, found)


async def show_swap_asked(update: Update, context: Context, outcome: Swaps | SwapLater) -> None:
    """ "can i swap the lunges for something": today's Swap choices, as logging offers
    them; or, for a later workout's move, how to swap it when it comes."""
    if isinstance(outcome, SwapLater):
        await send_template(
            update, context, "swap_later", name=outcome.name, day=outcome.day,
            options=outcome.options, today=outcome.today,
        )  # fmt: skip
        return
    await logging_flow.show(update, context, outcome)


async def show_plan_changes(update: Update, context: Context, outcome: PlanChanges) -> None:
    """ "what changes now?": the plan now, its moves new, left behind and kept."""
    await send_template(update, context, "plan_changes", **vars(outcome))


async def show_load_down(update: Update, context: Context, outcome: LoadDown) -> None:
    """ "why did my hip thrust weight go down?": the load planned against the last one."""
    await send_template(update, context, "load_down", **vars(outcome))


async def show_harder(update: Update, context: Context, outcome: Harder) -> None:
    """ "what's the harder version": each move's, named or today's."""
    await send_template(update, context, "harder", **vars(outcome))


async def show_day_noted(update: Update, context: Context, outcome: DayNoted) -> None:
    """A whole day told in a few words: what was saved (as bot/handlers/whole_day.py says
    it), the remark typed with it said to be kept, then the finish or the load asked (last,
    as the question to answer)."""
    if not outcome.remark:
        await whole_day_view.show(update, context, outcome.day)
        if outcome.answer is not None:  # "Done. What is RPE?": answered beneath
            await show(update, context, outcome.answer)
        return
    svc, day = services(context), outcome.day
    asks = not isinstance(day.then, Finished) and day.then is not None
    saved = svc.render.text(
        "whole_day",
        saved=day.saved,
        same=day.same,
        planned=day.planned,
        then_asks=asks,
        extra=day.extra,
        later=day.later,
        today_now=day.today_now,
        day=day.day,
        days_back=day.days_back,
        typed=day.typed,
    )
    await send(update, context, saved)
    remark, yesterday = outcome.remark, outcome.yesterday
    await send_template(
        update,
        context,
        "whole_day_note",
        remark=remark,
        yesterday=yesterday,
        day=day.day,
        days_back=day.days_back,
    )
    for text, rows in logging_flow.messages(svc, day.then):
        await send(update, context, text, rows)
    if outcome.answer is not None:
        await show(update, context, outcome.answer)


async def show_plan_why(update: Update, context: Context, outcome: PlanWhy) -> None:
    """ "why so many hip thrusts": the plan's reason for the move."""
    await send_template(update, context, "plan_why", **vars(outcome))


async def show_week_asked(update: Update, context: Context, outcome: WeekAsked) -> None:
    """ "what week am I in?": the program's week and the workouts done since it began."""
    await send_template(update, context, "week_asked", **vars(outcome))


async def show_nth_asked(update: Update, context: Context, outcome: NthAsked) -> None:
    """ "what was the second one again": that move of the workout, as /today has it."""
    await send_template(update, context, "nth_asked", **vars(outcome))
