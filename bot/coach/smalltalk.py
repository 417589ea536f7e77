"""Conversation that isn't a training question: greetings, thanks, emoji, a bare yes/no, and
requests that belong to a command (pause, delete, today's workout, settings, skipping a
day, help), a workout reported done, and feedback on an answer. Also pain and injury, which
the coach must not advise on.

Recognised by small word patterns on short messages only, so a long post that happens to
say "thanks" or "help" still goes to the matcher. Pure: text in, an Intent (or None) out.
"""

from __future__ import annotations

import re
from enum import StrEnum

from bot.coach import smalltalk_about as about
from bot.coach import smalltalk_life as life
from bot.coach import smalltalk_pain as pain
from bot.coach import smalltalk_patterns as p
from bot.coach import smalltalk_reports as reports
from bot.coach import smalltalk_skip as skip
from bot.coach import smalltalk_workout as w
from bot.coach.matcher import without_not_pain, words
from bot.coach.matcher.scope import anchored, asked_clauses
from bot.coach.matcher.text import MAX_WORD, fold
from bot.coach.profile_change import changed_setting
from bot.coach.schedule import parse_days
from bot.coach.smalltalk_slang import plain

MAX_WORDS = 12  # longer messages are questions, whatever they open with
_TOKEN = re.compile(r"[a-z]+|\d+")  # as the matcher's words are cut (matcher/text.py)


class Intent(StrEnum):
    GREETING = "greeting"
    THANKS = "thanks"
    EMOJI = "emoji"
    YES_NO = "yes_no"
    PAUSE = "pause"
    DELETE = "delete"
    TODAY = "today"
    WEEK = "week"  # "what does my week look like?": /week itself
    HELP = "help"  # "help", "what can you do": what /help lists
    ABOUT = "about"  # "who are you", "are you a bot": what the bot is
    PAIN = "pain"
    SETTINGS = "settings"  # change an answer: goal, days, time, place, units
    SKIP = "skip"  # not training today, or a day missed
    DONE = "done"  # a workout reported done outside logging
    FEEDBACK = "feedback"  # "that didn't help"
    BYE = "bye"  # "bye", "see you tomorrow"
    RESUME = "resume"  # "I'm back", "resume my workouts"
    PLAN = "plan"  # "give me a workout", "this week's plan": the program is already made
    PROGRESS = "progress"  # "how am I doing", "show my progress": /progress itself
    HISTORY = "history"  # "what did I do last week": /history itself
    RESTART = "restart"  # "start over", "reset everything"
    CONFUSED = "confused"  # "???", "what?", "I don't get it": what to do next
    SHORT = "short"  # "I only have 20 minutes", "make it shorter today"
    AWAY = "away"  # "I'm travelling this week": pause, or train without the gym
    FOLLOW_UP = "follow_up"  # "why?", "how so?": each message is read on its own
    ADJUST = "adjust"  # "make it harder": the plan adapts to what is logged
    EDIT_PLAN = "edit_plan"  # "remove squats from my plan": swap while logging, log extras
    HUMAN = "human"  # "can I talk to a human", "I have a suggestion": no one to pass it to
    COST = "cost"  # "is this free": no payment anywhere
    SOURCES = "sources"  # "where do the articles come from": named on every answer
    DATA = "data"  # "what do you know about me", "export my data": /privacy, /export
    LOG_HOW = "log_how"  # "how do I log", "wrong weight, fix it": Start logging, /log, /undo
    LATER = "later"  # "I'll do it tonight": the workout stays on /today
    LATER_DAY = "later_day"  # "i will do the rest tomorrow": logged then, said "yesterday:"
    MOTIVATION = "motivation"  # "I'm not motivated", "I feel lazy today"
    PRAISE = "praise"  # "I love this bot"
    EQUIPMENT = "equipment"  # "the squat rack is taken": Swap, or log what was done
    SCHEDULE = "schedule"  # "what time will you send my workout": /week, /settings
    PLATFORM = "platform"  # "do you have an app", "do you speak spanish": Telegram, English
    UPBEAT = "upbeat"  # "I feel great today": the workout
    TODAYS_LOG = "todays_log"  # "what's left today": /log
    FORM = "form"  # "can you check my form": no videos; the cards say how
    BODYWEIGHT = "bodyweight"  # "I lost 2kg": not tracked, the lifts are
    NO_PUSH = "no_push"  # "why didn't you send my workout": days, time, zone, pause
    BUTTONS = "buttons"  # "the buttons don't work": fresh ones, or type instead
    MISTAKE = "mistake"  # "sorry, wrong chat", "ignore that": nothing to do
    CHITCHAT = "chitchat"  # "tell me a joke": not training, and not a question to learn
    SORE = "sore"  # "my legs are sore": not in the articles; today's workout, or skip it
    PERIOD = "period"  # "I'm on my period": not in the articles; skip today, or pause
    MISSED = "missed"  # "I forgot my workout": the plan carries on; log it if it was done
    GEAR = "gear"  # "I bought dumbbells": where you train, offered (asked, not changed)
    SIZE = "size"  # "why is my workout so short": the program sets it; loads rise
    TERMS = "terms"  # "what does session A mean", "what is week 1": how the program runs
    DAYS_OFF = "days_off"  # "no workouts on fridays": those days off the training days, asked
    DAYS_SWAP = "days_swap"  # "tuesday instead of thursday": one day for another, asked
    DAYS_ADD = "days_add"  # "can I add friday": that day beside the others, asked
    FELT = "felt"  # "great session", "loved it": well done, and the sets for the next one
    NOTATION = "notation"  # "what does 3 x 8-12 mean": how to read a workout's lines
    BENCH = "bench"  # "can I do this without a bench?": a couch edge at home, Swap at a gym
    SHOW = "show"  # "my show is in 6 weeks, what should I change?": not in the articles
    SAFETY = "safety"  # "are good mornings dangerous": the articles are for healthy people


# About the bot, the person's data or their log: before erasing ("delete my last log" is /undo).
_FIRST: tuple[tuple[re.Pattern[str], Intent], ...] = (
    (about.HUMAN, Intent.HUMAN),
    (about.COST, Intent.COST),
    (about.SOURCES, Intent.SOURCES),
    (about.DATA, Intent.DATA),
    (about.LOG_HOW, Intent.LOG_HOW),
    (p.PRAISE, Intent.PRAISE),
    (about.HELP_PHRASE, Intent.HELP),
    (about.PLATFORM, Intent.PLATFORM),
    (about.FORM, Intent.FORM),
    (about.BODYWEIGHT, Intent.BODYWEIGHT),
    (about.TODAYS_LOG, Intent.TODAYS_LOG),
    (about.NO_PUSH, Intent.NO_PUSH),
    (about.BUTTONS, Intent.BUTTONS),
    (about.NOTATION, Intent.NOTATION),
    (about.CHITCHAT, Intent.CHITCHAT),
)
# The person's own training, said ("my legs are sore"): before the requests, which share words.
_LIFE: tuple[tuple[re.Pattern[str], Intent], ...] = (
    (life.SORE_JOINT, Intent.PAIN),
    (life.SORE, Intent.SORE),
    (life.PERIOD, Intent.PERIOD),
    (life.MISSED, Intent.MISSED),
    (life.GEAR, Intent.GEAR),
    (life.SIZE, Intent.SIZE),
    (life.BENCH, Intent.BENCH),
    (life.HARDER, Intent.ADJUST),
    (life.DAYS_SWAP, Intent.DAYS_SWAP),
    (life.DAYS_ADD, Intent.DAYS_ADD),
    (life.FELT, Intent.FELT),
    (life.DAYS_OFF, Intent.DAYS_OFF),
)
# What a message longer than MAX_WORDS may still say, with the why around it.
_TOLD_LONG: tuple[tuple[re.Pattern[str], Intent], ...] = (
    (about.NO_PUSH, Intent.NO_PUSH),  # a push at another hour than it used to come
    (p.PAUSE_TOLD, Intent.PAUSE),
    (life.GEAR, Intent.GEAR),  # the kit listed: "...home gym with a barbell, plates and a bench"
)
# Requests recognised by a phrase, first match wins (skipping today before today's workout).
_REQUESTS: tuple[tuple[re.Pattern[str], Intent], ...] = (
    (p.ABOUT, Intent.ABOUT),
    (p.SCHEDULE, Intent.SCHEDULE),
    (p.EQUIPMENT, Intent.EQUIPMENT),
    (skip.SKIP, Intent.SKIP),
    (w.DONE, Intent.DONE),
    (p.LATER, Intent.LATER),
    (w.ON_IT, Intent.LATER),
    (p.LATER_DAY, Intent.LATER_DAY),
    (w.WEEK, Intent.WEEK),
    (w.TODAY, Intent.TODAY),
    (p.SETTINGS, Intent.SETTINGS),
    (life.TIME_WANTED, Intent.SETTINGS),  # "i want the workout at 7 am now": the time
    (p.PLAN, Intent.PLAN),
    (p.TERMS, Intent.TERMS),
    (reports.HISTORY, Intent.HISTORY),
    (reports.PROGRESS, Intent.PROGRESS),
    (w.ADJUST, Intent.ADJUST),
    (p.EDIT_PLAN, Intent.EDIT_PLAN),
    (p.RESTART, Intent.RESTART),
    (p.SHORT, Intent.SHORT),
    (p.FEEDBACK, Intent.FEEDBACK),
    (p.GIVING_UP, Intent.MOTIVATION),
    (p.UPBEAT, Intent.UPBEAT),
)


# Which answer a change asks about (zone before time: "time zone" names the zone).
_SETTING_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("zone", re.compile(r"\btime ?zones?\b|\b(moved|moving|relocated|relocating) to\b")),
    ("time", re.compile(r"\b(time|earlier|later|am|pm|morning|evening)\b|\b(at|back to) \d")),
    ("days", re.compile(r"\b(days?|weekends?|weekdays|schedule|mondays?|tuesdays?|"
                        r"wednesdays?|thursdays?|fridays?|saturdays?|sundays?|"
                        r"mon|tue|wed|thu|fri|sat|sun)\b")),
    ("unit", re.compile(r"\b(units?|kg|kgs|kilos?|lbs?|pounds|metric|imperial)\b")),
    ("goal", re.compile(r"\b(goals?|bikini|compete|competing|competition|toning|tone)\b")),
    ("place", re.compile(r"\b(home|gym|bodyweight)\b")),
    ("experience", re.compile(r"\b(experience|level)\b")),
)  # fmt: skip


_ZONE_NAMED = re.compile(r"\btime ?zones?\b")


# When a change starts ("back to 6:15 pm from tuesday"): no day of training named.
_FROM_DAY = re.compile(
    r"\b(from|starting|as of|beginning) (next |this )?(mon|tues?|wed|thu|thurs|fri|sat|sun)"
    r"(day|nesday|rsday|urday)?\b|\b(from|starting) (tomorrow|next week)\b"
)


def setting_named(text: str) -> str | None:
    """The one answer a request to change something names ("change my days to tue and fri":
    days); None when it names none or several."""
    joined = _FROM_DAY.sub("", " ".join(words(text)))
    named = [step for step, pattern in _SETTING_WORDS if pattern.search(joined)]
    if _ZONE_NAMED.search(joined):  # "back home in NYC, change my timezone": only the zone
        named = ["zone"]
    elif p.SEND_AT.search(joined) or life.TIME_WANTED.search(joined):  # "... send it at 7pm"
        named = ["time"]
    return named[0] if len(named) == 1 else None


# A setting named alone ("the time", "units", "pounds"), as typed for a /settings button.
_BARE_SETTING = re.compile(
    r"^(change |my |the )*(goal|training days|days|workout time|time|units?|time ?zone|"
    r"experience|level|kg|kgs|kilos|lbs?|pounds)( please)?$"
    r"|^\w+ (to |in )?(kg|kgs|kilos|lbs?|pounds)( please| instead)?$"  # "swtich to pounds"
)


# A clock time typed alone ("7am", "at 6:30 pm", "18:30"): the workout time, as no load or
# reps are written so.
_BARE_TIME = re.compile(r"(at |around )?(\d{1,2}([:.]\d{2})? ?(am|pm)|\d{1,2}:\d{2})( please)?")


def bare_setting(text: str) -> str | None:
    """The answer a setting's name typed alone names: "the time" is the time, and so is a
    clock time typed alone; days typed alone are the days."""
    if _BARE_TIME.fullmatch(text.casefold().strip(" .!")):
        return "time"
    if len(parse_days(text) or ()) > 1:  # "mon wed fri"; "monday" alone may ask about it
        return "days"
    return setting_named(text) if _BARE_SETTING.match(" ".join(words(text))) else None


def never_mind(text: str) -> bool:
    """ "cancel", "never mind", "keep it": the change asked for is not wanted after all."""
    return p.NEVER_MIND.match(" ".join(words(text))) is not None


def talk_words(text: str) -> list[str]:
    """The matcher's words (matcher.words) with "I" kept: the matcher drops single letters,
    and its figures are measured that way, but "I did" and "the last time I did" need it."""
    return [
        w
        for w in _TOKEN.findall(fold(text))
        if (len(w) > 1 or w.isdigit() or w == "i") and len(w) <= MAX_WORD
    ]


class _Said:
    """A message folded twice for the patterns: without "I" (as most were written: "am
    doing this right") and with it ("the last time i did"). A pattern holds if either does."""

    def __init__(self, text: str, joined: str) -> None:
        with_i = " ".join(talk_words(text))
        self.texts = (joined,) if with_i == joined else (joined, with_i)

    def search(self, pattern: re.Pattern[str]) -> bool:
        return any(pattern.search(t) for t in self.texts)

    def match(self, pattern: re.Pattern[str]) -> bool:
        return any(pattern.match(t) for t in self.texts)


# What people wrap a message in: "hey coach, ok so ..." before, "... thanks!", "pls", "lol"
# after. Read without them when the whole message is no conversation the coach knows.
_OPENER = re.compile(
    r"^\s*(?:(?:hey|hi|hello|hiya|yo|ok|okay|so|um+|uh+|well|btw|also|oh|ah|hmm+|alright|coach"
    r"|quick question|nah|sorry|mate)\b[\s,.!:;-]*)+",
    re.IGNORECASE,
)
_CLOSER = re.compile(
    r"(?:[\s,.!?]*(?:\b(?:thanks|thank you|thanku|thx|ty|pls|plz|please|coach|lol|haha+|cheers"
    r"|mate|pal|buddy|bro|sorry)\b"
    r"|[^\w\s?]+))+\s*$",
    re.IGNORECASE,
)


def understand(text: str) -> Intent | None:
    """The conversational intent of a message, or None for a training question; a message
    wrapped in an opener or a closer ("hey coach, can I skip today? thanks") is read without
    them when it says nothing the coach knows as it stands."""
    text = plain(text)
    intent = _understand(text)
    if intent is None:
        core = _CLOSER.sub("", _OPENER.sub("", text)).strip()
        if core and core != text.strip():
            intent = _understand(core)
    if intent is None and (back := _BACK_THEN.match(text)) is not None:
        intent = _understand(back["said"]) if _WHAT_NOW.search(back["asked"]) else None
        intent = intent if intent == Intent.RESUME else None
    if intent is None:  # "can you make my plan harder? this is too easy": one thing, twice
        parts = [p for p in _SENTENCES.split(text.strip()) if p.strip()]
        said = {_understand(p) for p in parts} if 1 < len(parts) <= 3 else {None}
        intent = said.pop() if len(said) == 1 else None
        if intent is None and said == {None, Intent.LOG_HOW} and _understand(parts[-1]):
            intent = Intent.LOG_HOW  # "I did the exercises. What do I press now?"
        if intent is None and said == {None, Intent.GEAR} and _understand(parts[-1]):
            intent = Intent.GEAR  # "Sorry for the silence. I've set up a home gym now."
    return intent


_SENTENCES = re.compile(r"(?<=[?!.])\s+")


# "I'm back! what do I do now?": back, then asking what next, which the welcome back says
# (the whole went to the matcher, and "back" brought the Back extension card).
# A sentence between them ("I am back. The grandchildren were visiting. Where was I?") says
# why they were away: the asking is the last one.
_BACK_THEN = re.compile(
    r"^\s*(?P<said>[^!.?]+)[!.]+\s+(?:[^!.?]+[!.]+\s+){0,2}(?P<asked>[^!.?]+[!.?]*)\s*$"
)
_WHAT_NOW = re.compile(
    r"^\s*(?:so |ok |okay |and )?(?:what (?:do i do |should i do |now|next)|what s next"
    r"|whats next|now what|where do i (?:start|begin)|where was i|how do i (?:start|get going)"
    r"|what(?: do| should)? i (?:do )?now)[^\w]*(?:now)?\W*$",
    re.IGNORECASE,
)


def _understand(text: str) -> Intent | None:
    ws = words(text)
    joined = " ".join(ws)
    said = _Said(text, joined)
    unhurt = without_not_pain(joined)
    if pain.PAIN.search(unhurt) or (pain.INJURY.search(unhurt) and not pain.SPRINT.search(joined)):
        return Intent.PAIN
    if pain.RISK.search(unhurt) and not pain.SPRINT.search(joined):
        return Intent.SAFETY
    if said.search(life.SHOW):
        return Intent.SHOW
    if not ws:
        stripped = text.strip()
        if stripped and set(stripped) <= set("?!. "):  # "???", "?!"
            return Intent.CONFUSED
        return Intent.EMOJI if stripped else None
    if said.search(life.AWAY_SPAN) and "?" not in text and len(ws) <= 2 * MAX_WORDS:
        return Intent.AWAY
    if len(ws) > MAX_WORDS:
        # told with why: "why did it come at 8 today it used to come at 9"
        told = (i for pattern, i in _TOLD_LONG if said.search(pattern))
        return next(told, None) if len(ws) <= 2 * MAX_WORDS else None
    given = frozenset(_GREETING_DRAWN.get(w[:2], w) if _DRAWN_OUT.fullmatch(w) else w for w in ws)
    for pattern, intent in (*_FIRST, *_LIFE):
        if said.search(pattern):
            return intent
    if said.search(p.DELETE):
        return Intent.DELETE
    if said.search(p.RESUME):
        return Intent.RESUME
    paused = (said.search(p.PAUSE) or said.search(p.PAUSE_TOLD)) and not p.FOR_TODAY.search(joined)
    if paused or said.match(p.CANCEL):
        return Intent.PAUSE
    asks = bool(p.ASKS.search(joined)) or "?" in text
    if said.search(p.BEEN_AWAY) and not asks:
        return Intent.RESUME
    if said.search(p.AWAY) and not asks:
        return Intent.AWAY
    if said.match(p.CONFUSED) or (joined == "sorry" and text.rstrip().endswith("?")):
        return Intent.CONFUSED  # ("sorry?" asks again; "sorry" alone apologises)
    if said.match(p.FOLLOW_UP):
        return Intent.FOLLOW_UP
    for pattern, intent in _REQUESTS:
        if said.search(pattern) and not (intent == Intent.SHORT and _asks_training(text)):
            return intent
    if said.search(p.MOTIVATION) and not asks:  # "why am I so tired?" is a question
        return Intent.MOTIVATION
    if changed_setting(text) is not None:  # "I train at home now": a change, said as news
        return Intent.SETTINGS
    if said.match(p.GOOD_NIGHT):
        return Intent.BYE
    if said.match(about.MISTAKE):
        return Intent.MISTAKE
    if said.match(p.GREETING_PHRASE):
        return Intent.GREETING
    if (
        given & p.GREETINGS
        and given <= p.GREETINGS | p.GREETING_FILLER
        and not _ASKS_MOVE.search(joined)
    ):
        return Intent.GREETING
    if "how" in given and len(ws) >= 3 and given <= p.HOW_ARE_YOU | p.GREETING_FILLER:
        return Intent.GREETING
    if given & p.THANKS and given <= p.THANKS | p.ACK | p.GREETING_FILLER | p.THANKS_FILLER:
        # "no thanks" turns an offer down
        return Intent.YES_NO if given & p.NO else Intent.THANKS
    if (given & p.BYE or said.search(p.BYE_PHRASE)) and given <= p.BYE | p.BYE_FILLER | p.ACK:
        return Intent.BYE
    if given <= p.ACK or said.match(p.ACK_PHRASE):
        return Intent.YES_NO
    if "help" in given and given <= p.HELP_ONLY | p.GREETINGS | p.GREETING_FILLER:
        return Intent.HELP
    if given <= p.HELP_ONLY and len(ws) >= 3:  # "what can you do", "how does this work"
        return Intent.HELP
    return None


_WH = re.compile(r"^\W*(what|whats|what's|which|how|why)\b", re.IGNORECASE)


def _asks_training(text: str) -> bool:
    """Asks what or how of a subject it names ("I only have 20 minutes. What's the most
    important glute exercise?"): the coach answers that rather than only the time said ("can
    I just do hip thrusts?" is about today's workout, which the reply to the time says)."""
    return any(_WH.match(c) and anchored(c) for c in asked_clauses(text))


# A greeting drawn out ("hiii", "heyyy", "helloooo"): greeted as the short one is.
_DRAWN_OUT = re.compile(r"hi{2,}|hey{2,}|he{2,}y+|hel{2,}o{2,}|hel{3,}o+")
_GREETING_DRAWN = {"hi": "hi", "he": "hey"}
# "whats a good morning": the exercise asked about, not "what's up, good morning".
_ASKS_MOVE = re.compile(r"\b(what|whats) (is |are )?(a |the )?good mornings?\b")


# A greeting opening a question ("Good morning! What's the tie-in?"): "good morning" is also
# an exercise, and the greeting is no part of what is asked.
_GREETING_LEAD = re.compile(
    r"^\s*(?:(?:good\s+)?(?:morning|afternoon|evening|day)|hi+|hey+|hello|hiya|heya|yo|howdy"
    r"|greetings)(?:\s+(?:there|coach|all|guys|everyone|team|again|ladies|folks))?"
    r"(?:\s*[!,.:;\-\u2013\u2014]+\s*|\s+(?=(?:what|whats|what's|how|is|are|do|does|can|could"
    r"|should|why|which|when|where|any|quick)\b))(?=\S)",
    re.IGNORECASE,
)


def without_greeting(text: str) -> str:
    """The message without a greeting that opens it, when something follows."""
    return _GREETING_LEAD.sub("", text, count=1)
