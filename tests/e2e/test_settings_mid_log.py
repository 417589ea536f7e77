"""/settings opened in the middle of logging a workout leaves the logging where it was: the
menu, a setting changed from it, "Nothing, thanks" or "cancel" all come back to the exercise
being logged, and say which one it is. (The menu used to forget it: the next "60kg 12 12 10"
got "Which exercise was that?".)"""

from tests.e2e.flows import load_user, onboard
from tests.e2e.harness import texts

BACK_TO_SQUAT = "Back to your workout: I'm waiting for your <b>Squat</b> sets"


async def start_logging(chat):
    await onboard(chat)  # Mon + Thu at 18:30; the clock says Monday morning
    await chat.say("/today")
    replies = await chat.tap("Start logging")
    assert "1/4 · Squat" in replies[-1].text


async def squat_sets_taken(chat):
    """The next sets typed are the squat's, as before the settings were opened."""
    replies = await chat.say("60kg 12 12 10")
    assert "<b>Squat</b>: 60 kg × 12, 12, 10 (3 sets). Save it?" in replies[-1].text


async def test_settings_closed_mid_workout_come_back_to_the_exercise(env):
    chat = env.chat(4101)
    await start_logging(chat)
    replies = await chat.say("/settings")
    assert "What would you like to change" in replies[-1].text
    replies = await chat.tap("Nothing")
    assert "No changes" in texts(replies)
    assert BACK_TO_SQUAT in replies[-1].text
    await squat_sets_taken(chat)
    replies = await chat.tap("Save")
    assert "2/4" in replies[-1].text


async def test_a_setting_changed_mid_workout_comes_back_to_the_exercise(env):
    chat = env.chat(4102)
    await start_logging(chat)
    await chat.say("/settings")
    await chat.tap("Workout time")
    assert (await load_user(env, 4102)).awaiting.startswith("set:time")
    replies = await chat.say("7:15")
    assert "Updated" in texts(replies) and "at 07:15" in texts(replies)
    assert BACK_TO_SQUAT in replies[-1].text
    await squat_sets_taken(chat)


async def test_a_setting_cancelled_mid_workout_comes_back_to_the_exercise(env):
    chat = env.chat(4103)
    await start_logging(chat)
    await chat.say("/settings")
    await chat.tap("Units")
    replies = await chat.say("cancel")
    assert "No changes" in texts(replies)
    assert BACK_TO_SQUAT in replies[-1].text
    await squat_sets_taken(chat)


async def test_an_entry_waiting_for_save_outlasts_new_training_days(env):
    chat = env.chat(4104)
    await start_logging(chat)
    echo = (await chat.say("60kg 12 12 10"))[-1]
    assert "Save it?" in echo.text
    await chat.say("/settings")
    await chat.tap("Training days")
    await chat.tap("Tue")
    replies = await chat.tap("Done")
    assert "Updated" in texts(replies) and "Mon, Tue, Thu" in texts(replies)
    assert "your <b>Squat</b> entry is waiting" in replies[-1].text
    saved = next(data for row in echo.buttons for label, data in row if "Save" in label)
    replies = await chat.press(echo.message_id, saved)
    assert "Squat: 60 kg × 12, 12, 10 ✓" in texts(replies)
    assert "2/4" in replies[-1].text
