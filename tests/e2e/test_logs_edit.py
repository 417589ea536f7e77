"""The ✎ button of an exercise on /log, through the chat. Tapping it deleted the exercise's
saved sets at once, before anything was typed, and Undo couldn't bring them back: a person
who changed their mind, typed something unreadable or just left lost them. Now ✎ only asks
for the sets again; the saved ones are replaced when the new ones are saved, and Undo puts
them back."""

from sqlalchemy import select

from bot.store.models import ExerciseLog
from tests.e2e.harness import texts
from tests.e2e.test_logs_as_typed import logging_started
from tests.e2e.test_logs_twice import FIRST, LATER, squat_sets


async def squats_saved_then_edit_tapped(env, user_id: int):
    chat = await logging_started(env, user_id)
    await chat.say("40kg 10 10 10")
    await chat.tap("Save")
    assert squat_sets(env, user_id) == FIRST
    await chat.say("/log")
    replies = await chat.tap("Squat")  # "✎ Squat"
    return chat, replies


def squat_entry(env, user_id: int) -> tuple[str, str | None]:
    with env.svc.db.session() as s:
        log = s.scalars(
            select(ExerciseLog).where(
                ExerciseLog.user_id == user_id, ExerciseLog.exercise_id == "squat"
            )
        ).one()
        return log.status, log.raw_text


async def test_tapping_edit_deletes_nothing(env):
    chat, replies = await squats_saved_then_edit_tapped(env, 3401)
    assert "Squat" in texts(replies)  # asked for again
    assert "40 kg × 10, 10, 10" in texts(replies), texts(replies)  # with what is saved
    assert squat_sets(env, 3401) == FIRST
    replies = await chat.say("/log")  # changed their mind
    assert "Squat: 40 kg × 10, 10, 10" in texts(replies), texts(replies)
    assert squat_sets(env, 3401) == FIRST
    assert squat_entry(env, 3401) == ("done", "40kg 10 10 10")


async def test_new_sets_after_edit_replace_the_old_and_undo_brings_them_back(env):
    chat, _ = await squats_saved_then_edit_tapped(env, 3402)
    replies = await chat.say("50kg 8 8")
    assert "Squat</b>: 50 kg × 8, 8 (2 sets)" in texts(replies), texts(replies)
    assert "replaces the 3×10 at 40 kg" in texts(replies), texts(replies)
    labels = [t for row in chat.last_keyboard().buttons for t, _ in row]
    assert not any("Add" in t for t in labels), labels  # an edit is a correction
    assert squat_sets(env, 3402) == FIRST  # nothing replaced before the Save
    replies = await chat.tap("Save")
    assert "Squat: 50 kg × 8, 8 ✓" in texts(replies), texts(replies)
    assert "added to" not in texts(replies)
    assert squat_sets(env, 3402) == LATER
    replies = await chat.say("undo")
    assert "Squat is back to 40 kg × 10, 10, 10" in texts(replies), texts(replies)
    assert squat_sets(env, 3402) == FIRST
    assert squat_entry(env, 3402) == ("done", "40kg 10 10 10")


async def test_yes_after_edit_replaces_too(env):
    chat, _ = await squats_saved_then_edit_tapped(env, 3403)
    await chat.say("50kg 8 8")
    await chat.say("yes")
    assert squat_sets(env, 3403) == LATER


async def test_unreadable_text_after_edit_keeps_the_old_sets(env):
    chat, _ = await squats_saved_then_edit_tapped(env, 3404)
    replies = await chat.say("40kg 10 banana 10")
    assert "For Squat, try" in texts(replies), texts(replies)
    assert squat_sets(env, 3404) == FIRST
    assert squat_entry(env, 3404) == ("done", "40kg 10 10 10")  # its typed text stands too
    replies = await chat.say("/log")
    assert "Squat: 40 kg × 10, 10, 10" in texts(replies), texts(replies)


async def test_fix_then_retype_after_edit_still_replaces(env):
    chat, _ = await squats_saved_then_edit_tapped(env, 3405)
    await chat.say("50kg 8 8 8")
    await chat.tap("Fix")
    replies = await chat.say("50kg 8 8")
    assert "replaces the 3×10 at 40 kg" in texts(replies), texts(replies)
    await chat.tap("Save")
    assert squat_sets(env, 3405) == LATER


async def test_a_saved_exercise_asked_again_offers_no_swap(env):
    """A swap after ✎ renamed the entry to the other exercise while its saved sets stayed
    those of the first (and Undo put them back under the new name)."""
    _, replies = await squats_saved_then_edit_tapped(env, 3406)
    labels = [t for m in replies for row in m.buttons for t, _ in row]
    assert labels and not any("Swap" in t for t in labels), labels


async def test_after_edit_a_command_ends_the_wait_for_its_numbers(env):
    """✎ and then /today: the bot still waited for the squat's numbers, so sets typed
    later for the next exercise replaced the squats' ("This replaces…")."""
    chat, _ = await squats_saved_then_edit_tapped(env, 3407)
    await chat.say("/today")
    replies = await chat.say("50kg 8 8")
    assert "This replaces" not in texts(replies), texts(replies)
    assert "Stiff-leg deadlift</b>: 50 kg × 8, 8 (2 sets)" in texts(replies), texts(replies)
    await chat.tap("Save")
    assert squat_sets(env, 3407) == FIRST


async def test_after_edit_a_question_ends_the_wait(env):
    chat, _ = await squats_saved_then_edit_tapped(env, 3408)
    await chat.say("how deep should I squat?")
    replies = await chat.say("50kg 8 8")
    assert "Squat</b>" not in texts(replies) and "This replaces" not in texts(replies)


async def test_after_edit_a_button_elsewhere_ends_the_wait(env):
    chat = await logging_started(env, 3409)
    await chat.say("40kg 10 10 10")
    await chat.tap("Save")
    answer = (await chat.say("/myths"))[-1]  # a list of buttons, pressed after the ✎
    assert answer.buttons, answer
    await chat.say("/log")
    await chat.tap("Squat")  # ✎ Squat
    await chat.press(answer.message_id, answer.buttons[0][0][1])
    replies = await chat.say("50kg 8 8")
    assert "Squat</b>" not in texts(replies) and "This replaces" not in texts(replies)
    assert squat_sets(env, 3409) == FIRST


async def test_after_edit_another_exercise_named_ends_the_wait(env):
    """Lunges logged by name after ✎: then the lunges' sets typed again were read as the
    squats' edit."""
    chat, _ = await squats_saved_then_edit_tapped(env, 3410)
    replies = await chat.say("lunges 10kg 12 12")
    assert "Lunge</b>: 10 kg × 12, 12 (2 sets). Save it?" in texts(replies)
    await chat.tap("Fix")
    replies = await chat.say("10kg 12 12 12")
    assert "Lunge</b>: 10 kg × 12, 12, 12" in texts(replies), texts(replies)
    assert squat_sets(env, 3410) == FIRST


async def test_after_edit_plain_numbers_are_still_its_edit(env):
    chat, _ = await squats_saved_then_edit_tapped(env, 3411)
    replies = await chat.say("squats 50kg 8 8")  # named, and the one edited
    assert "replaces the 3×10 at 40 kg" in texts(replies), texts(replies)
