"""The one wiring module: every command, every button family and the order in which free
text is tried, in the order python-telegram-bot tries them.

To add a command: write its handler in the feature's module, list it in COMMANDS and give it
a description in content/labels.yaml (`commands:`). To add a family of buttons: a
ButtonRoute with a prefix no other family uses. Both are checked at start (`check`).
"""

from __future__ import annotations

from telegram import Update
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot.handlers import (
    answers,
    day_delete,
    fallback,
    imports,
    logging_flow,
    onboarding,
    reports,
    whole_day,
    workouts,
)
from bot.handlers.answers import command_list
from bot.handlers.common import Handler
from bot.handlers.logging_flow import leaving_edit
from bot.handlers.next_week import show as show_next_week
from bot.handlers.next_week import show_press as show_next_week_press
from bot.handlers.router import (
    ButtonRoute,
    TextRoute,
    button_entry,
    on_unknown_press,
    text_entry,
)
from bot.runtime.services import Services
from bot.tg.profile import BotProfile, sync_profile
from bot.training import (
    away_kit,
    card_at_step,
    changes,
    harder_asked,
    load_at_step,
    load_down_asked,
    logbook,
    moved_said,
    next_week,
    nth_asked,
    only_did,
    pain_offer,
    pasted_workout,
    plan_changes,
    plan_why,
    questions,
    remark_asked,
    rest,
    setup,
    show_day,
    shown,
    swap_asked,
    week_asked,
    whole_day_note,
    whole_day_which,
    yesterday_unlogged,
)
from bot.training import day_delete as day_delete_service
from bot.training import reports as reports_service
from bot.training import workouts as workouts_service
from bot.training.logbook_edit import ends_edit
from bot.training.single_example import with_own_example as own_single

# Commands; /help and Telegram's command menu list them in content/labels.yaml's order.
COMMANDS: dict[str, Handler] = {
    "start": onboarding.start_command,
    "settings": onboarding.settings_command,
    "today": workouts.today_command,
    "week": workouts.week_command,
    "program": workouts.program_command,
    "myths": answers.myths_command,
    "exercise": answers.exercise_command,
    "history": reports.history_command,
    "progress": reports.progress_command,
    "log": logging_flow.log_command,
    "undo": logging_flow.undo_command,
    "pause": workouts.pause_command,
    "resume": workouts.resume_command,
    "export": reports.export_command,
    "delete": reports.delete_command,
    "privacy": reports.privacy_command,
    "help": answers.help_command,
}

# Button families by the first part of their callback data; each prefix has one owner. A
# press ends the wait for an exercise's numbers after ✎ on /log, unless it is that one's.
BUTTONS: list[ButtonRoute] = [
    ButtonRoute("ans", ends_edit(setup.on_press), onboarding.show_press),
    ButtonRoute("day", ends_edit(setup.on_press), onboarding.show_press),
    ButtonRoute("start", ends_edit(setup.on_press), onboarding.show_press),
    ButtonRoute("set", ends_edit(setup.on_press), onboarding.show_press),
    ButtonRoute("push:start", ends_edit(logbook.on_start_press), logging_flow.show_press),
    ButtonRoute("push:pull", ends_edit(own_single(logbook.on_rest_press)), logging_flow.show_press),
    ButtonRoute(
        "push:extra", ends_edit(own_single(logbook.on_rest_press)), logging_flow.show_press
    ),
    ButtonRoute("push:skip", ends_edit(workouts_service.push_button), workouts.show_push_answer),
    ButtonRoute("push:move", ends_edit(workouts_service.push_button), workouts.show_push_answer),
    ButtonRoute("pause", ends_edit(workouts_service.pause_button), workouts.show_pause_press),
    ButtonRoute("lg", ends_edit(logbook.on_press), logging_flow.show_press),
    ButtonRoute("rest", ends_edit(rest.on_press), logging_flow.show_rest),
    ButtonRoute("del", ends_edit(reports_service.on_press), reports.show_press),
    ButtonRoute("dday", ends_edit(day_delete_service.on_press), day_delete.show_press),
    ButtonRoute("hurt", ends_edit(pain_offer.on_press), logging_flow.show_press),
    ButtonRoute("week", ends_edit(next_week.on_press), show_next_week_press),
    ButtonRoute("qa", ends_edit(shown.on_press), answers.show_press),
    ButtonRoute("ex", ends_edit(shown.on_press), answers.show_press),
]

# Free text: the answer to a pending setup question first, then a set log, then what a
# setting being changed expects, then a change asked for in words ("switch to pounds");
# whatever is left is a question for the coach, which always gets a reply.
TEXT: list[TextRoute] = [
    TextRoute(changes.pair_weight, onboarding.show),  # "15kg": how heavy the new pair is
    TextRoute(pasted_workout.on_text, answers.show),  # the push, copied back whole
    TextRoute(away_kit.on_text, answers.show),  # "in a hotel gym next week, only dumbbells"
    TextRoute(only_did.on_text, logging_flow.show),  # "only did hip thrust, no time"
    TextRoute(setup.on_text, onboarding.show),
    TextRoute(changes.whereabouts_said, onboarding.show),  # "I'm in New York" mid-logging
    TextRoute(whole_day_note.at_step, answers.show_day_noted),  # "..., rest all done"
    TextRoute(load_at_step.on_text, answers.show_logged_asked),  # "how heavy should I go?"
    TextRoute(card_at_step.on_text, answers.show_logged_asked),  # "form tips?" at a step
    TextRoute(yesterday_unlogged.on_text, answers.show_logged_asked),  # Sunday: Saturday's
    TextRoute(remark_asked.on_text, answers.show_logged_asked),  # "…, can i go heavier?"
    TextRoute(setup.not_an_answer, onboarding.show),
    TextRoute(day_delete_service.on_text, day_delete.show),  # "delete yesterday's log"
    TextRoute(changes.change_asked, onboarding.show),
    TextRoute(whole_day_note.on_text, answers.show_day_noted),  # "did it all 👍 bit tired"
    TextRoute(whole_day_which.on_text, whole_day.show_which),  # "on wednesday i did it all"
    TextRoute(show_day.on_text, answers.show),  # "show is march 14", "how many weeks out"
    TextRoute(workouts_service.tomorrow, workouts.show_tomorrow),  # "what's tomorrow?"
    TextRoute(next_week.on_text, show_next_week),  # "next week?", "plan for next week"
    TextRoute(moved_said.on_text, workouts.show_moved_said),  # "move thursday to friday"
    TextRoute(swap_asked.on_text, answers.show_swap_asked),  # "can i swap the lunges"
    TextRoute(plan_changes.on_text, answers.show_plan_changes),  # "what changes now?"
    TextRoute(harder_asked.on_text, answers.show_harder),  # "what's the harder version"
    TextRoute(load_down_asked.on_text, answers.show_load_down),  # "why did my weight go down"
    TextRoute(plan_why.on_text, answers.show_plan_why),  # "why so many hip thrusts"
    TextRoute(week_asked.on_text, answers.show_week_asked),  # "what week am I in?"
    TextRoute(nth_asked.on_text, answers.show_nth_asked),  # "what was the second one again"
]
QUESTION = TextRoute(questions.ask, answers.show)


def check(svc: Services) -> None:
    """At start: every command has its description and every description a command (/help
    lists the descriptions), the bot's profile fits Telegram's limits, every button prefix
    has one owner."""
    described = svc.render.labels.get("commands", {})
    missing = [name for name in COMMANDS if name not in described]
    if missing:
        raise ValueError(f"content/labels.yaml has no description for /{', /'.join(missing)}")
    extra = [name for name in described if name not in COMMANDS]
    if extra:
        raise ValueError(f"content/labels.yaml describes no such command /{', /'.join(extra)}")
    bot_profile(svc).check()
    prefixes = [route.prefix for route in BUTTONS]
    twice = {p for p in prefixes if prefixes.count(p) > 1}
    if twice:
        raise ValueError(f"button prefixes with more than one owner: {sorted(twice)}")


def register(app: Application) -> None:
    """Every handler, in the order they are tried."""
    private = filters.ChatType.PRIVATE
    # Group -1 runs first for every update: groups and channels stop there.
    app.add_handler(TypeHandler(Update, fallback.private_only), group=-1)
    app.add_handler(MessageHandler(filters.UpdateType.EDITED, fallback.edited))
    for name, command in COMMANDS.items():  # a command ends an edit's wait (✎ on /log)
        app.add_handler(CommandHandler(name, leaving_edit(command), filters=private))
    unknown = leaving_edit(fallback.unknown_command)
    app.add_handler(MessageHandler(filters.COMMAND, unknown))
    # Someone else's text forwarded is neither the person's sets nor their question.
    forwarded = filters.TEXT & private & fallback.FORWARDED_FROM_SOMEONE_ELSE
    app.add_handler(MessageHandler(forwarded, fallback.forwarded))
    app.add_handler(
        MessageHandler(filters.TEXT & private, text_entry(TEXT, QUESTION, fallback.non_text))
    )
    # A photo captioned with the sets ("hip thrust 3x10 60kg"): the caption read as text.
    captioned = filters.PHOTO & filters.CAPTION & private
    app.add_handler(
        MessageHandler(
            captioned & ~fallback.FORWARDED_FROM_SOMEONE_ELSE,
            text_entry(TEXT, QUESTION, fallback.non_text),
        )
    )
    # A training log from Strong or Hevy; any other file gets fallback.non_text.
    csv_file = filters.Document.FileExtension("csv") | filters.Document.MimeType("text/csv")
    app.add_handler(MessageHandler(csv_file & private, imports.document_received))
    for route in BUTTONS:
        app.add_handler(CallbackQueryHandler(button_entry(route), pattern=route.pattern))
    app.add_handler(CallbackQueryHandler(on_unknown_press))
    app.add_handler(MessageHandler(filters.ALL, fallback.non_text))
    app.add_error_handler(fallback.on_error)


def bot_profile(svc: Services) -> BotProfile:
    """The description, short description (content/labels.yaml `bot_profile:`) and menu."""
    label = svc.render.label
    return BotProfile(
        description=label("bot_profile", "description").strip(),
        short_description=label("bot_profile", "short_description").strip(),
        commands=command_list(svc),
    )


async def register_commands(app: Application) -> None:
    """Telegram's profile for the bot and its command menu, each set only when it differs
    from what Telegram has (bot/tg/profile.py)."""
    svc: Services = app.bot_data["services"]
    await sync_profile(app.bot, bot_profile(svc))
