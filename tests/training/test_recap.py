"""The weekly recap's numbers against a real SQLite file, written through the store."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest

from bot.coach.profile import Unit
from bot.coach.programs import EXTRA_LABEL
from bot.coach.setlog import SetEntry
from bot.coach.status import SessionStatus
from bot.handlers.reports import recap_text
from bot.runtime.clock import ManualClock
from bot.runtime.services import Services
from bot.store import logs, users
from bot.store.models import User
from bot.training.recap import weekly
from tests.factories import PROFILE, make_user
from tests.training import services_for

# A toning profile training Monday and Thursday from Monday 2 November 2026:
# week 1 = 2-8 Nov, week 2 = 9-15 Nov, week 3 = 16-22 Nov, week 4 = 23-29 Nov.
START = date(2026, 11, 2)
NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)


@pytest.fixture
def svc(tmp_path) -> Iterator[Services]:
    with services_for(f"sqlite:///{tmp_path / 'recap.sqlite3'}", ManualClock(NOW)) as services:
        yield services


def add_user(svc: Services, user_id: int, *, onboarded: bool = True) -> None:
    with svc.db.session() as s:
        s.add(
            make_user(user_id, NOW, started_on=START)
            if onboarded
            else make_user(
                user_id, NOW, onboarded=False, **(PROFILE | {"unit": None, "started_on": START})
            )
        )


def train(
    svc: Services,
    user_id: int,
    day: date,
    sets: dict[str, list[SetEntry]],
    status: SessionStatus = SessionStatus.DONE,
    *,
    label: str = "A",
    reps: tuple[int, int] = (8, 12),
) -> None:
    with svc.db.session() as s:
        plan = [logs.PlanRow(ex, 3, *reps, None, "kg") for ex in sets]
        session = logs.open_session(s, user_id, day, "tone_gym", label, plan, NOW)
        for row in logs.exercises_of(s, user_id, session.id):
            logs.save_sets(s, row, day, sets[row.exercise_id], None, NOW)
        logs.set_session_status(session, status)


def kg(load: float, *reps: int) -> list[SetEntry]:
    return [SetEntry(r, load, Unit.KG) for r in reps]


def recap(svc: Services, user_id: int, week_start: date) -> str | None:
    with svc.db.session() as s:
        user = s.get(User, user_id)
        assert user is not None
        found = weekly(svc, s, user, week_start)
    return recap_text(svc, found) if found is not None else None


def test_done_planned_records_and_streak_week_by_week(svc):
    add_user(svc, 1)
    # Week 1: both sessions. First time for everything: nothing to beat, no records.
    train(svc, 1, date(2026, 11, 2), {"hip_thrust": kg(50, 12, 12, 10)})
    train(svc, 1, date(2026, 11, 5), {"hip_thrust": kg(55, 10, 10, 10)})
    text = recap(svc, 1, date(2026, 11, 2))
    assert text is not None
    assert "<b>2 of 2</b> done" in text
    assert "Load records" not in text
    assert "Streak: <b>1 week</b>" in text
    assert "Hard sets: glutes 6, hamstrings 6." in text

    # Week 2: both sessions, a hip thrust record; the deadlift is new, so not a record.
    train(svc, 1, date(2026, 11, 9), {"hip_thrust": kg(60, 10, 9)})
    train(svc, 1, date(2026, 11, 12), {"american_deadlift": kg(40, 10, 10)})
    text = recap(svc, 1, date(2026, 11, 11))  # any day of the week means its week
    assert text is not None
    assert "<b>2 of 2</b> done" in text
    assert "• Hip thrust: 60 kg × 10" in text
    assert "American deadlift" not in text
    assert "Streak: <b>2 weeks</b>" in text

    # Week 3 so far: Monday only. The unfinished week is a grace week for the streak.
    train(svc, 1, date(2026, 11, 16), {"hip_thrust": kg(60, 10, 10)})
    text = recap(svc, 1, date(2026, 11, 16))
    assert text is not None
    assert "<b>1 of 2</b> done" in text
    assert "Load records" not in text  # 60 × 10 again ties the record, it doesn't beat it
    assert "Streak: <b>2 weeks</b>" in text

    # Thursday's session was moved to Sunday: done on the week's last day, it counts.
    train(svc, 1, date(2026, 11, 22), {"american_deadlift": kg(45, 10)})
    # Monday of week 4 lies across the week end: it belongs to the next recap.
    train(svc, 1, date(2026, 11, 23), {"hip_thrust": kg(70, 12)})
    text = recap(svc, 1, date(2026, 11, 22))
    assert text is not None
    assert "<b>2 of 2</b> done" in text
    assert "• American deadlift: 45 kg × 10" in text
    assert "Hip thrust: 70" not in text
    assert "Streak: <b>3 weeks</b>" in text

    text = recap(svc, 1, date(2026, 11, 23))
    assert text is not None
    assert "<b>1 of 2</b> done" in text
    assert "• Hip thrust: 70 kg × 12" in text
    assert "Streak: <b>3 weeks</b>" in text


def test_a_missed_session_breaks_the_streak(svc):
    add_user(svc, 2)
    train(svc, 2, date(2026, 11, 2), {"hip_thrust": kg(50, 10)})
    train(svc, 2, date(2026, 11, 5), {"hip_thrust": kg(50, 10)})
    # Week 2: Thursday skipped, so 1 of 2.
    train(svc, 2, date(2026, 11, 9), {"hip_thrust": kg(50, 10)})
    train(svc, 2, date(2026, 11, 12), {"hip_thrust": []}, status=SessionStatus.SKIPPED)
    text = recap(svc, 2, date(2026, 11, 9))
    assert text is not None
    assert "<b>1 of 2</b> done" in text
    # Asked about week 2 itself, its shortfall is a grace week: week 1 still counts.
    assert "Streak: <b>1 week</b>" in text

    # Week 3 complete: the streak restarts, because week 2 is over and fell short.
    train(svc, 2, date(2026, 11, 16), {"hip_thrust": kg(50, 10)})
    train(svc, 2, date(2026, 11, 19), {"hip_thrust": kg(50, 10)})
    text = recap(svc, 2, date(2026, 11, 16))
    assert text is not None
    assert "<b>2 of 2</b> done" in text
    assert "Streak: <b>1 week</b>" in text


def test_sessions_never_exceed_the_plan_and_band_sets_are_not_hard_sets(svc):
    """Issue 11: "Sessions: 3 of 2 done" never happens (sessions beyond the plan and days of
    single exercises are extras); 30-rep band walks are not hard sets; a record is a
    heavier load for as many reps, shown with the set it beat."""
    add_user(svc, 5)
    train(svc, 5, date(2026, 11, 2), {"hip_thrust": kg(50, 10, 10, 10)})
    train(svc, 5, date(2026, 11, 9), {"hip_thrust": kg(52.5, 10, 10, 10)})
    monster = [SetEntry(30, None, None), SetEntry(30, None, None)]
    train(svc, 5, date(2026, 11, 10), {"monster_walk": monster}, label=EXTRA_LABEL, reps=(20, 30))
    train(svc, 5, date(2026, 11, 11), {"hip_thrust": kg(40, 15, 15)})  # a third session
    train(svc, 5, date(2026, 11, 12), {"monster_walk": monster}, reps=(20, 30))
    text = recap(svc, 5, date(2026, 11, 9))
    assert text is not None
    assert "<b>2 of 2</b> done, every one of them" in text
    assert "Plus 2 extra sessions." in text
    assert "3 of 2" not in text
    assert "Hard sets: glutes 5, hamstrings 5." in text  # 3 + 2 hip thrusts, no band walks
    assert "• Hip thrust: 52.5 kg × 10 (before: 50 kg × 10)" in text
    assert "Hip thrust: 40" not in text  # more reps at a lighter load is no load record
    assert "Monster walk" not in text
    assert "Streak: <b>1 week</b>" in text  # week 1 had one of two


def test_each_day_is_planned_by_the_training_days_of_its_time(svc):
    """Mon + Thu until Tuesday 17 Nov, Mon + Wed + Fri since: the weeks before count two
    sessions planned (the streak they made stands), the week of the change Monday by the old
    days and the rest of it by the new ones. (Every week was planned with the new days: the
    two weeks before fell one short, and Monday of a change to Wed + Fri was an extra.)"""
    add_user(svc, 6)
    with svc.db.session() as s:
        user = s.get(User, 6)
        assert user is not None
        user.days = "0,2,4"
        users.change_days(user, "0,3", datetime(2026, 11, 17, 8, 0, tzinfo=UTC))
    for day in (2, 5, 9, 12, 16, 18, 20):
        train(svc, 6, date(2026, 11, day), {"hip_thrust": kg(50, 10)})
    text = recap(svc, 6, date(2026, 11, 16))
    assert text is not None
    assert "<b>3 of 3</b> done, every one of them" in text and "extra" not in text
    assert "Streak: <b>3 weeks</b>" in text
    assert "<b>2 of 2</b> done" in (recap(svc, 6, date(2026, 11, 9)) or "")
    assert "<b>0 of 3</b> done" in (recap(svc, 6, date(2026, 11, 23)) or "")  # the new days

    with svc.db.session() as s:  # now Wed + Fri: Monday the 16th was planned all the same
        user = s.get(User, 6)
        assert user is not None
        user.days, user.days_history = "2,4", None
        users.change_days(user, "0,3", datetime(2026, 11, 17, 8, 0, tzinfo=UTC))
    text = recap(svc, 6, date(2026, 11, 16))
    assert text is not None
    assert "<b>3 of 3</b> done, every one of them" in text and "extra" not in text


def test_nothing_to_recap(svc):
    add_user(svc, 3)
    assert recap(svc, 3, date(2026, 10, 26)) is None  # the week before the start
    train(svc, 3, date(2026, 10, 31), {"squat": kg(40, 10, 10, 10)})  # logged as "last saturday"
    assert recap(svc, 3, date(2026, 10, 26)) is None  # still no recap ("0 of 0 done")
    add_user(svc, 4, onboarded=False)  # no unit: the profile isn't complete
    assert recap(svc, 4, date(2026, 11, 2)) is None
    # A planned week with nothing done still gets a recap: 0 of 2.
    text = recap(svc, 3, date(2026, 11, 2))
    assert text is not None and "<b>0 of 2</b> done" in text


def test_a_short_week_says_its_streak_is_last_weeks(svc):
    """A person read "Sessions: 1 of 2 done." and then "Streak: 1 week with every planned
    session done." in the same recap: the streak stood up to last week, and this week ended
    it (a full week next starts a new one)."""
    add_user(svc, 7)
    train(svc, 7, date(2026, 11, 2), {"hip_thrust": kg(50, 10)})
    train(svc, 7, date(2026, 11, 5), {"hip_thrust": kg(50, 10)})
    train(svc, 7, date(2026, 11, 9), {"hip_thrust": []}, status=SessionStatus.SKIPPED)
    train(svc, 7, date(2026, 11, 12), {"hip_thrust": kg(50, 10)})
    text = recap(svc, 7, date(2026, 11, 12))
    assert text is not None and "<b>1 of 2</b> done" in text
    assert "Streak: <b>1 week</b> with every planned session done up to last week" in text
    assert "this week fell short, so your next full week starts a new one" in text
