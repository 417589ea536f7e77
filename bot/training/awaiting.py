"""What the bot is waiting for from a person (users.awaiting), typed.

Stored as "<mode>:<key>": "ob:goal" while onboarding, "set:time" while changing one answer,
"log:<exercise_log_id>" while an exercise is owed, "logl:<exercise_log_id>" while its load
is (after "Done as planned" with no load known), "logc:<exercise_log_id>" while a typed
entry waits for a one-tap confirmation. A setting changed in the middle of logging holds
the logging step after a ">" ("set:time>log:12"), to be awaited again once the settings are
left (bot/training/held.py). Anything else reads as nothing awaited.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from bot.coach.onboarding import STEPS


class Mode(StrEnum):
    ONBOARDING = "ob"
    SETTINGS = "set"
    LOG = "log"
    CONFIRM = "logc"
    LOAD = "logl"


_LOGGING = (Mode.LOG, Mode.CONFIRM, Mode.LOAD)  # modes whose key is an exercise log id
LOGGING_MODES = frozenset(_LOGGING)
HOLDS = ">"  # "set:<step>>log:<id>": a setting being changed, a logging step held meanwhile


@dataclass(frozen=True)
class Awaiting:
    mode: Mode
    key: str
    held: Awaiting | None = None  # the logging step a setting being changed holds

    @classmethod
    def parse(cls, raw: str | None) -> Awaiting | None:
        head, holds, tail = (raw or "").partition(HOLDS)
        what = cls._one(head)
        if not holds:
            return what
        held = cls._one(tail)
        if what is None or what.mode != Mode.SETTINGS or held is None or held.log_id is None:
            return None
        return cls(what.mode, what.key, held)

    @classmethod
    def _one(cls, raw: str) -> Awaiting | None:
        mode, sep, key = raw.partition(":")
        if not sep:
            return None
        if mode in (Mode.ONBOARDING, Mode.SETTINGS) and key in STEPS:
            return cls(Mode(mode), key)
        if mode in _LOGGING and key.isascii() and key.isdigit():
            return cls(Mode(mode), key)
        return None

    def __str__(self) -> str:
        held = f"{HOLDS}{self.held}" if self.held is not None else ""
        return f"{self.mode.value}:{self.key}{held}"

    @property
    def step(self) -> str | None:
        """The onboarding or settings question owed, if that is what this is."""
        return self.key if self.mode in (Mode.ONBOARDING, Mode.SETTINGS) else None

    @property
    def log_id(self) -> int | None:
        """The exercise log owed or being confirmed, if that is what this is."""
        return int(self.key) if self.mode in _LOGGING else None


def onboarding(step: str) -> Awaiting:
    return Awaiting(Mode.ONBOARDING, step)


def settings(step: str, held: Awaiting | None = None) -> Awaiting:
    return Awaiting(Mode.SETTINGS, step, held)


def exercise(log_id: int) -> Awaiting:
    return Awaiting(Mode.LOG, str(log_id))


def load(log_id: int) -> Awaiting:
    return Awaiting(Mode.LOAD, str(log_id))


def confirm(log_id: int) -> Awaiting:
    return Awaiting(Mode.CONFIRM, str(log_id))
