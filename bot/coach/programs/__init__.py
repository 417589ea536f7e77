"""Training programs per goal and place, and the workout they give on a given day.

Everything here is a pure function of the program book, the profile and a date:
- sessions rotate A, B, C… by `session_index`, the number of the person's training days
  from `started_on` up to the day, so a missed week or a late reply never shifts the plan;
- programs with emphases (compete) rotate heavy / medium / light the same way, so each
  exercise meets every rep range over a few weeks;
- steps change sets or reps from a given week: tone goes from 3 to 4 sets in week 4, band
  work climbs 20 -> 25 -> 30 reps.
Weeks count from the Monday of the week holding `started_on` (that week is week 1), so one
Monday-to-Sunday plan always has one week number. Until the person first trains, the start
follows their first workout (`start_moved_to`; the service layer decides and stores it), so
idle weeks after the setup don't use up week 1 or session A. Loads are the progression
module's job.

Modules: `book` (programs as data), `calendar` (which workout falls on which day),
`experience` (how experience changes a session). The
programs themselves are written in content/programs.yaml and loaded by bot.content.
"""

from bot.coach.programs.book import (
    EXTRA_LABEL,
    MAX_REPS,
    MAX_SETS,
    Emphasis,
    PlannedExercise,
    Program,
    ProgramBook,
    Session,
    Slot,
    Step,
    Workout,
)
from bot.coach.programs.calendar import (
    LONG_GAP_WEEKS,
    first_training_day,
    left_out,
    next_workout,
    session_index,
    silent_weeks,
    start_moved_to,
    week_number,
    week_plan,
    weeks_to_leave_out,
    workout_for,
)
from bot.coach.programs.experience import Adaptation, adapt, adaptation

__all__ = [
    "EXTRA_LABEL",
    "LONG_GAP_WEEKS",
    "MAX_REPS",
    "MAX_SETS",
    "Adaptation",
    "Emphasis",
    "PlannedExercise",
    "Program",
    "ProgramBook",
    "Session",
    "Slot",
    "Step",
    "Workout",
    "adapt",
    "adaptation",
    "first_training_day",
    "left_out",
    "next_workout",
    "session_index",
    "silent_weeks",
    "start_moved_to",
    "week_number",
    "week_plan",
    "weeks_to_leave_out",
    "workout_for",
]
