"""A skip naming several moves ("skipped the rdl and lunges") at the squat's "Save it?" or
with the squat asked: each move named is skipped, as "skipped the RDLs" skips one. Before,
at "Save it?" it was only noted ("Noted"), nothing skipped."""

from tests.e2e.harness import texts
from tests.e2e.test_logs_sets_said10 import squat_asked


async def test_moves_said_skipped_at_save_it_are_each_skipped_and_the_entry_waits(env):
    chat = await squat_asked(env, 9991)  # squat, stiff-leg deadlift, lunge, lying leg curl
    await chat.say("20kg 12 12 10")
    replies = await chat.say("skipped the rdl and lunges")
    shown = texts(replies)
    assert "Stiff-leg deadlift and Lunge: skipped." in shown, shown
    assert "<b>Squat</b>: 20 kg × 12, 12, 10 (3 sets). Save it?" in replies[-1].text, shown
    replies = await chat.tap("Save")
    shown = texts(replies)
    assert "Squat: 20 kg × 12, 12, 10 ✓" in shown and "4/4 · Lying leg curl" in shown, shown


async def test_moves_said_skipped_with_commas_while_asked_are_each_skipped(env):
    chat = await squat_asked(env, 9992)
    replies = await chat.say("no lunges, leg curls or rdls today")
    shown = texts(replies)
    assert "Stiff-leg deadlift, Lunge and Lying leg curl: skipped." in shown, shown
    assert "<b>1/4 · Squat</b>" in shown, shown  # the squat, still asked
