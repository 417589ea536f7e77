"""The bot's own replies ride out Telegram's hiccups: 5xx retried, 429 waited out."""

from tests.e2e.harness import texts


async def test_a_5xx_on_a_reply_is_retried(env):
    env.standin.fail("sendMessage", 502, "Bad Gateway", times=2, chat_id=7001)
    replies = await env.chat(7001).say("/help")
    assert "What I can do" in texts(replies)
    statuses = [
        c.status for c in env.standin.calls("sendMessage") if c.params.get("chat_id") == 7001
    ]
    assert statuses == [502, 502, 200]


async def test_a_429_on_a_reply_waits_retry_after(env):
    env.standin.fail(
        "sendMessage", 429, "Too Many Requests: retry after 1", retry_after=1, chat_id=7002
    )
    replies = await env.chat(7002).say("/help")
    assert "What I can do" in texts(replies)
    calls = [c for c in env.standin.calls("sendMessage") if c.params.get("chat_id") == 7002]
    assert [c.status for c in calls] == [429, 200]
    assert calls[1].time - calls[0].time >= 1.0


async def test_a_4xx_is_not_retried(env):
    env.standin.fail("sendMessage", 400, "Bad Request: chat not found", chat_id=7003)
    await env.chat(7003).say("/help")
    statuses = [
        c.status for c in env.standin.calls("sendMessage") if c.params.get("chat_id") == 7003
    ]
    assert statuses[0] == 400 and statuses.count(400) == 1  # then the "went wrong" reply
