"""A whole workout told in a few words, with nothing being logged: "did it all 👍", "done!!",
"same as last time", "only managed 2 rounds today". Each pending exercise of the day's
workout (today's, or last night's after a late push) is saved as the plan, as last time or
as that many rounds, as tapping Start logging and then each Done as planned would; a
loaded move with no load known is asked for after the others are saved, and logging
carries on from it.
Before, these showed the workout (or "I don't know that one yet") and nothing was saved."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from sqlalchemy.orm import Session

from bot.coach import schedule
from bot.coach.compose import named_cards
from bot.coach.move_named import is_variant
from bot.coach.profile import Profile
from bot.coach.setlog import SetEntry
from bot.coach.setlog_day import SaidDay, month_first
from bot.coach.status import ExerciseStatus, SessionStatus
from bot.runtime.services import Services
from bot.store import logs
from bot.store.last_time import last_status
from bot.store.models import ExerciseLog, User
from bot.training.dayplan import is_rest_day
from bot.training.logbook_planned import as_planned, load_for_reps, planned_or_load
from bot.training.logbook_replies import Ask, Finished, NeedLoad, Next, TodayNow
from bot.training.logbook_steps import name_of, open_day, save
from bot.training.people import MAX_DAYS_BACK, finished_profile, local_today, planning_logged
from bot.training.targets import entries_of
from bot.training.today_moved import today_now
from bot.training.whole_day_extra import ExtraSets, extra_move, extra_said, without_extra
from bot.training.whole_day_when import ANY_DAY, told_ahead, told_on

# "did it all 👍 bit tired today": what follows, with no numbers, is a remark
_REMARK = r"(?P<remark>(?:[\s,.!:;-]+[^\d]{0,40})?)$"
# "finished the whole workout", "the whole workout done" ("monday's workout done" read so)
_WHOLE = r"the (?:whole|full|entire) (?:thing|workout|session)"
_ALL_WORDS = (
    r"^(?:i |just |ok |yep |yes )*(?:did (?:it all|all of (?:it|this|that)|everything|them all"
    r"|it(?![^?]*\?)"  # "did it!" as "done!" ("did it count?" asks)
    r"|all of them|all (?:of )?the (?:exercises|moves)|every (?:exercise|move)|WHOLE)"
    r"|(?:all )?done(?: it all| all of it| everything| with WHOLE)?|(?:finished|completed)"
    r"(?: it| WHOLE)?|(?:smashed|nailed|crushed) (?:it|WHOLE)|WHOLE (?:done|finished|completed?))"
    # "did everything as written yesterday": the plan followed, no remark (the day after it)
    r"(?: (?:just |exactly )?as (?:planned|written|prescribed|programmed|listed|shown))?"
)
_ALL = re.compile(_ALL_WORDS.replace("WHOLE", _WHOLE) + _REMARK, re.I)
_LAST = r"(?:last (?:time|week|session|(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:'?s)?)|before)"
_SAME = re.compile(r"^(?:i did |did )?(?:the )?same (?:as " + _LAST + r"|again)" + _REMARK, re.I)
# "did it all, same as last thursday": all of it, as last time
_SAME_AFTER = re.compile(r"^[\s,.!:;-]*(?:(?:the )?same|just) (?:as|like) " + _LAST, re.I)
# "I did all of them except the lunges": all of it, the moves named after it skipped
_EXCEPT = re.compile(
    r"^(?P<head>.+?)[\s,]+(?:except(?: for)?|but not|but no|apart from|other than|besides|minus"
    r"|but (?:i )?(?:skipped|didn'?t do|did not do))"
    r" (?:the |my )?(?P<what>[^\W\d_][\w',& -]*?)[\s.!]*$",
    re.I,
)
# "done. skipped good mornings", "did it all, didn't do the lunges": the same, said apart
# (a name none of the day's moves is then a remark: "done, skipped breakfast").
_SKIPPED_TOLD = re.compile(
    r"^(?P<head>.+?)[\s,.;!-]+(?:but )?(?:i )?(?:skipped|skipt|didn'?t do|did not do|left out)"
    r" (?:the |my )?(?P<what>[^\W\d_][\w',& -]*?)[\s.!]*$",
    re.I,
)
# "only did hip thrust and abduction machine, skipped the rest", "did squats and lunges only":
# the moves named saved as planned, the day's others skipped ("just did ..." needs the tail)
_ONLY = re.compile(
    r"^(?:i |so |today i )*(?:(?:only|(?P<just>just)) (?:did|managed|got through|had time for)"
    r"|did only|managed only) (?:the |my )?(?P<what>[^\W\d_][\w',& -]*?)(?P<tail>[\s,.;!-]+"
    r"(?:and |but |then )?(?:i )?(?:skipped|skipt|didn'?t do|did not do|left out|no time for)"
    r" (?:the |all the )?(?:rest|others|other ones|everything else))?[\s.!]*$",
    re.I,
)
_ONLY_AFTER = re.compile(
    r"^(?:i )?did (?:the |my )?(?P<what>[^\W\d_][\w',& -]*?) only[\s.!]*$", re.I
)
_LIST_SEP = re.compile(r"\s*(?:,|&|\band\b|\bor\b|\bnor\b)\s*")
_COUNTS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
_ROUNDS = re.compile(
    r"^(?:i |only |just )*(?:managed|did|got through|finished)(?: only)? (\d|one|two|three|four|"
    r"five) (?:rounds?|circuits?|sets? of (?:everything|each|it all))" + _REMARK,
    re.I,
)


@dataclass(frozen=True)
class WholeDay:
    """The exercises saved (name, sets as text), then what comes next: the finish, or the
    load asked for the first loaded move with none known."""

    saved: tuple[tuple[str, str], ...]
    then: Next | NeedLoad
    same: bool = False  # "same as last time": moves never done before were saved as planned
    planned: tuple[str, ...] = ()  # ... those moves, by name
    skipped_last: tuple[str, ...] = ()  # ... and those skipped last time ("new" they aren't)
    # "plus 2 extra sets on the first one and 1 on the last": each move's name and count
    extra: tuple[tuple[str, int], ...] = ()
    # ... of a move whose load is asked after another's: name, count, how to send them
    later: tuple[tuple[str, int, str], ...] = ()
    today_now: TodayNow | None = None  # "yesterday: did it all" renumbered today: said
    day: date | None = None  # the day said ("on monday i did it all"), when not today
    days_back: int = 0  # how far back that day is: 1 for yesterday
    typed: tuple[str, ...] = ()  # moves saved as said, not as planned ("supermans 15 15, ...")


def _excepted(text: str) -> tuple[str, str] | None:
    """ "I did all of them except the lunges": the whole day said ("did all of them") and the
    moves left out of it ("lunges"); None for anything else."""
    said = " ".join(text.strip().split())
    found = _EXCEPT.match(said) or _SKIPPED_TOLD.match(said)
    if found is None:
        return None
    head = re.sub(r"^(?:all|everything)$", "did it all", found["head"].strip(" ,.!"), flags=re.I)
    whole = _ALL.match(head)
    return (head, found["what"]) if whole is not None and not whole["remark"].strip() else None


def _only(text: str) -> str | None:
    """ "only did hip thrust and abduction, skipped the rest": the moves named ("hip thrust
    and abduction"); None for anything else."""
    said = " ".join(text.strip().split())
    found = _ONLY.match(said)
    if found is not None and not (found["just"] and not found["tail"]):
        return found["what"]
    after = _ONLY_AFTER.match(said)
    return after["what"] if after is not None else None


def told_whole(text: str) -> bool:
    """Whether the text tells the whole day ("did it all but the bridges were hard"), a move
    named in its remark or in what it leaves out being no report of that move alone."""
    return _how(without_day(text)) is not None


def remark_of(text: str) -> str | None:
    """What follows the words a whole day is told by ("did it all 👍 bit tired today": "bit
    tired today"); None when nothing is said after them, or they aren't said."""
    if _excepted(text) is not None or _only(text) is not None:
        return None  # "... except the lunges", "only did ...": said of the day, no remark
    said = " ".join(text.strip().split())
    found = _SAME.match(said) or _ROUNDS.match(said) or _ALL.match(said)
    rest = re.sub(r"^[\W_]+", "", found["remark"]).strip(" ,.!") if found else ""
    if found and (same := _SAME_AFTER.match(found["remark"])) is not None:
        rest = found["remark"][same.end() :].strip(" ,.!")  # the "same as" is no remark
    if _ALL_AGAIN.match(rest):  # "workout done, all of it": the whole day said twice
        return None
    rest = re.sub(r"^(?:but|and|though|although)\s+", "", rest, flags=re.I)
    return rest if re.search(r"[^\W\d_]{2}", rest) else None


_ALL_AGAIN = re.compile(r"^(?:all of (?:it|this|that|them)|everything|all|the lot)$", re.I)


def _how(text: str) -> tuple[str, int | None] | None:
    if (excepted := _excepted(text)) is not None:
        return _how(excepted[0])
    if _only(text) is not None:
        return "all", None
    said = " ".join(text.strip().split())
    if _SAME.match(said):
        return "same", None
    if found := _ROUNDS.match(said):
        n = found[1]
        return "rounds", int(n) if n.isdigit() else _COUNTS[n.lower()]
    if found := _ALL.match(said):
        return ("same" if _SAME_AFTER.match(found["remark"]) else "all"), None
    return None


def day_told(svc: Services, profile: Profile, text: str = "") -> date:
    """The day a whole workout told now is of: the day said so ("did it all yesterday", "on
    monday i did it all", whole_day_when.py), else today, or last night's after a late push."""
    now = svc.clock.now()
    said = day_of(profile, text, now_day := local_today(profile, now))
    if said is not None:
        return said.day
    late = schedule.still_last_night(profile.days, profile.push_time, profile.tz, now)
    return late or now_day


def day_of(profile: Profile, text: str, today: date) -> SaidDay | None:
    """The day the text says the whole workout was done, if it says one."""
    return told_on(text, today, _bare, month_first=month_first(profile.tz))[0]


def day_ahead(profile: Profile, text: str, today: date) -> SaidDay | None:
    """The day ahead the text tells the whole workout of ("did it all tomorrow"), if any."""
    return told_ahead(text, today, _bare)


def said_yesterday(text: str) -> bool:
    said = told_on(text, None, _bare)[0]
    return said is not None and said.day == ANY_DAY - timedelta(days=1)


def without_day(text: str) -> str:
    """The words a whole day is told by, without its day or extra sets said among them."""
    return without_extra(told_on(text, None, _bare)[1]).strip(" ,.!:;-")


def _bare(text: str) -> bool:
    """Whether the text tells the whole day with nothing after it ("did it all")."""
    return _how(without_extra(text)) is not None and remark_of(text) is None


def on_text(
    svc: Services, s: Session, user: User, text: str, *, at_step: bool = False
) -> WholeDay | None:
    """The day's workout saved from a few words; None for other text, while anything is
    awaited (an exercise asked has its own "done") unless `at_step` (a move's step, its
    sets and the rest told: whole_day_note.at_step), on a rest day, or once the day's
    workout is logged."""
    how = _how(without_day(text))
    profile = finished_profile(user)
    if how is None or profile is None or (user.awaiting and not at_step):
        return None
    day, today = day_told(svc, profile, text), local_today(profile, svc.clock.now())
    if not today - timedelta(days=MAX_DAYS_BACK) <= day <= today:
        return None  # "did it all last week": too far back to log
    if day_ahead(profile, text, today) is not None:
        return None  # "did it all tomorrow": not done yet (whole_day_which.py says so)
    said = day_of(profile, text, today) is not None and day != today
    before, profile = profile, planning_logged(s, user, day) or profile
    session = logs.session_on(s, user.id, day)
    if is_rest_day(svc, s, user.id, profile, day) or (
        session is not None and session.status == SessionStatus.DONE
    ):
        return None
    _, exercises = open_day(svc, s, user, profile, day)
    left_out = _left_out(svc, exercises, without_day(text))
    if left_out is None:
        return None  # "... except the planks": none of today's moves, nothing guessed
    told_more = extra_said(text)
    more_of = [extra_move(svc, exercises, x) for x in told_more]
    if None in more_of:
        return None  # "... plus 2 extra sets of planks": none of today's moves
    more_for = {i: x for x, ids in zip(told_more, more_of, strict=True) for i in ids or ()}
    extra: list[tuple[str, int]] = []
    typed: list[str] = []
    saved: list[tuple[str, str]] = []
    then: Next | NeedLoad = None
    unknown: list[ExerciseLog] = []  # loaded moves with no load known: asked after the rest
    planned: list[str] = []  # "same as last time" for a move never done: as planned
    skipped: list[str] = []  # ... of those, the ones skipped last time, said so
    for log in [x for x in exercises if x.status == ExerciseStatus.PENDING]:
        if log.id in left_out:
            done = save(svc, s, user, log, (), text)
            saved.append((done.name, "skipped"))
            then = done.then if isinstance(done.then, Ask | Finished) else None
            continue
        more = more_for.get(log.id)
        told = _entries(svc, s, user, log, how)
        if isinstance(told, NeedLoad) and more and more.kind == "told":
            own = more.applied((), profile.unit)  # "hip thrust 60 8 8 8, rest as planned"
            told = (own, False) if own and own[0].load is not None else told
        if isinstance(told, NeedLoad):
            unknown.append(log)
            continue
        entries, as_planned = told
        if more is not None and entries:  # more at the last set's reps and load
            entries = more.applied(entries, profile.unit)
        done = save(svc, s, user, log, entries, None)
        extra += [(done.name, more.count)] if more and more.kind == "more" else []
        typed += [done.name] if more and more.kind != "more" else []
        saved.append((done.name, done.sets))
        if as_planned and how[0] == "same":  # never done: new today, or skipped last time
            (skipped if _skipped_last(s, user, log) else planned).append(done.name)
        # the next exercise asked, or after the last the finish (its recap said once)
        then = done.then if isinstance(done.then, Ask | Finished) else None
    later: tuple[tuple[str, int, str], ...] = ()
    if unknown:  # the first one's load asked; the flow asks any others after it
        told_first = [x for x in unknown if x.id in more_for]  # its sets told
        first = (told_first or unknown)[0]
        asked = _load_asked(svc, s, user, first, more_for.get(first.id))
        then = asked if isinstance(asked, NeedLoad) else then
        waiting = [(x, more_for[x.id]) for x in unknown if x is not first and x.id in more_for]
        later = tuple(
            (name_of(svc, x.exercise_id), more.count, _example(profile, more, x, svc, s, user))
            for x, more in waiting
            if more.kind == "more"
        )
    if not saved and not unknown:
        return None
    return WholeDay(
        tuple(saved),
        then,
        same=how[0] == "same",
        planned=tuple(planned),
        skipped_last=tuple(skipped),
        extra=tuple(extra),
        later=later,
        today_now=today_now(svc, user, before),
        day=day if said else None,
        days_back=(today - day).days,
        typed=tuple(typed),
    )


def _example(
    profile: Profile, more: ExtraSets, log: ExerciseLog, svc: Services, s: Session, user: User
) -> str:
    """Its load with every set's reps, the extra ones too: "40kg 12 12 12 12"."""
    reps = " ".join(str(e.reps) for e in more.applied(as_planned(svc, s, user, log)))
    unit = profile.unit.value
    return f"{95 if unit == 'lb' else 40}{unit} {reps}"


def _skipped_last(s: Session, user: User, log: ExerciseLog) -> bool:
    """Whether the move was skipped the last time it came up (never done: as planned)."""
    day = logs.session_of(s, user.id, log.session_id).day
    return last_status(s, user.id, log.exercise_id, day) == ExerciseStatus.SKIPPED


def _load_asked(
    svc: Services, s: Session, user: User, log: ExerciseLog, more: ExtraSets | None
) -> tuple[SetEntry, ...] | NeedLoad:
    """The load asked for a loaded move with none known; the sets told of it (`more`: "plus
    2 extra sets on the first one") wait for it, as reps typed alone do."""
    if more is not None:
        reps = more.applied(as_planned(svc, s, user, log))
        asked = load_for_reps(svc, s, user, log, reps, log.raw_text or "") if reps else None
        if asked is not None:  # said so: the extra sets wait for it, kept
            return replace(asked, extra=more.count) if more.kind == "more" else asked
    return planned_or_load(svc, s, user, log)


def _entries(
    svc: Services, s: Session, user: User, log: ExerciseLog, how: tuple[str, int | None]
) -> tuple[tuple[SetEntry, ...], bool] | NeedLoad:
    """The sets to save, and whether they are the plan's; NeedLoad: no load known."""
    kind, rounds = how
    if kind == "same":
        day = logs.session_of(s, user.id, log.session_id).day
        last = logs.previous_done(s, user.id, log.exercise_id, day)
        if last is not None and last[1]:
            return entries_of(last[1]), False
    planned = planned_or_load(svc, s, user, log)
    if isinstance(planned, NeedLoad):
        return planned
    return (planned if rounds is None else tuple(planned[: max(1, rounds)])), True


def _left_out(svc: Services, exercises: list[ExerciseLog], text: str) -> set[int] | None:
    """The day's moves a whole day said "except ..." leaves out, each name for every move of
    its family the workout holds ("the lunges": the skater and the walking lunge); empty with
    no "except", None when a name is none of the day's moves."""
    pending = {x.id for x in exercises if x.status == ExerciseStatus.PENDING}
    if (only := _only(text)) is not None:  # "only did ...": the others; a name unknown, None
        named = _named(svc, exercises, only)
        return None if named is None else pending - named
    excepted = _excepted(text)
    if excepted is None:
        return set()
    found = _named(svc, exercises, excepted[1])
    if found is None:  # "... except the planks": None; "done, skipped breakfast": a remark
        return None if _EXCEPT.match(" ".join(text.strip().split())) else set()
    return found


def _named(svc: Services, exercises: list[ExerciseLog], what: str) -> set[int] | None:
    """The day's pending moves a list of names ("the lunges and abduction") names, each
    name for every move of its family; None when a name is none of them."""
    held = [x.exercise_id for x in exercises if x.status == ExerciseStatus.PENDING]
    found: set[int] = set()
    for name in _LIST_SEP.split(what):
        name = re.sub(r"^(?:the|my) ", "", name.strip())
        cards = named_cards(svc.content, name) if name else []
        ids = {i for c in cards for i in held if i == c or is_variant(svc.content, c, i)}
        if not ids:
            return None
        found |= {x.id for x in exercises if x.exercise_id in ids}
    return found
