"""An exercise logged a second time the same day, through the chat. It silently replaced
the sets saved first, and Undo then took both away. Now the echo names what is saved and
asks: add these sets to it (the default) or replace them; Undo restores exactly what was
there before that save."""

from sqlalchemy import select

from bot.store.models import SetLog
from tests.e2e.harness import texts
from tests.e2e.test_logs_as_typed import logging_started


def squat_sets(env, user_id: int) -> list[tuple[int, float | None]]:
    """The day's squat sets, in order, as (reps, load)."""
    with env.svc.db.session() as s:
        rows = s.scalars(
            select(SetLog)
            .where(SetLog.user_id == user_id, SetLog.exercise_id == "squat")
            .order_by(SetLog.set_no)
        )
        return [(r.reps, r.load) for r in rows]


FIRST = [(10, 40.0), (10, 40.0), (10, 40.0)]
LATER = [(8, 50.0), (8, 50.0)]


async def squats_saved_then_typed_again(env, user_id: int):
    chat = await logging_started(env, user_id)
    await chat.say("squats 40kg 10 10 10")
    await chat.tap("Save")
    assert squat_sets(env, user_id) == FIRST
    replies = await chat.say("squats 50kg 8 8")
    return chat, replies


async def test_the_echo_says_what_is_saved_and_add_then_undo_keeps_the_first_sets(env):
    chat, replies = await squats_saved_then_typed_again(env, 3301)
    assert "Squat</b>: 50 kg × 8, 8 (2 sets)" in texts(replies)
    assert "Squat already has 3×10 at 40 kg today" in texts(replies), texts(replies)
    labels = [t for row in chat.last_keyboard().buttons for t, _ in row]
    assert any("Add" in t for t in labels) and any("Replace" in t for t in labels), labels
    replies = await chat.tap("Add")
    said = "Squat: 50 kg × 8, 8 ✓ (added to the 3×10 at 40 kg saved earlier)"
    assert said in texts(replies), texts(replies)
    assert squat_sets(env, 3301) == FIRST + LATER
    replies = await chat.say("undo")
    assert "Removed your last entry for Squat. Squat is back to 40 kg × 10, 10, 10" in texts(
        replies
    )
    assert squat_sets(env, 3301) == FIRST  # only the added sets went
    assert "Stiff-leg deadlift" in texts(replies)  # and the exercise still owed is asked


async def test_replace_then_undo_brings_the_first_sets_back(env):
    chat, _ = await squats_saved_then_typed_again(env, 3302)
    replies = await chat.tap("Replace")
    assert "Squat: 50 kg × 8, 8 ✓" in texts(replies)
    assert squat_sets(env, 3302) == LATER
    await chat.say("undo")
    assert squat_sets(env, 3302) == FIRST


async def test_yes_adds_and_typed_add_or_replace_choose(env):
    chat, _ = await squats_saved_then_typed_again(env, 3303)
    await chat.say("yes")  # what people mean when they did more sets later
    assert squat_sets(env, 3303) == FIRST + LATER
    await chat.say("undo")
    await chat.say("squats 50kg 8 8")
    await chat.say("replace")
    assert squat_sets(env, 3303) == LATER
    await chat.say("undo")
    await chat.say("squats 50kg 8 8")
    await chat.say("add them")
    assert squat_sets(env, 3303) == FIRST + LATER


async def test_a_correction_after_adding_corrects_only_the_sets_added(env):
    """ "oops it was 55" just after adding sets applied to every set of the day: the 40 kg
    sets saved first became 55 kg too."""
    chat, _ = await squats_saved_then_typed_again(env, 3304)
    await chat.tap("Add")
    replies = await chat.say("oops it was 55")
    assert "Squat</b>: 40 kg × 10, 40 kg × 10, 40 kg × 10, 55 kg × 8, 55 kg × 8" in texts(
        replies
    ), texts(replies)
    assert "already has" not in texts(replies)  # a correction replaces the entry
    await chat.tap("Save")
    assert squat_sets(env, 3304) == [*FIRST, (8, 55.0), (8, 55.0)]
    await chat.say("undo")  # the correction taken back: the sets as added
    assert squat_sets(env, 3304) == FIRST + LATER


async def test_fix_at_add_or_replace_asks_it_again(env):
    """Fix under "add these to it, or replace it?" then the sets retyped: still asked (the
    retyped sets are not taken for a correction of those saved)."""
    chat, _ = await squats_saved_then_typed_again(env, 3305)
    await chat.tap("Fix")
    replies = await chat.say("50kg 8 8")
    assert "Squat already has 3×10 at 40 kg today" in texts(replies), texts(replies)
    await chat.tap("Add")
    assert squat_sets(env, 3305) == FIRST + LATER
