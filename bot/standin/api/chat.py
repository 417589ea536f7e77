"""Bot API methods about the bot and its chats: getMe, close/logOut, chat actions, commands."""

from __future__ import annotations

import copy
from typing import Any

from bot.standin.multipart import UploadedFile
from bot.standin.records import JSONDict, bad
from bot.standin.state import StandInState
from bot.standin.validation import (
    CHAT_ACTIONS,
    COMMAND,
    MAX_COMMANDS,
    chat_param,
    commands_key,
)


class ChatApi(StandInState):
    def _api_getMe(self, params: JSONDict, files: dict[str, UploadedFile]) -> JSONDict:
        return {
            **self.bot_user,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
        }

    def _api_close(self, params: JSONDict, files: dict[str, UploadedFile]) -> bool:
        return True

    _api_logOut = _api_close

    def _api_sendChatAction(self, params: JSONDict, files: dict[str, UploadedFile]) -> bool:
        chat_param(params)
        if params.get("action") not in CHAT_ACTIONS:
            raise bad("wrong parameter action in request")
        return True

    def _api_setMyCommands(self, params: JSONDict, files: dict[str, UploadedFile]) -> bool:
        commands = params.get("commands")
        if not isinstance(commands, list):
            raise bad("can't parse commands JSON object")
        if len(commands) > MAX_COMMANDS:
            raise bad("BOT_COMMANDS_TOO_MUCH")
        for command in commands:
            if not isinstance(command, dict):
                raise bad("can't parse BotCommand")
            if not COMMAND.fullmatch(str(command.get("command", ""))):
                raise bad("BOT_COMMAND_INVALID")
            if not 1 <= len(str(command.get("description", ""))) <= 256:
                raise bad("BOT_COMMAND_DESCRIPTION_INVALID")
        self._commands[commands_key(params)] = commands
        return True

    def _api_getMyCommands(self, params: JSONDict, files: dict[str, UploadedFile]) -> list[Any]:
        return copy.deepcopy(self._commands.get(commands_key(params), []))

    def _api_deleteMyCommands(self, params: JSONDict, files: dict[str, UploadedFile]) -> bool:
        self._commands.pop(commands_key(params), None)
        return True
