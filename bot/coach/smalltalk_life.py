"""Phrases about the person's own training, said as statements rather than asked: sore
muscles, a period, a workout missed, new equipment, the workout's size, days without
training (bot/coach/smalltalk.py). Each is a first-person statement anchored at both ends, so a
question that only shares its words ("should I train when sore?") stays with the matcher; a
period excepted, which the articles cover neither said nor asked.

On text folded by matcher.words, and again with "I" kept (smalltalk.talk_words): written with
"(i )?" so either holds. Pure: patterns, and the days a day-off statement names.
"""

from __future__ import annotations

import re

from bot.coach.schedule import parse_days

_DAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"  # "thursday"; "thursdays" with s?
_LEAD = r"^(omg |ugh |wow |oh |oh no |man |so |oops |sorry |ok |okay |well |also |btw )*(i )?"

# How sore, and since when: "so sore today", "really sore from yesterday".
# (single letters are dropped before the patterns: "a bit" comes as "bit")
_HOW = (
    r"( still| so| soo+| really| very| super| a bit| a little| bit| little| kinda| quite"
    r"| extremely| pretty)*"
)
_SINCE = (
    r"(( today| now| already| this morning| all over| everywhere)|( after| from) (yesterday|that"
    r"|last (night"
    rf"|time|workout|session)|the workout|my workout|training|leg day|glute day|{_DAY}|the gym"
    r"|squats|hip thrusts|lunges|deadlifts)| lol| haha)*"
)
_MUSCLE = (
    r"(legs?|glutes?|butt|bum|booty|hamstrings?|hams|quads?|thighs?|calves|calf|muscles|whole "
    r"body|body|everything|lower body|cheeks)"
)
_JOINT = (
    r"(knees?|back|lower back|hips?|joints?|ankles?|shoulders?|neck|wrists?|elbows?|feet|foot"
    r"|hip flexors?)"
)
# Sore muscles, said of oneself: the articles don't cover soreness.
SORE = re.compile(
    rf"{_LEAD}(my )?{_MUSCLE}( and (my )?{_MUSCLE})? (are|is|r|feel|feels|were|was|got|get)"
    rf"( feeling)?{_HOW} sore{_SINCE}$"
    rf"|{_LEAD}(im|am|feeling|feel|felt|was|got|getting)( feeling)?{_HOW} sore{_SINCE}$"
    rf"|^(so |soo+ |really |super |very )*sore{_SINCE}$"
)
# A workout said to have felt good ("great session", "loved it"): well done, and the sets.
FELT = re.compile(
    r"^((that|it|today|this|the workout|my workout|todays workout|the session) (felt|feels)"
    r"|felt|(today|the workout|my workout|todays workout|the session|leg day|glute day)"
    r" was) (so |really |very |pretty |super )?(great|good|amazing|awesome|fantastic"
    r"|brilliant|fun|nice|solid|strong)( today| tonight)?$"
    r"|^(what a |such a )?(great|good|amazing|awesome|nice|fun|solid|killer|brilliant|strong)"
    r" (workout|session|training|leg day|glute day|one)( today| tonight)?$"
    r"|^(loved|enjoyed|smashed) (it|that|this|the workout|todays workout|the session)( today)?$"
)
# A joint sore: pain, which the coach points to a professional (PAIN).
SORE_JOINT = re.compile(
    rf"{_LEAD}(my )?{_JOINT}( and (my )?{_JOINT})? (are|is|r|feel|feels|were|was)( feeling)?"
    rf"{_HOW} sore{_SINCE}$"
)

# A period: the articles don't cover training around the menstrual cycle (asked or said).
PERIOD = re.compile(
    r"\b(on|got|get|getting|have|having|started|starting|start|due for|during|before|after) my "
    r"periods?\b|\bon (her|the|a) period\b|\b(menstruating|menstruation|menstrual cycle"
    r"|time of (the )?month)\b|^(my )?period( today| started| week| day)?$"
)

# A workout missed or forgotten, in the past: the plan carries on from the next one.
_MISSED_DAY = rf"({_DAY}|yesterday|today|last {_DAY}|{_DAY}s (workout|session)|leg day)"
_WHY = r"((overslept|slept in|was (busy|sick|tired|working)|got busy|work ran late)( and)? (i )?)?"
_STILL = r"( can (i )?(still )?(do|make up) (it|that|the workout)( today| now| tomorrow)?)?"
MISSED = re.compile(
    rf"{_LEAD}{_WHY}(totally |completely |just |accidentally )?(forgot|missed|skipped|forgot to do"
    r"|forgot about|didnt do|did not do|never did|didnt get to|couldnt do)"
    rf" (my|the|a|todays|yesterdays|{_DAY}s) (workout|session|training|gym session|leg day"
    rf"|glute day)( yesterday| today| this morning| last night| on {_DAY}| again)?( sorry| oops)?"
    rf"{_STILL}$"
    rf"|{_LEAD}{_WHY}(totally |completely |just )?(missed|skipped|forgot)( on)? {_MISSED_DAY}"
    rf"( sorry| oops)?{_STILL}$"
    rf"|{_LEAD}(totally |completely |just )?forgot to (work ?out|train|lift|go to the gym|do it"
    rf"|do my workout)( yesterday| today| this morning| last night| on {_DAY})?$"
    # asked before it happens: "what do i do if i miss a day", "what if I skip a workout"
    r"|^(so |and |but )?what (do i do |should i do |happens |to do )?(if|when) (i )?(miss|skip"
    r"|missed|skipped|cant make|cannot make)( a| one| my| the)? (day|workout|session|training day"
    r"|training|gym day)( or two)?$"
    # after time away: does the program begin again?
    r"|^(so )?(do|should|must) (i )?(have to |need to )?(start|begin|go back to) (over|again"
    r"|from scratch|from (the )?(beginning|start)|(from )?week (1|one)( again)?)( now)?$"
)

# Training with no bench: at home a couch edge or a chair does its job (each home workout
# says so under its move); at a gym, Swap. "Can I do this without a bench?"
BENCH = re.compile(
    r"\b(without|no|dont have|do not have|dont own|havent got|have no|need|needs|instead of"
    r"|replace|substitute( for)?|other than)( a| an| any| the| my)?( weight| flat| workout)?"
    r" bench(es)?\b(?! (is|are) (taken|busy|occupied|broken|in use))"
)

# Getting ready for a show: the last weeks, peak week, show day. The articles don't cover it
# (the matcher took "show is in 6 weeks, anything I should change?" for the tie-in's keys,
# figure's, said to a bikini competitor). Checked on messages of any length, as pain is.
SHOW = re.compile(
    r"\b(my|the|a|our) (show|comp|competition|contest|meet)( is| in| day| date| coming)"
    r"|^(so )?(show|comp|competition|contest) (is )?(in|coming|next)\b|\bpeak (week|weeks)\b"
    r"|\bshow (day|week)\b|\bweeks? (out|before|of) (from |before )?(my|the) (show|comp"
    r"|competition|contest)\b|\b(before|until|till|for) (my|the) (show|comp|competition|contest)\b"
    r"|\b(contest|show|comp|competition) prep\b"
)

# New equipment: the program is planned for a place, so the place is offered, not changed.
GEAR = re.compile(
    rf"{_LEAD}(just |finally |now |also )?(bought|got|have|own|ordered|purchased|picked up"
    r"|invested in|received|treated myself to|got myself)( now| myself)? (a |an |some |new "
    r"|my own |set of |pair of |pack of |few |couple of |two |2 )*(\w+ ){0,2}(dumbbells?"
    r"|dumbells?|kettlebells?|resistance bands?|bands?|booty bands?|loop bands?|mini bands?"
    r"|weights|ankle weights|barbell|squat rack|weight bench|bench|stability ball|exercise ball"
    r"|swiss ball|gym ball|home gym|equipment|plates)( for (home|my home|the house|my house"
    r"|my room|my garage|my apartment))?( at home)?( now| today| yesterday| finally| too| yay)*$"
    # a home gym set up, its kit listed: "I've set up a small home gym with a barbell, plates
    # and a bench now"
    rf"|{_LEAD}(good news( though)? )?(ive |ve |have |just |finally |now )*"
    r"(set up|built|put together|made|got|have)"
    r"( myself)?( an?| my own| my)?( small| little| basic| mini)? (home gym|gym at home"
    r"|garage gym|gym in (my|the) (garage|basement))( with [\w ,&]+)?( now| today| finally)*$"
)

# The workout's size: set by the program, not asked for ("why is it so short").
_WORKOUT = r"(workouts?|sessions?|training|program|plan|routine)"
SIZE = re.compile(
    rf"^why (are there|is there|do i have|do i get|does it have)( only| just)? (\d+|one|two|three|"
    r"four|five|six) (exercises?|moves?)( in (my |the |a |each )?{_WORKOUT})?( today)?$|"
    rf"^why (is|are) (my |the |todays |this )?{_WORKOUT}( so| this| too| really| very)? (short"
    r"|small|quick|little|long)( today)?$"
    rf"|^why (is|are|does|do) (my |the |todays |this )?{_WORKOUT}( only| just)?( have| has| got)?"
    r"( only| just)? (\d+|one|two|three|four|five|six) (exercises?|moves?|sets?)( today)?$"
    rf"|^(my |the |todays |this )?{_WORKOUT}( is| are|s)( way| so| too| a bit| really| very"
    r"| kinda| pretty)* (short|small|quick|little|long)( for me| today)?$"
    r"|^(can|could|may) (i |we )?(have|get|do) (a )?(longer|bigger) (workouts?|sessions?"
    r"|programs?|plans?)( please)?$"
    r"|^(i )?(want|need|would like|like|prefer) (a |to do )?(longer|bigger) (workouts?"
    r"|sessions?)( please)?$"
    r"|^(can|could) (you )?(make|give) (me )?(my |the |a )?(workouts?|sessions?)( a bit"
    r"| a little)? (longer|bigger)( please)?$"
    r"|^(can|could) (i |we )?(do|get|have) more (exercises|sets|volume)( please| per workout"
    r"| in my workouts?)?$|^(i )?(want|need) more (exercises|sets|volume)( please| per workout"
    r"| in my workouts?)?$"
    # more for the glutes ("can I do more glutes"): the program's size too, extras by name
    r"|^(can|could|should) (i |we )?(do|get|have|add|train) (a bit |a little |some )?more "
    r"(glutes?|butt|booty|bum)( work| exercises?| sets| training| volume| stuff)?( please"
    r"| per workout| per week| a week| in my workouts?)?$"
    # "why so few sets in week 1": the first weeks' size is the program's
    r"|^(but )?why (so|such|only|just) (few|little|\d+|one|two|three|four) (sets?|exercises?|moves?"
    rf"|reps?|volume)( in| for)?( (my |the |todays |this |week \d+s? |the first )*({_WORKOUT}"
    r"|week \d+|weeks?|days?|today|week one|the first weeks?|the beginning))?$"
    # how long it lasts, an extra one: the program's size, and extras logged by name
    r"|^how long (is|are|will|does|do) (the |my |a |each |todays )?(workouts?|sessions?)( take"
    r"| last| be)?$"
    rf"|^(i )?(want to|wanna|can i|could i) (do|add) (an? )?(extra|additional|another) {_WORKOUT}"
    r"( this week| today)?$"
    # how many the plan holds ("how many exercises per workout"): the program's, shown by /program
    rf"|^how many (exercises|moves) (should i do |do i do |do i get |are there |are )?(per|in a"
    rf"|in each|in my|each|a) {_WORKOUT}$"
)
# Too easy, or harder wanted: the loads rise with what is logged (ADJUST); and why a target
# moved ("why did my squat weight go up").
_TARGET = r"(\w+ ){0,2}(weights?|loads?|targets?|kg|lbs?)"
HARDER = re.compile(
    rf"^why (did|does|has|is|was) (my |the )?{_TARGET}( just)? (go|gone|went|going|gone|been|get"
    r"|got|getting)? ?(up|down|lower|higher|heavier|lighter|raised|lowered|increased|decreased"
    r"|dropped|changed|change)( again| today| this time)?$"
    rf"|^why (did|do|does|have|would) (you|it|the app|the bot|the plan|my plan) (lower|raise"
    rf"|increase|decrease|drop|change|reduce|bump|up) (my |the )?{_TARGET}( again| today| this"
    r" time)?$"
    rf"|^why (is|are) (my |the )?{_TARGET} (so |way |much )?(higher|lower|heavier|lighter)"
    r"( now| today| this time| than last time)?$"
    # or why it did not move: "why is my weight the same as last time", "why didnt it go up"
    rf"|^why (is|are|has|have|didnt|hasnt|havent|isnt|doesnt) (my |the )?({_TARGET}|it)( still)?"
    r" (the same|stayed the same|go up|gone up|changed?|increased?|heavier)( as last time"
    r"| as before| this time| again)?$"
    rf"|^(my |the |todays |this )?({_WORKOUT}|it|this)( is| are|s| feels| feel| was| felt)( way"
    r"| so| too| a bit| really| very| kinda| pretty| much| far| just)* (easy|light|not hard "
    r"enough|not challenging( enough)?)( for me| today)?$"
    r"|^(can|could|may) (i |we )?(have|get|do) (a )?(harder|tougher|more (intense|challenging"
    r"|difficult)) (workouts?|sessions?|programs?|plans?|one)( please)?$"
    r"|^(i )?(want|need|would like) (a )?(harder|tougher|more (intense|challenging)) (workouts?"
    r"|sessions?|program|plan)( please)?$"
)

# Days without training, for good: those days off the training days, asked first.
_DAYS_WORD = (
    r"(weekends?|weekdays|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?"
    r"|sundays?|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)"
)
_DAYS = rf"(the )?{_DAYS_WORD}(( and| or| nor| and on| or on)? (the )?{_DAYS_WORD})*"
_PLURAL = r"(weekends|weekdays|mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)"
_FOR_GOOD = r"( anymore| any more| from now on| please| now)*"
_KIND = r"(workouts?|reminders?|messages?|notifications?|training|sessions?|pushes|texts|anything)"
DAYS_OFF = re.compile(
    r"^(please )?(dont|do not|never) (remind|message|text|ping|send|bother)( me)?( (any|my|the))?"
    rf"( {_KIND})?( me)? (on|at|during) {_DAYS}{_FOR_GOOD}$"
    r"|^(please )?(stop|no|no more|pause|turn off|cancel)( sending| the| my| all| me)*"
    rf" {_KIND}( for me)? (on|at|during) {_DAYS}{_FOR_GOOD}$"
    rf"|{_LEAD}(dont|do not|no longer|never) (want to |wanna )?(train|work ?out|lift|go to the"
    rf" gym|workout)( on| at)? {_DAYS}{_FOR_GOOD}$"
    rf"|{_LEAD}(cant|cannot|can not|wont) (train|work ?out|lift|go to the gym|workout)( on| at)?"
    rf" (the )?{_PLURAL}(( and| or) (the )?{_PLURAL})*{_FOR_GOOD}$"
    rf"|^(please )?(remove|drop|delete|take|cut|take out) {_DAYS} (out )?(off|from|out of) (my "
    r"|the )?(training days|schedule|days|plan|week|program)( please)?$"
    rf"|^(please )?(remove|drop|delete|cut) {_DAYS}( please)?$"
)
_ONE_DAY = re.compile(rf"\b{_DAYS_WORD}\b")
# One training day for another ("tuesday instead of thursday", "move thursday to tuesday"):
# the days question, asked with them ticked that way. Asked as a question ("can I move
# thursday to friday?") it is this week's Move (SKIP).
_DO = (
    r"(lets |let us |ill |i will |id like to |i want to "
    r"|i would like to |i prefer to |id rather |please )?(do |train |work ?out |lift |go |make it "
    r"|have (it |them |my workouts? |the workouts? )|switch to |change to |move to )?(on )?"
)
_SWAP_INSTEAD = re.compile(
    rf"{_LEAD}{_DO}(?P<to>{_DAYS}) (instead of|rather than|not)( on)? (?P<from>{_DAYS})"
    rf"{_FOR_GOOD}$"
)
_SWAP_MOVED = re.compile(
    r"^(please )?(switch|move|change|swap)( my| the)? "
    rf"(?P<from>{_DAYS})( workouts?| sessions?| training| days?)? (to|for|with|into)( on)? "
    rf"(?P<to>{_DAYS}){_FOR_GOOD}$"
)
DAYS_SWAP = re.compile(  # either, its groups unnamed (a name can't appear twice)
    f"{_SWAP_INSTEAD.pattern}|{_SWAP_MOVED.pattern}".replace("?P<from>", "").replace("?P<to>", "")
)


# "a fifth day", "another training day", "one more session a week"
_A_DAY = (
    r"(a |an |one |another |one more |an extra |a new )?(extra |more |[2-6] ?(nd|rd|th) "
    r"|second |third |fourth |fifth |sixth )?(training |workout |gym )?(day|session|workout)"
    r"( a week| per week| to my week| to my days| to my schedule)?"
)
_SUITS = (
    r"(would |will |could |should |do |does )?(work|works|suit|suits|fit|fits|is good|are good"
    r"|is best|are best|is fine|are fine|is free|are free|be best|be good|be fine|be better)"
    r"( for me| best| better| well)?"
)
# A day more ("can I add friday", "add saturday to my days", "I'd like to train on sundays
# too"): the days question, asked with it ticked beside the days trained on now.
_TOO = r"( too| as well| also)"
DAYS_ADD = re.compile(
    rf"^(can|could|may) (i |we |you )?(also )?add {_DAYS}{_TOO}?"
    r"( to my (training )?days| to my schedule| to my week)?( please)?$"
    rf"|^(please )?add {_DAYS} (to|into) (my |the )?(training days|days|schedule|plan|week"
    r"|program)( please)?$"
    rf"|{_LEAD}(want|would like|id like|like|wanna) to (also )?(train|work ?out|lift)( on)? {_DAYS}"
    rf"{_TOO}$"
    rf"|^(can|could) (i |we )?(also )?(train|work ?out|lift)( on)? {_DAYS}{_TOO}$"
    rf"|^(please )?add {_DAYS}( please)?$"
    # a day more asked, the day named after it: "can I add a fifth day? tuesdays work for me"
    rf"|(^(can|could|may) (i |we )?|{_LEAD}(i )?(want|would like|id like|wanna) to )(also )?add"
    rf" {_A_DAY}( please)?( on| like| maybe| say| how about| what about| (im |am )?free on"
    rf"| (i )?can do)? {_DAYS}( {_SUITS})?( please)?$"
    # or no day named yet ("can I add a fifth day?"): which one, asked
    rf"|(^(can|could|may) (i |we )?|{_LEAD}(i )?(want|would like|id like|wanna) to )(also )?add"
    r" (a |an |one |another |one more |an extra )?(extra |more |[2-6] ?(nd|rd|th) |second |third"
    r" |fourth |fifth |sixth )?(training )?day( a week| per week| to my week)?( please)?$"
)


def days_swapped(joined: str) -> tuple[tuple[int, ...], tuple[int, ...]] | None:
    """(days given up, days taken instead) of "tuesday instead of thursday"; None if not so."""
    m = _SWAP_INSTEAD.search(joined) or _SWAP_MOVED.search(joined)
    if m is None:
        return None
    return days_named(m.group("from")), days_named(m.group("to"))


def days_named(joined: str) -> tuple[int, ...]:
    """The weekdays (0 = Monday) a day-off statement names: "weekends" is Sat and Sun."""
    found: set[int] = set()
    for m in _ONE_DAY.finditer(joined):
        found.update(parse_days(m.group(0)) or ())
    return tuple(sorted(found))


# Away said with its dates: "I'll be away from the 10th to the 20th, hotel gym" (a "will"
# there asks nothing, and the dates make it longer than most).
AWAY_SPAN = re.compile(
    r"\b(away|travell?ing|on (vacation|holiday)|in a hotel|at a hotel|out of town)\b"
    r"( \w+){0,4}? (from|between) (the )?\d{1,2}( th| st| nd| rd)?( of \w+)?"
    r" (to|till|until|til|and|through|thru) (the )?\d{1,2}\b"
)


# A time for the workouts said without "send ... at" (smalltalk_patterns.SEND_AT): wanted
# ("i want the workout at 7 am now"), asked with nothing to send ("can you send at 7 am?")
# or told as news ("now i train at 7 in the morning").
TIME_WANTED = re.compile(
    r"^(?!.*\b(why|how come|when did)\b).*\b(want|would like|need|prefer|wanna) (to get )?"
    r"(the |my )?(workouts?|training|messages?|reminders?) (at|around|for) (\d|noon|midday)"
    r"|\b(can|could|pls|please) (you )?send (at|around) (\d|noon|midday)"
    r"|^(from )?now (i )?(train|go|work ?out|lift)( to the gym)? (at|around) \d"
)
