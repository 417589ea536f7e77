"""Wires the coach's features into the shared Services: content, programs, commands,
button handlers and background loops. Everything is loaded and checked here, at start, so
a broken content file stops the bot with the file and entry at fault."""

from __future__ import annotations

from pathlib import Path

from telegram.ext import Application

from bot.config import ConfigError
from bot.content import DEFAULT_CONTENT_DIR, ContentError, load_content
from bot.handlers import answers, logging_flow, reports, workouts
from bot.push import Dispatcher, push_loop
from bot.recap import weekly_recap
from bot.services import Services


def load_knowledge(svc: Services, root: Path = DEFAULT_CONTENT_DIR) -> None:
    try:
        content = load_content(root)
        book = content.programs
    except (ContentError, ValueError) as err:
        raise ConfigError(f"content is invalid: {err}") from None
    svc.extras["content"] = content
    svc.extras["programs"] = book
    svc.extras["program_why"] = lambda profile: book.program_for(profile.goal, profile.place).why


async def run_pushes(app: Application, svc: Services) -> None:
    dispatcher = Dispatcher(svc, app.bot, workouts.compose_push)
    svc.extras["dispatcher"] = dispatcher
    await push_loop(dispatcher, svc.settings.push_tick_seconds)


def install_features(svc: Services) -> None:
    load_knowledge(svc)
    svc.extras["commands"] = {
        "today": workouts.today_command,
        "week": workouts.week_command,
        "program": workouts.program_command,
        "pause": workouts.pause_command,
        "resume": workouts.resume_command,
    }
    svc.extras["text_hooks"] = []
    svc.extras["callback_hooks"] = [workouts.on_callback]
    svc.extras["background"] = [run_pushes]
    # Each feature module adds its commands and hooks to the lists above.
    logging_flow.install(svc)
    reports.install(svc)
    answers.install(svc)
    svc.extras["weekly_recap"] = weekly_recap
