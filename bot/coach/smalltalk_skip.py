"""Not training today, or a day missed, said (bot/coach/smalltalk.py: Intent.SKIP), on text
folded as for smalltalk_patterns: today's workout then has Skip and Move buttons."""

from __future__ import annotations

import re

from bot.coach.smalltalk_patterns import DAY as _DAY

# Not training today, or a day missed: today's workout has Skip and Move buttons.
SKIP = re.compile(
    r"^(skip|skipping)( today| todays workout| this workout| the workout| it)?$"
    r"|\b(cant|cannot|can not|wont|not going to|unable to|too tired to|no time to) "
    r"(train|work ?out|lift|make it|go to the gym|do (it|the workout|todays workout))"
    r"( today| this week| tomorrow)?$"
    r"|\b(im|am|feeling) (sick|ill|unwell|exhausted)\b(?! of| and tired)"
    r"|^(i )?(have|got|caught|ve got|have got) (a |the )?(cold|flu|fever|bug|stomach bug|covid)"
    r"( today| this week)?( (so )?(skip\w*|no (workouts?|training))( it| them)?"
    r"( today| this week)?)?$"
    r"|^(im |am |been |feeling )?(sick|ill|unwell|poorly)( again)?( today| this week| all week)?"
    r" (so )?(skip\w*|no (workouts?|training))( it| them)?( today| this week)?$"
    r"|^(im|i am) (hungover|hung over)( today)?$"
    r"|^(i )?slept (badly|terribly|really badly|so badly|awful|awfully)( last night)?$"
    r"|^(the |my )?gym (is|s) (closed|shut)( today| tonight| this week)?$"
    r"|^(i )?(dont|do not|didnt|did not) (have|get|got) (the |any |enough )?time (today|tonight"
    r"|this week|to train( today)?|for (it|the workout|my workout)( today)?)$"
    r"|\b(missed|skipped) (yesterdays?|todays?|my|a|the|last) (workout|session|training|day)"
    # "didnt do it today, too tired": today's not done, a reason after it
    r"|^(i )?(didnt|did not|couldnt|could not|wont|will not|not gonna|not going to) (do|make"
    r"|manage|get to|train|work ?out|lift)( it| the workout| todays workout| today s workout"
    r"| my workout| this one)?( today| tonight)?( too tired| so tired| exhausted| no time"
    r"| too busy| sick| ill| feeling sick| not feeling it)?$"
    r"|^(can |could |ill |will |going to )?(we )?(train|work ?out|lift"  # "…? meetings all day"
    r"|do (the |my |todays )?workout|do (this|it|that|todays|today s)( one)?) tomorrow"
    r"( instead)?( \w+){0,4}$"
    r"|\bmove (my |the |todays )?(workout|session|training) to\b"
    r"|^(not|no training|no workout|no gym|rest) (today|tonight)( thanks| please)?( \w+){0,4}$"
    # "today no, tomorrow yes", "no today 😭", "today not, sorry": the word order of a
    # second language ("today no pain" is no skip)
    r"|^(today|tonight) (no|not|nope)\b(?! (pain|problems?|issues?|worries|worry|gym|equipment"
    r"|weights)\b)( \w+){0,5}$|^no (today|tonight)( \w+){0,5}$"
    # "i am very tired today 😭 tomorrow i make": today's, put off to tomorrow, said so
    r"|^(i )?(im |am |feeling |feel )?(very |so |really |too |super |quite |a bit )?(tired"
    r"|exhausted|busy|sick)( today| tonight)? (so )?(tomorrow|tmrw)( (i )?(make|do|go|train)"
    r"( it)?| then| yes| ok| instead)?$"
    # worn out, said alone after the push: "knackered", "absolutely shattered tonight"
    r"|^(im |i am |feeling |i feel |im feeling )?(too |so |absolutely |proper |completely "
    r"|totally |well |pretty )?(knackered|shattered|exhausted|wiped out|drained|done in"
    r"|cream crackered|too tired)( to (train|work ?out|lift|do it|bother))?( today| tonight)?$"
    # "skip legs today, wrecked": the day's workout, in gym words
    r"|^(gonna |going to |ill |will |have to |need to |im )?(skip|skipping|skippin) (legs|leg day"
    r"|the gym|gym|training|lifting|my session|the session)( today| tonight)?\b"
    # "today not possible, my son is sick", "i can't today": the day, said impossible
    r"|^(today|tonight)( is| its)? (not possible|impossible|no possible)\b"
    r"|^(its |is )?(not|no) possible (today|tonight)\b|^(today|tonight) i (cant|cannot|can not)\b"
    r"|^(i )?(cant|cannot|can not|couldnt) (today|tonight)\b"
    r"|\bmy (son|daughter|kid|child|children|baby|husband|wife|partner|boyfriend|girlfriend|mom"
    r"|mum|mother|dad|father)s?( is| are)? (sick|ill|unwell|in (the )?hospital)\b"
    r"|^remind me (later|tomorrow|in an hour|in a bit)( please)?$"
    r"|\bmove (mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?)"
    r"( workout| session| training)? to\b"
    # a day that won't happen, said many ways: Skip or Move on /today
    rf"|^(can|could|may) skip (today|tonight|tomorrow|this week|(this |on )?{_DAY}s?"
    r"|my workout|the workout|this workout|todays workout|tomorrows workout)( workout| session)?$"
    r"|^(want to |wanna |need to |have to |gonna |going to )?skip (this|next) week$"
    r"|\b(cant|cannot|wont|will not|not going to) make it (on |to )?(today|tonight|tomorrow|"
    rf"this week|the gym|{_DAY}s?)\b"
    r"|^(im|am) (too |so |really )?(busy|swamped|slammed)( today| tonight| tomorrow| this week)?$"
    r"|\b(going to|gonna|will|ill|have to) (miss|skip) (tomorrows?|todays?|this weeks?|my|the|"
    rf"{_DAY}s?) (workout|session|training)\b"
    r"|^(can|could) (train|work ?out|do it|do my workout|do the workout) on "
    rf"{_DAY}( instead)?( of {_DAY})?( this week)?$"
    r"|\bstop (the )?(notifications?|messages?|reminders?) (for )?(today|tonight)\b"
    # another day instead, or later: rescheduled
    rf"|^(can|could) (we )?(do|train|work ?out) ({_DAY}|it) instead( of ({_DAY}|today))?$"
    r"|^(need to |want to |can |could |have to )?(reschedule|postpone)( it| today| todays workout|"
    r" my workout| the workout| this workout)?( please)?$"
    r"|\b(move|push|shift) (today|todays workout|it|my workout|the workout|my session) (to|till|"
    rf"until) (tomorrow|later|{_DAY})\b|^remind me in \d+ (hours?|minutes?|mins?)$"
)
