"""SQLAlchemy models. The database is the only state: profiles, what the bot waits for,
schedules, deliveries and logs all live here so a restart or a second worker sees them."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from bot.store.types import UTCDateTime

# Stable constraint names so Alembic migrations read the same on SQLite and PostgreSQL.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class User(Base):
    __tablename__ = "users"

    # The Telegram user id: every lookup is keyed by the id Telegram vouches for, never by
    # anything carried in callback data.
    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    chat_id: Mapped[int] = mapped_column(BigInteger)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    # Bumped on every write; a stale write (another worker got there first) fails loudly.
    version: Mapped[int] = mapped_column(Integer, default=1)

    # Profile answers; null until given.
    goal: Mapped[str | None] = mapped_column(String(16))
    experience: Mapped[str | None] = mapped_column(String(16))
    place: Mapped[str | None] = mapped_column(String(16))
    days: Mapped[str | None] = mapped_column(String(16))  # "0,3" = Monday, Thursday
    push_time: Mapped[str | None] = mapped_column(String(5))  # "18:30" local
    tz: Mapped[str | None] = mapped_column(String(64))  # IANA zone
    unit: Mapped[str | None] = mapped_column(String(2))
    onboarded_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    started_on: Mapped[date | None] = mapped_column(Date)
    # Sessions the rotation is shifted by, so a change of training days continues it.
    session_offset: Mapped[int | None] = mapped_column(Integer)
    # The training days each change replaced, and when (JSON, oldest first), so a past day
    # is planned as it was then (bot/store/users.py: change_days).
    days_history: Mapped[str | None] = mapped_column(Text)
    # Weeks without training left out of the program's week count, from a day on (JSON
    # [[day, weeks], ...]), so a lifter back after a long gap picks up where they left off.
    weeks_off: Mapped[str | None] = mapped_column(Text)

    # What the bot is waiting for from this person ("ob:goal", "set:time", ...) and any
    # half-made answer (days being ticked), so a restart resumes mid-conversation.
    awaiting: Mapped[str | None] = mapped_column(String(48))
    draft: Mapped[str | None] = mapped_column(Text)

    # Pushes: false after a 403 (blocked) until /start again; paused by /pause.
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    paused: Mapped[bool] = mapped_column(Boolean, default=False)
    # A pause said with a length ends by itself: the local date workouts come back on. Left
    # set once that day came (paused false) until the first push after it says welcome back.
    paused_until: Mapped[date | None] = mapped_column(Date)
    next_push_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # Set by the push claim: until then this row belongs to one sender; a crashed sender's
    # lease runs out and another tick picks the person up again.
    push_lease_until: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # A push moved with "tomorrow" carries the workout of this date.
    moved_from: Mapped[date | None] = mapped_column(Date)
    # The Monday of the last week whose recap was given: one recap a week, however many
    # sessions are finished after the week's plan is done.
    recapped_week: Mapped[date | None] = mapped_column(Date)
    # The item of the last question answered ("exercise:hip_thrust", "entry:rep_ranges") and
    # when, so a follow-up ("and how many sets?") is asked about the same thing.
    asked_item: Mapped[str | None] = mapped_column(String(80))
    asked_item_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # The day of the show a competitor said ("show is march 14"), for "how many weeks out".
    show_on: Mapped[date | None] = mapped_column(Date)
    # The time zone before a trip said in words ("in denver for a few days"), so "back home
    # now" without a city goes back to it.
    home_tz: Mapped[str | None] = mapped_column(String(64))
    # Kit for a while away ("in a hotel gym next week, only dumbbells up to 30kg"), JSON:
    # {"first", "last", "place", "most", "unit"}; the plan fits it on those days.
    away_kit: Mapped[str | None] = mapped_column(Text)
    # Home said with bands and no exercise ball: the plan leaves the ball moves out.
    no_ball: Mapped[bool | None] = mapped_column(Boolean)
    # Dumbbells said at home ("at home, I have dumbbells"): held where a move takes one.
    dumbbells: Mapped[bool | None] = mapped_column(Boolean)
    # The heaviest of them, as said ("10 kg", "25 lb"): no load is planned past it.
    dumbbells_up_to: Mapped[str | None] = mapped_column(Text)
    # A home gym with a barbell ("home, I have a barbell, plates and a bench"), place gym:
    # "barbell", or "barbell bands" with bands said; the gym plan without machine moves.
    home_gym: Mapped[str | None] = mapped_column(Text)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012

    __table_args__ = (Index("ix_users_next_push_at", "next_push_at"),)


class UnansweredQuestion(Base):
    """Questions the coach could not answer, kept so content can grow from real use."""

    __tablename__ = "unanswered_questions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("users.id", ondelete="CASCADE"), index=True
    )
    text: Mapped[str] = mapped_column(String(500))
    normalized: Mapped[str] = mapped_column(String(500), index=True)
    asked_at: Mapped[datetime] = mapped_column(UTCDateTime())


class Delivery(Base):
    """One workout push per person per local date: the unique key is what makes a push
    go out at most once, however many processes tick or crash."""

    __tablename__ = "deliveries"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("users.id", ondelete="CASCADE"))
    local_date: Mapped[date] = mapped_column(Date)
    # sending (queued in the outbox) -> sent | failed | blocked; skipped (missed while down,
    # and the day is over). Rows from before the outbox may also say uncertain (timed out)
    # or interrupted (its sender died mid-request).
    status: Mapped[str] = mapped_column(String(12))
    due_at: Mapped[datetime] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    message_id: Mapped[int | None] = mapped_column(BigInteger)
    attempts: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (UniqueConstraint("user_id", "local_date", name="uq_deliveries_user_day"),)


class WorkoutSession(Base):
    """One training day's workout as the person did (or skipped) it."""

    __tablename__ = "workout_sessions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("users.id", ondelete="CASCADE"))
    day: Mapped[date] = mapped_column(Date)  # the person's local date
    program_id: Mapped[str] = mapped_column(String(40))
    session_label: Mapped[str] = mapped_column(String(4))
    status: Mapped[str] = mapped_column(String(10))  # open | done | skipped
    started_at: Mapped[datetime] = mapped_column(UTCDateTime())
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    __table_args__ = (UniqueConstraint("user_id", "day", name="uq_workout_sessions_user_day"),)


class ExerciseLog(Base):
    """One exercise of a session: what was planned, and whether it was done."""

    __tablename__ = "exercise_logs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("workout_sessions.id", ondelete="CASCADE"), index=True
    )
    user_id: Mapped[int] = mapped_column(BigInteger, index=True)
    exercise_id: Mapped[str] = mapped_column(String(40))
    position: Mapped[int] = mapped_column(Integer)  # order in the workout
    swapped_from: Mapped[str | None] = mapped_column(String(40))
    planned_sets: Mapped[int] = mapped_column(Integer)
    rep_low: Mapped[int] = mapped_column(Integer)
    rep_high: Mapped[int] = mapped_column(Integer)
    planned_load: Mapped[float | None] = mapped_column(Float)
    unit: Mapped[str] = mapped_column(String(2))
    status: Mapped[str] = mapped_column(String(10))  # pending | done | skipped
    raw_text: Mapped[str | None] = mapped_column(String(500))  # what the person typed
    logged_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # The program's rest between sets for this slot and rep range; null for an exercise the
    # plan didn't have (and for rows from before rest timers).
    rest_seconds: Mapped[int | None] = mapped_column(Integer)
    # Loggings so far: an Undo button carries it and acts on that logging only.
    times_logged: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # The entry as it was before its latest save (JSON: status, raw text, logged at, sets),
    # so Undo puts back exactly that: sets saved earlier stay after a second logging.
    before_save: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (
        UniqueConstraint("session_id", "exercise_id", name="uq_exercise_logs_session_exercise"),
    )


class SetLog(Base):
    """One set as done. (exercise log, set number) is unique: logging a set again replaces it."""

    __tablename__ = "set_logs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    exercise_log_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("exercise_logs.id", ondelete="CASCADE")
    )
    user_id: Mapped[int] = mapped_column(BigInteger, index=True)
    day: Mapped[date] = mapped_column(Date)
    exercise_id: Mapped[str] = mapped_column(String(40))
    set_no: Mapped[int] = mapped_column(Integer)
    reps: Mapped[int] = mapped_column(Integer)
    load: Mapped[float | None] = mapped_column(Float)  # None: bodyweight or band
    unit: Mapped[str | None] = mapped_column(String(2))

    __table_args__ = (
        UniqueConstraint("exercise_log_id", "set_no", name="uq_set_logs_exercise_set"),
        Index("ix_set_logs_user_exercise_day", "user_id", "exercise_id", "day"),
    )


class InboxUpdate(Base):
    """Every update Telegram delivered, stored before it is acknowledged (bot/tg/inbox.py).

    update_id is the key, so a re-delivered update is stored once; `state` goes new -> done
    in the same transaction as the update's effects, or new -> aside (with its error) for
    one that cannot be parsed or keeps failing.
    """

    __tablename__ = "inbox"

    update_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    # Whose updates keep their order: the chat, else the user; null when nobody's (polls).
    chat_id: Mapped[int | None] = mapped_column(BigInteger)
    payload: Mapped[str] = mapped_column(Text)  # the update's JSON as Telegram sent it
    state: Mapped[str] = mapped_column(String(8))
    received_at: Mapped[datetime] = mapped_column(UTCDateTime())
    # When the person sent it (the message's date), for the day it counts on.
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    attempts: Mapped[int] = mapped_column(Integer, default=0)  # times claimed
    failures: Mapped[int] = mapped_column(Integer, default=0)  # times its handler raised
    lease_until: Mapped[datetime | None] = mapped_column(UTCDateTime())
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    error: Mapped[str | None] = mapped_column(String(200))

    __table_args__ = (
        Index("ix_inbox_state_chat", "state", "chat_id", "update_id"),
        Index("ix_inbox_chat_received", "chat_id", "received_at"),
    )


class OutboxMessage(Base):
    """A Bot API call the bot owes: recorded with the change it reports, sent by
    bot/tg/outbox.py in order per chat, within Telegram's limits for the whole deployment."""

    __tablename__ = "outbox"

    id: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
    )
    chat_id: Mapped[int] = mapped_column(BigInteger)
    method: Mapped[str] = mapped_column(String(40))
    fields: Mapped[str] = mapped_column(Text)  # JSON: the call's parameters, as sent
    # One uploaded file at most (a chart, an export): its form field, name, type and bytes.
    file_field: Mapped[str | None] = mapped_column(String(20))
    file_name: Mapped[str | None] = mapped_column(String(100))
    file_type: Mapped[str | None] = mapped_column(String(60))
    file_data: Mapped[bytes | None] = mapped_column(LargeBinary)
    # 0 answers a press (no limit), 1 edits a message, 2 sends a new one (paced per chat).
    kind: Mapped[int] = mapped_column(Integer, default=2)
    priority: Mapped[int] = mapped_column(Integer, default=0)  # 0 replies, 1 pushes
    update_id: Mapped[int | None] = mapped_column(BigInteger)  # the update it answers
    delivery_id: Mapped[int | None] = mapped_column(Integer)  # the push it carries
    # pending -> sending -> sent | failed | blocked
    state: Mapped[str] = mapped_column(String(8))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    not_before: Mapped[datetime] = mapped_column(UTCDateTime())
    lease_until: Mapped[datetime | None] = mapped_column(UTCDateTime())
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    error: Mapped[str | None] = mapped_column(String(200))

    __table_args__ = (
        Index("ix_outbox_state", "state", "priority", "id"),
        Index("ix_outbox_chat", "chat_id", "id"),
        Index("ix_outbox_sent", "sent_at"),
    )
