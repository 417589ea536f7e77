"""Files the bot sends: a chat action first ("sending a photo…"), names with their type, and
the first chart of one logged day drawn on a sensible date axis (tests/runtime/test_charts.py
checks the axis itself)."""

from datetime import date

from bot.coach.profile import Unit
from bot.coach.setlog import SetEntry
from tests.e2e.flows import onboard
from tests.e2e.test_reports import PNG_SIGNATURE, log_sessions

ONE_DAY = {
    date(2026, 11, 16): (
        "A",
        [("hip_thrust", [SetEntry(12, 60.0, Unit.KG)], "hip thrust 60kg 12")],
    )
}


def methods_after(env, mark: int) -> list[str]:
    return [c.method for c in env.standin.calls()[mark:] if c.method != "getUpdates"]


async def test_a_chart_of_one_day_is_a_png_announced_by_a_chat_action(env):
    chat = env.chat(7301)
    await onboard(chat)
    await log_sessions(env, 7301, ONE_DAY)
    mark = len(env.standin.calls())
    photo = (await chat.say("/progress"))[-1]
    assert methods_after(env, mark) == ["sendChatAction", "sendPhoto"]
    [action] = env.standin.calls("sendChatAction")
    assert action.params["action"] == "upload_photo" and action.params["chat_id"] == 7301
    assert photo.file_name == "glute-coach-progress.png"
    assert photo.photo_path is not None and photo.photo_path.read_bytes()[:8] == PNG_SIGNATURE
    assert "Hip thrust" in (photo.caption or "")


async def test_an_export_is_a_csv_announced_by_a_chat_action(env):
    chat = env.chat(7302)
    await onboard(chat)
    await log_sessions(env, 7302, ONE_DAY)
    mark = len(env.standin.calls())
    doc = (await chat.say("/export"))[-1]
    assert methods_after(env, mark) == ["sendChatAction", "sendDocument"]
    assert env.standin.calls("sendChatAction")[-1].params["action"] == "upload_document"
    assert doc.file_name is not None and doc.file_name.endswith(".csv")


async def test_a_refused_chat_action_does_not_stop_the_chart(env):
    chat = env.chat(7303)
    await onboard(chat)
    await log_sessions(env, 7303, ONE_DAY)
    env.standin.fail("sendChatAction", 400, "Bad Request: something odd")
    photo = (await chat.say("/progress"))[-1]
    assert photo.photo_path is not None
