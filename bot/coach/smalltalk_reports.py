"""The patterns asking for what was done (/history) or how it is going (/progress), on text
folded as for bot/coach/smalltalk_patterns.py."""

from __future__ import annotations

import re

from bot.coach.smalltalk_patterns import DAY as _DAY

# What was done: /history lists the last sessions (checked before PROGRESS, which charts).
HISTORY = re.compile(
    r"^what did (we )?(do|lift|log|train)( in| on)? (last|this|previous)"
    r" (week|time|session|workout)(( on| for)( the| my)? [a-z]+( [a-z]+){0,2})?$"
    r"|^what did (we )?(do|lift|log|train) (yesterday|last time)$"
    # "what did I do last tuesday": that day's session
    # (a move named: "what did I lift on the hip thrust last monday")
    r"|^what did (we )?(do|lift|log|train)( (on|for|in)( the| my)? [a-z]+( [a-z]+){0,2})?( on)?"
    r"( last| this)? (mon|tues|wednes|thurs|fri|satur|sun)day$"
    r"|\b(show|see|check|view) (me )?my( workout| training| exercise| gym)? (history|logs?)\b"
    r"|^(my )?(workout |training )?history( please)?$"
    # what was done so far, asked whole: "show me a record of what I have done so far"
    r"|\b(show|see|check|view|give) (me )?(a record|a list|the record|the list) of (what i|my)\b"
    r"|\bwhat (have i|i have|did i|i did|i ve) (done|logged|trained|lifted|do|log|train)"
    r" (so far|until now|up to now|up till now)\b"
    r"|\b(show|see|check|view) (me )?(all )?(of )?(my|the) (past|previous|old|logged|earlier)"
    r" (workouts|sessions)\b"
    r"|\bwhat (was|were) my (last|previous)\b|\b(last time|the last time) i (did|lifted|trained)\b"
    # a load lifted before: the sessions list it ("how heavy was my last squat")
    r"|\bhow (much|heavy) (was|were) my\b|\bhow (much|heavy) did (i )?\w+( \w+)? (last|yesterday)\b"
    # one's own numbers on a move: "how much did I do on the hip thrust", "what did I lift on
    # hip thrusts last time", "what weight did I use for hip thrust": that move's sessions
    r"|^(how (much|heavy|many reps)|what( weight| load)?) (did|have) (do|done|lift|lifted|go"
    r"|gone|use|used|get|got|put)( up)?"
    r" (on|for|with|at) (the |my )?[a-z]+( [a-z]+){0,2}"
    r"( last (time|session|workout)| yesterday| so far| before| lately)?$"
)
PROGRESS = re.compile(
    r"\b(show|see|check|view) (me )?my (progress|history|stats|lifts|logs?|results)\b"
    r"|\bhow am (i )?(doing|progressing)\b|^(my )?(progress|stats|history)$"
    r"|^what did (we )?(do|lift|log|train)( in| on)? (last|this) (week|time|session|workout)$"
    r"|^what did (we )?(do|lift|log|train) (yesterday|last time)$"
    r"|\bhow (much|heavy) (was|did) my\b|\bwhat (was|were) my (last|previous)\b"
    r"|\bmy (best|heaviest|max|pr|prs|personal best|personal record|record) (\w+ )?(\w+)?$"
    r"|\b(last time|the last time) i (did|lifted|trained)\b"
    # records and totals: /progress charts the heaviest set per day, /history lists sessions
    r"|^(my|show me my|show my|see my) (records?|prs|pr|personal (bests?|records?)|streak)$"
    r"|\b(did|have) (beat|broken|break|set|hit) (a |my |any )?(new )?(record|pr|personal "
    r"(best|record))|\bam (getting|any) (stronger|better|progressing)\b|^am on track$"
    # "am I making progress?", "have I made any gains": the loads logged answer it
    r"|\b(am|have) (making|made|seeing|seen) (any |some |real )?(progress|gains|results)\b"
    r"|\bam (i )?improving\b"
    r"|\bhow many (workouts|sessions|times) (have|did) (done|do|train|trained|logged)\b"
    r"|\b(whats|what is) my (streak|pr|prs|record|records|personal best|personal record|max"
    r"|heaviest)\b(?! (exercise|option|move|bet|way|choice))"
    # "whats my hip thrust pr": a move's record
    r"|^(whats|what is|what s) my( \w+){1,3} (pr|prs|record|personal best|personal record|max"
    r"|best lift)$"
    # a past workout asked for: /history
    r"|^how (much|heavy|many reps) did (\w+ ){1,3}(last (week|time|session|workout)|yesterday"
    rf"|on {_DAY}|this week)$|\b(show|see|view) (me )?my (last|latest|previous|recent) "
    r"(workouts?|sessions?|logs?)\b"
    rf"|^what did (we )?(do|lift|log|train) (on |last )?{_DAY}$"
    r"|^(give me |send me |show me )?(my )?(weekly |monthly )?(summary|report|recap|overview)"
    r"( please)?$|^compare this week (to|with) last week$"
)
