"""The reporting side of the training log: /history, /progress, /export and /delete.

Deletion is two presses on buttons carrying a per-offer nonce that lives in the database
(report_state): a confirm only acts when it matches the live offer of the person pressing,
so an old, forged or someone else's button does nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from sqlalchemy.orm import Session

from bot.coach import schedule
from bot.coach.profile import Unit
from bot.coach.stats import LoggedSet
from bot.coach.status import ExerciseStatus, SessionStatus
from bot.runtime.services import Services
from bot.store import logs, unanswered, users
from bot.store import reports as store
from bot.store.models import SetLog, User
from bot.training.log_example import log_example
from bot.training.outcomes import HistoryAsked, LogExample
from bot.training.people import Caller, finished_profile, logging_today, person

CHART_COOLDOWN = timedelta(seconds=30)
DELETE_TTL = timedelta(minutes=10)  # an unanswered /delete offer stops working after this
HISTORY_SESSIONS = 5


def exercise_name(svc: Services, exercise_id: str) -> str:
    card = svc.content.exercises.get(exercise_id)
    return card.name if card else exercise_id


def exercise_muscles(svc: Services, exercise_id: str) -> Sequence[str]:
    card = svc.content.exercises.get(exercise_id)
    return card.muscles if card else ()


@dataclass(frozen=True)
class Nothing:
    """Nothing logged: nothing to show, but how to log a move of one's own (`example`)."""

    example: LogExample | None = None


# ---------------------------------------------------------------------------------------------
# /history


@dataclass(frozen=True)
class SetGroup:
    """Consecutive sets at one load: '60 kg × 12, 12, 10'. load None: bodyweight or band."""

    load: float | None
    unit: str | None
    reps: list[int]  # a list: the template compares it with [1]


@dataclass(frozen=True)
class ExerciseView:
    name: str
    status: ExerciseStatus
    swapped_from: str | None
    groups: list[SetGroup]


@dataclass(frozen=True)
class SessionView:
    day: date
    label: str
    status: SessionStatus
    exercises: list[ExerciseView]
    # An earlier day's session never finished: not in progress any more, "1 of 4 logged".
    past: bool = False

    @property
    def logged(self) -> int:
        return sum(ex.status == ExerciseStatus.DONE for ex in self.exercises)


@dataclass(frozen=True)
class HistoryView:
    sessions: list[SessionView]  # newest first; empty when nothing is logged
    day: date | None = None  # the day asked about ("last tuesday"), its session shown alone
    none_on: date | None = None  # ... or with none then: said so, above the last sessions
    example: LogExample | None = None  # nothing logged: how to log a move of one's own
    week: date | None = None  # the Monday of the week asked about ("last week")
    sunday: date | None = None  # ... and its Sunday
    this_week: bool = False  # ... this one ("what did I do this week")
    none_week: bool = False  # ... with none that week: said so, above the last sessions
    move: str | None = None  # the move asked about ("how much did I do on the hip thrust")
    none_of: str | None = None  # ... never logged: said so, above the last sessions


def set_groups(sets: Sequence[SetLog], default_unit: str) -> list[SetGroup]:
    groups: list[SetGroup] = []
    for row in sets:
        unit = (row.unit or default_unit) if row.load is not None else None
        if groups and (groups[-1].load, groups[-1].unit) == (row.load, unit):
            groups[-1].reps.append(row.reps)
        else:
            groups.append(SetGroup(row.load, unit, [row.reps]))
    return groups


def history(
    svc: Services, s: Session, caller: Caller, asked: HistoryAsked | None = None
) -> HistoryView:
    """The last sessions, each exercise with its sets grouped by load; with a day asked
    ("what did I do last tuesday"), that day's session alone, a week ("last week") its
    sessions, a move ("how much did I do on the hip thrust") its last sessions of that move;
    else the last ones and the day, week or move said to have none."""
    asked = asked or HistoryAsked()
    now = svc.clock.now()
    user = person(s, caller, now)
    details = store.recent_details(s, user.id, HISTORY_SESSIONS)
    day = asked.day
    on_day = store.day_details(s, user.id, day) if day is not None else []
    today = schedule.local_date(now, user.tz) if user.tz else None
    if day is not None and day == today and not on_day:  # "on tuesday", asked on one: last
        day -= timedelta(days=7)
        on_day = store.day_details(s, user.id, day)
    week = asked.week
    if week is not None:
        on_day = store.week_details(s, user.id, week, week + timedelta(days=6))
    move = exercise_name(svc, asked.move) if asked.move else None
    if asked.move is not None:
        on_day = store.move_details(s, user.id, asked.move, HISTORY_SESSIONS)
    profile = finished_profile(user)
    going = logging_today(s, user, profile, now) if profile else today
    return HistoryView(
        example=None if details else log_example(svc, s, user),
        day=day if on_day and week is None and move is None else None,
        none_on=day if day is not None and not on_day else None,
        week=week,
        sunday=week + timedelta(days=6) if week is not None else None,
        this_week=week is not None and today is not None and week + timedelta(days=7) > today,
        none_week=week is not None and not on_day,
        move=move if on_day else None,
        none_of=move if not on_day else None,
        sessions=[_view(svc, d, going) for d in on_day or details],
    )


def _view(svc: Services, d: store.SessionDetail, going: date | None) -> SessionView:
    return SessionView(
        day=d.session.day,
        label=d.session.session_label,
        status=SessionStatus(d.session.status),
        past=going is not None and d.session.day < going,
        exercises=[
            ExerciseView(
                name=exercise_name(svc, ex.exercise_id),
                status=ExerciseStatus(ex.status),
                swapped_from=(exercise_name(svc, ex.swapped_from) if ex.swapped_from else None),
                groups=set_groups(sets, ex.unit),
            )
            for ex, sets in d.exercises
        ],
    )


# ---------------------------------------------------------------------------------------------
# /progress


@dataclass(frozen=True)
class ChartData:
    """What the chart is drawn from, once this person's chart slot is taken."""

    chat_id: int
    sets: list[LoggedSet]
    unit: Unit
    today: date  # the person's local date


@dataclass(frozen=True)
class Cooldown:
    wait: timedelta  # until the next chart may be drawn
    # Nothing saved since the last chart: it is up to date ("am I getting stronger", then
    # /progress, got "One chart at a time: try again in 30 s").
    current: bool = False


def _unit(user: User) -> Unit:
    return Unit(user.unit) if user.unit in ("kg", "lb") else Unit.KG


def progress(svc: Services, s: Session, caller: Caller) -> ChartData | Cooldown | Nothing:
    """Take the chart slot (one per CHART_COOLDOWN); nothing logged takes no slot."""
    now = svc.clock.now()
    user = person(s, caller, now)
    sets = store.logged_sets(s, user.id)
    if not sets:
        return Nothing(log_example(svc, s, user))
    wait = store.claim_chart(s, user.id, now, CHART_COOLDOWN)
    if wait is not None:
        return Cooldown(wait, current=not store.logged_since_chart(s, user.id))
    today = schedule.local_date(now, user.tz or "UTC")
    return ChartData(user.chat_id, sets, _unit(user), today)


# ---------------------------------------------------------------------------------------------
# /export


@dataclass(frozen=True)
class ExportRow:
    day: date
    exercise: str  # the card's name
    set_no: int
    reps: int
    load: float | None
    unit: str | None  # None without a load
    note: str | None  # what the person typed for the exercise


@dataclass(frozen=True)
class ExportRows:
    chat_id: int
    rows: list[ExportRow]  # in training order, never empty

    @property
    def first(self) -> date:
        return self.rows[0].day

    @property
    def last(self) -> date:
        return self.rows[-1].day


def export(svc: Services, s: Session, caller: Caller) -> ExportRows | Nothing:
    user = person(s, caller, svc.clock.now())
    rows = [
        ExportRow(
            day=row.day,
            exercise=exercise_name(svc, row.exercise_id),
            set_no=row.set_no,
            reps=row.reps,
            load=row.load,
            unit=row.unit if row.load is not None else None,
            note=note,
        )
        for row, note in store.export_rows(s, user.id)
    ]
    return ExportRows(user.chat_id, rows) if rows else Nothing()


# ---------------------------------------------------------------------------------------------
# /delete


class DeleteKind(StrEnum):
    LOG = "log"  # the training log; the profile stays
    ALL = "all"  # everything stored about the person


@dataclass(frozen=True)
class DeleteOffer:
    nonce: str  # carried by the offer's buttons
    sets: int  # sets logged so far
    sessions: int  # sessions in the log (opened, done or skipped); 0: no log to wipe

    @property
    def has_log(self) -> bool:
        return self.sessions > 0


def offer_delete(svc: Services, s: Session, caller: Caller) -> DeleteOffer | Nothing:
    """A fresh offer; any earlier one stops working. Nothing when nothing is kept about the
    person: no profile answer, no log, no question kept (the row with their ids, made on
    first contact, is all there is)."""
    now = svc.clock.now()
    user = person(s, caller, now)
    sessions = logs.count_sessions(s, user.id)
    answered = any(users.answers_of(user).values())
    if not sessions and not answered and not unanswered.count_for(s, user.id):
        return Nothing()
    nonce = store.offer_delete(s, user.id, now, DELETE_TTL)
    return DeleteOffer(nonce, logs.count_sets(s, user.id), sessions)


@dataclass(frozen=True)
class DeletePicked:
    nonce: str
    kind: DeleteKind


@dataclass(frozen=True)
class DeleteCancelled:
    pass


@dataclass(frozen=True)
class Deleted:
    kind: DeleteKind


DeletePress = DeletePicked | DeleteCancelled | Deleted


def on_press(svc: Services, s: Session, user: User, parts: list[str]) -> DeletePress | None:
    """/delete buttons: "del:pick:<nonce>:<log|all>", "del:yes:<nonce>", "del:no:<nonce>".
    None (stale) unless the nonce is the presser's own live offer."""
    if parts[0] != "del" or len(parts) not in (3, 4):
        return None
    now = svc.clock.now()
    action, nonce = parts[1], parts[2]
    if action == "pick" and len(parts) == 4:
        kind = parts[3]
        if not store.pick_delete(s, user.id, nonce, kind, now):
            return None
        return DeletePicked(nonce, DeleteKind(kind))
    if action == "no" and len(parts) == 3:
        return DeleteCancelled() if store.cancel_delete(s, user.id, nonce, now) else None
    if action == "yes" and len(parts) == 3:
        taken = store.take_delete(s, user.id, nonce, now)
        if taken is None:
            return None
        kind = DeleteKind(taken)
        if kind == DeleteKind.ALL:
            store.erase_everything(s, user.id)
        else:
            logs.wipe_log(s, user.id)
        return Deleted(kind)
    return None
