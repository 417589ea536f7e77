"""User rows in and out of the domain's Profile."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date, datetime, time

from sqlalchemy import bindparam, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from bot.coach.onboarding import decode_days
from bot.coach.profile import Away, Experience, Goal, Place, Profile, Unit
from bot.store.models import User

PROFILE_FIELDS: dict[str, str] = {
    # onboarding step -> column
    "goal": "goal",
    "experience": "experience",
    "place": "place",
    "days": "days",
    "time": "push_time",
    "zone": "tz",
    "unit": "unit",
}


# Built once: every update reads its person (building a statement costs more than running it).
_USER = select(User).where(User.id == bindparam("user_id"))
_USER_LOCKED = _USER.with_for_update()  # PostgreSQL row lock; SQLite serialises writers anyway


def get_user(session: Session, user_id: int, *, lock: bool = False) -> User | None:
    stmt = _USER_LOCKED if lock else _USER
    return session.execute(stmt, {"user_id": user_id}).scalar_one_or_none()


def get_or_create_user(session: Session, user_id: int, chat_id: int, now: datetime) -> User:
    """The person's row, locked for this transaction, created on first contact.

    Insert-if-missing comes first: a lock can only be taken on a row that exists, and two
    workers seeing a new person's first two updates at once must not both insert.
    """
    user = get_user(session, user_id, lock=True)
    if user is None:
        dialect = session.get_bind().dialect.name
        insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
        session.execute(
            insert(User)
            .values(
                id=user_id,
                chat_id=chat_id,
                created_at=now,
                updated_at=now,
                version=1,
                active=True,
                paused=False,
            )
            .on_conflict_do_nothing(index_elements=["id"])
        )
        user = get_user(session, user_id, lock=True)
        assert user is not None
    if user.chat_id != chat_id:
        user.chat_id = chat_id
    return user


def answers_of(user: User) -> dict[str, str | None]:
    return {step: getattr(user, column) for step, column in PROFILE_FIELDS.items()}


def set_answer(user: User, step: str, value: str, now: datetime) -> None:
    setattr(user, PROFILE_FIELDS[step], value)
    user.draft = None
    user.updated_at = now


def set_awaiting(user: User, awaiting: str | None, draft: str | None = None) -> None:
    """What the bot waits for from this person next, and any half-made answer."""
    user.awaiting = awaiting
    user.draft = draft


def set_draft(user: User, draft: str | None) -> None:
    user.draft = draft


def finish_setup(user: User, now: datetime, started_on: date | None) -> None:
    """The setup is complete: nothing awaited, and the program's first day set once."""
    set_awaiting(user, None)
    if user.onboarded_at is None:
        user.onboarded_at = now
    if user.started_on is None:
        user.started_on = started_on


def restart_program(user: User, on: date) -> None:
    """The program starts on `on` (its first workout, nothing trained before it): week 1 and
    the first session there, so the rotation's shift from earlier days changes goes too."""
    user.started_on = on
    user.session_offset = None
    user.weeks_off = None


def set_next_push(user: User, at: datetime | None) -> None:
    user.next_push_at = at


def move_push(user: User, from_day: date, at: datetime) -> None:
    """The push at `at` carries the workout of `from_day` ("move to tomorrow")."""
    user.moved_from = from_day
    user.next_push_at = at


def recap_due(user: User, week: date) -> bool:
    """Whether the recap of the week starting `week` is still to be given."""
    return user.recapped_week != week


def mark_recapped(user: User, week: date) -> None:
    user.recapped_week = week


def set_paused(user: User, paused: bool, until: date | None = None) -> None:
    """Pause (until `until`, a local date, when a length was said) or resume."""
    user.paused = paused
    user.paused_until = until if paused else None
    if not paused:
        user.active = True


def end_pause(user: User) -> None:
    """A pause with a length reached its day: workouts are on again. `paused_until` stays
    until the next push, which says welcome back (pop_back_from_pause)."""
    user.paused = False


def pop_back_from_pause(user: User) -> bool:
    """Whether a timed pause ended since the last push; the push that asks says so once."""
    back = not user.paused and user.paused_until is not None
    user.paused_until = None if back else user.paused_until
    return back


def reactivate(user: User) -> None:
    """They had blocked the bot; /start again turns pushes back on."""
    user.active = True


def shift_sessions(user: User, by: int) -> None:
    """Shift the session rotation (after a change of training days)."""
    user.session_offset = (user.session_offset or 0) + by


# Changes of training days remembered: plenty for a program's weeks, and a bounded row.
MAX_DAYS_CHANGES = 100


def change_days(user: User, before: str, at: datetime) -> None:
    """The training days `before` (users.days' form) were in effect until `at`."""
    history = [*_days_changes(user), {"days": before, "until": at.isoformat()}]
    user.days_history = json.dumps(history[-MAX_DAYS_CHANGES:])


def mark_days_change(user: User, mark: str, value: str | bool) -> None:
    """A mark on the last change of training days: "back", when the days it replaced come
    back (a change for a while); "while", the days it replaced were for a while."""
    history = _days_changes(user)
    if history:
        history[-1][mark] = value
        user.days_history = json.dumps(history)


def last_days_change(user: User) -> dict[str, object]:
    """The last change of training days as kept (days, until and its marks), or {}."""
    return last_change_in(user.days_history)


def last_change_in(days_history: str | None) -> dict[str, object]:
    """The last change in a users.days_history value, or {}."""
    try:
        history = json.loads(days_history or "[]")
    except ValueError:
        return {}
    last = history[-1] if isinstance(history, list) and history else {}
    return last if isinstance(last, dict) else {}


def set_days(user: User, days: str) -> None:
    """The training days set with nothing else touched (a while's days over, not an answer)."""
    user.days = days


def days_history(user: User) -> list[tuple[datetime, tuple[int, ...]]]:
    """(until, days) for each earlier set of training days, oldest first."""
    out: list[tuple[datetime, tuple[int, ...]]] = []
    for change in _days_changes(user):
        try:
            until = datetime.fromisoformat(str(change["until"]))
        except (KeyError, TypeError, ValueError):
            continue
        if until.tzinfo is not None:
            out.append((until, decode_days(str(change.get("days", "")))))
    return sorted(out, key=lambda x: x[0])


def _days_changes(user: User) -> list[dict[str, object]]:
    try:
        history = json.loads(user.days_history or "[]")
    except ValueError:
        return []
    return [x for x in history if isinstance(x, dict)] if isinstance(history, list) else []


# Breaks remembered: bounded like the days' history.
MAX_BREAKS = 100


def add_weeks_off(user: User, since: date, weeks: int) -> None:
    """From `since` on, the program's week count leaves out `weeks` weeks without training."""
    breaks = [[d.isoformat(), n] for d, n in weeks_off(user)] + [[since.isoformat(), weeks]]
    user.weeks_off = json.dumps(breaks[-MAX_BREAKS:])


def weeks_off(user: User) -> tuple[tuple[date, int], ...]:
    try:
        breaks = json.loads(user.weeks_off or "[]")
        return tuple((date.fromisoformat(d), int(n)) for d, n in breaks)
    except (TypeError, ValueError):
        return ()


def set_aways(user: User, aways: Sequence[Away]) -> None:
    """Kit said for whiles away, each for its days, or none (back at the usual place)."""
    if not aways:
        user.away_kit = None
        return
    user.away_kit = json.dumps(
        [
            {
                "first": away.first.isoformat(),
                "last": away.last.isoformat(),
                "place": away.place.value,
                "most": away.most,
                "unit": away.unit.value if away.unit else None,
            }
            for away in sorted(aways, key=lambda x: x.first)
        ]
    )


def aways_of(user: User) -> tuple[Away, ...]:
    """The whiles away kept, by first day (one kept alone, as before several were, too)."""
    try:
        said = json.loads(user.away_kit or "null")
        if not said:
            return ()
        out = []
        for one in said if isinstance(said, list) else [said]:
            most, unit = one.get("most"), one.get("unit")
            out.append(
                Away(
                    date.fromisoformat(one["first"]),
                    date.fromisoformat(one["last"]),
                    Place(one["place"]),
                    float(most) if most is not None else None,
                    Unit(unit) if unit else None,
                )
            )
        return tuple(out)
    except (TypeError, ValueError, KeyError, AttributeError):
        return ()


def clear_profile(user: User) -> None:
    for column in PROFILE_FIELDS.values():
        setattr(user, column, None)
    user.onboarded_at = None
    user.started_on = None
    user.session_offset = None
    user.days_history = None
    user.weeks_off = None
    user.away_kit = None
    user.no_ball = None
    user.dumbbells = None
    user.dumbbells_up_to = None
    user.home_gym = None
    user.next_push_at = None
    user.awaiting = None
    user.draft = None


def profile_of(user: User) -> Profile | None:
    """The domain profile, or None while any answer is missing."""
    given = {step: value for step, value in answers_of(user).items() if value}
    if len(given) < len(PROFILE_FIELDS):
        return None
    hh, mm = (int(x) for x in given["time"].split(":"))
    return Profile(
        goal=Goal(given["goal"]),
        experience=Experience(given["experience"]),
        place=Place(given["place"]),
        days=decode_days(given["days"]),
        push_time=time(hh, mm),
        tz=given["zone"],
        unit=Unit(given["unit"]),
        started_on=user.started_on,
        session_offset=user.session_offset or 0,
        weeks_off=weeks_off(user),
        aways=aways_of(user),
        no_ball=bool(user.no_ball),
        dumbbells=bool(user.dumbbells),
        dumbbells_up_to=_up_to(user.dumbbells_up_to),
        home_gym=user.home_gym if given["place"] == Place.GYM.value else None,
    )


HomeKit = tuple[bool, bool, str | None]  # no ball, dumbbells, the heaviest ("10 kg")


def home_kit(user: User) -> HomeKit:
    return bool(user.no_ball), bool(user.dumbbells), user.dumbbells_up_to


def home_kit_said(
    user: User, no_ball: bool, dumbbells: bool, heaviest: tuple[float, Unit | None] | None
) -> HomeKit:
    """The kit a place answer keeps: dumbbells said again without their heaviest keep the
    one said before; none said, none kept. A heaviest said with no unit is in the person's
    unit; before the unit is answered (at setup), the number alone (unit_for_heaviest)."""
    up_to = user.dumbbells_up_to
    if heaviest is not None:
        unit = heaviest[1].value if heaviest[1] else user.unit
        up_to = f"{heaviest[0]:g} {unit}" if unit else f"{heaviest[0]:g}"
    return no_ball, dumbbells, up_to if dumbbells else None


def unit_for_heaviest(user: User) -> None:
    """The heaviest dumbbell said at setup with no unit ("dumbbells up to 20") takes the
    unit answered after it."""
    kept = user.dumbbells_up_to
    if kept and user.unit and len(kept.split()) == 1:
        user.dumbbells_up_to = f"{kept} {user.unit}"


def set_home_kit(user: User, kit: HomeKit) -> None:
    user.no_ball, user.dumbbells, user.dumbbells_up_to = kit


def heaviest_kept(user: User) -> tuple[float, Unit] | None:
    """The heaviest dumbbell kept at home, with its unit; None when none was said."""
    return _up_to(user.dumbbells_up_to)


def _up_to(kept: str | None) -> tuple[float, Unit] | None:
    """The heaviest dumbbell kept as "10 kg"; None when none was said (or unreadable)."""
    try:
        load, unit = (kept or "").split()
        return float(load), Unit(unit)
    except ValueError:
        return None
