"""Logging what was done: the replies for bot/training/logbook.py's outcomes, and /log and
/undo. The text step (logbook.on_text) and the button steps (logbook.on_press for "lg",
logbook.on_start_press for "push:start", logbook.on_rest_press for "push:pull" and
"push:extra") are wired in bot/handlers/routes.py."""

from __future__ import annotations

from datetime import date
from functools import wraps

from telegram import InlineKeyboardMarkup, Update

from bot.handlers.common import (
    Context,
    Handler,
    Press,
    Rows,
    answer_query,
    caller,
    cb,
    drop_buttons,
    edit_text,
    for_profile,
    keyboard,
    run,
    send,
    services,
)
from bot.handlers.reports import recap_text
from bot.runtime.services import Services
from bot.training import logbook, logbook_edit, rest
from bot.training.load_at_step import LoadAnswered
from bot.training.logbook import (
    Ask,
    DayOutOfReach,
    Echo,
    Finished,
    Fix,
    NeedLoad,
    NothingToday,
    NothingToUndo,
    ParseFailed,
    RestDay,
    Saved,
    SetKept,
    SingleExercises,
    SkipAsked,
    Swaps,
    SwapUnavailable,
    Tapped,
    TodayLog,
    TooLongAgo,
    Undone,
    WhichExercise,
)
from bot.training.logbook_load import LAST_LOAD, NO_LOAD
from bot.training.single_example import OwnSingleExercises

Message = tuple[str, Rows]
Button = tuple[str, str]


def ask_message(svc: Services, ask: Ask) -> Message:
    label = svc.render.label
    load = f" @ {ask.planned_load:g} {ask.unit}" if ask.planned_load is not None else ""
    hint = f" ({ask.planned_sets}×{ask.rep_high}{load})"
    skip = (label("log", "skip"), cb("lg", "skip", ask.log_id))
    swap = (label("log", "swap"), cb("lg", "swap", ask.log_id))
    rows: list[list[Button]] = [
        [(label("log", "done") + hint, cb("lg", "done", ask.log_id))],
        [skip] if ask.saved else [skip, swap],  # sets saved (✎ on /log): they stay its own
    ]
    if ask.rest_seconds > 0:
        rows.append([rest_button(svc, ask.log_id, ask.rest_seconds)])
    text = svc.render.text(
        "log_ask",
        position=ask.position,
        count=ask.count,
        name=ask.name,
        log=ask,  # planned_sets, rep_low, rep_high, planned_load, unit, saved, day
        last=ask.last,
        swapped_from=ask.swapped_from,
        change=ask.change,
        variation=ask.variation,
    )
    return text, rows


def echo_rows(svc: Services, echo: Echo) -> Rows:
    """Save and Fix; when the exercise already has sets today, Save is two buttons: add
    these to them (first: what people mean when they did more sets later) or replace them."""
    label = svc.render.label
    fix = (label("log", "fix"), cb("lg", "fix", echo.log_id))
    if echo.saved is None:
        return [[(label("log", "save"), cb("lg", "ok", echo.log_id)), fix]]
    add = (label("log", "add"), cb("lg", "add", echo.log_id))
    return [[add, (label("log", "replace"), cb("lg", "rpl", echo.log_id))], [fix]]


def rest_day_rows(svc: Services, day: date, next_day: date, *, today: bool = True) -> Rows:
    """On rest day `day`: log the next planned workout (on `next_day`) that day, or single
    exercises."""
    stamp = day.strftime("%Y%m%d")
    label = svc.render.label
    key = "bring_forward" if today else "bring_forward_yesterday"
    pull = label("button", key).format(
        day=svc.render.day_name(next_day.weekday(), short=False),
        on=svc.render.day_name(day.weekday(), short=False),
    )
    return [
        [(pull, cb("push", "pull", stamp))],
        [(label("button", "single_exercises"), cb("push", "extra", stamp))],
    ]


def finished_messages(svc: Services, done: Finished) -> list[Message]:
    text = svc.render.text(
        "log_finished",
        done=done.done,
        total=done.total,
        changes=[(c.name, c) for c in done.changes],
        unit=done.unit,
        day=done.day,
        days_back=done.days_back,
    )
    undo = (
        svc.render.label("log", "undo_named").format(name=done.undo_name)
        if done.undo_name
        else svc.render.label("log", "undo")
    )
    out: list[Message] = [(text, [[(undo, cb("lg", "undo", done.undo_id, done.undo_stamp))]])]
    recap = recap_text(svc, done.recap) if done.recap is not None else None
    return [*out, (recap, [])] if recap else out


def messages(svc: Services, outcome: object) -> list[Message]:
    """What an outcome says, message by message, in order."""
    text, label = svc.render.text, svc.render.label
    match outcome:
        case None:
            return []
        case Ask():
            return [ask_message(svc, outcome)]
        case LoadAnswered(answer=answer, step=step):  # "how heavy?" at "Save it?": then it
            said = text(
                "log_load_asked", name=answer.name, log=answer, last=answer.last, alone=True
            )
            return [(said, []), *messages(svc, step)]
        case Finished():
            return [*finished_messages(svc, outcome), *messages(svc, outcome.then)]
        case Saved(then=then):
            saved = text(
                "log_saved",
                name=outcome.name,
                sets=outcome.sets,
                skipped=outcome.skipped,
                added_to=outcome.added_to,
                day=outcome.day,
                days_back=outcome.days_back,
                dropped=outcome.dropped,
                band_load=outcome.band_load,
                remark=outcome.remark,
                bodyweight_again=outcome.bodyweight_again,
                load_left=outcome.load_left,
            )
            if outcome.pain:  # "skipped lunges, knee felt off": skipped, and see someone
                saved = f"{saved}\n\n{text('talk', intent='pain')}"
            return [(saved, []), *messages(svc, then)]
        case Echo():
            echo = text(
                "log_echo",
                name=outcome.name,
                sets=outcome.sets,
                count=outcome.count,
                far=outcome.far,
                then_names=outcome.then_names,
                saved=outcome.saved,
                replaces=outcome.replaces,
                day=outcome.day,
                days_back=outcome.days_back,
                untold_names=outcome.untold_names,
                unknown_names=outcome.unknown_names,
                skipped_names=outcome.skipped_names,
                skip_asked=outcome.skip_asked,
                drops=outcome.drops,
                assumed_reps=outcome.assumed_reps,
                remark=outcome.remark,
                band_load=outcome.band_load,
                bodyweight_again=outcome.bodyweight_again,
                changed=outcome.changed,
                never_done=outcome.never_done,
                kept_shown=outcome.kept_shown,
                instead_of=outcome.instead_of,
                today_now=outcome.today_now,
                sides=outcome.sides,
            )
            return [(echo, echo_rows(svc, outcome))]
        case SkipAsked(names=names, muscle=muscle):  # "skipped hamstrings today"
            return [(text("log_skip_asked", names=names, muscle=muscle), [])]
        case SetKept():
            kept = text("log_set_kept", **vars(outcome))
            rows: Rows = []
            if outcome.rest_seconds > 0:
                rows = [[rest_button(svc, outcome.log_id, outcome.rest_seconds)]]
            return [(kept, rows)]
        case Swaps():
            swaps: Rows = [
                *(
                    [(x.name, cb("lg", "sw", outcome.log_id, x.exercise_id))]
                    for x in outcome.options
                ),
                [(label("log", "keep"), cb("lg", "keep", outcome.log_id))],
            ]
            has = bool(outcome.options)
            said = text("log_swaps", name=outcome.name, has_options=has, away=outcome.away)
            return [(said, swaps)]
        case SwapUnavailable(then=then):
            unavailable = text("log_swap_unavailable", extra=outcome.extra, unit=then.unit)
            return [(unavailable, []), ask_message(svc, then)]
        case DayOutOfReach():
            return [(text("log_day_unreachable", **vars(outcome)), [])]
        case Fix():
            return [(text("log_fix", **vars(outcome)), [])]
        case ParseFailed():
            error = text(
                "log_error",
                code=outcome.code,
                detail=outcome.detail,
                name=outcome.name,
                unit=outcome.unit,
                named=outcome.named,
                sets=outcome.sets,
                rep_low=outcome.rep_low,
                rep_high=outcome.rep_high,
                weighted=outcome.weighted,
            )
            return [(error, [])]
        case Undone(then=then):
            return [(text("log_undone", **vars(outcome)), []), *messages(svc, then)]
        case NothingToUndo():
            return [(text("log_nothing_to_undo"), [])]
        case NeedLoad():
            need = text(
                "log_need_load",
                name=outcome.name,
                high=outcome.rep_high,
                unit=outcome.unit,
                never_done=outcome.never_done,
                extra=outcome.extra,
                today_now=outcome.today_now,
                day=outcome.day,
            )
            return [(need, need_load_rows(svc, outcome))]
        case TodayLog(lines=lines, night=night):
            rows = [[(f"{label('log', 'edit')} {x.name}", cb("lg", "ed", x.log_id))] for x in lines]
            today = text(
                "log_today", lines=[(x.name, x.status, x.sets) for x in lines], night=night
            )
            return [(today, rows)]
        case WhichExercise(day=day, example=example, kept=kept):
            start = cb("push", "start", day.strftime("%Y%m%d"))
            said = text("log_which", example=example, kept=kept)
            return [(said, [[(label("button", "start_logging"), start)]])]
        case RestDay(day=day, next_day=next_day, label=session, today=is_today):
            choices = rest_day_rows(svc, day, next_day, today=is_today)
            said = text("log_rest_day", day=day, next_day=next_day, label=session, today=is_today)
            return [(said, choices)]
        case TooLongAgo(day=day, today=today):  # an old push's Start logging: today's instead
            start = cb("push", "start", today.strftime("%Y%m%d"))
            said = text("log_too_long_ago", day=day)
            return [(said, [[(label("button", "start_logging"), start)]])]
        case SingleExercises(unit=unit):  # with a move of one's own plan as the example
            example = outcome.example if isinstance(outcome, OwnSingleExercises) else None
            return [(text("log_single", unit=unit, example=example), [])]
        case rest.RestStopped(name=name):
            return [(text("rest_stopped", name=name), [])]
        case rest.Resting(name=name, seconds=seconds):  # "1 min rest" typed
            return [(text("rest_started", name=name, seconds=seconds), [])]
        case NothingToday(day=day):
            start = cb("push", "start", day.strftime("%Y%m%d"))
            return [(text("log_nothing_today"), [[(label("button", "start_logging"), start)]])]
    raise TypeError(f"not a logbook outcome: {outcome!r}")


def need_load_rows(svc: Services, need: NeedLoad) -> Rows:
    """Under "What load did you use?": a tap for each way on that needs no typing."""
    label = svc.render.label
    rows: list[list[Button]] = []
    if need.last_load is not None:
        same = label("log", "same_load").format(load=need.last_load)
        rows.append([(same, cb("lg", LAST_LOAD, need.log_id))])
    if need.no_load_ok:
        rows.append([(label("log", "no_load"), cb("lg", NO_LOAD, need.log_id))])
    rows.append([(label("log", "skip_exercise"), cb("lg", "skip", need.log_id))])
    return rows


async def show(update: Update, context: Context, outcome: object) -> None:
    """The replies to a log entry typed as text (logbook.on_text), or to /log and /undo."""
    for text, rows in messages(services(context), outcome):
        await send(update, context, text, rows)


async def show_press(press: Press, tapped: Tapped) -> None:
    """A logbook button: answered, its buttons removed where they must not be pressed twice,
    then the replies."""
    await answer_query(press.query)
    if tapped.in_place:  # Save under "... Save it?": the echo says it is saved, then the next
        (saved, _), *then = messages(services(press.context), tapped.then)
        await edit_text(press.query, saved)
        for text, rows in then:
            await send(press.update, press.context, text, rows)
        return
    if tapped.drop:
        await drop_buttons(press.query)
    await show(press.update, press.context, tapped.then)


def leaving_edit(command: Handler) -> Handler:
    """A command, after ending the wait for an exercise's numbers after ✎ on /log: the
    person moved on (bot/training/logbook_edit.py)."""

    @wraps(command)  # the per-update log line names the command's own handler
    async def after_edit(update: Update, context: Context) -> None:
        svc, who = services(context), caller(update)
        await run(context, lambda s: logbook_edit.on_command(svc, s, who))
        await command(update, context)

    return after_edit


async def log_command(update: Update, context: Context) -> None:
    view = await for_profile(update, context, logbook.today_log)
    if view is not None:
        await show(update, context, view)


async def log_if_any(update: Update, context: Context) -> bool:
    """/log's view when something is logged today, and True; else nothing sent."""
    view = await for_profile(update, context, logbook.today_log)
    if view is None or isinstance(view, NothingToday):
        return False
    await show(update, context, view)
    return True


async def undo_command(update: Update, context: Context) -> None:
    outcome = await for_profile(update, context, logbook.undo)
    if outcome is not None:
        await show(update, context, outcome)


# --- the rest timer (bot/training/rest.py) ------------------------------------------------


def rest_button(svc: Services, log_id: int, seconds: int, *, in_place: bool = False) -> Button:
    data = cb("rest", log_id, rest.IN_PLACE) if in_place else cb("rest", log_id)
    return (svc.render.text("rest_button", seconds=seconds), data)


async def show_rest(press: Press, resting: rest.Resting) -> None:
    """A rest started: the pressed "rest over" message turns into it (one edit), or, pressed
    under the exercise's own message, it is said in a new one."""
    svc = services(press.context)
    await answer_query(press.query)
    text = svc.render.text("rest_started", name=resting.name, seconds=resting.seconds)
    if resting.in_place:
        await edit_text(press.query, text)
    else:
        await send(press.update, press.context, text)


def rest_over_message(
    svc: Services, over: rest.RestOver
) -> tuple[str, InlineKeyboardMarkup | None]:
    """What a rest timer says when it is over (sent by bot/tg/rest.py), with the button
    that starts the next rest from this message."""
    text = svc.render.text("rest_over", name=over.name, seconds=over.seconds)
    return text, keyboard([[rest_button(svc, over.log_id, over.seconds, in_place=True)]])
