"""Set logs as QA found real people typing them: each phrasing read as they meant it, or
refused with a code the log_error template explains; never a number they didn't type."""

import pytest

from bot.coach.profile import Unit
from bot.coach.setlog import LogParseError, ParsedLog, Planned, SetEntry, parse_log

KG, LB = Unit.KG, Unit.LB
NO_LOAD_PLAN = Planned(sets=3, rep_low=8, rep_high=12, load=None, unit=KG)


def parse(text: str, planned: Planned | None = NO_LOAD_PLAN, unit: Unit = KG) -> ParsedLog:
    return parse_log(text, unit=unit, planned=planned, resolve_exercise=lambda _: None)


def sets(reps: list[int], load: float | None = None, unit: Unit | None = KG) -> list[SetEntry]:
    return [SetEntry(r, load, unit if load is not None else None) for r in reps]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "each leg" was read as 12 sets ("That's more sets than I can log at once")
        ("12 each leg x3 with 10kg", sets([12, 12, 12], 10.0)),
        ("12 reps each leg, 3 sets", sets([12, 12, 12])),
        ("10 per side x 2", sets([10, 10])),
        ("12 12 10 each leg", sets([12, 12, 10])),
        ("3 sets 12 reps 20kg each side", sets([12, 12, 12], 20.0)),
        ("20kg each side 12 12", sets([12, 12], 20.0)),  # a load per side stays a load
        ("3x10 @ 40", sets([10, 10, 10], 40.0)),
        ("40kg 10/10/8", sets([10, 10, 8], 40.0)),
        ("10, 10, 8 reps with 25 lbs", sets([10, 10, 8], 25.0, LB)),
        ("bodyweight 15 15 12", sets([15, 15, 12])),
        ("2 sets of 15 with the red band", sets([15, 15])),
        ("3 rounds of 20", sets([20, 20, 20])),  # was refused at "rounds"
        ("3 stes of 12 with 20kg", sets([12, 12, 12], 20.0)),  # slips: refused at "stes"
        ("20kh 10 10 10", sets([10, 10, 10], 20.0)),  # and at "kh"
        ("3 sets of 10 reos @ 40", sets([10, 10, 10], 40.0)),
        ("12 reps x 3 sets", sets([12, 12, 12])),
        ("x3 12 reps", sets([12, 12, 12])),  # was two sets: 3 and 12
        ("x 3 of 10 reps", sets([10, 10, 10])),
        ("12-12-10 @ 45kg", sets([12, 12, 10], 45.0)),
        (
            "45kg x 12, 50kg x 10, 50kg x 8",  # a load per set, kept per set
            [SetEntry(12, 45.0, KG), SetEntry(10, 50.0, KG), SetEntry(8, 50.0, KG)],
        ),
    ],
)
def test_sets_as_people_type_them(text, expected):
    parsed = parse(text)
    assert (parsed.action, list(parsed.sets)) == ("sets", expected)


@pytest.mark.parametrize(
    "text", ["12s across at 50", "12 across the board @ 50", "12s all sets at 50"]
)
def test_reps_across_fill_the_planned_sets(text):
    """ "12s across at 50" was refused at "across": the plan says how many sets."""
    assert list(parse(text).sets) == sets([12, 12, 12], 50.0)


def test_reps_across_with_no_plan_ask_for_the_count():
    with pytest.raises(LogParseError) as e:
        parse("12s across at 50", planned=None)
    assert e.value.code == "sets_unknown"


@pytest.mark.parametrize("text", ["same weight, 12 12 10", "12 12 10 same weight as last time"])
def test_same_weight_keeps_the_reps_and_asks_for_last_times_load(text):
    """Was an unknown exercise "same weight": the logbook fills last time's load in."""
    parsed = parse(text)
    assert parsed.same_load and list(parsed.sets) == sets([12, 12, 10])
    assert not parse("12 12 10").same_load


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("I skipped this one", "skip"),
        ("couldn't do it", "skip"),
        ("I can't do this one today", "skip"),
        ("couldn't do it, no machine", "swap"),  # was "I couldn't find your sets"
        ("no free bench", "swap"),
        ("the machine was taken", "swap"),
        ("same as last time", "same"),
    ],
)
def test_not_done_or_done_as_before_in_words(text, action):
    parsed = parse(text)
    assert (parsed.action, parsed.sets) == (action, ())


@pytest.mark.parametrize("text", ["couldn't do it, my knee hurts", "did not do it, my knee hurts"])
def test_a_reason_that_is_no_swap_is_no_action(text):
    """A knee that hurts is for the coach to hear, not a silent skip."""
    with pytest.raises(LogParseError):
        parse(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # all three were refused ("I couldn't read that (at "ten")")
        ("ten, ten and eight at 95", sets([10, 10, 8], 95.0, LB)),
        ("did 12 reps three times", sets([12, 12, 12])),
        ("10 3 times with 95lb", sets([10, 10, 10], 95.0, LB)),
    ],
)
def test_counts_in_words_and_times_are_sets(text, expected):
    assert list(parse(text, unit=LB).sets) == expected


def test_a_count_in_words_after_the_sets_stays_a_remark():
    with pytest.raises(LogParseError):
        parse("12 12 10, two more than last time")


@pytest.mark.parametrize(
    "text",
    ["same weight but 12 12 10", "12 12 10 with the same weight", "12 12 10 at the same load"],
)
def test_same_weight_said_around_the_reps(text):
    """Were an unknown exercise "but" and "I couldn't read that (at "with")"."""
    parsed = parse(text)
    assert parsed.same_load and list(parsed.sets) == sets([12, 12, 10])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # all were refused ("I couldn't read that (at "and")")
        ("2 sets of 10 and one of 8 at 95", sets([10, 10, 8], 95.0, LB)),
        ("2x10 and 1x8 at 95", sets([10, 10, 8], 95.0, LB)),
        ("3 sets of 10 then 1 set of 8", sets([10, 10, 10, 8])),
        ("2 sets of 10, one more of 8 with 95", sets([10, 10, 8], 95.0, LB)),
    ],
)
def test_groups_of_sets_joined_are_reps_set_by_set(text, expected):
    assert list(parse(text, unit=LB).sets) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # refused at "then"
        ("10 reps with 95 then 8 with 100", [SetEntry(10, 95.0, LB), SetEntry(8, 100.0, LB)]),
        ("12 at 40, 10 at 45", [SetEntry(12, 40.0, LB), SetEntry(10, 45.0, LB)]),
        ("10 reps at 45kg then 8 reps at 50kg", [SetEntry(10, 45.0, KG), SetEntry(8, 50.0, KG)]),
    ],
)
def test_a_load_for_each_set_in_words(text, expected):
    assert list(parse(text, unit=LB).sets) == expected


def test_a_load_like_count_is_no_group_of_sets():
    """ "60x10, 60x8" is two sets at 60, not sixty sets of ten."""
    assert list(parse("60x10, 60x8").sets) == sets([10, 8], 60.0)


@pytest.mark.parametrize(
    ("text", "load"),
    [
        # refused ("I couldn't read that (at "one")")
        ("10 10 8 at one thirty five", 135.0),
        ("ten ten eight at two twenty five", 225.0),
        ("3x8 at one oh five", 105.0),
        ("12 12 10 with ninety five", 95.0),
        ("3x5 at three hundred", 300.0),
    ],
)
def test_a_load_said_in_words(text, load):
    assert {s.load for s in parse(text, unit=LB).sets} == {load}


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("only managed 2 sets", 2),
        ("I only did two sets", 2),
        ("could only do 2 sets", 2),
        ("2 out of 3 sets", 2),
        ("managed the first 2 sets", 2),
        ("just 1 set today", 1),
    ],
)
def test_a_number_of_sets_alone_is_that_many_of_the_plans_sets(text, count):
    """ "only managed 2 sets" was "I couldn't read that (at "only")"."""
    plan = Planned(sets=3, rep_low=8, rep_high=12, load=20.0, unit=KG)
    assert parse(text, plan) == ParsedLog("count", tuple(sets([12] * count, 20.0)), None, text)


@pytest.mark.parametrize("text", ["2 sets of 10", "did 2 sets of 10", "12 12 10"])
def test_sets_with_their_reps_are_no_count_alone(text):
    assert parse(text).action == "sets"


@pytest.mark.parametrize("text", ["all 3 done, 20kg 12 12 10", "3 sets done: 20kg 12 12 10"])
def test_sets_said_done_then_what_they_were(text):
    """ "all 3 done, 20kg 12 12 10" was "I couldn't read that (at "all")"."""
    assert parse(text).sets == tuple(sets([12, 12, 10], 20.0))


@pytest.mark.parametrize(
    "text",
    [
        "12 12 10 w 15kg",  # "I couldn't read that (at "w")"
        "12 12 10 w/ 15kg",
        "12 12 10 w15kg",
        "12,12,10 with 15 kg",
        "12 12 10 @ 15kg",
        "w 15kg 12 12 10",
    ],
)
def test_w_for_with_is_the_load_of_the_sets(text):
    assert list(parse(text).sets) == sets([12, 12, 10], 15.0)


@pytest.mark.parametrize(
    "text", ["skiped", "skippd", "skip'd", "skip’d", "skipt", "Skiped!", "skiped this one"]
)
def test_a_skip_misspelt_is_a_skip(text):
    """ "skiped" and "skippd" were "I couldn't find your sets in that", "skip'd" a remark."""
    assert parse(text).action == "skip"


def test_a_skip_misspelt_before_a_name_skips_that_exercise():
    parsed = parse_log("skippd hip thrust", unit=KG, planned=None, resolve_exercise=lambda n: n)
    assert (parsed.action, parsed.exercise_id) == ("skip", "hip thrust")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("10 then 10 then 7", sets([10, 10, 7])),
        ("60kg 12 then 10 then 8", sets([12, 10, 8], 60.0)),
    ],
)
def test_sets_said_one_then_another(text, expected):
    """ "10 then 10 then 7", as said aloud, was "I couldn't read that (at "then")"."""
    assert list(parse(text).sets) == expected


@pytest.mark.parametrize("text", ["20kg 10 then 25kg 8", "60kg 12 12 10 then 8"])
def test_a_load_or_a_set_added_with_then_is_never_guessed(text):
    with pytest.raises(LogParseError):
        parse(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("12 12 12 ✅", sets([12, 12, 12])), ("20kg 12 12 10 done", sets([12, 12, 10], 20.0))],
)
def test_sets_ticked_done_are_those_sets(text, expected):
    """ "12 12 12 ✅" was "I couldn't read that (at "done")"."""
    assert list(parse(text).sets) == expected


@pytest.mark.parametrize(
    ("text", "reps", "load"),
    [("12 12 10 @ 45#", [12, 12, 10], 45.0), ("135# 8 8 6", [8, 8, 6], 135.0),
     ("3x10 @ 95 #", [10, 10, 10], 95.0)],
)  # fmt: skip
def test_a_pound_sign_after_a_load_is_pounds(text, reps, load):
    """ "45#" is how pounds are written on many US gym sheets; it was read as 45 kg."""
    assert list(parse(text).sets) == [SetEntry(r, load, LB) for r in reps]


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # each was refused ("I couldn't read that (at "squats")")
        ("I did 3 sets of squats at 60kg for 10 reps", "squats", sets([10, 10, 10], 60.0)),
        ("did 4 sets of hip thrusts with 80kg for 8", "hip thrusts", sets([8] * 4, 80.0)),
        ("3 sets of hip thrusts for 12 reps at 40", "hip thrusts", sets([12, 12, 12], 40.0)),
        ("squats 3 sets at 60kg for 10 reps", "squats", sets([10, 10, 10], 60.0)),
        ("squats 60 for 3x10", "squats", sets([10, 10, 10], 60.0)),
        ("squatted 60 for 3x10", "squats", sets([10, 10, 10], 60.0)),
        ("deadlifted 80 5 5 5", "deadlift", sets([5, 5, 5], 80.0)),
        ("3 sets of 12 squats at 40kg", "squats", sets([12, 12, 12], 40.0)),
        ("12 squats x3 at 40kg", "squats", sets([12, 12, 12], 40.0)),
        ("50kg hip thrusts x12 x3", "hip thrusts", sets([12, 12, 12], 50.0)),
        ("did 12, 10 and 8 on the squat with 40", "squat", sets([12, 10, 8], 40.0)),
        ("squats, 3x12, 40", "squats", sets([12, 12, 12], 40.0)),  # was 3 kg × 12, 40
    ],
)
def test_the_exercise_said_inside_the_sentence(text, name, expected):
    found = parse_log(
        text, unit=KG, planned=None, resolve_exercise=lambda said: "move" if said == name else None
    )
    assert (found.exercise_id, list(found.sets)) == ("move", expected), text
