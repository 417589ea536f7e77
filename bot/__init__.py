"""Glute Coach: a Telegram bot that coaches glute and hamstring training."""

import os

# python-telegram-bot 22 reports RetryAfter.retry_after as a timedelta when this is set (the
# future default); opting in now keeps its deprecation warning out of the logs.
os.environ.setdefault("PTB_TIMEDELTA", "1")
