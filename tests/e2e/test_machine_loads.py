"""Issue 11, through the chat: a weight-stack machine (the lying leg curl) has a floor and
moves by a stack plate: a miss at its lightest plate holds it, a top at 60 kg adds 5 kg."""

from tests.e2e.flows import onboard
from tests.e2e.harness import bot_env, texts
from tests.e2e.test_logging import line_of, wait_for_push
from tests.e2e.test_logs_as_typed import MONDAY_PUSH


async def finish_with_leg_curl(env, chat, leg_curl: str) -> str:
    push = await wait_for_push(env, chat)
    await chat.press(push.message_id, push.buttons[0][0][1])
    for typed in ("40kg 10 10 10", "40kg 10 10 10", "10kg 10 10 10", leg_curl):
        await chat.say(typed)
        replies = await chat.tap("Save")
    return texts(replies)


async def test_leg_curl_machine_has_a_floor_and_a_stack_step(tmp_path):
    async with bot_env(tmp_path, extra_env={"PUSH_TICK_SECONDS": "0.05"}) as env:
        light, strong = env.chat(3301), env.chat(3302)
        await onboard(light)  # tone, gym, Mon + Thu, kg: session A ends with the leg curl
        await onboard(strong)
        env.clock.set(MONDAY_PUSH)
        done = await finish_with_leg_curl(env, light, "5kg 6 6 5")  # missed at the top plate
        assert "Workout logged: 4 of 4" in done
        assert line_of(done, "• Lying leg curl") == "• Lying leg curl: same load, 5 kg"
        done = await finish_with_leg_curl(env, strong, "60kg 12 12 12")
        assert line_of(done, "• Lying leg curl") == "• Lying leg curl: up to 65 kg"
