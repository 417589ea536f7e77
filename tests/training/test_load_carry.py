"""Issue 11: a load carries across the program's change of rep range, through the logbook's
use cases (compete at the gym rotates the hip thrust through 3-8, 8-12 and 12-20)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from bot.runtime.clock import ManualClock
from bot.runtime.services import Services
from bot.store.db import Database
from bot.store.migrate import upgrade
from bot.training.logbook import Ask
from tests.factories import make_user
from tests.training.test_logbook import ME, built, entry, start  # noqa: F401

START = date(2026, 11, 16)  # a Monday; sessions A, B, C, D on Mondays and Thursdays


@pytest.fixture
async def svc(built: Services, tmp_path) -> AsyncIterator[Services]:  # noqa: F811
    db = Database(f"sqlite:///{tmp_path / 'carry.sqlite3'}")
    await upgrade(db)
    now = datetime(2026, 11, 16, 17, 30, tzinfo=UTC)
    services = replace(built, db=db, clock=ManualClock(now))
    with services.db.session() as s:
        s.add(make_user(ME.user_id, now, started_on=START, goal="compete"))
    yield services
    await services.db.dispose()


async def test_hip_thrust_load_carries_from_3_8_to_8_12(svc):
    first = start(svc)
    assert (first.name, first.rep_low, first.rep_high, first.planned_load) == (
        "Hip thrust",
        3,
        8,
        None,
    )
    entry(svc, "80kg 8 8 8 8")  # the top of 3-8
    later = date(2026, 11, 30)  # session A again, now in the medium 8-12 range
    assert isinstance(svc.clock, ManualClock)
    svc.clock.set(datetime(2026, 11, 30, 17, 30, tzinfo=UTC))
    again = start(svc, later)
    assert isinstance(again, Ask)
    assert (again.name, again.rep_low, again.rep_high) == ("Hip thrust", 8, 12)
    # 82.5 kg for 8 reps (one step up) is about 74.6 kg for 12 (Epley): 75 on the 2.5 kg grid
    assert again.planned_load == 75.0


async def test_feedback_names_the_next_target_wherever_it_falls(svc):
    """Compete's hip thrust is in session A only: the finish names the load it gets two
    weeks later, and that is the load asked for then."""
    from tests.training.test_logbook import press

    ask = start(svc)
    saved = entry(svc, "80kg 8 8 8 8")
    then = saved.then
    while isinstance(then, Ask):
        tapped = press(svc, "lg", "skip", then.log_id)
        assert tapped is not None
        then = tapped.then.then  # type: ignore[union-attr]
    assert ask.name == "Hip thrust"
    changes = {c.name: c for c in then.changes}  # type: ignore[union-attr]
    hip = changes["Hip thrust"]
    assert (hip.change, hip.load, hip.rep_low, hip.rep_high, hip.new_range) == (
        "up",
        75.0,
        8,
        12,
        True,
    )
    assert isinstance(svc.clock, ManualClock)
    svc.clock.set(datetime(2026, 11, 30, 17, 30, tzinfo=UTC))
    again = start(svc, date(2026, 11, 30))
    assert (again.name, again.planned_load, again.rep_low, again.rep_high) == (
        "Hip thrust",
        hip.load,
        hip.rep_low,
        hip.rep_high,
    )
