"""A change of profile said in plain words once set up: "I train at home now", "I want to
do bikini instead", "back at the gym", "I've been lifting for 3 years now".

Only a statement about the person counts, with a word saying it is new ("now", "instead",
"again", "anymore", "switching") or, for the place, how they train ("I train at home"). A
question that names a place or a goal ("can I train at home?", "what's best for bikini?")
is no change: it gets its article. Neither is a moment ("I'm at the gym now", "going to the
gym") or a one-off ("training at home today").

Pure: text in, the setting and its new answer (or None) out. The answer is read by the setup
questions' own reader (bot.coach.onboarding), so "home with bands" means what it meant then.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.coach.goals import Goals
from bot.coach.matcher import words
from bot.coach.onboarding import STEPS, Answer, AnswerError, parse_text

MAX_WORDS = 12  # a longer message says more than a change (as for smalltalk): the coach


@dataclass(frozen=True)
class Said:
    """A setting said to have changed, and its new answer; None when the words name the
    setting but not what it is now ("I changed my goal", "I'm not a beginner anymore")."""

    step: str  # "goal", "place" or "experience"
    answer: Answer | None


# Asking, comparing or supposing: a question about the subject, never a change.
_ASKS = re.compile(
    r"^(can|could|should|would|shall|will|is|are|am|do|does|did|what|whats|which|how|hows|why"
    r"|when|where|who|any|tips|advice|tell|explain|give|show)\b"
    r"|\b(should|could|can) (we|you)\b|\b(is it|is that|better|best|worth|vs|versus|or|if"
    r"|whether|difference|compare|okay to|ok to|possible|enough)\b"
)
# Said of the moment or of one day, or of the past: no change to the program.
_ONE_OFF = re.compile(
    r"\b(today|tonight|tomorrow|this (morning|afternoon|evening|week|weekend)|right now"
    r"|used to|was|sometimes|too|as well)\b"
    r"|^(im|am) (at|in) (the )?(gym|home)( now)?$|^(im|am) home( now)?$"
    r"|\b(going|off|heading|headed|on my way|leaving|left) (to |for |from )?(the )?(gym|home)"
    r"(?! again| from now on| instead)\b"
)
# More said than a change: "I train at home but my knees…" is for the coach.
_MORE = re.compile(r"\b(but|because|cause|though|although|however|since then)\b")
# A word saying something is new, not just so.
_NEW = re.compile(
    r"\b(now|instead|anymore|any more|again|from now on|these days|nowadays|no longer"
    r"|switch\w*|chang\w*|mov(e|ed|ing)|back|decided|rather|new|started|starting|joined"
    r"|cancel+ed|quit|membership|start)\b"
)
_NOT = re.compile(r"\b(dont|do not|no longer|not|never|stopped|quit|cancel+ed|left|lost|no"
                  r"|cant|cannot|without)\b")  # fmt: skip
# The time zone named: "home" beside it is where they are, not where they train.
_ZONE = re.compile(r"\btime ?zones?\b")
# No ball said beside home: the ball left out, not home given up.
_NO_BALL = re.compile(
    r"\b(no|without|dont have|do not have|havent got)( an?| any)?( \w+)? balls?\b"
)
# A question after the statement, in the same message.
_ASKS_AFTER = re.compile(
    r"[,.;:!-]\s*(so |and |but )?(where|how|what|whats|which|should|can|could|do|does|is|are|why"
    r"|when|any tips)\b",
    re.IGNORECASE,
)

# A goal given up rather than taken ("not my legs" is a goal of its own).
_GOAL_NOT = re.compile(
    r"\b(dont|do not|no longer|not|never|stopped|quit)( \w+)? (want|wanna|going|gonna|compet\w*"
    r"|doing|do|interested|into|training|focus\w*)\b"
)

# The words each setting is named by, and how a statement of it must start (after "so",
# "ok", "actually"; "I" is dropped by matcher.words, so "I train" starts at "train").
_LEAD = r"^((so|ok|okay|well|actually|hey|btw|fyi|update|also|and|but|oh|just so you know) )*"
_GOAL = re.compile(
    r"\b(compet\w*|contest|figure|bodybuild\w*|physique|bikini|tone|toned|toning|goal"
    r"|glutes only|(only|just) (my |the )?glutes|bigger legs|grow (my )?glutes"
    r"|bigger (glutes|butt)|booty)\b"
)
_GOAL_SAID = re.compile(
    _LEAD + r"(im |id |ill |ive |weve |now |just |really |actually |decided to |changed my mind "
    r"|dont |do not |no longer |not |never )*"
    r"(want|wanna|would|like|going|gonna|decided|plan|planning|doing|do|training|train|prepping"
    r"|prepare|preparing|competing|compete|focus|focusing|rather|switch\w*|chang\w*|mov\w*"
    r"|chose|choose|picked|pick|my goal|new goal|goal|only want|just want|signed up|entered)\b"
)
_PLACE = re.compile(
    r"\b(home|house|gym|bodyweight|body weight|equipment|bands?|ball|weights|dumbbells?"
    r"|park|outside|outdoors|garage|living room|membership)\b"
)
_PLACE_SAID = re.compile(
    _LEAD + r"((im|ive|ill|we|were|now|just|only|mostly|usually|actually|currently|going to"
    r"|gonna|will|have to|got to|can only|decided to|started|starting to|start|want to|back|been"
    r"|be|dont|do not|no longer|not|never|stopped) )*(want|prefer|rather|train|training"
    r"|trained|work ?out|working out|workouts?|lift|lifting|exercise|exercising|have|got|own"
    r"|bought|joined|join|use|using|switch\w*|mov\w*|chang\w*|back|no|only|cancel+ed|quit"
    r"|lost|left|home|gym|bodyweight|do|doing|go|going)\b"
)
_HABIT = re.compile(  # "I train at home": how they train, said as a fact
    _LEAD + r"((mostly|usually|only|just|always|now|we) )*(train|work ?out|lift|exercise)"
    r" (at|from|in) "
)
_EXPERIENCE = re.compile(
    _LEAD + r"(((ive|have|ve) )?(now |actually )?been|im|am) (lifting|training|working out"
    r"|going to (the )?gym|at it|doing (this|it|weights)|strength training)( weights)?"
    r"( for| since)?( about| over| almost| nearly| around| like| more than)?( (\d+|an|one|two"
    r"|three|four|five|six|seven|eight|nine|ten|few|several|couple( of)?))?( \d+| and half| half)?"
    r"( years?| months?| weeks?| yrs?)( now| already| so far| total| in total)?$"
    r"|" + _LEAD + r"(im|am) (now |no longer |not |really |actually )?(an? )?(beginner|novice"
    r"|newbie|intermediate|advanced|experienced)( lifter| anymore| any more| now)*$"
)


def said_change(text: str, goals: Goals) -> Said | None:
    """The setting a statement says has changed, with its new answer when it says one."""
    step = changed_setting(text)
    if step is None:
        return None
    return Said(step, _new_answer(step, text, " ".join(words(text)), goals))


def said_earlier(step: str, text: str, goals: Goals) -> Answer | None:
    """During the setup, the new answer to a question before `step` said as news ("I train
    at home now" at the days question)."""
    said = said_change(text, goals)
    if said is None or STEPS.index(said.step) >= STEPS.index(step):
        return None
    return said.answer


# Said beside a change of place, no more than it: the gym given up ("cancelled my gym
# membership, ...") and the kit owned ("... I have adjustable dumbbells up to 24kg and a bench").
_GAVE_UP = re.compile(
    r"\b(?:cancel+ed|quit|left|ended|stopped)(?: my| the)? gym(?: membership)?\b[,.;!]?", re.I
)
_KIT_OWNED = re.compile(
    r"(?:(?<=[.!;])|^)\s*(?:and |but )?(?:i )?(?:have|['’]?ve got|got|own|bought)\b[^.!;?]*"
    r"\b(?:dumbbells?|bench|bands?|ball|kettlebells?|weights)\b[^.!;?]*",
    re.I,
)


def _change_itself(text: str) -> str:
    """A long message's change of place alone, without the gym given up and the kit owned
    said beside it (the kit is still read from the whole message: home_kit)."""
    return _KIT_OWNED.sub(" ", _GAVE_UP.sub(" ", text))


def changed_setting(text: str) -> str | None:
    """The setting ("goal", "place", "experience") a statement says has changed, if any."""
    ws = words(text)
    if len(ws) > MAX_WORDS and (itself := words(_change_itself(text))):
        ws = itself if _PLACE.search(" ".join(itself)) else ws
    joined = " ".join(ws)
    if not ws or len(ws) > MAX_WORDS or "?" in text or _ASKS.search(joined):
        return None
    if _ASKS_AFTER.search(text):  # "I want a rounder booty, where do I start": asked
        return None
    if _ONE_OFF.search(joined) or _MORE.search(joined):
        return None
    if _GOAL.search(joined) and _PLACE.search(joined):
        return None  # a goal and a place at once: more than a change, left to the coach
    if _ZONE.search(joined):  # "back home in NYC, change my timezone": the zone, not the place
        return None
    named = [step for step, said in _STATEMENTS if said(joined)]
    return named[0] if len(named) == 1 else None


def _goal_said(joined: str) -> bool:
    return bool(_GOAL.search(joined) and _GOAL_SAID.search(joined) and _NEW.search(joined))


def _place_said(joined: str) -> bool:
    if not _PLACE.search(joined):
        return False
    return bool(_HABIT.search(joined) or (_PLACE_SAID.search(joined) and _NEW.search(joined)))


def _experience_said(joined: str) -> bool:
    return _EXPERIENCE.search(joined) is not None


_STATEMENTS = (("goal", _goal_said), ("place", _place_said), ("experience", _experience_said))


# What is left behind: "the gym now instead of home" is the gym.
_INSTEAD_OF = re.compile(r"\b(instead of|rather than|not at|no more)( the| a| my)? \w+", re.I)
# Home from a trip, beside a place: "back home, back at my gym" is at the gym.
_HOME_FROM_A_TRIP = re.compile(
    r"\b(back|got|made it|flew|came) home\b(?=.*\b(gym|bodyweight)\b)", re.IGNORECASE
)


def _new_answer(step: str, text: str, joined: str, goals: Goals) -> Answer | None:
    """The new answer, read as the setup question would read it. Said with a "not", only
    bodyweight (what is left once the kit is gone: "no equipment anymore") is sure; "I don't
    want to compete anymore" names no new goal."""
    if step == "place":  # "cancelled my gym membership, ...": the gym left, no answer
        text = _GAVE_UP.sub(" ", text)
        joined = " ".join(words(_change_itself(text)))
    try:
        said = _INSTEAD_OF.sub(" ", text)
        said = _HOME_FROM_A_TRIP.sub(" ", said) if step == "place" else said
        answer = parse_text(step, said, goals, typos=False)
    except AnswerError:
        return None
    if step == "goal" and _GOAL_NOT.search(joined):
        return _goal_taken_beside(text, goals)
    if step == "place" and answer.no_ball:  # "at home now, no ball": home, the ball left out
        joined = _NO_BALL.sub(" ", joined)
    if step == "place" and _NOT.search(joined) and answer.value != "bodyweight":
        return None
    return answer


# Where a goal given up ends and the one taken instead may start: "not competing this
# year, just want to tone now".
_CLAUSES = re.compile(r"[,.;:!]+|\s[-–—]+\s|\b(?:but|so|and|instead|now)\b", re.IGNORECASE)


def _goal_taken_beside(text: str, goals: Goals) -> Answer | None:
    """The goal a part of the message takes, beside another it gives up; None when every
    part naming a goal gives it up ("I don't want to compete anymore")."""
    for part in _CLAUSES.split(text):
        joined = " ".join(words(part))
        if not _GOAL.search(joined) or _GOAL_NOT.search(joined):
            continue
        try:
            return parse_text("goal", part, goals, typos=False)
        except AnswerError:
            continue
    return None


# Where someone is, said as news: "I'm in New York this week", "travelling to Chicago",
# "back in Berlin now". The place is kept only if it reads as a time zone (the caller's
# check), so "I'm in the gym" or "I'm in pain" are no move.
_WHEREABOUTS = re.compile(
    _LEAD + r"(im |am |were |we are |i am )?(now |currently |staying |working |back |here )*"
    r"(in|at|to) (?P<place>[a-z][a-z ]*?)"
    r"( (this|next|for the|for a|for|until|till|til|all) \w+( \w+)?| now| again| for work"
    r"| on business| at the moment)*$"
    r"|" + _LEAD + r"(im |am |were |i am |we |we have |we ve |weve |ive |have )?(now |just "
    r"|recently |finally )*(travel+ing|flying|going|moving|moved|relocat\w*|off|headed"
    r"|heading) to (?P<went>[a-z][a-z ]*?)( (this|next|for the|for a|for|until|till) \w+( \w+)?"
    r"| now| for work| on business| tomorrow| today| for good)*$"
    r"|" + _LEAD + r"(we |just |now |actually |really )*(live|living|based) in "
    r"(?P<lives>[a-z][a-z ]*?)( now| these days| for good| actually| not (in )?[a-z]+)*"
    # why the zone was wrong, told after it: "my daughter set it up"
    r"( (my|our|the|she|he|they|someone|somebody|it|this|that) .*)?$"
)
# Moved for good, not a trip: the zone left is no home to go back to.
_MOVED = re.compile(r"\b(moved|moving|relocat\w*|live|living|based)\b")
_TRIP = re.compile(r"\b(this|next|for the|for a|until|till|til) (week|weekend|month|days?|few)\b"
                   r"|\bfor \d+ (days?|weeks?|months?)\b")  # fmt: skip
# What may follow the place, asked in the same message: the workout time there.
_THEN_TIME = re.compile(r"\b(send|sent|time|am|pm|clock|oclock|morning|evening|\d)\b")


def said_whereabouts(text: str) -> str | None:
    """The place someone says they are in now, or travelling to ("New York" from "I'm in New
    York this week"), for the time zone; None when a question is asked or nothing is said.
    A request about the workout time after it ("moved to new york, can you send at 7am my
    time") is the caller's to read (`time_after`)."""
    head, _ = _place_then_time(text)
    ws = words(head)
    told = " ".join(ws[1:] if ws[:2] == ["am", "in"] else ws)  # "(I) am in Tokyo": not asked
    if not ws or len(ws) > MAX_WORDS or "?" in text or _ASKS.search(told):
        return None
    found = _WHEREABOUTS.search(" ".join(ws))
    if found is None:
        return None
    return found["place"] or found["went"] or found["lives"]


def said_moved(text: str) -> bool:
    """Whether the place said is a move for good ("moved to new york"), not a trip."""
    head = " ".join(words(_place_then_time(text)[0]))
    return _MOVED.search(head) is not None and _TRIP.search(head) is None


def time_after(text: str) -> str | None:
    """The request after the place, when it is about the workout time ("can you send at 7am
    my time"); None when nothing follows the place."""
    return _place_then_time(text)[1]


def _place_then_time(text: str) -> tuple[str, str | None]:
    """The message cut where a request about the time follows the place said."""
    cut = re.match(r"^(?P<head>[^,;.!?]+)[,;.!]\s*(?:so |and )?(?P<rest>.+)$", text.strip())
    if cut is None or _THEN_TIME.search(" ".join(words(cut["rest"]))) is None:
        return text, None
    return cut["head"], cut["rest"]


# Home again, no city said: "back home now", "I'm home", "home again 🙌", "got back home from
# my trip". The zone before the trip is the caller's to know.
_BACK_HOME = re.compile(
    r"^(?:(?:ok|okay|so|well|hey|hi|yay|finally|just|and) )*(?:(?:im |i am |were |we re )?"
    r"(?:just )?(?:got |made it |came |flew )?back (?:at )?home|(?:im|i am|were|we re|got|made it)"
    r" home|home (?:now|again|at last|safe))"
    r"(?: (?:now|again|at last|finally|safe|safely|yay|from (?:my |the |a )?(?:work )?\w+))*$"
)


def said_back_home(text: str) -> bool:
    """ "back home now": home again from a trip, with no city named."""
    return "?" not in text and _BACK_HOME.match(" ".join(words(text))) is not None
