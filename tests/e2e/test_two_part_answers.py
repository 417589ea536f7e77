"""Two covered questions in one message, end to end: both answered, the second in brief with
its whole entry or card a tap away."""


async def test_both_covered_halves_of_a_question_are_answered(env):
    chat = env.chat(4031)
    reply = (
        await chat.say("does the stepmill burn glute fat, and are hip thrusts better than squats?")
    )[-1]
    myth = env.svc.content.entries["myth_cardio_spot_reduction"]
    assert "<b>Hip thrust</b>" in reply.text and "<b>Squat</b>" in reply.text
    assert f"<b>Your other question: {myth.title}</b>\n{myth.gist}" in reply.text
    assert reply.text.index("Your other question") < reply.text.index("Source")
    assert reply.buttons[0][0][0] == myth.title  # the other answer, whole, first
    opened = (await chat.tap(myth.title))[-1]
    assert opened.text.startswith(f"<b>{myth.title}</b>") and "Source:" in opened.text

    reply = (await chat.say("is sprinting good for the tie-in and what about leg curls?"))[-1]
    card = env.svc.content.exercises["lying_leg_curl"]
    assert reply.text.startswith("<b>Sprinting for the tie-in?</b>")
    assert f"<b>Your other question: {card.name}</b>" in reply.text
    assert reply.buttons[0][0][0] == card.name
    opened = (await chat.tap(card.name))[-1]
    assert opened.text.startswith(f"<b>{card.name}</b>")


async def test_a_follow_up_leaning_on_the_first_question_is_one_question(env):
    chat = env.chat(4032)
    reply = (await chat.say("What are straight leg deadlifts? Are they good for the glutes?"))[-1]
    assert "Your other question" not in reply.text and "Source" in reply.text
