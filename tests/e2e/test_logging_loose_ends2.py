"""More loose ends of logging that people hit (found by earlier helpers, fixed here). Each
test says what the person typed, what they got, and why it was wrong. Default person
(tests/e2e/flows.py onboard): toning at a gym, new to lifting, Mon + Thu at 18:30 in
Berlin, kg; the clock starts on Monday 16 November 2026 at 10:00 there."""

from sqlalchemy import select

from bot.store.models import UnansweredQuestion
from tests.e2e.flows import onboard
from tests.e2e.harness import texts


async def test_a_correction_typed_replaces_what_was_saved(env):
    """Squats saved at 40 kg, then "correction: squat 60kg 4x10" got "Squat already has 3×10
    at 40 kg today. Add these to it (you did more sets), or replace it (you're correcting
    it)?": she had said it was a correction. "correction", "actually", "oops", "I meant"
    now say replace: the echo names what the sets replace, and Save puts them in its place."""
    chat = env.chat(9801)
    await onboard(chat)
    await chat.say("squat 40kg 3x10")
    await chat.tap("Save")
    for typed, shown in (
        ("correction: squat 60kg 4x10", "60 kg × 10, 10, 10, 10 (4 sets)"),
        ("actually squat 50kg 4x10", "50 kg × 10, 10, 10, 10 (4 sets)"),
        ("I meant squat 55kg 3x10", "55 kg × 10, 10, 10 (3 sets)"),
        ("oops, squat 45kg 3x10", "45 kg × 10, 10, 10 (3 sets)"),
    ):
        said = texts(await chat.say(typed))
        assert f"<b>Squat</b>: {shown}. Save it?" in said, (typed, said)
        assert "This replaces the 3×10 at 40 kg saved today" in said, (typed, said)
        assert "Add these to it" not in said, (typed, said)
    said = texts(await chat.tap("Save"))
    assert "Squat: 45 kg × 10, 10, 10 ✓" in said, said
    said = texts(await chat.say("/log"))
    assert "45 kg" in said and "40 kg" not in said, said
    # Sets typed again with no such word still ask: more sets, or a correction?
    said = texts(await chat.say("squat 45kg 1x8"))
    assert "Add these to it (you did more sets), or replace it" in said, said


async def test_a_move_put_off_at_save_it_or_at_its_load(env):
    """ "can I do this one later?" at "Save it?" got "I don't know that one yet" (noted as a
    question to learn) and the squats stayed asked; at "What load did you use for Squat?"
    "leave it for the end" got "Noted. What load did you use". As when the move is asked,
    it goes to the end now, the next one asked, the sets shown said to be not saved."""
    chat = env.chat(9802)
    await onboard(chat)
    await chat.say("/today")
    await chat.tap("Start logging")
    await chat.say("40kg 10 10 10")
    said = texts(await chat.say("can I do this one later?"))
    assert said.startswith("Sure: Squat moved to the end"), said
    assert "The sets shown (40 kg × 10, 10, 10) aren't saved" in said, said
    assert "<b>1/4 · Stiff-leg deadlift</b>" in said and "I don't know" not in said, said
    await chat.say("12 12 10")  # reps, the load asked
    said = texts(await chat.say("leave it for the end"))
    assert said.startswith("Sure: Stiff-leg deadlift moved to the end"), said
    assert "The sets shown (12, 12, 10 reps) aren't saved" in said, said
    assert "<b>1/4 · Lunge</b>" in said, said
    await chat.tap("Done as planned")  # its load asked, nothing typed
    said = texts(await chat.say("skip for now"))
    assert said.startswith("Sure: Lunge moved to the end"), said
    assert "aren't saved" not in said and "<b>1/4 · Lying leg curl</b>" in said, said
    said = texts(await chat.say("/log"))
    assert said.count("not yet") == 4, said  # nothing saved along the way


async def unanswered(env) -> list[str]:
    with env.svc.db.session() as s:
        return list(s.execute(select(UnansweredQuestion.text)).scalars())


async def test_a_bare_no_says_what_the_bot_waits_for(env):
    """A bare "no" (or "nope", "nah"): at the squat asked it got "I couldn't find your sets
    in that", as if she had tried to type them; at "Save it?" "OK, type Squat again", not
    saying whether the sets shown were kept; at "What load did you use?" "Noted.", a remark
    noted where none was made. Now "no" at the move asked hears what is wanted and how to
    skip it, at "Save it?" that the sets shown are not saved and how to send them again, at
    the load that load asked again; nowhere a question noted for the coach to learn, and
    nothing saved or lost."""
    chat = env.chat(9803)
    await onboard(chat)
    said = texts(await chat.say("no"))  # nothing being logged
    assert "If you meant to answer me, tap a button on my last message" in said, said
    await chat.say("/today")
    await chat.tap("Start logging")
    for typed in ("no", "nope", "nah"):
        said = texts(await chat.say(typed))
        assert "I couldn't find your sets" not in said, (typed, said)
        assert said.startswith("Here is what I need now: how Squat went."), (typed, said)
        assert "Didn't do it? Tap Skip." in said and "<b>1/4 · Squat</b>" in said, said
    await chat.say("40kg 10 10 10")
    said = texts(await chat.say("no"))
    assert "Not saved: Squat 40 kg × 10, 10, 10." in said, said
    assert 'OK, type Squat again, e.g. "' in said, said
    said = texts(await chat.say("40kg 10 10 9"))
    assert "<b>Squat</b>: 40 kg × 10, 10, 9 (3 sets). Save it?" in said, said
    await chat.tap("Save")
    await chat.tap("Done as planned")  # the deadlift: its load asked
    said = texts(await chat.say("no"))
    assert said.startswith("What load did you use for Stiff-leg deadlift?"), said
    assert "Noted" not in said, said
    said = texts(await chat.say("30"))
    assert "<b>Stiff-leg deadlift</b>: 30 kg × 12, 12, 12 (3 sets). Save it?" in said, said
    said = texts(await chat.say("/log"))
    assert "Squat: 40 kg × 10, 10, 9" in said, said
    assert await unanswered(env) == []
