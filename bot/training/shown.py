"""What buttons and commands show: a topic button's item ("qa:<entry>", "ex:<exercise>"),
/exercise NAME and /myths. An item shown becomes the topic of a follow-up ("how many sets?")."""

from __future__ import annotations

from sqlalchemy.orm import Session

from bot.coach.matcher import ItemKind
from bot.runtime.services import Services
from bot.store import users
from bot.store.models import User
from bot.training import follow_ups
from bot.training.harder_asked import card_for_kit
from bot.training.outcomes import ExerciseCard, ExerciseUsage, Family, Myths, NoCard, Outcome
from bot.training.questions import exercise_card, item_outcome, myth_choices

MAX_NAME = 100  # of an /exercise argument


def on_press(svc: Services, s: Session, user: User, parts: list[str]) -> Outcome | None:
    """ "qa:<entry id>" and "ex:<exercise id>": the item, or None for one we don't have."""
    if parts[0] not in set(Family) or len(parts) != 2:
        return None
    item_id = parts[1]
    kind: ItemKind = "exercise" if parts[0] == Family.EXERCISE else "entry"
    known = svc.content.exercises if kind == "exercise" else svc.content.entries
    found = item_outcome(svc, user, kind, item_id) if item_id in known else None
    if isinstance(found, ExerciseCard):  # its harder version, one their kit allows
        found = card_for_kit(svc, user, found)
    if found is not None:  # "how many sets?" next is about it
        follow_ups.remember(user, found, "", svc.clock.now(), carried=False)
    return found


def exercise_shown(
    svc: Services, s: Session, user_id: int, text: str
) -> ExerciseCard | ExerciseUsage | NoCard:
    """/exercise NAME for a person: the card, remembered as the topic of a follow-up ("how
    many reps?") when they have a row (a command alone creates none)."""
    found = exercise_named(svc, text)
    user = users.get_user(s, user_id, lock=True)
    if isinstance(found, ExerciseCard):  # its harder version, one their kit allows
        found = card_for_kit(svc, user, found)
    if user is not None and isinstance(found, ExerciseCard):
        follow_ups.remember(user, found, "", svc.clock.now(), carried=False)
    return found


def myths(svc: Services) -> Myths:
    return Myths(myth_choices(svc))


def exercise_named(svc: Services, text: str) -> ExerciseCard | ExerciseUsage | NoCard:
    """/exercise NAME: the card by name, else the matcher's best exercise card."""
    content = svc.content
    names = [x.name for x in content.exercises.values()]
    name = text[:MAX_NAME]
    if not name.strip():
        return ExerciseUsage(names)
    card = content.find_exercise(name)
    if card is None:
        # Fall back to the matcher over exercise cards ("hip thurst", "the butt bridge").
        result = svc.matcher.match(name)
        best = result.best
        if best is not None and best.kind == "exercise" and result.kind != "unknown":
            card = content.exercises[best.entry_id]
    return exercise_card(svc, card) if card is not None else NoCard(name, names)
