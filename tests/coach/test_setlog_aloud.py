"""Sets typed as people type them, said aloud to a phone or in a hurry (bot/coach/setlog.py
and setlog_text.py): each form here was misread or unread before."""

import pytest

from bot.coach.setlog import LogParseError
from tests.coach.test_setlog import KG, LB, parse, sets


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ok so i did the hip thrust with 20 kilos and got 12 then 10 then 8",
            sets([12, 10, 8], 20.0, KG),
        ),
        ("hip thrust with 60 kilos, got 12, 10 and 8", sets([12, 10, 8], 60.0, KG)),
        ("did hip thrust at 60kg and got 12 10 8", sets([12, 10, 8], 60.0, KG)),
        ("ok so 60kg and i got 12 10 8", sets([12, 10, 8], 60.0, KG)),
        ("60kg, did 10 10 8", sets([10, 10, 8], 60.0, KG)),
        ("135 lbs and 10 10 8", sets([10, 10, 8], 135.0, LB)),
    ],
)
def test_a_load_then_its_reps_said_aloud(text, expected):
    """Said as to a voice assistant, the words between the load and the reps ("and got")
    were "I couldn't read that (at "and")"."""
    assert list(parse(text).sets) == expected


@pytest.mark.parametrize(
    ("text", "reps"),
    [
        ("did 10 10 then failed at 7", [10, 10, 7]),
        ("12 12 and only got 9", [12, 12, 9]),
        ("10, 10, failed on 6", [10, 10, 6]),
        ("12 12 but only managed 8 reps", [12, 12, 8]),
    ],
)
def test_a_failed_set_is_the_reps_it_got_to(text, reps):
    """ "then failed at 7" was "I couldn't read that (at "then")"."""
    assert list(parse(text).sets) == sets(reps, 60.0, KG)


@pytest.mark.parametrize("text", ["10 10 then failed at 60kg", "12 12 10, failed the last rep"])
def test_a_failure_with_no_reps_is_no_set(text):
    """(the remark after the sets is kept by the logbook, read without it)"""
    with pytest.raises(LogParseError) as err:
        parse(text)
    assert err.value.code == "syntax"


@pytest.mark.parametrize(
    ("text", "reps"),
    [
        ("60kg x12 x12 x10", [12, 12, 10]),  # was unread
        ("60kg x 10 x 3", [10, 10, 10]),  # a load, reps and sets: never sets of 10 and 3
        ("all sets 10", [10, 10, 10]),  # was unread
        ("every set was 12 reps", [12, 12, 12]),
        ("12 reps each set", [12, 12, 12]),  # was one set of 12, "set" a remark
        ("all 3 sets 10", [10, 10, 10]),
        ("10 per leg 3 sets", [10, 10, 10]),  # was "I found a load but no reps"
        ("12 each side, 3 sets", [12, 12, 12]),
        ("3 sets x 12 reps x 60 kg", [12, 12, 12]),  # was unread
    ],
)
def test_sets_said_as_people_type_them(text, reps):
    assert list(parse(text).sets) == sets(reps, 60.0, KG)


@pytest.mark.parametrize(
    "text", ["didn't do it", "didnt do it today", "I didn’t do this one", "did not do it"]
)
def test_didnt_do_it_is_a_skip(text):
    """It was a remark noted, the exercise still asked."""
    assert parse(text).action == "skip"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("10x3 60kg", sets([10, 10, 10], 60.0, KG)),  # was 10 sets of 3
        ("60kg 10x3", sets([10, 10, 10], 60.0, KG)),
        ("12x3", sets([12, 12, 12], 60.0, KG)),  # was one set of 3 at 12 kg
        ("10x3x60", sets([10, 10, 10], 60.0, KG)),
        ("3x10", sets([10, 10, 10], 60.0, KG)),
        ("5x5", sets([5] * 5, 60.0, KG)),  # 5 reps is out of the 8-12 range: 5 sets
        ("60x10x3", sets([10, 10, 10], 60.0, KG)),
    ],
)
def test_reps_by_sets_when_they_fit_the_target(text, expected):
    assert list(parse(text).sets) == expected


@pytest.mark.parametrize(
    ("text", "reps", "load"),
    [
        ("3 sets 12 12 10 60kg", [12, 12, 10], 60.0),  # was 3, 12, 12, 10
        ("3 sets: 12, 12, 10 @ 60kg", [12, 12, 10], 60.0),
        ("sets: 12 12 10 weight: 60kg", [12, 12, 10], 60.0),  # was unread
        ("Reps: 12, 12, 10. Weight: 60 kg", [12, 12, 10], 60.0),
        ("sets 3 reps 12 weight 60", [12, 12, 12], 60.0),
        ("12 12 12 no weight", [12, 12, 12], None),  # was 60 kg, "no weight" a remark
        ("no weight 12 12 12", [12, 12, 12], None),  # was an unknown exercise
        ("3x12 bodyweight only", [12, 12, 12], None),  # "only" was a remark
        ("3 sets 12 reps", [12, 12, 12], 60.0),
        ("body weight 3x20", [20, 20, 20], None),
    ],
)
def test_a_set_count_labels_or_no_weight_beside_the_sets(text, reps, load):
    assert list(parse(text).sets) == sets(reps, load, KG)


def test_a_count_that_isnt_the_reps_typed_is_not_guessed():
    with pytest.raises(LogParseError):
        parse("2 sets 12 12 10")
