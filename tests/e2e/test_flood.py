"""One person sending a thousand messages at once: told once to slow down, the rest held back
unread, nothing stored past the caps, and someone else's message answered as usual."""

from sqlalchemy import func, select

from bot.store import inbox, outbox
from bot.store.inbox import Flood
from bot.store.models import InboxUpdate, UnansweredQuestion
from tests.e2e.harness import bot_env, eventually, texts

FLOODER, OTHER = 4601, 4602
FLOOD = Flood()


async def test_a_flood_is_held_back_and_others_are_answered(tmp_path):
    async with bot_env(tmp_path, extra_env={"FLOOD_LIMIT": ""}) as env:  # the default
        for n in range(1000):
            env.standin.send_text(FLOODER, f"what about protein powder brand {n}?")
        replies = await env.chat(OTHER).say("/help")
        assert "What I can do" in texts(replies)

        async def all_handled():
            def left(s):
                stored = s.scalar(select(func.count()).where(InboxUpdate.chat_id == FLOODER))
                return stored == 1000 and inbox.waiting(s) == 0 and outbox.unfinished(s) == 0

            return await env.svc.db.run(left)

        await eventually(all_handled, timeout=30)

        def counts(s):
            by_state = dict(
                s.execute(
                    select(InboxUpdate.state, func.count())
                    .where(InboxUpdate.chat_id == FLOODER)
                    .group_by(InboxUpdate.state)
                ).all()
            )
            kept = s.scalar(select(func.count()).where(UnansweredQuestion.user_id == FLOODER))
            return by_state, kept

        by_state, kept = await env.svc.db.run(counts)
    assert sum(by_state.values()) == 1000  # every one stored, none lost
    assert by_state.get(inbox.DONE, 0) <= 2 * FLOOD.limit  # the rest never read
    assert by_state[inbox.ASIDE] >= 1000 - 2 * FLOOD.limit
    got = [m.text or "" for m in env.standin.messages(FLOODER)]
    assert sum("a lot of messages at once" in t for t in got) == 1
    assert len(got) <= 2 * FLOOD.limit + 1
    assert kept <= 2 * FLOOD.limit
