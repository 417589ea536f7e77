"""What the bot knows (templates, content, question index), loaded once per test process.

Loading it is most of what `build_services` costs (about 0.15 s); it never changes between
tests, so the tests that build the bot's services share one copy."""

from __future__ import annotations

import functools

from bot.tg.runner import Knowledge, load_knowledge


@functools.cache
def shared_knowledge() -> Knowledge:
    return load_knowledge()
