"""Moves typed in one message and shown one by one to save are never lost when the person
walks away before the last Save (found by h-plans2's traveller, Ines)."""

from datetime import timedelta

from tests.e2e.flows import onboard
from tests.e2e.harness import texts


async def test_moves_waiting_behind_an_unsaved_one_are_saved_when_the_next_workout_comes(env):
    """Ines typed her whole workout in one message, saved the first move and left the second
    at "Save it?" ("Then Walking lunge, Superman from the same message: I'll show you those
    to save next"). The next workout saved the move at "Save it?", but the two behind it were
    dropped without a word: her log lost them. Now they are saved into that day too, and the
    workout says so."""
    chat = env.chat(11501)
    await onboard(chat, place="Bodyweight only")  # Monday's workout, Mon + Thu
    said = texts(
        await chat.say(
            "skater lunge 3x20, bulgarian split squat 2x20, walking lunge 20 20, superman 15 15"
        )
    )
    assert "Save it?" in said, said
    said = texts(await chat.tap("Save"))
    assert "Walking lunge, Superman from the same message" in said, said
    await chat.say("how long should I rest?")  # on with the day, never tapping Save again
    env.clock.set(env.clock.now() + timedelta(days=3))  # Thursday: its workout comes
    said = texts(await chat.say("/today"))
    assert "Bulgarian split squat for Mon 16 Nov: 20, 20 reps, saved as you typed it" in said
    assert "From the same message, saved too: Walking lunge: 20, 20 reps; Superman: 15, 15" in (
        said
    ), said
    said = texts(await chat.say("what did I do on monday?"))
    for move in ("Skater lunge", "Bulgarian split squat", "Walking lunge: 20, 20", "Superman: 15"):
        assert move in said, (move, said)
