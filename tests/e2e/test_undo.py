"""Issue 11, through the chat: Undo names the entry it removes and removes only that one,
once. A double tap, or an old Undo button pressed after the entry was logged again, removes
nothing else."""

from tests.e2e.flows import onboard
from tests.e2e.harness import bot_env, texts
from tests.e2e.test_logging import wait_for_push
from tests.e2e.test_logs_as_typed import MONDAY_PUSH, set_rows


def undo_of(message) -> tuple[str, str]:
    return next((t, d) for row in message.buttons for t, d in row if "Undo" in t)


async def log_all(chat) -> None:
    for _ in range(4):
        await chat.say("40kg 10 10 10")
        await chat.tap("Save")


async def test_double_tap_and_old_undo_button_remove_nothing_else(tmp_path):
    async with bot_env(tmp_path, extra_env={"PUSH_TICK_SECONDS": "0.05"}) as env:
        chat = env.chat(3201)
        await onboard(chat)  # tone, gym, Mon + Thu, kg
        env.clock.set(MONDAY_PUSH)
        push = await wait_for_push(env, chat)
        await chat.press(push.message_id, push.buttons[0][0][1])
        await log_all(chat)
        first_finish = chat.last_keyboard()
        assert "Workout logged: 4 of 4" in first_finish.text
        label, data = undo_of(first_finish)
        assert "Lying leg curl" in label  # the button names the entry it takes back
        before = set_rows(env, 3201)
        replies = await chat.press(first_finish.message_id, data)
        assert "Removed your last entry for Lying leg curl" in texts(replies)
        assert set_rows(env, 3201) == before - 3
        # a double tap: the second press removes nothing (not the lunge before it)
        again = await chat.press(first_finish.message_id, data)
        assert "Removed" not in texts(again)
        assert set_rows(env, 3201) == before - 3
        # the leg curl logged again, then the OLD Undo button: the new entry stays
        await chat.say("30kg 12 12 12")
        replies = await chat.tap("Save")
        assert "Workout logged: 4 of 4" in texts(replies)
        assert set_rows(env, 3201) == before
        old = await chat.press(first_finish.message_id, data)
        assert "Removed" not in texts(old)
        assert set_rows(env, 3201) == before
        # the new finish message's own button still works, once
        second_finish = chat.last_keyboard()
        _, fresh = undo_of(second_finish)
        replies = await chat.press(second_finish.message_id, fresh)
        assert "Removed your last entry for Lying leg curl" in texts(replies)
        assert set_rows(env, 3201) == before - 3
