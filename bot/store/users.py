"""User rows in and out of the domain's Profile."""

from __future__ import annotations

from datetime import datetime, time

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from bot.coach.onboarding import decode_days
from bot.coach.profile import Experience, Goal, Place, Profile, Unit
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


async def get_user(session: AsyncSession, user_id: int, *, lock: bool = False) -> User | None:
    stmt = select(User).where(User.id == user_id)
    if lock:
        stmt = stmt.with_for_update()  # PostgreSQL row lock; SQLite serialises writers anyway
    return (await session.execute(stmt)).scalar_one_or_none()


async def get_or_create_user(
    session: AsyncSession, user_id: int, chat_id: int, now: datetime
) -> User:
    """The person's row, locked for this transaction, created on first contact.

    Insert-if-missing comes first: a lock can only be taken on a row that exists, and two
    workers seeing a new person's first two updates at once must not both insert.
    """
    user = await get_user(session, user_id, lock=True)
    if user is None:
        insert = postgresql.insert if session.bind.dialect.name == "postgresql" else sqlite.insert
        await session.execute(
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
        user = await get_user(session, user_id, lock=True)
        assert user is not None
    if user.chat_id != chat_id:
        user.chat_id = chat_id
    return user


def answers_of(user: User) -> dict[str, str | None]:
    return {step: getattr(user, column) for step, column in PROFILE_FIELDS.items()}


def set_answer(user: User, step: str, value: str) -> None:
    setattr(user, PROFILE_FIELDS[step], value)


def clear_profile(user: User) -> None:
    for column in PROFILE_FIELDS.values():
        setattr(user, column, None)
    user.onboarded_at = None
    user.next_push_at = None
    user.awaiting = None
    user.draft = None


def profile_of(user: User) -> Profile | None:
    """The domain profile, or None while any answer is missing."""
    a = answers_of(user)
    if any(not v for v in a.values()):
        return None
    hh, mm = (int(x) for x in (a["time"] or "0:0").split(":"))
    return Profile(
        goal=Goal(a["goal"]),
        experience=Experience(a["experience"]),
        place=Place(a["place"]),
        days=decode_days(a["days"]),
        push_time=time(hh, mm),
        tz=a["zone"] or "UTC",
        unit=Unit(a["unit"]),
        started_on=user.started_on,
    )
