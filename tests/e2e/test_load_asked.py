"""A loaded move with no load known, tapped through, and a move swapped in: someone who only
taps buttons was asked "What load did you use for Hip thrust?" with no button, nine times in
two weeks, and could not get past it; a swapped-in move took the planned move's target, not
its own history; the Swap offer listed a move already in the day's workout."""

from datetime import timedelta

from tests.e2e.flows import onboard
from tests.e2e.harness import texts


def labels(message):
    return [t for row in message.buttons for t, _ in row]


async def test_the_load_asked_has_buttons_that_move_the_log_on(env):
    chat = env.chat(9701)
    await onboard(chat)  # tone, gym: squat, stiff-leg deadlift, lunge, lying leg curl
    await chat.say("/today")
    await chat.tap("Start logging")
    asked = (await chat.tap("Done as planned"))[-1]
    assert "What load did you use for Squat?" in asked.text, asked.text
    assert labels(asked) == ["No extra load", "Skip this exercise"], labels(asked)
    replies = await chat.tap("No extra load")
    assert "Squat: 12, 12, 12 reps ✓" in texts(replies), texts(replies)
    assert "2/4 · Stiff-leg deadlift" in replies[-1].text, replies[-1].text
    await chat.tap("Done as planned")
    replies = await chat.tap("Skip this exercise")
    assert "3/4 · Lunge" in replies[-1].text, texts(replies)
    await chat.tap("Skip")
    asked = (await chat.tap("Done as planned"))[-1]  # a machine: no load is no option
    assert "Lying leg curl" in asked.text and labels(asked) == ["Skip this exercise"]
    replies = await chat.tap("Skip this exercise")
    assert "Workout logged: 1 of 4 exercises done." in texts(replies), texts(replies)


async def test_reps_typed_wait_for_the_load_tapped(env):
    chat = env.chat(9703)
    await onboard(chat)
    await chat.say("/today")
    await chat.tap("Start logging")
    asked = (await chat.say("12 10 8"))[-1]
    assert "What load did you use for Squat?" in asked.text, asked.text
    replies = await chat.tap("No extra load")
    assert "Squat: 12, 10, 8 reps ✓" in texts(replies), texts(replies)


async def test_the_swap_offer_leaves_out_moves_already_in_the_day(env):
    """Figure at the gym, session A: hip thrust, deadlift, ... The hip thrust's Swap
    offered the deadlift, already the day's next move, and tapping it said "swap
    unavailable"."""
    chat = env.chat(9711)
    await onboard(chat, goal="Compete: figure", experience="2+ years")
    await chat.say("/today")
    asked = (await chat.tap("Start logging"))[-1]
    assert "1/5 · Hip thrust" in asked.text, asked.text
    offer = (await chat.tap("Swap"))[-1]
    assert "Swap Hip thrust for one of these?" in offer.text, offer.text
    assert "Deadlift" not in labels(offer) and "Keep this one" in labels(offer), labels(offer)


async def test_keep_this_one_typed_at_the_swap_choices_keeps_the_move(env):
    """ "keep this one" typed at the Swap choices got "Noted…", the move neither kept nor
    asked again; now it is what Keep this one does."""
    chat = env.chat(9712)
    await onboard(chat, goal="Compete: figure", experience="2+ years")
    await chat.say("/today")
    await chat.tap("Start logging")
    await chat.tap("Swap")
    asked = (await chat.say("keep this one"))[-1]
    assert "1/5 · Hip thrust" in asked.text, asked.text
    kept = (await chat.say("40kg 12 12 12 12"))[-1]
    assert "Hip thrust" in kept.text and "Save it?" in kept.text, kept.text


async def test_a_move_swapped_in_takes_its_own_last_result(env):
    """An American deadlift never done, swapped for the hip thrust done at 40 kg × 12:
    the hip thrust was asked with no load (the deadlift's target, which had none), and its
    loads never followed its own results. Now its target comes from its own last time."""
    chat = env.chat(9721)
    await onboard(chat, goal="Compete: figure", experience="2+ years")
    await chat.say("/today")
    await chat.tap("Start logging")  # 1/5 · Hip thrust
    await chat.say("40kg 12 12 12 12")
    await chat.tap("Save")
    for _ in range(7):  # on to the day the American deadlift opens the workout
        env.clock.set(env.clock.now() + timedelta(days=1))
        today = (await chat.say("/today"))[-1]
        if "American deadlift" in today.text and "▶ Start logging" in labels(today):
            break
    asked = (await chat.tap("Start logging"))[-1]
    assert "· American deadlift" in asked.text, asked.text
    await chat.tap("Swap")
    asked = (await chat.tap("Hip thrust"))[-1]
    assert "Hip thrust</b> (instead of American deadlift)" in asked.text, asked.text
    # 12s at 40 kg in Monday's heavy range, rescaled to this slot's light 12-20, as the
    # planned hip thrust would be
    assert "Target: 4 × 12–20 @ 32.5 kg" in asked.text, asked.text
    replies = await chat.tap("Done as planned")
    assert "Hip thrust: 32.5 kg × 20, 20, 20, 20 ✓" in texts(replies), texts(replies)


async def next_squat_day(env, chat):
    """The clock moved on to the next day the workout opens at the squat, logging started."""
    for _ in range(7):
        env.clock.set(env.clock.now() + timedelta(days=1))
        today = (await chat.say("/today"))[-1]
        if "▶ Start logging" not in labels(today):
            continue
        asked = (await chat.tap("Start logging"))[-1]
        if "· Squat</b>" in asked.text:
            return
        await chat.say("that's all for today")
    raise AssertionError("no squat day in a week")


async def test_bodyweight_last_time_is_bodyweight_again_without_asking(env):
    """Someone who always taps "No extra load" was asked "What load did you use for
    Squat?" every session. Once the last squat was bodyweight, sets with no load are
    bodyweight again, said so; a load typed still counts."""
    chat = env.chat(9731)
    await onboard(chat)
    await chat.say("/today")
    await chat.tap("Start logging")
    await chat.tap("Done as planned")
    await chat.tap("No extra load")
    await chat.say("that's all for today")
    await next_squat_day(env, chat)
    replies = await chat.tap("Done as planned")
    assert "What load did you use" not in texts(replies), texts(replies)
    assert "Squat: 12, 12, 12 reps ✓ (bodyweight, as last time" in texts(replies), texts(replies)
    await chat.say("that's all for today")
    await next_squat_day(env, chat)
    replies = await chat.say("12 12 10")
    assert "What load did you use" not in texts(replies), texts(replies)
    assert "<b>Squat</b>: 12, 12, 10 reps (3 sets). Save it? (bodyweight, as last time" in texts(
        replies
    ), texts(replies)
    await chat.tap("Fix")
    replies = await chat.say("20kg 12 12 10")
    assert "<b>Squat</b>: 20 kg × 12, 12, 10 (3 sets). Save it?" in texts(replies), texts(replies)
    assert "as last time" not in texts(replies), texts(replies)


async def test_a_load_last_time_still_asks_nothing_new(env):
    """Bodyweight is taken only after a bodyweight squat: the first time, the load is asked."""
    chat = env.chat(9732)
    await onboard(chat)
    await chat.say("/today")
    await chat.tap("Start logging")
    replies = await chat.say("12 12 10")
    assert "What load did you use for Squat?" in texts(replies), texts(replies)
