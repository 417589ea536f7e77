"""Match a free-text question to a curated entry or exercise card, with a confidence.

Method (chosen by measurement, see bench/bench_matcher.py): every phrasing of an entry,
and every name/alias/phrasing of an exercise card, is a short document. Text is folded
(accents, case, punctuation, emoji), typo- and run-together-corrected against the known
vocabulary, lightly stemmed, mapped through synonyms (butt/booty/bum -> glute, stair
master/stepper -> stepmill...) and stripped of stopwords. Terms are weighted by a flattened
IDF; an item scores the best cosine between the question and one of its documents, blended
with the cosine against all its documents merged; a card the question names by its whole
name gets a small lead (not over an entry about that card, nor when named as missing), and a
variant's card ("banded hip thrust") loses weight when only its base is named. Words the
content never uses count against a match; a message with nothing but generic words
("workout", numbers) matches nothing. What the articles don't cover is declined first, with
the gap named (`scope`: an exercise no card names, a timeframe, nutrition, another muscle);
a few off-limits words (medical, clothes, other sports, the bot itself...) still veto a
match outright.
Above `answer_at` with no runner-up within `margin`: an answer; with one: "did you mean"
with up to three choices, except between two entries: the first is answered and the second,
within `also_within`, is its `runner_up` (told in brief beneath); below `suggest_at` (equal
to `answer_at`, measured on real near-misses: a weak match offered as a choice read as an
answer to what the articles don't cover): unknown, with nearby topics to tap.

Pure Python, no Telegram, no SQL, no files. Work is capped: at most MAX_CHARS characters and
MAX_TERMS terms of a message are looked at, and a "word" over MAX_WORD letters is dropped.

Modules: `vocabulary` (word tables), `text` (text -> terms), `told_moves` (moves a person
says they do, not asks about), `ranking` (the Matcher, and which entry defines the thing a
"what is X?" asks about), `scope` (what the articles don't cover), `names` (exact-ish lookup
by name).
"""

from bot.coach.matcher.names import NameIndex
from bot.coach.matcher.ranking import Candidate, ItemKind, Matcher, MatcherConfig, MatchResult
from bot.coach.matcher.scope import Gap, GapKind, Scope
from bot.coach.matcher.text import (
    MAX_CHARS,
    MAX_CORRECTIONS,
    MAX_TERMS,
    MAX_WORD,
    Analyzer,
    Speller,
    edit_distance,
    fold,
    stem,
    words,
)
from bot.coach.matcher.vocabulary import (
    COMMON,
    GENERIC,
    NOT_PAIN,
    STOPWORDS,
    SYNONYMS,
    VETO,
    without_not_pain,
)

__all__ = [
    "COMMON",
    "GENERIC",
    "MAX_CHARS",
    "MAX_CORRECTIONS",
    "MAX_TERMS",
    "MAX_WORD",
    "NOT_PAIN",
    "STOPWORDS",
    "SYNONYMS",
    "VETO",
    "Analyzer",
    "Candidate",
    "Gap",
    "GapKind",
    "ItemKind",
    "MatchResult",
    "Matcher",
    "MatcherConfig",
    "NameIndex",
    "Scope",
    "Speller",
    "edit_distance",
    "fold",
    "stem",
    "without_not_pain",
    "words",
]
