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
    reply = (await chat.say("kettlebell swings 3x15 16kg"))[-1]
    assert reply.text.startswith("I can't log \"kettlebell swings\": it isn't one of the exer")
    assert "nothing was saved" in reply.text and "/exercise" in reply.text
    # an RDL is one of two deadlifts the coach knows: which one is asked, nothing saved
    reply = (await chat.say("RDL 3x8 40kg"))[-1]
    assert reply.text.startswith('Which deadlift was your "RDL": the American deadlift'), reply
    assert "Nothing is saved yet" in reply.text and '"american deadlift 3x8 40kg"' in reply.text
    # asked about, it is still a question: declined as the articles skip swings
    reply = (await chat.say("do kettlebell swings build glutes"))[-1]
    assert "don't cover kettlebell swings" in reply.text
    with env.svc.db.session() as s:
        assert not s.scalars(select(ExerciseLog)).all()
        noted = [q.text for q in s.scalars(select(UnansweredQuestion))]
    assert noted == ["do kettlebell swings build glutes"]
