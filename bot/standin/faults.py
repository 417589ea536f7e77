"""Telegram's failures on demand: errors, blocked chats, rate limits, slow and held replies."""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from bot.standin.records import BLOCKED, ApiError, JSONDict, too_many
from bot.standin.state import StandInState


@dataclass
class FailRule:
    method: str  # lower-case
    status: int
    description: str
    retry_after: int | None
    times: int
    chat_id: int | None
    until: float | None = None  # time.monotonic() after which the rule is gone


@dataclass
class DelayRule:
    method: str  # lower-case
    seconds: float
    times: int


@dataclass
class RandomFaults:
    rate: float
    statuses: tuple[int, ...]
    rng: random.Random
    methods: frozenset[str] | None  # lower-case; None: every method that carries a chat_id

    def strikes(self, method: str, chat_id: Any) -> bool:
        hit = method.lower() in self.methods if self.methods is not None else chat_id is not None
        return hit and self.rng.random() < self.rate


class FaultsMixin(StandInState):
    """Inject faults (tests call the public methods) and apply them to each API call."""

    def fail(
        self,
        method: str,
        status: int,
        description: str,
        *,
        retry_after: int | None = None,
        times: int = 1,
        chat_id: int | None = None,
    ) -> None:
        """The next `times` calls of `method` (only those for chat_id, if given) fail."""
        with self._lock:
            self._fail_rules.append(
                FailRule(method.lower(), status, description, retry_after, times, chat_id)
            )

    def flood_storm(self, seconds: float, retry_after: int, methods: Iterable[str]) -> None:
        """For the next `seconds`, every call of `methods` gets 429 with `retry_after`."""
        until = time.monotonic() + seconds
        with self._lock:
            for method in methods:
                self._fail_rules.append(
                    FailRule(
                        method.lower(),
                        429,
                        f"Too Many Requests: retry after {retry_after}",
                        retry_after,
                        times=1 << 62,
                        chat_id=None,
                        until=until,
                    )
                )

    def block(self, chat_id: int) -> None:
        with self._lock:
            self._blocked.add(chat_id)

    def unblock(self, chat_id: int) -> None:
        with self._lock:
            self._blocked.discard(chat_id)

    def delay(self, method: str, seconds: float, *, times: int = 1) -> None:
        """Hold the reply of the next `times` calls of `method`; the call itself takes effect
        first, like a slow network that times out after Telegram acted."""
        with self._lock:
            self._delays.append(DelayRule(method.lower(), seconds, times))

    def hold(self, method: str, chat_id: int) -> threading.Event:
        """Hold the replies to `method` calls for `chat_id` (which take effect at once) until
        the returned event is set: a slow Telegram for one chat, released when a test says."""
        gate = threading.Event()
        with self._lock:
            self._holds[(method.lower(), chat_id)] = gate
        return gate

    def fail_randomly(
        self,
        rate: float,
        statuses: Iterable[int] = (500, 429, 403),
        seed: int = 0,
        methods: Iterable[str] | None = None,
    ) -> None:
        """Fail each matching call with probability `rate` (0 turns it off). By default only
        methods that carry a chat_id are hit, so polling itself keeps working."""
        with self._lock:
            self._random = (
                None
                if rate <= 0
                else RandomFaults(
                    rate,
                    tuple(statuses),
                    random.Random(seed),
                    None if methods is None else frozenset(m.lower() for m in methods),
                )
            )

    def _take_delay(self, method: str) -> float:
        for rule in self._delays:
            if rule.method == method.lower():
                rule.times -= 1
                if rule.times <= 0:
                    self._delays.remove(rule)
                return rule.seconds
        return 0.0

    def _inject_faults(self, method: str, params: JSONDict) -> None:
        chat_id = params.get("chat_id")
        now = time.monotonic()
        self._fail_rules[:] = [r for r in self._fail_rules if r.until is None or r.until > now]
        for rule in self._fail_rules:
            if rule.method == method.lower() and rule.chat_id in (None, chat_id):
                rule.times -= 1
                if rule.times <= 0:
                    self._fail_rules.remove(rule)
                raise ApiError(rule.status, rule.description, rule.retry_after)
        faults = self._random
        if faults is not None and faults.strikes(method, chat_id):
            status = faults.rng.choice(faults.statuses)
            if status == 429:
                raise too_many(1)
            if status == 403:
                raise ApiError(403, BLOCKED)
            raise ApiError(status, "Internal Server Error")
        if chat_id is None:
            return
        if chat_id in self._blocked:
            raise ApiError(403, BLOCKED)
        if self.rate_limit is not None:
            now = time.monotonic()
            while self._send_times and self._send_times[0] <= now - 1.0:
                self._send_times.popleft()
            if len(self._send_times) >= self.rate_limit:
                raise too_many(1)
            self._send_times.append(now)
