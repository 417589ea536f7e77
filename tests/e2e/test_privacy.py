"""/privacy: what is stored, for how long, who sees it, how /delete removes it; and that
/delete's "Erase everything" really removes each thing /privacy lists."""

from sqlalchemy import func, select

from bot.store.models import Delivery, UnansweredQuestion, User
from bot.store.report_models import ReportState
from tests.e2e.flows import onboard


async def test_privacy_says_what_is_kept_for_how_long_and_how_to_delete_it(env):
    [call] = env.standin.calls("setMyCommands")
    assert "privacy" in [c["command"] for c in call.params["commands"]]
    replies = await env.chat(7101).say("/privacy")  # no profile needed
    [reply] = replies
    text = reply.plain_text or ""
    for heading in ("What I keep", "For how long", "Who can see it", "Deleting it"):
        assert heading in text
    for stored in ("profile", "training log", "Questions I couldn't answer"):
        assert stored in text
    assert "only what the last one was about" in text  # the topic a follow-up keeps
    assert "/delete" in text and "/export" in text
    assert "Wipe my training log" in text and "Erase everything" in text  # the buttons' words
    help_text = (await env.chat(7101).say("/help"))[-1].text
    assert "/privacy" in help_text


async def test_erase_everything_removes_what_privacy_lists(env):
    chat = env.chat(7102)
    await onboard(chat)
    await chat.say("what's the best protein powder brand?")  # a question it can't answer
    with env.svc.db.session() as s:
        asked = s.scalar(select(func.count()).where(UnansweredQuestion.user_id == 7102))
    assert asked == 1
    await chat.say("/delete")
    await chat.tap("Erase everything")
    await chat.tap("Yes, delete")
    with env.svc.db.session() as s:
        for table, column in (
            (User, User.id),
            (UnansweredQuestion, UnansweredQuestion.user_id),
            (Delivery, Delivery.user_id),
            (ReportState, ReportState.user_id),
        ):
            left = s.scalar(select(func.count()).select_from(table).where(column == 7102))
            assert left == 0, table.__tablename__
