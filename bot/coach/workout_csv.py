"""Training logs as CSV files other apps read and write: Strong's format (one row per set),
which Hevy, Liftosaur and spreadsheets import, and Hevy's own export.

Pure text in, text out: no files, no database. Reading never guesses: a file whose header is
neither format, a number that isn't one or a load out of range refuses the whole file with
the line it happened on, so an import changes nothing unless every row was understood.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from bot.coach.profile import Unit
from bot.coach.setlog import MAX_LOAD

# Strong's export header (its versions with a weight unit column, comma-separated).
STRONG_COLUMNS = (
    "Date",
    "Workout Name",
    "Duration",
    "Exercise Name",
    "Set Order",
    "Weight",
    "Weight Unit",
    "Reps",
    "RPE",
    "Distance",
    "Distance Unit",
    "Seconds",
    "Notes",
    "Workout Notes",
)
STRONG_NEEDS = {"Date", "Exercise Name", "Set Order", "Weight", "Reps"}
HEVY_NEEDS = {"start_time", "exercise_title", "set_index", "reps"}
HEVY_WEIGHTS = {"weight_kg": Unit.KG, "weight_lbs": Unit.LB, "weight_lb": Unit.LB}
MAX_ROWS = 20_000
MAX_REPS = 200
_UNITS = {"kg": Unit.KG, "kgs": Unit.KG, "lb": Unit.LB, "lbs": Unit.LB}
_DATE_FORMATS = ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%d", "%d %b %Y, %H:%M")


@dataclass(frozen=True)
class CsvSet:
    """One set as a file has it; `exercise` is the file's name for the exercise."""

    day: date
    exercise: str
    reps: int
    load: float | None
    unit: Unit | None  # None without a load, or when the file doesn't say (the importer's)
    note: str = ""
    workout: str = ""


@dataclass(frozen=True)
class ParsedFile:
    app: str  # "strong" or "hevy"
    sets: list[CsvSet]  # in file order
    ignored: int  # rows that are not sets with reps (warm-ups, cardio, rest timers)


@dataclass(frozen=True)
class FileProblem:
    """Why a file is refused: `code` picks the wording, `line` (1-based) where it was."""

    code: str  # format | empty | too_many_rows | bad_value
    line: int | None = None
    column: str | None = None


def _text_cell(text: str) -> str:
    """What a person typed, never read as a formula by a spreadsheet: a cell starting with
    = + - @ (or a tab or carriage return) gets a leading apostrophe, as OWASP advises."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def write_strong(sets: Iterable[CsvSet]) -> str:
    """Strong's CSV: header, then one row per set, numbered within each exercise of a day."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(STRONG_COLUMNS)
    numbers: dict[tuple[date, str], int] = {}
    for s in sets:
        key = (s.day, s.exercise)
        numbers[key] = numbers.get(key, 0) + 1
        load = "" if s.load is None else f"{s.load:g}"
        unit = s.unit.value if s.unit is not None else ""
        row = {
            "Date": f"{s.day.isoformat()} 00:00:00",
            "Workout Name": s.workout,
            "Exercise Name": s.exercise,
            "Set Order": str(numbers[key]),
            "Weight": load,
            "Weight Unit": unit,
            "Reps": str(s.reps),
            "Notes": _text_cell(s.note),
        }
        writer.writerow([row.get(c, "") for c in STRONG_COLUMNS])
    return buf.getvalue()


def parse_workout_csv(text: str) -> ParsedFile | FileProblem:
    """A Strong or Hevy export. Strong files without a unit column give loads unit None."""
    lines = text.splitlines()
    if not lines or not lines[0].strip():
        return FileProblem("empty")
    delimiter = ";" if lines[0].count(";") > lines[0].count(",") else ","
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = {(h or "").strip() for h in reader.fieldnames or []}
    if header >= STRONG_NEEDS:
        return _read(reader, "strong", _strong_row)
    if header >= HEVY_NEEDS and header & HEVY_WEIGHTS.keys():
        return _read(reader, "hevy", _hevy_row)
    return FileProblem("format")


class _Bad(Exception):
    def __init__(self, column: str) -> None:
        self.column = column


def _read(
    reader: csv.DictReader[str], app: str, read_row: Callable[[Mapping[str, str]], CsvSet | None]
) -> ParsedFile | FileProblem:
    sets: list[CsvSet] = []
    ignored = 0
    for index, raw in enumerate(reader):
        line = index + 2  # the header is line 1
        if index >= MAX_ROWS:
            return FileProblem("too_many_rows")
        row = {(k or "").strip(): (v or "").strip() for k, v in raw.items() if k is not None}
        try:
            found = read_row(row)
        except _Bad as bad:
            return FileProblem("bad_value", line, bad.column)
        if found is None:
            ignored += 1
        else:
            sets.append(found)
    if not sets:
        return FileProblem("empty")
    return ParsedFile(app, sets, ignored)


def _strong_row(row: Mapping[str, str]) -> CsvSet | None:
    order = row.get("Set Order", "")
    if not order.isdigit():  # "Rest Timer", "Note" and warm-up ("W") rows
        return None
    reps = _int(row, "Reps")
    if reps is None or reps == 0:
        return None  # timed or distance sets
    unit = _unit(row, "Weight Unit") if row.get("Weight Unit") else None
    return _set(
        _day(row, "Date"),
        _name(row, "Exercise Name"),
        reps,
        _load(row, "Weight", unit),
        unit,
        row.get("Notes", ""),
        row.get("Workout Name", ""),
    )


def _hevy_row(row: Mapping[str, str]) -> CsvSet | None:
    if row.get("set_type", "normal").lower() == "warmup":
        return None
    reps = _int(row, "reps")
    if reps is None or reps == 0:
        return None
    column = next(c for c in HEVY_WEIGHTS if c in row)
    unit = HEVY_WEIGHTS[column]
    return _set(
        _day(row, "start_time"),
        _name(row, "exercise_title"),
        reps,
        _load(row, column, unit),
        unit,
        row.get("exercise_notes", ""),
        row.get("title", ""),
    )


def _set(
    day: date, name: str, reps: int, load: float | None, unit: Unit | None, note: str, workout: str
) -> CsvSet:
    if load is None or load == 0:
        return CsvSet(day, name, reps, None, None, note, workout)
    return CsvSet(day, name, reps, load, unit, note, workout)


def _name(row: Mapping[str, str], column: str) -> str:
    name = row.get(column, "")
    if not name or len(name) > 100:
        raise _Bad(column)
    return name


def _day(row: Mapping[str, str], column: str) -> date:
    value = row.get(column, "")
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    raise _Bad(column)


def _int(row: Mapping[str, str], column: str) -> int | None:
    value = row.get(column, "")
    if value == "":
        return None
    try:
        number = float(value)
    except ValueError:
        raise _Bad(column) from None
    if number != int(number) or not 0 <= number <= MAX_REPS:
        raise _Bad(column)
    return int(number)


def _load(row: Mapping[str, str], column: str, unit: Unit | None) -> float | None:
    value = row.get(column, "").replace(",", ".")
    if value == "":
        return None
    if not re.fullmatch(r"\d+(\.\d+)?", value):
        raise _Bad(column)
    load = float(value)
    if load > MAX_LOAD[unit or Unit.LB]:  # unit unknown: the larger limit
        raise _Bad(column)
    return load


def _unit(row: Mapping[str, str], column: str) -> Unit:
    unit = _UNITS.get(row.get(column, "").lower())
    if unit is None:
        raise _Bad(column)
    return unit


def names_in(sets: Sequence[CsvSet]) -> list[str]:
    """The file's exercise names, first seen first."""
    return list(dict.fromkeys(s.exercise for s in sets))
