"""The bot's profile at start: description, short description and the private-chat command
menu set once, and not again when the bot restarts."""

from telegram import Bot

from bot.standin.server import BotApiStandIn
from tests.e2e.harness import bot_env

SETTERS = ("setMyDescription", "setMyShortDescription", "setMyCommands", "deleteMyCommands")


def set_calls(standin: BotApiStandIn) -> list[str]:
    return [c.method for c in standin.calls() if c.method in SETTERS]


async def test_profile_set_once_and_not_again_on_restart(tmp_path):
    with BotApiStandIn(files_dir=tmp_path / "files") as standin:
        async with bot_env(tmp_path, standin=standin) as env:
            labels = env.svc.render.labels["bot_profile"]
            commands = env.svc.render.labels["commands"]
        assert set_calls(standin) == ["setMyDescription", "setMyShortDescription", "setMyCommands"]
        assert standin.profile_text("description") == labels["description"]
        assert standin.profile_text("short_description") == labels["short_description"]
        [menu] = standin.calls("setMyCommands")
        assert menu.params["scope"] == {"type": "all_private_chats"}
        assert [c["command"] for c in menu.params["commands"]] == list(commands)

        before = len(standin.calls())
        async with bot_env(tmp_path, standin=standin):
            pass
        restarted = [c.method for c in standin.calls()[before:]]
        assert "getMyDescription" in restarted and "getMyCommands" in restarted
        assert set_calls(standin) == ["setMyDescription", "setMyShortDescription", "setMyCommands"]


async def test_only_what_differs_is_set(tmp_path):
    with BotApiStandIn(files_dir=tmp_path / "files") as standin:
        # What an earlier version left: the menu for every chat, and an old description.
        async with Bot(standin.token, base_url=standin.base_url) as bot:
            await bot.set_my_commands([("start", "Begin")])
            await bot.set_my_description("An old description")
        async with bot_env(tmp_path, standin=standin) as env:
            short = env.svc.render.labels["bot_profile"]["short_description"]
        by_the_bot = set_calls(standin)[2:]  # after the two calls above
        assert by_the_bot == [
            "setMyDescription",
            "setMyShortDescription",
            "setMyCommands",
            "deleteMyCommands",
        ]
        async with Bot(standin.token, base_url=standin.base_url) as bot:
            assert await bot.get_my_commands() == ()  # groups get no menu
            await bot.set_my_short_description("Changed by hand in @BotFather")
        before = len(set_calls(standin))
        async with bot_env(tmp_path, standin=standin):
            pass
        assert set_calls(standin)[before:] == ["setMyShortDescription"]
        assert standin.profile_text("short_description") == short
