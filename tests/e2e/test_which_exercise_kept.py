"""Sets typed with no exercise named ("60 12 12 10"), then the exercise's name alone when the
bot asks which one it was: the sets were lost and the name got the exercise's card (Dave,
h-personas13: "225 8 8 7", "Which exercise was that?", "hip thrust"). The sets are kept for the
name typed next, and only for that: anything else typed in between lets them go."""

from datetime import UTC, datetime

from sqlalchemy import select

from bot.store.models import SetLog
from tests.e2e.flows import onboard

MONDAY = datetime(2026, 11, 16, 10, 0, tzinfo=UTC)  # a training day (Mon + Thu in Berlin)


async def test_the_name_alone_after_which_exercise_saves_the_sets_typed(env):
    chat = env.chat(9861)
    await onboard(chat)
    env.clock.set(MONDAY)
    asked = (await chat.say("60 12 12 10"))[-1]
    assert asked.plain_text.startswith("Which exercise was that?"), asked.text
    assert 'Send just its name and I\'ll save "60 12 12 10" for it' in asked.plain_text
    shown = (await chat.say("squat"))[-1]
    assert shown.plain_text.startswith("Squat: 60 kg × 12, 12, 10 (3 sets). Save it?"), shown.text
    await chat.tap("Save")
    with env.svc.db.session() as s:
        sets = s.scalars(select(SetLog).order_by(SetLog.set_no)).all()
        assert [(x.exercise_id, x.reps, x.load) for x in sets] == [
            ("squat", 12, 60),
            ("squat", 12, 60),
            ("squat", 10, 60),
        ]


async def test_the_sets_go_once_something_else_is_typed(env):
    chat = env.chat(9862)
    await onboard(chat)
    env.clock.set(MONDAY)
    await chat.say("60 12 12 10")
    answer = (await chat.say("what is the glute ham tie in?"))[-1]
    assert "tie-in" in answer.plain_text
    card = (await chat.say("squat"))[-1]  # a name asked about now: its card, nothing saved
    assert "Save it?" not in card.plain_text, card.text
    with env.svc.db.session() as s:
        assert not s.scalars(select(SetLog)).all()
