"""Logging said loosely, as people type on a phone between sets: "ye" and "nah" at "Save
it?", "w 15kg" for the load, a skip misspelt, a load for a band move, /undo mid-exercise.
Each was misread before."""

from tests.e2e.harness import texts
from tests.e2e.test_logs_as_typed import logging_started, set_rows


async def test_ye_saves_and_nah_or_nope_asks_for_the_sets_again(env):
    """At "Save it?", "ye" was "Noted. Squat isn't saved yet", and "no", "nah" and "nope"
    got that same note, the echo left waiting, instead of the Fix they mean."""
    chat = await logging_started(env, 9901)
    await chat.say("20kg 12 12 10")
    replies = await chat.say("ye")
    assert "Squat: 20 kg × 12, 12, 10 ✓" in texts(replies), texts(replies)
    assert "2/4 · Stiff-leg deadlift" in texts(replies)
    for no in ("nah", "nope", "no", "no, that's wrong"):
        await chat.say("30kg 10 10 10")
        replies = await chat.say(no)
        assert 'OK, type Stiff-leg deadlift again, e.g. "60kg 12 12 10"' in texts(replies), no
        assert "isn't saved yet" not in texts(replies)
    assert set_rows(env, 9901) == 3
    replies = await chat.say("30kg 10 10 8")  # typed again: shown to save
    assert "Stiff-leg deadlift</b>: 30 kg × 10, 10, 8 (3 sets). Save it?" in texts(replies)
