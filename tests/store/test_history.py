"""previous_done_many: each exercise's last completed session before a day, in two queries."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import event

from bot.coach.profile import Unit
from bot.coach.setlog import SetEntry
from bot.store import logs
from bot.store.db import Database
from tests.factories import make_user

NOW = datetime(2026, 11, 20, 18, 0, tzinfo=UTC)
ME, OTHER = 501, 502


def row(exercise: str) -> logs.PlanRow:
    return logs.PlanRow(exercise, sets=3, rep_low=8, rep_high=12, load=40.0, unit="kg")


def train(db: Database, user: int, day: date, done: dict[str, list[int]]) -> None:
    """A session on `day` with these exercises: reps per set, or [] for skipped."""
    with db.session() as s:
        session = logs.open_session(s, user, day, "tone", "A", [row(e) for e in done], NOW)
        for log in logs.exercises_of(s, user, session.id):
            sets = [SetEntry(r, 40.0 + day.day, Unit.KG) for r in done[log.exercise_id]]
            logs.save_sets(s, log, day, sets, None, NOW)


async def test_newest_completed_before_the_day_for_each_exercise(migrated_db: Database) -> None:
    db = migrated_db
    with db.session() as s:
        s.add_all([make_user(u, NOW, onboarded=False) for u in (ME, OTHER)])
    train(db, ME, date(2026, 11, 2), {"squat": [10, 10, 9], "hip_thrust": [12, 12]})
    train(db, ME, date(2026, 11, 9), {"squat": [11, 11, 10], "hip_thrust": []})
    train(db, ME, date(2026, 11, 16), {"squat": [12, 12, 12]})  # the day itself
    train(db, OTHER, date(2026, 11, 12), {"squat": [5], "hip_thrust": [5]})

    statements: list[str] = []
    event.listen(
        db.engine,
        "before_cursor_execute",
        lambda *args: statements.append(args[2]),
    )
    with db.session() as s:
        found = logs.previous_done_many(s, ME, ["squat", "hip_thrust", "rdl"], date(2026, 11, 16))
        squat_log, squat_sets = found["squat"]
        thrust_log, thrust_sets = found["hip_thrust"]
        assert set(found) == {"squat", "hip_thrust"}  # never done: left out
        assert [x.reps for x in squat_sets] == [11, 11, 10]  # Nov 9, not Nov 16 or Nov 2
        assert squat_sets[0].load == 49.0
        assert [x.reps for x in thrust_sets] == [12, 12]  # Nov 9 was skipped
        assert thrust_sets[0].load == 42.0
        assert squat_log.user_id == thrust_log.user_id == ME
        single = logs.previous_done(s, ME, "squat", date(2026, 11, 16))
        assert single is not None and single[0].id == squat_log.id
        assert logs.previous_done_many(s, ME, [], date(2026, 11, 16)) == {}
    selects = [x for x in statements if x.lstrip().upper().startswith("SELECT")]
    assert len(selects) == 2 + 2  # two for the batch, two for the single one
