"""The bot's profile on Telegram, brought in line at every start, idempotently.

What a person sees before the first message: the description (in the empty chat), the short
description (the profile page and shared links) and the command menu, scoped to private chats
since the bot answers nowhere else. Each is read first and set only when it differs, so a
restart (or every webhook worker starting) makes no set call and never meets the per-bot
limits on these methods.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass

from telegram import Bot, BotCommand, BotCommandScopeAllPrivateChats

log = logging.getLogger(__name__)

MAX_DESCRIPTION = 512  # Bot API: setMyDescription, 0-512 characters
MAX_SHORT_DESCRIPTION = 120  # setMyShortDescription, 0-120 characters


@dataclass(frozen=True)
class BotProfile:
    description: str
    short_description: str
    commands: Sequence[tuple[str, str]]  # (command, description) in menu order

    def check(self) -> None:
        """At start, before any call: Telegram would refuse these."""
        if len(self.description) > MAX_DESCRIPTION:
            raise ValueError(f"the bot's description is over {MAX_DESCRIPTION} characters")
        if len(self.short_description) > MAX_SHORT_DESCRIPTION:
            raise ValueError(
                f"the bot's short description is over {MAX_SHORT_DESCRIPTION} characters"
            )


async def sync_profile(bot: Bot, profile: BotProfile) -> list[str]:
    """Set what differs from what Telegram has; the names of the methods called to set."""
    changed: list[str] = []
    if (await bot.get_my_description()).description != profile.description:
        await bot.set_my_description(profile.description)
        changed.append("setMyDescription")
    short = (await bot.get_my_short_description()).short_description
    if short != profile.short_description:
        await bot.set_my_short_description(profile.short_description)
        changed.append("setMyShortDescription")

    private = BotCommandScopeAllPrivateChats()
    wanted = [BotCommand(name, description) for name, description in profile.commands]
    if list(await bot.get_my_commands(scope=private)) != wanted:
        await bot.set_my_commands(wanted, scope=private)
        changed.append("setMyCommands")
    # Earlier versions set the menu for every chat; groups get no menu now.
    if await bot.get_my_commands():
        await bot.delete_my_commands()
        changed.append("deleteMyCommands")
    if changed:
        log.info("bot profile updated: %s", ", ".join(changed))
    return changed
