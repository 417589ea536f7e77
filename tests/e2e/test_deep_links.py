"""Deep links: t.me/<bot>?start=<payload> arrives as "/start <payload>". A goal id answers
the goal question, topic-<entry id> opens that entry, anything else is ignored politely."""

from sqlalchemy import func, select

from bot.store.models import UnansweredQuestion
from tests.e2e.flows import load_user, onboard

TOPIC = "myth_cardio_spot_reduction"


async def test_a_goal_link_answers_the_goal_question(env):
    chat = env.chat(7201)
    replies = await chat.say("/start bikini")
    welcome, question = replies[-2], replies[-1]
    assert "Compete in bikini" in (welcome.plain_text or "") and "/settings" in welcome.text
    assert (question.plain_text or "").startswith("2/7")  # the goal question is answered
    assert any("New to lifting" in label for row in question.buttons for label, _ in row)
    user = await load_user(env, 7201)
    assert user is not None and user.goal == "bikini" and user.awaiting == "ob:experience"
    # The rest of the setup goes on as usual.
    await chat.tap("New to lifting")
    assert (await load_user(env, 7201)).experience == "new"  # type: ignore[union-attr]


async def test_a_topic_link_opens_the_entry_then_the_setup(env):
    chat = env.chat(7202)
    title = env.svc.content.entries[TOPIC].title
    replies = await chat.say(f"/start topic-{TOPIC}")
    assert title in (replies[0].plain_text or "")
    assert "I'm Glute Coach" in (replies[-2].plain_text or "")
    assert "goal" in (replies[-1].plain_text or "").lower()


async def test_links_never_change_a_set_up_profile(env):
    chat = env.chat(7203)
    await onboard(chat)  # goal: tone
    replies = await chat.say(f"/start topic-{TOPIC}")
    [answer] = replies  # the topic alone: no keep / start over offer in the way
    assert env.svc.content.entries[TOPIC].title in (answer.plain_text or "")
    replies = await chat.say("/start bikini")
    assert any("Keep my profile" in label for row in replies[-1].buttons for label, _ in row)
    assert (await load_user(env, 7203)).goal == "tone"  # type: ignore[union-attr]


async def test_a_goal_link_mid_setup_keeps_the_goal_chosen(env):
    chat = env.chat(7204)
    await chat.say("/start")
    await chat.tap("Tone up")
    replies = await chat.say("/start glutes_only")
    assert "Welcome back" in (replies[0].plain_text or "")
    assert (await load_user(env, 7204)).goal == "tone"  # type: ignore[union-attr]


async def test_unknown_payloads_get_the_usual_start_with_a_word(env):
    for user_id, payload in ((7205, "summer-sale"), (7206, "topic-nope"), (7207, "x" * 65)):
        chat = env.chat(user_id)
        replies = await chat.say(f"/start {payload}")
        assert "doesn't point to anything I know" in (replies[0].plain_text or "")
        assert "goal" in (replies[-1].plain_text or "").lower()
        user = await load_user(env, user_id)
        assert user is not None and user.goal is None and user.awaiting == "ob:goal"
    with env.svc.db.session() as s:
        assert s.scalar(select(func.count()).select_from(UnansweredQuestion)) == 0
