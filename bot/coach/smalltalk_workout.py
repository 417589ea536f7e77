"""The patterns a workout is talked about by, once done or while it goes (bot/coach/smalltalk.py,
on text folded as for smalltalk_patterns.py): reported done, too hard or too easy, and the
day's workout asked for."""

from __future__ import annotations

import re

# A workout reported done when nothing is being logged: the log is a tap away.
DONE = re.compile(
    r"^(i )?(just )?(did|done|finished|completed|smashed|crushed|nailed) "
    r"(it|my workout|the workout|todays workout|today|my session|the session|todays session)"
    r"( today)?$|^(workout|session) (done|finished|complete|completed)$|^(all )?(done|finished)$"
    r"|^(thats|that is) (all|me done)( for)?( today| tonight| now| the day)?$"
    r"|^(thats|that is) it for (today|tonight|now|the day)$"
    r"|^(i am |im )?(all )?(done|finished)( for| with)? ?(today|tonight|now|the day|training"
    r"|the week|this week)$"
    r"|^(im|i am) (done|finished)$"
    # the day's workout, said done in other words
    r"|^(i )?(just )?(did|done|finished|completed|smashed|crushed|nailed) (my |the |todays )?"
    r"(leg|glute|glutes|booty|butt|lower body|hamstring) (day|workout|session)( today)?$"
    r"|^(i )?(did|done|finished|completed) (it )?(everything|all( of it)?|every exercise|every set"
    r"|the (whole|entire|full) (workout|session|thing|plan))( as planned| today| as written)*$"
)
_OH = r"(ugh|omg|wow|phew|whew|man|oof|god|damn|geez|jeez|lol|ok|okay|well)"
_SO = r"(way|really|so|pretty|very|super|quite|bit|little|kinda|too)"
_FELT = r"(easy|hard|tough|heavy|brutal|rough|killer|intense|light|difficult)"
_TAIL = r"(today|lol|haha|man|af|though|tbh)"
# Asking for the plan harder or easier, or saying how it felt: it adapts to what is logged.
ADJUST = re.compile(
    r"(^|\b(hard|easy|tough|heavy|light) )(can you |could you |please |pls )?(make|making|set) "
    r"(it|this|them|my workouts?|the workouts?|the plan|my plan|the program|my program|the "
    r"routine|my routine|things?)( a bit| a little| a lot| much| way)? (harder|easier|tougher|"
    r"more challenging|more difficult|less intense|more intense|less difficult)( please| pls)?$"
    # a lighter week asked ("feeling wrecked, can we go lighter this week"), not a load rule
    r"|\b(can|could|may|should) (we|i|you) (go|do|have|train|make it|keep it|take it|take) "
    r"(a bit |a little )?(lighter|easier)( one)?( this week| today| for (a|this|the) week| week)\b"
    r"|^(the |my )?(workouts?|plan|program|routine) (is|are) (way |much |far )?too (hard|easy|"
    r"difficult|tough|light|heavy)$"
    r"|^(this|it|this workout|today|todays workout)( is|s)? (way |much |far |just )?too (hard|"
    r"easy|difficult|tough|heavy|light)$"
    # said after the fact: "it was too hard, I couldn't finish", "the weights were too heavy"
    r"|^(honestly |tbh |ngl |to be honest |yeah |well |so )*(this|that|it|today|todays workout"
    r"|the workout|my workout|the session|(the |my )?(weights?"
    r"|loads?|sets))( was| were| felt| is| are|s)? (way |much |far |just |a bit |a little "
    r"|really |so )*too (hard|easy|difficult|tough|heavy|light)( today| for me)?( \w+){0,8}$"
    r"|^(honestly |tbh |ngl |yeah |well |so )*(way |much |far |a bit |a little )?too (hard|easy"
    r"|heavy|light)( again| today| this time| for me)*$"
    # how it felt, after an interjection too: "ugh that was hard", "phew, brutal", "felt easy"
    rf"|^({_OH} )*(today|it|that|this|the workout|my workout|that workout|the session|that set"
    rf"|the last set|those|these)( was| were| felt| is)( {_SO})? {_FELT}( {_TAIL})*$"
    rf"|^({_OH} )*(felt|feels|feeling)( {_SO})? {_FELT}( today)?( {_TAIL})*$"
    rf"|^({_OH} )+({_SO} )?{_FELT}( {_TAIL})*$"
    # a move said to have felt so: "rdls felt heavy", "squats were tough today"
    r"|^(the |my |those |these )?([a-z]+ ){1,3}(felt|were|was) (so |really |very |a bit |pretty "
    r"|super |way )?(heavy|hard|tough|easy|light|brutal)( today| tonight| this time)?$"
    r"|^(i )?(couldnt|could not|didnt|did not|wasnt able to) (finish|complete|get through|do all"
    r"( of)?|make it through)( the| my| all| all the| all my| todays| the last| my last)? ?"
    r"(workout|session|sets?|reps?|exercises?)?( today)?$"
    # a harder program asked for: "can you give me a harder program"
    r"|\b(give|get|send|want|need|like) (me )?(a |an |some )?(harder|tougher|more challenging"
    r"|more advanced|more difficult|more intense|easier) (program|plan|routine|workouts?"
    r"|sessions?|training)\b"
    # going up asked for, mid-workout: "should I go up to 25 next time?"
    r"|^should (i )?(go up|go heavier|increase( the)?( weight| load)?|add (more )?weight|move up"
    r"|up the (weight|load))( (to|by) \d+( ?(kg|kgs|lbs?|pounds))?)?( next time| next week"
    r"| next session| now)?$"
)


# Asking for the week's workouts: /week sends them ("what does my week look like?" got
# "I don't know that one yet").
WEEK = re.compile(
    r"^(so |ok |okay |and )?(what|whats|what is|what does|hows|how is|how does) (my|the|this)"
    r" (week|weeks? (plan|schedule|workouts|training))( look| looks| looking)?( like)?( then)?$"
    r"|^(so |ok |okay |and )?(what|whats|what is) (am |are we |do |will )?(doing|training|on|do)"
    r" (this|next) week$"
    r"|^(show|send|give) me (my |the |this )?(week|weeks? (plan|schedule|workouts)|(plan|schedule"
    r"|workouts) for (this|the) week)( please| pls)?$"
    r"|^(my |this )?weeks? (plan|schedule|workouts)( please| pls)?$"
    # asked in one word, as "today?" asks for today's: "week?", "my week", "weekly plan"
    r"|^(my |the )?week( please| pls)?$|^weekly (plan|schedule|workouts?)( please| pls)?$"
    # the plan asked for the week: "what is the plan for this week?", "the plan of the week pls"
    r"|^(so |ok |okay |and )?((can|could) you )?((what|whats|what is|how is|hows|show me|send me"
    r"|give me|tell me) )?(my |the )?(plan|schedule|program|workouts|training)( is)?( for| of| in)?"
    r" (this|the) week( please| pls)?$"
    r"|^(so |ok |okay |and )?what (i|we) (do|have|train) (this|in this|the) week$"
    # the person's own rest days ("which days are my rest days", "my week in terms of rest days")
    r"|^(?=.*\b(my|i)\b)(?!.*\b(should|can|could)\b)(so |ok |and )?(what|whats|which|when)\b"
    r".{0,60}\brest days\b"  # (one, "when is my next rest day", is the plan's)
)


# Asking for the day's workout, or the next one: /today sends it.
TODAY = re.compile(
    # (not a move left out: "today i dont do this one")
    r"\b(today|todays|tonight)\b(?!.*\b(dont|do not|wont|will not|cant|cannot) do\b)"
    r".*\b(workout|training|session|plan|program|do|exercises?)\b"
    r"|\b(what|whats)\b.*\b(workout|training|session|plan|program|exercises?|do|doing|train)\b.*"
    r"\b(today|todays|tonight)\b"
    r"|^(whats|what is) (my|the) (workout|plan|session)( for)?( today| now| then)?$"
    r"|^(my )?(workout|session)( please| pls)?$"
    r"|\b(whats|what is) on (for )?(today|tonight)\b|^(whats|what is) (for )?today$"
    r"|\b(do|train|log|doing)( the| my)? (mondays|tuesdays|wednesdays|thursdays|fridays|"
    r"saturdays|sundays|tomorrows|next|the next) (workout|session|training) (today|now|tonight)\b"
    r"|^(so |ok |okay )?(whats|what is|what do we do|what now) ?(next|now)?$"
    r"|\b(what|whats) (should|do|will|am) (do|doing|training|train|we do|we train) (on )?"
    r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow)\b"
    r"|\b(whats|what is) (on )?(for )?(monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday|tomorrow)s?( workout| session)?$"
    r"|^next( workout| session| one)?( please| pls)?$"
    r"|^(so |ok |okay )?(whats|what is|what will be|show me|send me) (my|the) next (workout|session"
    r"|training)( please| pls)?$"
    r"|^(can|could|should) (we )?(do|train|work ?out|lift|go)( it| that| the workout| my workout|"
    r" the session| the next one| thursdays| mondays| tuesdays| wednesdays| fridays| saturdays|"
    r" sundays)? (today|now|tonight)( instead)?$"
    # is today a training day; tomorrow's workout, typos and all
    r"|^(do|should|am) (train|training|work ?out|working out|lift|lifting|have (a )?"
    r"(workout|session|training))( today| tonight)?$"
    r"|^(is )?(it |today )?(a )?(rest|training|workout|gym) day( today)?$"
    r"|^(whats |what is )?(the |my )?((tomorrow|tommorow|tomorow|tommorrow|tmrw|tmr)s? "
    r"(workout|session|plan)|(workout|session|plan) (for )?(tomorrow|tommorow|tomorow|"
    r"tommorrow|tmrw|tmr))$"
    # where to begin: today's workout (or the setup first)
    r"|^(so |ok |okay |um )?where (was|were we|did (we )?leave off|am (at|up to))( again)?$"
    r"|^(im new )?(so )?(where|how) (do|should|can) (i )?(start|begin)$"
    r"|^what (do|should) (i )?do first$"
    # ready to go: the workout
    r"|^(lets|let us) (go|do (this|it)|start|begin|get started|train|work ?out)$"
    r"|^(im |am )?(ready|ready to (go|start|train))$|^(start|begin) (the |my |todays )?"
    r"(workout|session|training)$|^(begin|go)$"
    r"|\b(whats|what is) on the menu( today| tonight)?$"
    r"|^(show|send|give) me (today|todays|tonight|tonights)( workout| session| plan)?$"
    r"|^(anything|something) (for |on )?(today|tonight)$"
    r"|^(today|todays workout|todays session|(the )?(workout|session) for (today|tonight))"
    r"( please| pls)?$|^(please )?(resend|send again)"
    r"( it| the workout| my workout| todays workout)?( please| pls)?$"
    r"|^how many (sets|reps|exercises) (today|tonight|this time)$"
    # the person's own loads for today: the workout holds them
    r"|\b(how heavy|how much( weight)?|(what|wat|wot|wht) (weights?|loads?)|which weights?"
    r"|how many (kg|kgs|kilos|pounds|lbs?))\b.{0,40}\b(today|tonight|this time|next time"
    r"|next workout|next session|this session|this workout)$"
)


# Tomorrow's workout asked ("what's tomorrow?", "whats tomorrows workout", "what do i do
# tmrw"): it got today's, already done, on the evening before a rest day.
_TMRW = r"(?:tomorrow|tommorow|tomorow|tommorrow|tmrw|tmr)"
_TOMORROW = re.compile(
    r"^(?:so |ok |okay |and |hey |hi )*(?:(?:whats|what is|what do i (?:do|have)|what am i"
    r" doing|(?:whats|what is) (?:the|my) (?:workout|plan|session)|what workout is it)"
    rf"(?: on| for)? {_TMRW}|(?:(?:whats|what is) )?(?:the |my )?{_TMRW}s? (?:workout|session|"
    rf"plan|training)|(?:workout|session|training|plan) (?:for )?{_TMRW})$"
)


def asks_tomorrow(text: str) -> bool:
    """ "what's tomorrow?" """
    said = text.casefold().replace("’", "'").replace("'s", "s")
    return _TOMORROW.match(" ".join(re.sub(r"[^\w\s]", " ", said).split())) is not None


_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DAY = r"(mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?s?"
# "move thursday to friday this week", "move today's workout to tomorrow", "push it to
# tomorrow": a workout moved a day, said (it got how to tap Move to tomorrow).
_MOVED = re.compile(
    r"^(?:can you |could you |please |pls |i ll |ill |i want to |i need to |lets )*"
    r"(?:move|push|shift|switch)(?: my)?(?: (?P<src>today s workout|todays workout|today|it|this|"
    r"the workout|"
    + _DAY
    + r"(?: s workout| workout)?))? (?:to|till|until) (?P<dst>tomorrow|"
    + _DAY
    + r")(?: this week| instead| please| pls)*$"
)


# "can we do saturday on sunday this week?", "I'll do thursday's workout on friday"
_DONE_ON = re.compile(
    r"^(?:can we |can i |could we |could i |i ll |ill |lets |i want to |i need to |i will )?"
    r"(?:do|train|have) (?:the |my )?(?P<src>today s workout|todays workout|today|this|it|"
    + _DAY
    + r"(?: s workout| workout| s| session)?) (?:on |till |until )?(?P<dst>tomorrow|"
    + _DAY
    + r")(?: this week| instead| please| pls)*$"
)
# "can i train sunday instead of saturday this week", "swap saturday for sunday this week":
# this week only (without it, the training days change: smalltalk_life.DAYS_SWAP)
_INSTEAD_THIS_WEEK = re.compile(
    r"^(?:can we |can i |could we |could i |i ll |ill |lets |i want to |i need to |i will )?"
    r"(?:(?:do|train|work ?out|go)(?: it| on)? (?P<dst>"
    + _DAY
    + r") (?:instead of|rather than)(?: on)? (?P<src>"
    + _DAY
    + r")|(?:swap|switch|trade)(?: my)? (?P<src2>"
    + _DAY
    + r")(?: s workout| workout)? (?:for|with) (?P<dst2>"
    + _DAY
    + r")) this week$"
)
# "…this week? busy sat", "can we do it tomorrow instead, I have an exam": the ask, then why
_FIRST_SAID = re.compile(r"^(.+?)(?:[?.!]+|,)\s+\S")


def moved_said(text: str) -> tuple[int | None, int | None] | None:
    """ "move thursday to friday": (3, 4); "today" or "it" is None for the day, as is
    "tomorrow" for the day after; None when no such move is said."""
    found = _move_in(text)
    first = _FIRST_SAID.match(text.strip()) if found is None else None
    found = _move_in(first[1]) if first else found
    if found is None:
        return None

    def day(word: str) -> int | None:
        return next((i for i, name in enumerate(_DAYS) if word.startswith(name[:3])), None)

    groups = found.groupdict()
    src, dst = groups.get("src") or groups.get("src2"), groups.get("dst") or groups.get("dst2")
    return day(src or "today"), day(dst or "tomorrow")


def _move_in(text: str) -> re.Match[str] | None:
    said = " ".join(re.sub(r"[^\w\s]", " ", text.casefold().replace("’", "'")).split())
    return _MOVED.match(said) or _DONE_ON.match(said) or _INSTEAD_THIS_WEEK.match(said)


# About to train, or training now: "on it 💪", "heading to the gym now": the workout stays on
# /today, and the sets are told after (the reply to "I'll do it tonight"); "let's go" is TODAY.
ON_IT = re.compile(
    r"^(ok |okay |right |alright )?(on it|doing it( now)?|(heading|going|off) to the gym( now)?"
    r"|(at|in) the gym( now)?|here we go|starting now|getting (it )?"
    r"done( now)?)( now| then| coach)?$"
)
