"""Strong and Hevy CSV files: written and read without a database."""

import csv
import io
from datetime import date

from bot.coach.profile import Unit
from bot.coach.workout_csv import (
    STRONG_COLUMNS,
    CsvSet,
    FileProblem,
    ParsedFile,
    parse_workout_csv,
    write_strong,
)

D = date(2026, 11, 2)
HEVY = (
    "title,start_time,end_time,description,exercise_title,superset_id,exercise_notes,"
    "set_index,set_type,weight_lbs,reps,distance_miles,duration_seconds,rpe\n"
    '"Glutes","2 Nov 2026, 18:30","2 Nov 2026, 19:20","","Hip Thrust (Barbell)",,"",0,warmup,'
    "95,10,,,\n"
    '"Glutes","2 Nov 2026, 18:30","2 Nov 2026, 19:20","","Hip Thrust (Barbell)",,"slow",1,'
    "normal,135,12,,,\n"
    '"Glutes","2 Nov 2026, 18:30","2 Nov 2026, 19:20","","Romanian Deadlift (Barbell)",,"",0,'
    "normal,95,10,,,\n"
    '"Glutes","2 Nov 2026, 18:30","2 Nov 2026, 19:20","","Treadmill",,"",0,normal,,,1.2,600,\n'
)


def parsed(text: str) -> ParsedFile:
    result = parse_workout_csv(text)
    assert isinstance(result, ParsedFile), result
    return result


def test_strong_round_trip_keeps_every_set():
    sets = [
        CsvSet(D, "Hip thrust", 12, 60.0, Unit.KG, 'felt "heavy", good', "Glute Coach"),
        CsvSet(D, "Hip thrust", 10, 57.5, Unit.KG, 'felt "heavy", good', "Glute Coach"),
        CsvSet(D, "Glute bridge", 20, None, None, "", "Glute Coach"),
        CsvSet(date(2026, 11, 5), "Squat", 8, 135.0, Unit.LB, "", "Glute Coach"),
    ]
    text = write_strong(sets)
    assert text.splitlines()[0] == ",".join(STRONG_COLUMNS)
    assert text.splitlines()[2].split(",")[4] == "2"  # Set Order within the exercise
    back = parsed(text)
    assert back.app == "strong" and back.sets == sets and back.ignored == 0


def test_strong_with_semicolons_decimal_commas_and_no_unit_column():
    text = (
        "Date;Workout Name;Exercise Name;Set Order;Weight;Reps;RPE;Distance;Seconds;Notes\n"
        '2026-11-02 08:00:00;"Legs";"Squat (Barbell)";1;62,5;5;;;;\n'
        '2026-11-02 08:00:00;"Legs";"Squat (Barbell)";W;20;10;;;;\n'
        '2026-11-02 08:00:00;"Legs";"Plank";1;;;;;60;\n'
    )
    result = parsed(text)
    assert result.sets == [CsvSet(D, "Squat (Barbell)", 5, 62.5, None, "", "Legs")]
    assert result.ignored == 2  # the warm-up and the timed plank


def test_hevy_warmups_and_cardio_are_left_out_and_pounds_kept():
    result = parsed(HEVY)
    assert result.app == "hevy" and result.ignored == 2
    assert result.sets == [
        CsvSet(D, "Hip Thrust (Barbell)", 12, 135.0, Unit.LB, "slow", "Glutes"),
        CsvSet(D, "Romanian Deadlift (Barbell)", 10, 95.0, Unit.LB, "", "Glutes"),
    ]


def test_bad_files_are_refused_with_where():
    assert parse_workout_csv("") == FileProblem("empty")
    assert parse_workout_csv("date,exercise,set,reps\n2026-11-02,Squat,1,5\n") == FileProblem(
        "format"
    )
    header = ",".join(STRONG_COLUMNS)
    row = "2026-11-02 00:00:00,,,Squat,{order},{weight},kg,{reps},,,,,,"
    good = row.format(order=1, weight=60, reps=5)
    for bad, column in (
        (row.format(order=2, weight="sixty", reps=5), "Weight"),
        (row.format(order=2, weight=60, reps=-1), "Reps"),
        (row.format(order=2, weight=60, reps=5.5), "Reps"),
        (row.format(order=2, weight=9000, reps=5), "Weight"),
        (good.replace("2026-11-02 00:00:00", "yesterday"), "Date"),
        (good.replace(",kg,", ",stone,"), "Weight Unit"),
    ):
        text = f"{header}\n{good}\n{bad}\n"
        assert parse_workout_csv(text) == FileProblem("bad_value", 3, column), bad
    only_warmups = f"{header}\n" + row.format(order="W", weight=20, reps=10) + "\n"
    assert parse_workout_csv(only_warmups) == FileProblem("empty")


def test_typed_notes_never_become_spreadsheet_formulas():
    notes = ['=HYPERLINK("http://x")', "+1 rep", "-2 kg next", "@coach", "fine"]
    sets = [CsvSet(D, "Hip thrust", 12, 60.0, Unit.KG, note, "Glute Coach") for note in notes]
    header, *rows = csv.reader(io.StringIO(write_strong(sets)))
    cells = [row[header.index("Notes")] for row in rows]
    assert cells == ['\'=HYPERLINK("http://x")', "'+1 rep", "'-2 kg next", "'@coach", "fine"]
