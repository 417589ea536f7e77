"""Two more people lived with the bot for weeks (a scratch driver, not a test): Priya, 27, a
bikini competitor at a gym in kilograms, Mon/Wed/Fri/Sat at 7:00, London then New York, who
taps Start logging and types her sets in odd shapes, and sometimes the whole day the next
morning; Joan, 58, in Phoenix, toning at home with bands, in pounds, new to lifting, who types
full sentences and asks back when she is lost. What they met that was wrong is kept here."""

from datetime import timedelta

from tests.e2e.flows import load_user, onboard
from tests.e2e.harness import texts


async def test_a_bare_load_before_sets_times_reps_is_read(env):
    """Priya, on Saturday morning: "yesterday: hip thrust 45 4x8, squat 40 3x10, single leg
    hip thrust 3x12, skipped abductions" got "I couldn't read that (at "squat")": Friday's
    whole workout lost, the week's recap "3 of 4", because a load typed bare before "4x8"
    ("45 4x8") was read by nobody, where "45kg 4x8" and "4x8 @ 45" were."""
    chat = env.chat(9901)
    await onboard(chat, goal="Compete in bikini", experience="2+ years")  # Monday: A
    env.clock.set(env.clock.now() + timedelta(days=1))
    said = texts(await chat.say("yesterday: hip thrust 45 4x8, squat 40 3x10"))
    assert "<b>Hip thrust</b> for yesterday, Mon 16 Nov: 45 kg × 8, 8, 8, 8 (4 sets)" in said
    assert "Then Squat from the same message" in said, said
    said = texts(await chat.tap("Save"))
    assert "<b>Squat</b> for yesterday, Mon 16 Nov: 40 kg × 10, 10, 10 (3 sets)" in said, said
    other = env.chat(9902)
    await onboard(other, goal="Compete in bikini", experience="2+ years")
    said = texts(await other.say("hip thrust 60 3 sets of 10"))
    assert "<b>Hip thrust</b>: 60 kg × 10, 10, 10 (3 sets). Save it?" in said, said
