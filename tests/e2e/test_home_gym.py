"""People with a barbell at home, and a welcome back said once.

Dana set up "home, I have a barbell, plates and a bench" (and later "I've set up a small home
gym with a barbell, plates and a bench now."): she got "Home: bands or a ball" with "your
dumbbells or weights aren't in them", a plan of band walks and bodyweight lunges; the other
way in, "A gym", plans lying and seated leg curls, a glute-ham raise, back extensions and
band work she has nothing for. A barbell, plates and a bench at home now get the gym plan's
barbell moves with their loads, and the moves needing a machine, a special bench or a band
swapped for what the articles offer without one, or left out, said so.

A lifter silent for three weeks got "Welcome back — picking up from week 2" on the first push
back, and again on every push after it while she still had not logged."""

from datetime import UTC, datetime

from tests.e2e.flows import ONBOARDING_BUTTONS, onboard
from tests.e2e.harness import Chat, bot_env, texts
from tests.e2e.test_back_after_a_gap import FAST, WELCOME, push_at, squat_at_the_top


async def test_welcome_back_is_said_once_not_on_every_push(tmp_path):
    """Silent after week 1's Monday: the first push after the gap (Monday 7 December) says
    welcome back; Thursday's and the next Monday's, still with nothing logged, said it again
    each time, as if she had come back three times."""
    monday = datetime(2026, 11, 16, 9, 0, tzinfo=UTC)
    async with bot_env(tmp_path, now=monday, extra_env=FAST) as env:
        chat = env.chat(9981)
        await squat_at_the_top(chat)
        for day in (19, 23, 26, 30):
            await push_at(env, 9981, datetime(2026, 11, day, 17, 30, tzinfo=UTC))
        await push_at(env, 9981, datetime(2026, 12, 3, 17, 30, tzinfo=UTC))
        first = await push_at(env, 9981, datetime(2026, 12, 7, 17, 30, tzinfo=UTC))
        assert WELCOME in (first.text or ""), first.text
        today = texts(await chat.say("/today"))  # the same day: the same workout, as pushed
        assert WELCOME in today, today
        thursday = await push_at(env, 9981, datetime(2026, 12, 10, 17, 30, tzinfo=UTC))
        assert "week 2" in (thursday.text or "") and WELCOME not in (thursday.text or "")
        again = await push_at(env, 9981, datetime(2026, 12, 14, 17, 30, tzinfo=UTC))
        assert WELCOME not in (again.text or ""), again.text
        assert WELCOME not in texts(await chat.say("/today"))


HOME_GYM = "home, I have a barbell, plates and a bench"


async def _dana(chat: Chat, place: str = HOME_GYM, goal: str = "Bikini") -> str:
    """Dana's setup by buttons (bikini, 2+ years, Mon Wed Fri, kg) with her place typed;
    what the bot said to that answer."""
    await chat.say("/start")
    said = ""
    for name, label in ONBOARDING_BUTTONS:
        if name == "place":
            said = texts(await chat.say(place))
        else:
            await chat.tap({"goal": goal, "experience": "2+ years"}.get(name, label))
    return said


async def test_a_barbell_at_home_gets_the_barbell_plan_without_machines(env):
    """Dana typed "home, I have a barbell, plates and a bench" and got "Home: bands or a
    ball" ("your dumbbells or weights aren't in them"): banded hip thrusts, monster walks
    and bodyweight lunges, no hip thrust with her barbell and no load to log. Now she gets
    the gym plan, its barbell moves with loads, and what needs a machine, a special bench or
    a band swapped for a move the articles give, or left out, each said."""
    chat = env.chat(9982)
    said = await _dana(chat)
    assert "Where you train: <b>Home gym with a barbell</b> ✓" in said, said
    assert "weights aren't in them" not in said, said
    assert "Deadlift instead of back extension" in said, said
    assert "Hip thrust instead of banded hip thrust" in said, said
    assert "Nordic ham curl instead of lying leg curl" in said, said
    assert "Left out: monster walk, sumo walk, seated hip abduction" in said, said
    assert "needs a partner or a fixed pad holding your heels down" in said, said
    summary = texts(chat.standin.messages(9982)[-1:])
    assert "• Training at: Home gym with a barbell" in summary, summary
    settings = texts(await chat.say("/settings"))
    assert "Where you train: Home gym with a barbell" in settings, settings
    await chat.tap("Nothing, thanks")
    program = texts(await chat.say("/program"))
    assert "<b>Your program: Compete in bikini, home gym with a barbell</b>" in program, program
    assert "At your home gym, your plan is the gym plan" in program, program
    exercises = program.split("Exercises:", 1)[1].split("\n", 1)[0]
    for move in ("Hip thrust", "American deadlift", "Deadlift", "Squat", "Nordic ham curl"):
        assert move in exercises, exercises
    for move in ("Lying leg curl", "Back extension", "Monster walk", "Banded hip thrust"):
        assert move not in exercises, exercises
    today = texts(await chat.say("/today"))  # Monday: session A
    assert "<b>Hip thrust</b>: 4 × 8–12" in today, today
    assert "<b>Deadlift</b>: 3 × 12–20" in today, today
    assert "Back extension" not in today and "Monster walk" not in today, today
    asked = texts(await chat.tap("Start logging"))
    assert "Hip thrust" in asked, asked
    await chat.say("60kg 12 12 12 12")
    assert "Hip thrust: 60 kg × 12, 12, 12, 12 ✓" in texts(await chat.say("yes"))
    env.clock.set(env.clock.now().replace(day=env.clock.now().day + 2))  # Wednesday: B
    wednesday = texts(await chat.say("/today"))
    assert "<b>Hip thrust</b>: 3 × 12–20" in wednesday, wednesday  # the band slot, with a bar
    assert "<b>Nordic ham curl</b>: 2 × 3–6" in wednesday, wednesday
    assert "Lying leg curl" not in wednesday and "Sumo walk" not in wednesday, wednesday
    env.clock.set(env.clock.now().replace(day=env.clock.now().day + 5))  # next Monday: A
    monday = texts(await chat.say("/today"))
    assert "<b>Hip thrust</b>: 4 × 8–12 @ 62.5 kg" in monday, monday  # the top: heavier
    instead = texts(await chat.say("what can I do instead of nordic curls?"))
    assert "Nordic ham curl" in instead and "leg curl" not in instead, instead  # no machine


async def test_other_words_for_a_home_gym_and_one_set_up_later(env):
    """ "garage gym: barbell, rack, bench" and "home gym with a squat rack" were home with
    bands too, and "home gym: barbell, bench and some bands" left the barbell out; with bands
    said, the home gym keeps the band work.
    Someone set up at "A gym" who typed "I've set up a small home gym with a barbell, plates
    and a bench now." was told kit on its own doesn't change her plan, and kept the leg curl
    machine."""
    for n, place in enumerate(("garage gym: barbell, rack, bench", "home gym with a squat rack")):
        said = await _dana(env.chat(9983 + n), place, goal="Tone up")
        assert "<b>Home gym with a barbell</b> ✓" in said, said
        assert "Nordic ham curl instead of lying leg curl" in said, said
    bands = env.chat(9985)
    said = await _dana(bands, "home gym: barbell, bench and some bands")
    assert "<b>Home gym with a barbell and bands</b> ✓" in said, said
    assert "Left out" not in said and "Banded hip thrust" not in said, said
    assert "Monster walk" in texts(await bands.say("/today")), said
    later = env.chat(9986)
    await onboard(later)  # tone, a gym
    assert "Lying leg curl" in texts(await later.say("/today"))
    said = texts(
        await later.say("I've set up a small home gym with a barbell, plates and a bench now.")
    )
    assert "<b>Home gym with a barbell</b> ✓" in said, said
    assert "Nordic ham curl instead of lying leg curl" in said, said
    today = texts(await later.say("/today"))
    assert "Lying leg curl" not in today and "<b>Nordic ham curl</b>" in today, today
    assert "<b>Squat</b>" in today and "<b>Stiff-leg deadlift</b>" in today, today
    again = texts(await later.say("/settings"))
    assert "Where you train: Home gym with a barbell" in again, again
