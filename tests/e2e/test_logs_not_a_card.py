"""Sets logged for an exercise no card names ("RDL 3x8 40kg"): said plainly that it can't be
logged and how, nothing saved, never answered as a question about rep ranges. (An RDL on a
day whose workout holds the stiff-leg or American deadlift is that move:
test_logs_names_typed.py.)"""

from datetime import UTC, datetime

from sqlalchemy import select

from bot.store.models import ExerciseLog, UnansweredQuestion
from tests.e2e.flows import onboard

TUESDAY = datetime(2026, 11, 17, 9, 0, tzinfo=UTC)  # Mon + Thu in Berlin


async def test_sets_for_an_exercise_no_card_names_are_refused_plainly(env):
    chat = env.chat(9811)
    await onboard(chat)
    env.clock.set(TUESDAY)  # a rest day: no stiff-leg or American deadlift an RDL could be
    for typed, name in (
        ("RDL 3x8 40kg", "rdl"),
        ("kettlebell swings 3x15 16kg", "kettlebell swings"),
    ):
        reply = (await chat.say(typed))[-1]
        assert reply.text.startswith(f"I can't log \"{name}\": it isn't one of the exercises"), (
            reply.text
        )
        assert "nothing was saved" in reply.text and "/exercise" in reply.text
    # asked about, it is still a question: declined as the articles skip swings
    reply = (await chat.say("do kettlebell swings build glutes"))[-1]
    assert "don't cover kettlebell swings" in reply.text
    with env.svc.db.session() as s:
        assert not s.scalars(select(ExerciseLog)).all()
        noted = [q.text for q in s.scalars(select(UnansweredQuestion))]
    assert noted == ["do kettlebell swings build glutes"]
