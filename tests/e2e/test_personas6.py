"""Three people who only type (a 52-year-old toning at home with dumbbells, a figure
competitor counting down to her show, a man growing his glutes in pounds) lived with the bot
for weeks (a scratch driver, not a test); what they met that was wrong is kept here."""

from datetime import UTC, date, datetime

from tests.e2e.flows import at_step, load_user, onboard
from tests.e2e.harness import texts


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


async def test_a_show_day_said_at_setup_is_kept_and_counted_down(env):
    """ "figure competitor, show is march 14" set the goal and said nothing of the show;
    "show is march 14" again at the experience question got "I need how long you've
    lifted", and after the setup "how many weeks out am i" got "I don't know that one yet".
    Now the day is kept (users.show_on), said back, and counted down to."""
    chat = env.chat(9611)  # Monday 16 November 2026
    await chat.say("/start")
    replies = await chat.say("figure competitor, show is march 14")
    said = texts(replies)
    assert "Show day noted: <b>Sunday 14 March</b>, 16 weeks and 6 days out" in said, said
    assert "2/7" in replies[-1].text, replies[-1].text
    user = await load_user(env, 9611)
    assert (user.goal, user.show_on) == ("compete", date(2027, 3, 14))
    replies = await chat.say("show is march 14")  # again, at the experience question
    assert "Show day noted" in replies[0].text, replies[0].text
    assert "2/7" in replies[-1].text, replies[-1].text
    for label in ("2+ years", "A gym", "Use suggested", "Done", "18:30", "Europe/Berlin", "kg"):
        await chat.tap(label)
    reply = (await chat.say("how many weeks out am i"))[-1].text
    assert "Your show is on <b>Sunday 14 March</b>: 16 weeks and 6 days out" in reply, reply
    env.clock.set(datetime(2026, 11, 22, 9, 0, tzinfo=UTC))  # Sunday: a week less
    reply = (await chat.say("how long until my show?"))[-1].text
    assert "16 weeks out" in reply, reply
    reply = (await chat.say("my show moved, it's now on april 4"))[-1].text
    assert "Show day noted: <b>Sunday 4 April</b>" in reply, reply
    assert (await load_user(env, 9611)).show_on == date(2027, 4, 4)


async def test_weeks_out_without_a_show_day_asks_for_it(env):
    chat = env.chat(9612)
    await onboard(chat, goal="Compete: figure")
    reply = (await chat.say("how many weeks out am i"))[-1].text
    assert reply.startswith("I don't have your show's date yet"), reply

