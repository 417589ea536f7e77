"""Moves told done with only a count typed while logging ("i did the bridges but only 2
sets my hip was sore" at the skater lunge): read as with nothing being logged
(logbook_loose.py), shown to save as a story's parts are. Before, "I couldn't read that",
or the pain reply alone with a swap of the move just done."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from sqlalchemy.orm import Session

from bot.coach.profile import Profile
from bot.runtime.services import Services
from bot.store import logs
from bot.store.models import ExerciseLog, User
from bot.training.awaiting import Awaiting
from bot.training.logbook_entry import entry
from bot.training.logbook_loose import as_told, loose_parts
from bot.training.logbook_replies import Echo, NeedLoad, ParseFailed
from bot.training.logbook_story import keep_queued, queue, untold
from bot.training.logbook_target import entry_for


def loose_entry(
    svc: Services,
    s: Session,
    user: User,
    profile: Profile,
    owed: Awaiting | None,
    current: ExerciseLog,
    text: str,
    resolve: Callable[[str], str | None],
) -> Echo | NeedLoad | ParseFailed | None:
    """While logging: the moves told so shown to save (the first, the others after it, as a
    story's parts are), the remark kept; None for any other text."""
    held = logs.exercises_of(s, user.id, current.session_id)
    plans = {x.exercise_id: (x.planned_sets, x.rep_high) for x in held}
    loose = as_told(text, resolve, plans.get)
    if loose is None:
        return None
    told = loose_parts(loose[0])
    target = entry_for(svc, s, user, profile, current, told[0].exercise_id)  # the rest wait
    shown = entry(svc, s, user, profile, owed, current, target, told[0].sets, text)
    shown = replace(shown, remark=loose[1]) if loose[1] and isinstance(shown, Echo) else shown
    later = untold(s, user, target.session_id, queue(told[1:]))
    return keep_queued(svc, user, later, shown)
