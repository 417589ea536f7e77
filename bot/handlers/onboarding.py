"""/start, the onboarding questions and /settings: renders what bot/training/setup.py
decides, one question at a time, with buttons (free text always works too)."""

from __future__ import annotations

from telegram import Update

from bot.coach import onboarding
from bot.coach.onboarding import STEPS
from bot.coach.smalltalk import Intent
from bot.handlers import answers
from bot.handlers.common import (
    Context,
    Press,
    Rows,
    answer_query,
    caller,
    cb,
    drop_buttons,
    edit_text,
    run,
    send,
    send_template,
    send_view,
    services,
)
from bot.runtime.services import Services
from bot.training import setup
from bot.training.changes import Already, ChangeSaid, DaysOff, HomeZone
from bot.training.days_ahead import DaysFrom
from bot.training.outcomes import Talk
from bot.training.people import Owed
from bot.training.setup import (
    AlreadySetUp,
    AnsweredMeanwhile,
    Applied,
    Changing,
    DaysTicked,
    Expected,
    FinishFirst,
    Question,
    Simple,
    StartedOver,
    Summary,
)


def _cb_value(value: str) -> str:
    """Callback data splits on ':', so times travel as HHMM."""
    return value.replace(":", "")


def shown_value(
    svc: Services, step: str, value: str, dumbbells: bool = False, home_gym: str | None = None
) -> str:
    """An answer as a person reads it; `dumbbells`: kept with the place ("Home: dumbbells");
    `home_gym`: the kit of a home gym with a barbell ("Home gym with a barbell")."""
    if step == "place" and home_gym and value == "gym":
        kit = home_gym.replace(" ", "_") + ("_dumbbells" if dumbbells else "")
        return svc.render.label("place_home_gym", kit)
    if step == "place" and dumbbells and value != "gym":
        return svc.render.label("place_dumbbells", value)
    if step in ("goal", "experience", "place", "unit"):
        return svc.render.label(step, value)
    if step == "days":
        return svc.render.days_text(onboarding.decode_days(value))
    return value


def question_message(svc: Services, q: Question) -> tuple[str, Rows]:
    """The text and buttons for one question."""
    ctx: dict[str, object] = {
        "step_no": None if q.changing else STEPS.index(q.step) + 1,  # a setting: not "6/7"
        "step_count": len(STEPS),
        "goal": q.goal,
    }
    rows: list[list[tuple[str, str]]]
    if q.step == "days":
        ctx |= {"suggested": q.suggested, "chosen": list(q.chosen)}
        tick = svc.render.label("button", "tick")
        day_buttons = [
            ((tick if d in q.chosen else "") + svc.render.day_name(d), cb("day", d))
            for d in range(7)
        ]
        rows = [day_buttons[:4], day_buttons[4:]]
        rows.append([(svc.render.label("button", "days_suggested"), cb("day", "sug"))])
        rows.append([(svc.render.label("button", "days_done"), cb("day", "ok"))])
    else:
        options = onboarding.OPTIONS[q.step]
        buttons = [(shown_value(svc, q.step, o), cb("ans", q.step, _cb_value(o))) for o in options]
        width = 1 if q.step in ("goal", "place", "experience") else (3 if q.step == "time" else 2)
        rows = [buttons[i : i + width] for i in range(0, len(buttons), width)]
    return svc.render.text(f"onboarding/{q.step}", **ctx), rows


async def ask(update: Update, context: Context, q: Question) -> None:
    await send(update, context, *question_message(services(context), q))


async def show_summary(update: Update, context: Context, summary: Summary, rows: Rows = ()) -> None:
    await send_view(update, context, "summary", summary, rows)


async def show_applied(update: Update, context: Context, applied: Applied, rows: Rows = ()) -> None:
    """The next question, or the profile (with `rows` beneath it)."""
    if isinstance(applied.then, Summary):
        await show_summary(update, context, applied.then, rows)
    else:
        await ask(update, context, applied.then)
    await remind(update, context, applied.back)


async def show_said(update: Update, context: Context, outcome: ChangeSaid | Already) -> None:
    """A change said as news ("I train at home now"): what changed and the profile, or that
    it is so already; the article the words asked about a tap away."""
    svc = services(context)
    rows = answers.choice_rows([outcome.topic] if outcome.topic else [])
    if isinstance(outcome, Already):
        shown = shown_value(svc, outcome.step, outcome.value, outcome.dumbbells, outcome.home_gym)
        await send_template(
            update,
            context,
            "already",
            rows,
            step=outcome.step,
            shown=shown,
            usual=outcome.usual,
            kept=outcome.kept,
            how_heavy=outcome.how_heavy,
            up_to=outcome.up_to,
            unit=outcome.unit,
        )
        return
    applied = outcome.applied
    await send(update, context, _answered(svc, applied, _shown(svc, applied)))
    await show_applied(update, context, applied, rows)


def _shown(svc: Services, applied: Applied) -> str:
    gym = applied.home_gym
    kit = gym and ("barbell bands" if gym.bands else "barbell")
    held = applied.dumbbells or bool(gym and gym.dumbbells)
    return shown_value(svc, applied.step, applied.value, held, kit or None)


def _answered(svc: Services, applied: Applied, shown: str) -> str:
    """A typed answer said back, with what the kit said leaves out of the plan (bands and no
    ball: the ball curl; a ball and no bands: the plan with no equipment)."""
    kit = {"no_ball": applied.no_ball, "no_bands": applied.no_bands, "ball_back": applied.ball_back}
    held = applied.dumbbells and applied.step == "place"
    up_to = applied.up_to if held else None  # the heaviest dumbbell said: "10 kg"
    gym = applied.home_gym if applied.step == "place" else None  # what its plan changes
    return svc.render.text(
        "answered",
        step=applied.step,
        shown=shown,
        dumbbells=held,
        up_to=up_to,
        held=applied.held,
        home_gym=gym,
        **kit,
    )


async def remind(update: Update, context: Context, back: Owed | None) -> None:
    """Settings left in the middle of a workout: the exercise still being logged."""
    if back is not None and back.exercise is not None:
        await send_template(
            update, context, "still_logging", exercise=back.exercise, mode=back.mode
        )


# --- commands ------------------------------------------------------------------------------


async def start_command(update: Update, context: Context) -> None:
    """/start, or a deep link's /start <payload> (t.me/<bot>?start=bikini, start=topic-<id>)."""
    svc, who = services(context), caller(update)
    payload = " ".join(context.args or []) or None
    outcome = await run(context, lambda s: setup.start(svc, s, who, payload))
    link = outcome.link
    if link.topic is not None:  # what they came for first
        await answers.show(update, context, link.topic)
    if link.unknown:
        await send_template(update, context, "start_link_unknown")
    if isinstance(outcome, AlreadySetUp):
        if link.topic is not None:
            return  # their profile stands; no keep / start over offer in the way
        await send_template(
            update,
            context,
            "start_again",
            [
                [(svc.render.label("button", "keep"), cb("start", "keep"))],
                [(svc.render.label("button", "restart"), cb("start", "over"))],
            ],
            goal=outcome.goal,
            days=svc.render.days_text(outcome.days),
            week=outcome.week,
        )
        return
    if outcome.resume:
        await send_template(update, context, "resume")
    else:
        await send_template(update, context, "welcome", name=outcome.name, goal=link.goal)
    await ask(update, context, outcome.question)


async def finish_first(update: Update, context: Context) -> None:
    """A command that needs a profile, sent before the setup is done."""
    svc, who = services(context), caller(update)
    outcome = await run(context, lambda s: setup.unfinished(svc, s, who))
    if outcome is None:
        await send_template(update, context, "needs_profile")
        return
    await send_template(update, context, "finish_onboarding_first", settings=False)
    await ask(update, context, outcome.question)


async def settings_command(update: Update, context: Context) -> None:
    svc, who = services(context), caller(update)
    outcome = await run(context, lambda s: setup.settings(svc, s, who))
    if isinstance(outcome, FinishFirst):
        await send_template(update, context, "finish_onboarding_first", settings=True)
        await ask(update, context, outcome.question)
        return
    held, gym = outcome.dumbbells, outcome.home_gym
    current = [(step, shown_value(svc, step, v, held, gym)) for step, v in outcome.current]
    rows = [[(svc.render.label("step", step), cb("set", step))] for step in STEPS]
    rows.append([(svc.render.label("button", "settings_done"), cb("set", "close"))])
    up_to = outcome.up_to if held else None
    await send_template(update, context, "settings_menu", rows, current=current, up_to=up_to)


# --- text and buttons ----------------------------------------------------------------------


async def show(update: Update, context: Context, outcome: object) -> None:
    """What typed text to a pending question led to."""
    if isinstance(outcome, Applied):
        said_anyway = outcome.kit_left_out or any(st == outcome.step for st, _ in outcome.said_back)
        # typed, said back as a tap is; an earlier answer changed: said, then the question owed
        if outcome.corrected or not said_anyway:
            svc = services(context)
            await send(update, context, _answered(svc, outcome, _shown(svc, outcome)))
        if outcome.kit_left_out:
            place, no_ball = outcome.value, outcome.no_ball
            then = outcome.then  # set up: the example in their unit
            unit = then.profile.unit.value if isinstance(then, Summary) else None
            await send_template(
                update, context, "kit_left_out", place=place, no_ball=no_ball, unit=unit
            )
        if outcome.said_back:  # read out of a sentence: what was taken, to check
            svc = services(context)
            lines = [
                svc.render.text("answered", step=step, shown=shown_value(svc, step, value))
                for step, value in outcome.said_back
            ]
            await send(update, context, "\n".join(lines))
        if outcome.asked is not None:  # a question said with the answer: answered first
            await answers.show(update, context, outcome.asked)
        if outcome.show_said:  # its prep isn't in the articles: said before the next question
            talk = Talk(Intent.SHOW, False, setting_up=True, show=outcome.show)
            await answers.show(update, context, talk)
        await show_applied(update, context, outcome)
        if outcome.for_a_while:  # "for the next 2 weeks": nothing changes it back by itself
            said, before = outcome.for_a_while
            was = shown_value(services(context), outcome.step, before)
            await send_template(
                update,
                context,
                "for_a_while",
                said=said,
                step=outcome.step,
                before=was,
                back_on=outcome.usual_back,
            )
    elif isinstance(outcome, AnsweredMeanwhile):
        await answers.show(update, context, outcome.answer)
        await ask(update, context, outcome.question)
    elif isinstance(outcome, Expected):
        await reply_expected(update, context, outcome)
    elif isinstance(outcome, Simple):
        await send_template(update, context, outcome.kind)
        await remind(update, context, outcome.back)
    elif isinstance(outcome, Changing):  # a change asked for in words: its question
        await ask(update, context, outcome.question)
    elif isinstance(outcome, StartedOver):  # "start over" typed during the setup
        await send_template(update, context, "welcome", name=None)
        await ask(update, context, outcome.question)
    elif isinstance(outcome, (ChangeSaid, Already)):
        await show_said(update, context, outcome)
    elif isinstance(outcome, DaysFrom):  # "from next week i can only do tue and fri"
        svc = services(context)
        days, now = (shown_value(svc, "days", v) for v in (outcome.days, outcome.now))
        await send_template(
            update, context, "days_from", **{**vars(outcome), "days": days, "now": now}
        )
    elif isinstance(outcome, HomeZone):  # "back home now", no trip said: the zone kept
        await send_template(update, context, "home_zone", zone=outcome.zone, at=outcome.at)
    elif isinstance(outcome, DaysOff):  # "no workouts on fridays": asked, with them unticked
        named, dropped, kept = outcome.named, outcome.dropped, outcome.kept
        await send_template(
            update,
            context,
            "days_off",
            named=named,
            dropped=dropped,
            kept=kept,
            added=outcome.added,
            adding=outcome.adding,
        )
        if outcome.question is not None:
            await ask(update, context, outcome.question)


async def reply_expected(update: Update, context: Context, expected: Expected) -> None:
    """Say what the pending question wants, with its buttons again."""
    svc = services(context)
    options: list[str] = []
    rows: Rows
    if expected.code == "bare_hour":
        hour = int(expected.text.strip())
        options = [f"{hour:02d}:00", f"{(hour + 12) % 24:02d}:00"]
        rows = [[(o, cb("ans", "time", _cb_value(o))) for o in options]]
    else:
        rows = question_message(svc, expected.question)[1]
    body = svc.render.text(
        "expected",
        step=expected.question.step,
        code=expected.code,
        options=options,
        changing=expected.changing,
        chosen=expected.question.chosen,
    )
    await send(update, context, body, rows)


async def show_press(press: Press, outcome: object) -> None:
    svc, update, context, query = services(press.context), press.update, press.context, press.query
    if isinstance(outcome, Simple) and outcome.kind == "pick_a_day":
        await answer_query(query, svc.render.text("pick_a_day"), alert=True)
        return
    await answer_query(query)
    if isinstance(outcome, Applied):
        # Turn the question into a record of the answer, so its buttons can't be pressed twice.
        shown = shown_value(svc, outcome.step, outcome.value)
        await edit_text(query, svc.render.text("answered", step=outcome.step, shown=shown))
        await show_applied(update, context, outcome)
    elif isinstance(outcome, DaysTicked):
        await edit_text(query, *question_message(svc, outcome.question))
    elif isinstance(outcome, Simple):
        await drop_buttons(query)
        await send_template(update, context, outcome.kind)
        await remind(update, context, outcome.back)
    elif isinstance(outcome, StartedOver):
        await drop_buttons(query)
        await send_template(update, context, "welcome", name=None)
        await ask(update, context, outcome.question)
    elif isinstance(outcome, Changing):
        await drop_buttons(query)
        await ask(update, context, outcome.question)
