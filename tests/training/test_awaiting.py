"""users.awaiting as text and back (bot/training/awaiting.py), with a logging step held
while a setting is changed."""

from bot.coach.onboarding import STEPS
from bot.training import awaiting as wait
from bot.training.awaiting import Awaiting, Mode


def test_a_setting_holds_a_logging_step_and_reads_back():
    held = wait.settings("time", wait.confirm(12))
    assert str(held) == "set:time>logc:12"
    assert Awaiting.parse("set:time>logc:12") == held
    assert held.step == "time" and held.log_id is None
    assert held.held == Awaiting(Mode.CONFIRM, "12") and held.held.log_id == 12
    assert Awaiting.parse("set:time") == wait.settings("time")


def test_only_a_setting_holds_and_only_a_logging_step_is_held():
    for raw in ("ob:goal>log:1", "log:1>log:2", "set:time>set:days", "set:time>", "set:time>x"):
        assert Awaiting.parse(raw) is None, raw


def test_the_longest_fits_the_column():
    longest = max(STEPS, key=len)
    assert len(str(wait.settings(longest, wait.confirm(10**18)))) <= 48  # users.awaiting
