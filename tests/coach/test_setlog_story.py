"""A workout told as a story: the sets picked out for each exercise it names, remarks
passed over, and anything else refused rather than guessed."""

import pytest

from bot.coach.profile import Unit
from bot.coach.setlog import LogParseError, Planned, SetEntry
from bot.coach.setlog_story import Part, read_story, untold_in

KG = Unit.KG
PLAN = Planned(sets=3, rep_low=8, rep_high=12, load=None, unit=KG)
NAMES = {"deadlifts": "deadlift", "lunges": "lunge", "squats": "squat", "squat": "squat",
         "hip thrusts": "hip_thrust", "stiff leg deadlift": "sldl"}  # fmt: skip


def story(text: str, current: str = "squat", planned: Planned | None = PLAN) -> tuple[Part, ...]:
    return read_story(
        text, unit=KG, planned=planned, resolve_exercise=NAMES.get, current_exercise=current
    )


def sets(reps: list[int], load: float | None = None) -> tuple[SetEntry, ...]:
    return tuple(SetEntry(r, load, KG if load is not None else None) for r in reps)


RAMBLE = (
    "ok so today was rough, I did the deadlifts with 30kg and got 10 10 and 8, "
    "then the lunges I only managed 2 sets of 8"
)


def test_a_rambling_log_gives_each_named_exercise_its_sets():
    """Was "I couldn't read that (at "ok")"."""
    assert story(RAMBLE) == (Part("deadlift", sets([10, 10, 8], 30.0)), Part("lunge", sets([8, 8])))


def test_the_exercise_being_logged_comes_first_whatever_the_order():
    told = story(RAMBLE, current="lunge")
    assert told == (Part(None, sets([8, 8])), Part("deadlift", sets([10, 10, 8], 30.0)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("did 3 sets of 10, last one was hard", sets([10, 10, 10])),
        ("felt easy, 12s across at 50", sets([12, 12, 12], 50.0)),  # the plan's 3 sets
        ("40kg, felt heavy, 12, 12, 10", sets([12, 12, 10], 40.0)),
        ("squats: got 62.5kg for 10 10 8. happy with that", sets([10, 10, 8], 62.5)),
    ],
)
def test_remarks_around_the_sets_say_nothing_about_them(text, expected):
    assert story(text) == (Part(None, expected),)


@pytest.mark.parametrize(
    "text",
    [
        "60kg 12 12 10 then 8",  # a fourth set, or a remark? Not guessed
        "12 12, last one 8",
        "60kg 12 12 felt heavy 10",
        "my knee hurts on the 2nd set",
        "can I do 3x10 at 40 instead",
        "I want to train 4 days a week",
        "did squats, then lunges 3x10",  # squats named with no numbers
        "squats and lunges 3x10",  # whose sets?
        "ok so today was rough",
        "felt easy, 12s across at 50 and 3 sets of 20 kg",  # no reps for the second
    ],
)
def test_anything_else_is_refused_not_guessed(text):
    with pytest.raises(LogParseError):
        story(text)


def test_reps_across_with_no_plan_are_not_counted():
    with pytest.raises(LogParseError):
        story("felt easy, 12s across at 50", planned=None)


def test_another_exercise_never_takes_this_ones_plan():
    """ "12s across" about the lunges: the plan is the squat's, so nothing is counted."""
    with pytest.raises(LogParseError):
        story("squats 3x10 at 40, then the lunges 12s across")


def test_and_before_the_next_exercise_starts_its_part():
    """Was refused: "and abduction" named a second exercise in the squats' clause."""
    told = story("did squats at 20kg for 10 10 8 and lunges 12 12 12 with 10 kg")
    assert told == (Part(None, sets([10, 10, 8], 20.0)), Part("lunge", sets([12, 12, 12], 10.0)))
    told = story("I did the deadlifts with 30kg and got 10 10 and 8", current="lunge")
    assert told == (Part("deadlift", sets([10, 10, 8], 30.0)),)


def test_an_exercise_named_without_numbers_after_the_sets_is_left_untold():
    """ "..., then some lunges" refused the whole story; said after another's sets it is
    plainly untold: the story is read without it, and untold_in names it to ask for."""
    text = "did the deadlifts with 30kg and got 10 10 and 8, then some lunges"
    assert story(text, current="hip_thrust") == (Part("deadlift", sets([10, 10, 8], 30.0)),)
    assert untold_in(text, NAMES.get, {"deadlift"}) == ["lunge"]


def test_untold_in_names_what_a_remark_cut_off():
    assert untold_in("did squats 40kg 10 10 10 and some lunges", NAMES.get, {"squat"}) == ["lunge"]
    assert untold_in("squats 3x10 at 40", NAMES.get, {"squat"}) == []


@pytest.mark.parametrize(
    "text",
    ["did deadlifts, then lunges 3x10",  # named first: its numbers may be the lunges'
     "deadlifts 3x10 at 40, lunges and hip thrusts 3x12"],  # the lunges' may be "3x12"
)  # fmt: skip
def test_an_exercise_without_numbers_where_they_may_be_its_is_still_refused(text):
    with pytest.raises(LogParseError):
        story(text)
