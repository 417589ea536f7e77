"""Logging what was done: the day's exercises one by one, by free text here and by button
in logbook_buttons.py. The steps and the outcomes they return are in logbook_steps.py, /log
and /undo in logbook_commands.py (all exported here too).
"""

from __future__ import annotations

from dataclasses import replace
from functools import partial

from sqlalchemy.orm import Session

from bot.coach.setlog import LogParseError, parse_log
from bot.coach.setlog_plates import plates_said
from bot.coach.setlog_same import same_but_moved
from bot.coach.smalltalk import Intent, understand
from bot.coach.status import ExerciseStatus
from bot.runtime.services import Services
from bot.store import logs, users
from bot.store.models import User
from bot.training.awaiting import Awaiting, Mode
from bot.training.held_load import holds_load
from bot.training.logbook_asked import asked_resolver, read_as_asked, rep_top_in
from bot.training.logbook_buttons import (
    RestDay,
    SingleExercises,
    Tapped,
    TooLongAgo,
    draft_undone,
    fix_asked,
    on_press,
    on_rest_press,
    on_start_press,
)
from bot.training.logbook_commands import LogLine, NothingToday, TodayLog, today_log, undo
from bot.training.logbook_day import (
    DayOutOfReach,
    dropped,
    for_day,
    owed_instead,
    saved_before,
    still_away,
)
from bot.training.logbook_draft import draft_of, offers_add, skip_was_asked
from bot.training.logbook_edit import edited, end_edit, moved_on
from bot.training.logbook_entry import (
    at_last_load,
    entry,
    loads_split,
    reps_retyped,
    same_as_last,
    sets_counted,
)
from bot.training.logbook_fixes import saved_corrected
from bot.training.logbook_later import put_later
from bot.training.logbook_loose_entry import loose_entry
from bot.training.logbook_named import NOT_TALK, WhichExercise, named_entry, not_a_card, resolver
from bot.training.logbook_planned import planned_or_load
from bot.training.logbook_remarks import said_meanwhile
from bot.training.logbook_replies import (
    Fix,
    NothingToUndo,
    ParseFailed,
    SetKept,
    SkipAsked,
    SwapUnavailable,
    Undone,
)
from bot.training.logbook_retyped import for_next_move, said_replaced
from bot.training.logbook_sets import by_set, set_by_set_over, set_kept, set_undone, workout_over
from bot.training.logbook_skips import skip_confirmed, skip_said, skip_said_aside
from bot.training.logbook_steps import (
    Ask,
    Change,
    Echo,
    Finished,
    NeedLoad,
    Saved,
    SwapOption,
    Swaps,
    ask,
    echo,
    name_of,
    offer_swaps,
    save,
)
from bot.training.logbook_stop import stop_here
from bot.training.logbook_story import (
    back_of,
    goes_back,
    keep_back,
    keep_queued,
    queue,
    queued,
    save_then_queued,
    story_parts,
    untold,
)
from bot.training.logbook_swapped import swap_said
from bot.training.logbook_target import (
    bar_load,
    day_said_in,
    entry_for,
    for_target,
    logging_day,
    untold_named,
)
from bot.training.logbook_undo import undo_last
from bot.training.one_for_another import sets_changed
from bot.training.people import expect, finished_profile, logging_today
from bot.training.rest import Resting, RestStopped, start_said, stop_said
from bot.training.stale_owed import StaleEntry, release_unanswered, stale_entry
from bot.training.targets import planned_of
from bot.training.typed import (
    asks,
    asks_swap,
    asks_target,
    corrected_entries,
    done_then_remark,
    ends_workout,
    has_digit,
    is_done_asked,
    is_next,
    is_question,
    is_undo,
    keeps_move,
    remark_after,
    the_load_asked,
    without_next,
    without_remark,
)
from bot.training.typed_yes import (
    add_or_replace,
    confirmed_then_remark,
    done_alone,
    is_confirmation,
    is_refusal,
)

__all__ = [
    "Ask",
    "Change",
    "DayOutOfReach",
    "Echo",
    "Finished",
    "Fix",
    "LogLine",
    "NeedLoad",
    "NothingToUndo",
    "NothingToday",
    "ParseFailed",
    "RestDay",
    "Saved",
    "SetKept",
    "SingleExercises",
    "SkipAsked",
    "SwapOption",
    "SwapUnavailable",
    "Swaps",
    "Tapped",
    "TodayLog",
    "TooLongAgo",
    "Undone",
    "WhichExercise",
    "on_press",
    "on_rest_press",
    "on_start_press",
    "on_text",
    "today_log",
    "undo",
]

# With a number in it too: "my knee hurts on the 2nd set", "away from the 10th to the 20th".
_TALK_WITH_NUMBERS = {Intent.PAIN, Intent.SETTINGS, Intent.PAUSE, Intent.SHORT, Intent.AWAY}


# --- text ---------------------------------------------------------------------------------

# What typed text comes to while logging; None: not a log entry.
TextOutcome = (
    Ask
    | Fix
    | Echo
    | ParseFailed
    | Saved
    | SetKept
    | SkipAsked
    | Swaps
    | SwapUnavailable
    | NeedLoad
    | Undone
    | NothingToUndo
    | WhichExercise
    | DayOutOfReach
    | RestStopped
    | Resting
    | None
)


def on_text(svc: Services, s: Session, user: User, text: str) -> TextOutcome:
    """Text as a log entry; None when it isn't one (no setup yet, a question mid-logging,
    or text naming no exercise while nothing is owed)."""
    text = plates_said(text, user.unit)  # "2 plates + 25 each side": 275 lb
    text = for_next_move(svc, s, user, text)  # "45 20 20 18" at the hip thrust's "Save it?"
    waiting = queued(user)  # a story's parts to show next: they wait while this is retyped
    back = back_of(user)  # so does the way back to today's, for an entry of another day
    owed = Awaiting.parse(user.awaiting)
    owed_log = logs.exercise_log(s, user.id, owed.log_id) if owed and owed.log_id else None
    # An entry at its Save (or load) while another move is typed: saved (load_left.py), not lost
    away = draft_of(user) if owed and owed.mode in (Mode.CONFIRM, Mode.LOAD) else None
    adds = offers_add(user)
    stale = _typed_later(svc, s, user, text)  # at an earlier day's "Save it?": today's sets
    owed_log = None if stale is not None else owed_log
    out = _read_text(svc, s, user, text)
    if stale is not None and not isinstance(out, Echo | NeedLoad):  # the old one waits on
        users.set_awaiting(user, stale.awaiting, stale.raw)
    if waiting and isinstance(out, Echo | NeedLoad) and not queued(user) and not goes_back(user):
        out = keep_queued(svc, user, waiting, out)
    if back is not None and isinstance(out, Echo | NeedLoad) and still_away(s, user, back, out):
        keep_back(user, back)  # retyped, corrected: still for that day
    if isinstance(out, Echo):  # "..., then some lunges": the lunges named, not lost
        out = untold_named(svc, s, user, out, text, owed_log)
        out = said_replaced(user, owed, away, out)  # sets retyped at "Save it?": said so
    if isinstance(out, ParseFailed) and owed_log is not None and not out.named:
        out = for_target(svc, out, owed_log)  # its examples fit the target, as the ask's
    now = Awaiting.parse(user.awaiting)
    moved = owed is not None and now is not None and now.key != owed.key
    if away and owed and owed_log and moved and isinstance(out, Echo | NeedLoad):
        return saved_before(svc, s, user, owed_log, away, adds, out, owed.mode == Mode.LOAD)
    if stale is not None and isinstance(out, Echo | NeedLoad):  # the old entry saved, said so
        return saved_before(svc, s, user, stale.log, stale.draft, stale.add, out)
    return out


def _typed_later(svc: Services, s: Session, user: User, text: str) -> StaleEntry | None:
    """Sets typed on a later day than the entry left at its "Save it?" (not a yes or a
    correction of it): that entry is let go, to be saved into its day once these read as
    an entry of their own."""
    profile = finished_profile(user)
    if profile is None or not has_digit(text) or is_question(text) or is_confirmation(text):
        return None
    today = logging_today(s, user, profile, svc.clock.now())
    stale = stale_entry(s, user, profile.tz, today)
    if stale is None or corrected_entries(text, profile, stale.draft[0]) is not None:
        return None
    expect(user, None)
    return stale


def _read_text(svc: Services, s: Session, user: User, text: str) -> TextOutcome:
    profile = finished_profile(user)
    if profile is None:
        return None
    if is_undo(text):  # set by set: the last set, and its exercise asked still
        return draft_undone(svc, s, user) or set_undone(svc, s, user) or undo_last(svc, s, user)
    editing = edited(s, user)  # ✎ on /log: only its numbers are its edit
    if editing is not None and moved_on(svc, profile, editing, text):
        end_edit(s, user)
    at = svc.clock.now()
    release_unanswered(s, user, profile.tz, logging_today(s, user, profile, at), at)
    owed = Awaiting.parse(user.awaiting)
    log_id = owed.log_id if owed else None
    current = logs.exercise_log(s, user.id, log_id) if log_id is not None else None
    on, cut = day_said_in(svc, profile, text)
    owed_here = owed_instead(s, user, current)  # an entry for another day waits: not its day
    if on is not None and on.day != logging_day(svc, s, user, profile, owed_here):
        return for_day(svc, s, user, profile, on, cut, owed_here)  # "... yesterday"
    if on is not None and not on.bare_today and has_digit(cut):
        text = cut  # "this morning", or "yesterday" while yesterday's workout is logged
    if current is None:  # "oops, it was 50" once finished, else a log naming its exercise
        return saved_corrected(svc, s, user, profile, None, text) or named_entry(
            svc, s, user, profile, text
        )
    if owed is not None and not is_next(text):  # "hard, what now?": the next is shown anyway
        text = without_next(text)
    if (skips := skip_confirmed(svc, s, user, current, text)) is not None:
        return skips  # "yes" to "skip the hamstring moves?"
    if (rest_stopped := stop_said(svc, s, user, current, text)) is not None:
        return rest_stopped  # "skip the rest" while resting: the rest, not the workout
    if (resting := start_said(svc, s, user, current, text)) is not None:
        return resting  # "1 min rest": the rest timer, not a set of 1
    if (over := set_by_set_over(svc, s, user, current, text)) is not None:
        return over  # "done", "next" while logging set by set: the sets kept, move on
    if (
        owed is not None
        and owed.mode == Mode.LOG
        and (is_next(text) or keeps_move(text) or asks_target(text))
    ):
        return ask(svc, s, user, current, logs.exercises_of(s, user.id, current.session_id))
    draft = draft_of(user) if owed is not None and owed.mode == Mode.CONFIRM else None
    if draft is not None and is_next(text):  # "what's next?" at "Save it?": this, to save
        return echo(svc, s, user, current, draft[0], draft[1])
    if owed is not None and (ends_workout(text) or (draft is not None and done_alone(text))):
        return workout_over(svc, s, user, current) or stop_here(svc, s, user, current, draft, text)
    if draft is not None and is_confirmation(text):  # "yes", "ok", 👍: save it, as typed
        return save_then_queued(svc, s, user, current, draft[0], draft[1])
    if draft is not None and is_refusal(text):  # "no", "nah": not saved, typed again
        return draft_undone(svc, s, user) or fix_asked(svc, user, current)
    chose = add_or_replace(text) if draft is not None and offers_add(user) else None
    if draft is not None and chose is not None:  # "add them", "replace": to today's sets
        return save_then_queued(svc, s, user, current, draft[0], draft[1], chose)
    with_yes = confirmed_then_remark(text) if draft is not None else None
    if draft is not None and with_yes is not None:  # "done, felt good": saved, remark kept
        raw = f"{draft[1]} / {text}"
        return replace(save_then_queued(svc, s, user, current, draft[0], raw), remark=with_yes)
    aside = draft is not None or by_set(user, current)
    if aside and (other := skip_said_aside(svc, s, user, current, text)) is not None:
        return other  # "skipped the RDLs" at "Save it?" or between sets: this one waits on
    resolve = asked_resolver(svc, s, user, current)  # "lunges" at Skater lunge: this one
    pending = draft is None and current.status == ExerciseStatus.PENDING
    if pending and owed is not None and owed.mode == Mode.LOG:
        swapped = swap_said(svc, s, user, profile, current, text, resolve, resolver(svc))
        if swapped is not None:  # "swapped squats for leg press": as the Swap button's choice
            return swapped
        if asks_swap(text):  # "can i swap this": the Swap button's choices
            return offer_swaps(svc, s, user, profile, current)
        if (put_off := put_later(svc, s, user, current, text)) is not None:
            return put_off  # "can I do this one later?": put last, the next one asked
    if owed is not None and owed.mode in (Mode.CONFIRM, Mode.LOAD):  # the sets shown let go
        typed = draft_of(user)
        if put_off := put_later(svc, s, user, current, text, typed[0] if typed else ()):
            return put_off
    as_asked = read_as_asked(svc, s, user, profile, owed, current, text, resolve)
    if as_asked is not None:  # "skipped lunges, knee felt off"; "60 60 65" at 8-12 reps
        return as_asked
    if draft is None and owed is not None and owed.mode == Mode.LOG:
        said_skip = skip_said(svc, s, user, current, text)
        if said_skip is not None:  # "skipped hamstrings today", "no glute bridges today"
            return said_skip
    corrected = corrected_entries(text, profile, draft[0]) if draft is not None else None
    if draft is not None and corrected is not None:  # "oops, it was 50", "in pounds"
        fixed_echo = echo(svc, s, user, current, corrected, f"{draft[1]} / {text}")
        return replace(fixed_echo, changed=sets_changed(draft[0], corrected))
    retyped = reps_retyped(svc, s, user, profile, current, draft, text, resolve) if draft else None
    if retyped is not None:  # "12 12 12 12" at 60, 60, 65 kg: those loads, a set more
        return retyped
    if draft is None and owed is not None and owed.mode == Mode.LOG:
        fixed = saved_corrected(svc, s, user, profile, current, text)
        if fixed is not None:  # "oops, that was in pounds" just after the Save
            return fixed
        kept = set_kept(svc, s, user, profile, current, text)
        if kept is not None:  # "first set 12 reps at 20kg", then "set 2: 10": kept, one by one
            return kept
    lost = understand(text) == Intent.CONFUSED or is_refusal(text)  # "what?", "no": asked again
    done_asked = is_done_asked(text)  # "done?": done, typed with a "?"
    if is_question(text) and not lost and done_then_remark(text) is None and not done_asked:
        return None  # a question mid-logging: the coach's ("Done. What is RPE?": both, below)
    if lost and draft is None and owed is not None and owed.mode == Mode.LOG:  # "?": asked again
        held = logs.exercises_of(s, user.id, current.session_id)
        return replace(ask(svc, s, user, current, held), lost=True)
    if owed is not None and owed.mode == Mode.LOAD:
        waiting = draft_of(user)  # reps typed before the load was asked: they stand
        loaded = the_load_asked(
            current,
            profile,
            text,
            waiting[0] if waiting else (),
            bar=bar_load(svc, current, profile),
        )
        if loaded is not None:
            raw = f"{waiting[1]} / {text}" if waiting and waiting[0] else text
            return echo(svc, s, user, current, loaded, raw)
    if (split := loads_split(svc, s, user, profile, owed, current, text)) is not None:
        return split  # "20 for the first two, 25 for the last": each set's load
    if (moved := same_but_moved(text)) is not None:  # "same but 5 more kg"
        return same_as_last(svc, s, user, profile, current, text, moved)
    read = partial(
        parse_log,
        unit=profile.unit,
        planned=planned_of(current),
        resolve_exercise=resolve,
        current_exercise=current.exercise_id,
        unloaded=svc.content.exercises[current.exercise_id].loading.value != "weighted",
        rep_top_of=partial(rep_top_in, s, user, current.session_id),
        held=holds_load(svc, s, user, profile, current),  # "40 10 10 10": 40 lb held
    )
    remark = None
    try:
        try:
            parsed = read(text)
        except LogParseError as err:  # "60kg 12 12 10 felt heavy": the entry, then a remark
            head = without_remark(text, err.code, str(err.detail.get("token", "")))
            head = head or done_then_remark(text)  # "done, felt good"
            if head is None:
                raise
            parsed = read(head)
            remark = remark_after(text, head)  # kept with the sets: the echo says so
            remark = None if remark and is_next(remark) else remark  # "done, what's next?"
    except LogParseError as err:
        if loose := loose_entry(svc, s, user, profile, owed, current, text, resolve):
            return loose  # "i did the bridges but only 2 sets my hip was sore"
        said = understand(text)
        felt = said == Intent.ADJUST and not asks(text)  # "ugh that was hard": noted here
        if (
            said not in NOT_TALK
            and not felt
            and (not has_digit(text) or said in _TALK_WITH_NUMBERS)
        ):
            return None  # "thanks!", "can I train tomorrow instead?": the coach answers
        told = story_parts(svc, profile, current, text, resolve, read.keywords["rep_top_of"])
        if told is None and asks(text) and said != Intent.CONFUSED:
            return None  # "is 20kg too heavy?", "can I rest 2 min": no sets, the coach's
        meanwhile = said_meanwhile(svc, s, user, profile, owed, current, text)
        if told is None and meanwhile is not None:  # "I'll do lunges first", "ugh, hard"
            return meanwhile
        if told is None:
            logs.keep_raw_text(current, text)
            name = name_of(svc, current.exercise_id)
            if (no_card := not_a_card(profile, text, err)) is not None:  # "cable kickback 4x15"
                return replace(no_card, name=name, named=False)
            return ParseFailed(err.code, dict(err.detail), name, profile.unit.value)
        target = entry_for(svc, s, user, profile, current, told[0].exercise_id)  # the rest wait
        shown = entry(svc, s, user, profile, owed, current, target, told[0].sets, text)
        later = untold(s, user, target.session_id, queue(told[1:]))
        return keep_queued(svc, user, later, shown)
    unsaved = parsed.exercise_id in (None, current.exercise_id)
    if parsed.action == "skip" and draft is not None and unsaved and not skip_was_asked(user):
        # "skip" at "Save it?" may mean the next one: these sets aren't dropped unasked
        drops = back_of(user) is not None  # for another day: dropped (read before the echo)
        asked = echo(svc, s, user, current, draft[0], draft[1], skip_asked=True)
        return replace(asked, drops=drops)
    if parsed.action == "skip" and unsaved and back_of(user) is not None:
        return dropped(svc, s, user, current)  # for another day: today's asked again
    if parsed.action == "skip":  # "skipped lunges": the exercise named, else this one
        skipped = entry_for(svc, s, user, profile, current, parsed.exercise_id)
        return save(svc, s, user, skipped, (), text)
    if parsed.action == "swap" and current.status == ExerciseStatus.DONE:  # asked again (✎)
        return SwapUnavailable(
            ask(svc, s, user, current, logs.exercises_of(s, user.id, current.session_id))
        )
    if parsed.action == "swap":
        return offer_swaps(svc, s, user, profile, current)
    if parsed.action == "same":  # "same as last time": last time's sets, to confirm
        return same_as_last(svc, s, user, profile, current, text, shown=draft)
    if parsed.action == "count":  # "only managed 2 sets": the plan's, fewer
        return sets_counted(svc, s, user, profile, owed, current, parsed.sets, text)
    target = entry_for(svc, s, user, profile, current, parsed.exercise_id)
    if parsed.same_load:  # "same weight, 12 12 10": last time's load with these reps
        return at_last_load(svc, s, user, profile, target, parsed.sets, text)
    if parsed.action == "done" and target is current and draft is not None:
        saved = save_then_queued(svc, s, user, current, draft[0], draft[1])  # "did it": as shown
        return replace(saved, remark=remark) if remark else saved  # "i'm done. what is RPE?"
    if parsed.action == "done" and target is current:  # as the button: is a load known?
        planned = planned_or_load(svc, s, user, current)
        if isinstance(planned, NeedLoad):
            return planned
        return replace(echo(svc, s, user, current, planned, text), remark=remark)
    shown = entry(svc, s, user, profile, owed, current, target, parsed.sets, text)
    return replace(shown, remark=remark) if isinstance(shown, Echo) else shown
