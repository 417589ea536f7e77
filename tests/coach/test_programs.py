"""Programs per goal and place: content checks on content/programs.yaml, and the rotation and
progression calendar. The loader's validation is tested in tests/content/test_programs.py."""

from __future__ import annotations

import itertools
from datetime import date, time, timedelta
from pathlib import Path

import pytest
import yaml

from bot.coach.knowledge import Content
from bot.coach.profile import Experience, Goal, Place, Profile, Unit
from bot.coach.programs import (
    ProgramBook,
    Workout,
    next_workout,
    session_index,
    week_number,
    week_plan,
    workout_for,
)
from bot.content import DEFAULT_CONTENT_DIR, load_content, load_goals

CONTENT = Path(__file__).resolve().parents[2] / "content"

# The exercise ids the exercise cards use.
EXERCISE_IDS = {
    "hip_thrust", "band_hip_thrust", "single_leg_hip_thrust", "barbell_glute_bridge", "bridge",
    "squat", "lunge", "walking_lunge", "bulgarian_split_squat", "skater_lunge",
    "single_leg_squat", "back_extension", "american_deadlift", "deadlift", "stiff_leg_deadlift",
    "good_morning", "nordic_ham_curl", "glute_ham_raise", "lying_leg_curl", "seated_leg_curl",
    "standing_leg_curl", "hamstring_ball_curl", "monster_walk", "sumo_walk",
    "seated_hip_abduction", "superman", "leg_extension", "leg_press",
}  # fmt: skip
HIP_THRUSTS = {"hip_thrust", "band_hip_thrust", "single_leg_hip_thrust"}
KNEE_FLEXION = {
    "nordic_ham_curl", "glute_ham_raise", "lying_leg_curl", "seated_leg_curl",
    "standing_leg_curl", "hamstring_ball_curl",
}  # fmt: skip
HIP_EXTENSION = {
    "hip_thrust", "band_hip_thrust", "single_leg_hip_thrust", "barbell_glute_bridge", "bridge",
    "back_extension", "american_deadlift", "deadlift", "stiff_leg_deadlift", "good_morning",
}  # fmt: skip
BAND_WORK = {"band_hip_thrust", "monster_walk", "sumo_walk", "seated_hip_abduction"}
LEG_ISOLATION = {
    "leg_extension", "leg_press", "lying_leg_curl", "seated_leg_curl", "standing_leg_curl",
    "glute_ham_raise", "hamstring_ball_curl",
}  # fmt: skip
# What needs kit the place does not have: barbells, machines, benches (bodyweight: also
# bands and a ball).
GYM_ONLY = {
    "hip_thrust", "barbell_glute_bridge", "squat", "lunge", "back_extension",
    "american_deadlift", "deadlift", "stiff_leg_deadlift", "good_morning", "glute_ham_raise",
    "lying_leg_curl", "seated_leg_curl", "standing_leg_curl", "leg_extension", "leg_press",
}  # fmt: skip
NEEDS_BAND_OR_BALL = BAND_WORK | {"hamstring_ball_curl"}

START = date(2026, 1, 5)  # a Monday
ALL_COMBOS = [(g, p) for g in Goal for p in Place]
GOALS = load_goals(DEFAULT_CONTENT_DIR / "goals.yaml")


@pytest.fixture(scope="module")
def content() -> Content:
    return load_content()


@pytest.fixture(scope="module")
def book(content: Content) -> ProgramBook:
    return content.programs


def profile(
    goal: Goal,
    place: Place = Place.GYM,
    days: tuple[int, ...] | None = None,
    started_on: date | None = START,
) -> Profile:
    return Profile(
        goal=goal,
        experience=Experience.SOME,
        place=place,
        days=GOALS[goal].suggested_days if days is None else days,
        push_time=time(18, 30),
        tz="Europe/Berlin",
        unit=Unit.KG,
        started_on=started_on,
    )


def weeks(book: ProgramBook, person: Profile, count: int, first: date = START) -> list[Workout]:
    return [w for i in range(count) for w in week_plan(book, person, first + timedelta(weeks=i))]


def ids(workout: Workout) -> set[str]:
    return {e.exercise_id for e in workout.exercises}


def in_range(low: int, high: int, range_low: int, range_high: int) -> bool:
    return range_low <= low and high <= range_high


# --- the book -----------------------------------------------------------------------------------


def test_one_program_per_goal_and_place(book: ProgramBook) -> None:
    assert len(book.programs) == len(ALL_COMBOS)
    for goal, place in ALL_COMBOS:
        program = book.program_for(goal, place)
        assert (program.goal, program.place) == (goal, place)
        assert program.id == f"{goal}_{place}"
        assert program.why and "\n" not in program.why and len(program.why) <= 160
        assert program.sources and set(program.sources) <= {"000", "001", "002"}
    assert book.program_for("tone", "gym") is book.program_for(Goal.TONE, Place.GYM)


def test_program_for_unknown_raises(book: ProgramBook) -> None:
    with pytest.raises(LookupError):
        book.program_for("sumo", "gym")


def test_only_known_exercise_ids(book: ProgramBook, content: Content) -> None:
    assert set(content.exercises) == EXERCISE_IDS
    assert book.exercise_ids() <= EXERCISE_IDS
    assert all(Place.GYM in x.places for x in content.exercises.values())


def test_note_keys_have_text(book: ProgramBook) -> None:
    used = {
        slot.note_key
        for p in book.programs
        for s in p.sessions
        for slot in s.slots
        if slot.note_key
    }
    assert used <= set(book.notes)
    assert {"eccentric", "constant_tension"} <= used
    assert all(book.note(key) for key in used)


def test_sources_exist_in_sources_yaml(book: ProgramBook) -> None:
    sources_file = CONTENT / "sources.yaml"
    known = {str(entry["id"]) for entry in yaml.safe_load(sources_file.read_text())}
    assert {s for p in book.programs for s in p.sources} <= known


def test_programs_agree_with_the_exercise_cards(book: ProgramBook) -> None:
    cards_file = CONTENT / "exercises.yaml"
    places = {card["id"]: card["places"] for card in yaml.safe_load(cards_file.read_text())}
    for program in book.programs:
        for session in program.sessions:
            for slot in session.slots:
                assert program.place in places[slot.exercise_id], (program.id, slot.exercise_id)


# --- every goal at every place ------------------------------------------------------------------


@pytest.mark.parametrize(("goal", "place"), ALL_COMBOS)
def test_workouts_use_only_what_the_place_has(
    book: ProgramBook, content: Content, goal: Goal, place: Place
) -> None:
    plan = weeks(book, profile(goal, place), 8)
    assert plan
    used = set().union(*(ids(w) for w in plan))
    assert all(place in content.exercises[e].places for e in used)
    if place is not Place.GYM:
        assert not used & GYM_ONLY
    if place is Place.BODYWEIGHT:
        assert not used & NEEDS_BAND_OR_BALL
    for workout in plan:
        assert workout.program_id == f"{goal}_{place}"
        for e in workout.exercises:
            assert 1 <= e.sets <= 10 and 1 <= e.rep_low <= e.rep_high and e.rest_seconds > 0


@pytest.mark.parametrize(("goal", "place"), ALL_COMBOS)
def test_every_goal_trains_the_glutes_every_session(
    book: ProgramBook, goal: Goal, place: Place
) -> None:
    for workout in weeks(book, profile(goal, place), 2):
        assert ids(workout) & (HIP_EXTENSION | {"walking_lunge", "skater_lunge", "squat"})


# --- tone ---------------------------------------------------------------------------------------


def test_tone_gym_is_article_001(book: ProgramBook) -> None:
    person = profile(Goal.TONE)
    assert person.days == (0, 3)
    plan = weeks(book, person, 6)
    assert [w.day.weekday() for w in plan[:2]] == [0, 3]
    for workout in plan:
        assert ids(workout) == {"stiff_leg_deadlift", "lying_leg_curl", "squat", "lunge"}
        sets = 3 if workout.week_number < 4 else 4
        for e in workout.exercises:
            assert (e.sets, e.rep_low, e.rep_high, e.rest_seconds) == (sets, 8, 12, 60)


def test_tone_switches_to_four_sets_in_week_4(book: ProgramBook) -> None:
    person = profile(Goal.TONE)
    last_of_week_3 = workout_for(book, person, START + timedelta(weeks=2, days=3))
    first_of_week_4 = workout_for(book, person, START + timedelta(weeks=3))
    assert last_of_week_3 is not None and first_of_week_4 is not None
    assert (last_of_week_3.week_number, first_of_week_4.week_number) == (3, 4)
    assert {e.sets for e in last_of_week_3.exercises} == {3}
    assert {e.sets for e in first_of_week_4.exercises} == {4}


def test_tone_home_and_bodyweight_are_article_002(book: ProgramBook) -> None:
    home = weeks(book, profile(Goal.TONE, Place.HOME), 5)
    bodyweight = weeks(book, profile(Goal.TONE, Place.BODYWEIGHT), 5)
    article_002 = {"skater_lunge", "walking_lunge", "single_leg_squat", "superman", "bridge"}
    for workout in home:
        # The stiff-leg deadlift needs weights the home doesn't have; the home has bands,
        # so a band finisher (article 000: sets of 30 with bands) ends each session.
        band = ids(workout) & BAND_WORK
        assert len(band) == 1
        assert ids(workout) == article_002 | {"hamstring_ball_curl"} | band
        assert workout.exercises[-1].exercise_id in band
        assert (workout.exercises[-1].rep_low, workout.exercises[-1].rep_high) == (20, 30)
    assert {e for w in home for e in ids(w)} & BAND_WORK == {"band_hip_thrust", "monster_walk"}
    for workout in bodyweight:
        assert ids(workout) == article_002  # and no ball for the ball curl
    for workout in home + bodyweight:
        moves = [e for e in workout.exercises if e.exercise_id not in BAND_WORK]
        assert {(e.sets, e.rep_low, e.rep_high) for e in moves} == {(3, 20, 20)}


# --- bikini -------------------------------------------------------------------------------------


@pytest.mark.parametrize("place", list(Place))
def test_bikini_hip_thrusts_several_times_a_week(book: ProgramBook, place: Place) -> None:
    for i in range(4):
        week = week_plan(book, profile(Goal.BIKINI, place), START + timedelta(weeks=i))
        assert len(week) == 3
        assert sum(bool(ids(w) & HIP_THRUSTS) for w in week) >= 2


@pytest.mark.parametrize("place", [Place.GYM, Place.HOME])
def test_bikini_band_work_climbs_to_30(book: ProgramBook, place: Place) -> None:
    person = profile(Goal.BIKINI, place)

    def band_tops(week: int) -> set[int]:
        plan = week_plan(book, person, START + timedelta(weeks=week - 1))
        return {e.rep_high for w in plan for e in w.exercises if e.exercise_id in BAND_WORK}

    assert band_tops(1) == band_tops(2) == {20}
    assert band_tops(3) == band_tops(4) == {25}
    assert band_tops(5) == band_tops(12) == {30}


@pytest.mark.parametrize("place", list(Place))
def test_bikini_puts_glutes_before_hamstrings(book: ProgramBook, place: Place) -> None:
    plan = weeks(book, profile(Goal.BIKINI, place), 2)
    exercises = [e.exercise_id for w in plan for e in w.exercises]
    hamstring = sum(e in KNEE_FLEXION for e in exercises)
    assert hamstring <= len(plan) // 3
    assert sum(e in HIP_THRUSTS for e in exercises) > hamstring


# --- glutes only --------------------------------------------------------------------------------


@pytest.mark.parametrize("place", list(Place))
def test_glutes_only_skips_leg_isolation(book: ProgramBook, place: Place) -> None:
    plan = weeks(book, profile(Goal.GLUTES_ONLY, place), 6)
    for workout in plan:
        assert not ids(workout) & LEG_ISOLATION
    assert sum(bool(ids(w) & HIP_THRUSTS) for w in plan[:3]) >= 2


def test_glutes_only_gym_has_the_glute_staples(book: ProgramBook) -> None:
    used = set().union(*(ids(w) for w in weeks(book, profile(Goal.GLUTES_ONLY), 1)))
    assert {"hip_thrust", "back_extension", "american_deadlift"} <= used
    assert used & {"squat", "lunge", "walking_lunge"}


# --- compete ------------------------------------------------------------------------------------


@pytest.mark.parametrize("place", list(Place))
@pytest.mark.parametrize("week", [1, 2, 3, 7])
def test_compete_week_covers_both_patterns_and_the_full_rep_range(
    book: ProgramBook, place: Place, week: int
) -> None:
    plan = week_plan(book, profile(Goal.COMPETE, place), START + timedelta(weeks=week - 1))
    assert len(plan) == 4
    exercises = [e for w in plan for e in w.exercises]
    used = {e.exercise_id for e in exercises}
    assert used & HIP_EXTENSION and used & KNEE_FLEXION
    ranges = [(e.rep_low, e.rep_high) for e in exercises]
    assert any(in_range(*r, 3, 8) for r in ranges)
    assert any(in_range(*r, 8, 12) for r in ranges)
    assert any(in_range(*r, 12, 20) for r in ranges)


@pytest.mark.parametrize("place", list(Place))
def test_compete_nordics_are_low_rep_and_eccentric(book: ProgramBook, place: Place) -> None:
    for workout in weeks(book, profile(Goal.COMPETE, place), 2):
        for e in workout.exercises:
            if e.exercise_id in {"nordic_ham_curl", "glute_ham_raise"}:
                assert e.rep_high <= 8 and e.note_key == "eccentric"
            if e.exercise_id in {"lying_leg_curl", "seated_leg_curl", "standing_leg_curl"}:
                assert e.rep_low >= 12 and e.note_key == "constant_tension"


def test_compete_gym_has_variety_and_band_sets_of_30(book: ProgramBook) -> None:
    plan = weeks(book, profile(Goal.COMPETE), 1)
    used = set().union(*(ids(w) for w in plan))
    assert {"nordic_ham_curl", "glute_ham_raise"} <= used
    assert len(used & {"lying_leg_curl", "seated_leg_curl", "standing_leg_curl"}) >= 2
    assert len(used) >= 15
    bands = [e for w in plan for e in w.exercises if e.exercise_id in BAND_WORK]
    assert bands and all(e.rep_high == 30 for e in bands)


def test_compete_rotates_rep_emphasis(book: ProgramBook) -> None:
    person = profile(Goal.COMPETE)
    hip_thrusts = [
        e for w in weeks(book, person, 3) for e in w.exercises if e.exercise_id == "hip_thrust"
    ]
    assert [(e.rep_low, e.rep_high) for e in hip_thrusts] == [(3, 8), (8, 12), (12, 20)]
    heavy, _, light = hip_thrusts
    assert heavy.rest_seconds > light.rest_seconds


# --- the calendar -------------------------------------------------------------------------------


def test_sessions_rotate(book: ProgramBook) -> None:
    assert [w.session_label for w in weeks(book, profile(Goal.TONE), 2)] == list("ABAB")
    assert [w.session_label for w in weeks(book, profile(Goal.BIKINI), 2)] == list("ABCABC")
    assert [w.session_label for w in weeks(book, profile(Goal.COMPETE), 2)] == list("ABCDABCD")
    # A count of days that doesn't divide the sessions still walks through all of them.
    two_days = profile(Goal.BIKINI, days=(1, 4))
    assert [w.session_label for w in weeks(book, two_days, 3)] == list("ABCABC")


def test_consecutive_sessions_differ(book: ProgramBook) -> None:
    for goal, place in ALL_COMBOS:
        plan = weeks(book, profile(goal, place), 2)
        for a, b in itertools.pairwise(plan):
            assert a.exercises != b.exercises, (goal, place, a.day)


def test_session_index_counts_training_days_from_the_start() -> None:
    person = profile(Goal.TONE, days=(0, 3), started_on=date(2026, 1, 7))  # a Wednesday
    assert session_index(person, date(2026, 1, 7)) == 0
    assert session_index(person, date(2026, 1, 8)) == 0  # first Thursday: first session
    assert session_index(person, date(2026, 1, 12)) == 1
    assert session_index(person, date(2026, 1, 15)) == 2
    assert session_index(person, date(2026, 1, 1)) == 0  # before the start
    assert session_index(person, date(2027, 1, 7)) == 104  # 52 weeks on, that Thursday
    assert session_index(person, date(2027, 1, 8)) == 105


@pytest.mark.parametrize("days", [(0,), (0, 3), (1, 3, 5), (0, 1, 3, 4), tuple(range(7))])
@pytest.mark.parametrize("start", [date(2026, 1, 5), date(2026, 1, 10)])  # Monday, Saturday
def test_session_index_matches_a_plain_count(days: tuple[int, ...], start: date) -> None:
    person = profile(Goal.TONE, days=days, started_on=start)
    count = 0
    for offset in range(400):
        day = start + timedelta(days=offset)
        assert session_index(person, day) == count
        count += day.weekday() in days


def test_a_missed_week_does_not_shift_the_plan(book: ProgramBook) -> None:
    person = profile(Goal.BIKINI)
    # The plan for a day depends only on the calendar, not on what was done before.
    day = START + timedelta(weeks=5, days=2)
    assert workout_for(book, person, day) == workout_for(book, person, day)
    assert workout_for(book, person, day).session_label == "B"  # Mon A, Wed B, Fri C


def test_week_numbers_count_from_the_starting_monday() -> None:
    person = profile(Goal.TONE, started_on=date(2026, 1, 8))  # Thursday
    assert week_number(person, date(2026, 1, 8)) == 1
    assert week_number(person, date(2026, 1, 11)) == 1  # Sunday
    assert week_number(person, date(2026, 1, 12)) == 2
    assert week_number(person, date(2026, 1, 29)) == 4


def test_rest_days_and_days_before_the_start_have_no_workout(book: ProgramBook) -> None:
    person = profile(Goal.TONE)
    assert workout_for(book, person, START + timedelta(days=1)) is None  # Tuesday
    assert workout_for(book, person, START - timedelta(days=7)) is None  # a Monday before


def test_week_plan_across_the_year_end(book: ProgramBook) -> None:
    person = profile(Goal.COMPETE, started_on=date(2026, 12, 10))  # Thursday
    plan = week_plan(book, person, date(2026, 12, 28))
    assert [w.day for w in plan] == [
        date(2026, 12, 28),
        date(2026, 12, 29),
        date(2026, 12, 31),
        date(2027, 1, 1),
    ]
    assert {w.week_number for w in plan} == {4}
    # Sessions since Dec 10: Thu, Fri, then three 4-day weeks = 14; 14 % 4 = 2 -> C.
    assert [w.session_label for w in plan] == list("CDAB")
    after = week_plan(book, person, date(2027, 1, 4))
    assert after[0].session_label == "C" and after[0].week_number == 5
    assert week_plan(book, person, date(2026, 12, 31)) == plan  # any day names its week


def test_next_workout(book: ProgramBook) -> None:
    person = profile(Goal.TONE)  # Mon, Thu from Mon 2026-01-05
    assert next_workout(book, person, date(2026, 1, 5)).day == date(2026, 1, 5)
    assert next_workout(book, person, date(2026, 1, 6)).day == date(2026, 1, 8)
    assert next_workout(book, person, date(2026, 1, 9)).day == date(2026, 1, 12)
    assert next_workout(book, person, date(2025, 12, 1)).day == START
    year_end = next_workout(book, person, date(2026, 12, 29))
    assert year_end.day == date(2026, 12, 31)


def test_a_profile_without_a_start_date_is_refused(book: ProgramBook) -> None:
    with pytest.raises(ValueError, match="started_on"):
        workout_for(book, profile(Goal.TONE, started_on=None), START)


def test_a_profile_without_days_has_no_next_workout(book: ProgramBook) -> None:
    with pytest.raises(ValueError):
        next_workout(book, profile(Goal.TONE, days=()), START)


def test_a_step_keeps_the_sessions_own_range_beside_the_stepped_one(book: ProgramBook) -> None:
    """Band sets climb to 30 reps by steps; the session's own range stays known (a band
    move done on its loaded machine keeps it)."""
    bikini = book.program_for(Goal.BIKINI, Place.GYM)
    abduction = [
        next(p for p in bikini.plan(2, week) if p.exercise_id == "seated_hip_abduction")
        for week in (1, 3, 5)
    ]
    assert [(p.rep_low, p.rep_high, p.own_reps) for p in abduction] == [
        (15, 20, None),
        (20, 25, (15, 20)),
        (25, 30, (15, 20)),
    ]
