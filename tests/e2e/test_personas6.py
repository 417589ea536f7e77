"""Three people who only type (a 52-year-old toning at home with dumbbells, a figure
competitor counting down to her show, a man growing his glutes in pounds) lived with the bot
for weeks (a scratch driver, not a test); what they met that was wrong is kept here."""

from tests.e2e.flows import at_step, load_user


async def test_days_and_time_in_one_message_keep_both(env):
    """ "mon wed fri mornings around 7" at the days question got "I need your training days"
    again and again: she never got set up. "tue thu sat 7:30pm" kept the time and dropped the
    days. Now both are kept and said back, and the zone is asked next."""
    said = {
        "mon wed fri mornings around 7": ("0,2,4", "07:00"),
        "tue thu sat 7:30pm": ("1,3,5", "19:30"),
        "mon and thurs evenings at 6": ("0,3", "18:00"),
    }
    for n, (text, (days, at)) in enumerate(said.items()):
        chat = env.chat(9601 + n)
        await at_step(chat, "days")
        replies = await chat.say(text)
        user = await load_user(env, 9601 + n)
        assert (user.days, user.push_time) == (days, at), (text, replies[-1].text)
        assert "6/7" in replies[-1].text, replies[-1].text  # the zone question
