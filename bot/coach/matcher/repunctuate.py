"""Stops put back into a post typed without any ("I have had two children Still my butt is
flat What is the best exercise for that"), so the question in it is found as it is in a
punctuated post: the sentence that asks, the told ones it leans on, the gap in one of them."""

from __future__ import annotations

import re

_STOPPED = re.compile(r"[.?!;\n]")
_MIN_WORDS = 8  # a short message is one sentence anyway
# A capitalised word after a lowercase one starts a sentence ("...born Still my butt is");
# "I" is left alone ("the best exercise I can do"), as are capitals in a row (names, "Kettle
# Bells") past the first.
_CAPITAL_START = re.compile(r"(?<=[a-z])\s+(?=[A-Z][a-z]+\s+(?![A-Z]))")
_OPENERS = r"what|whats|how|why|which|should|can|could|does|do|did|will|would|is|are|any"
_SUBJECTS = (
    r"i|you|we|it|they|there|the|my|your|this|that|these|those|our|anyone|anybody|someone|he|"
    r"she|a|an|one|any|other|exercises?|ways?"
)
# Lowercase text: a question word followed by its subject starts a question ("...run will our
# legs get bigger", "...every day should i do these").
_ASK_START = re.compile(rf"\s+(?=(?:{_OPENERS})\s+(?:{_SUBJECTS})\b)", re.IGNORECASE)
# "I" and a verb that often opens a sentence ("...for 7 years I feel everything...").
_I_START = re.compile(
    r"\s+(?=I\s+(?:have|had|feel|felt|am|was|want|wanted|need|try|tried|think|thought|know|"
    r"guess|really|just|also|started|love|hate|went|decided|mean|noticed|recently|usually|"
    r"always|never|still|found|run|train|lift|workout|work out)\b)"
)
# A word after which a question word goes on the same sentence ("what is", "wondering how").
_INSIDE = frozenset(
    f"{_OPENERS}|where|when|who|wondering|wonder|know|asking|asked|tell|if|whether|since|"
    "because|that|as|than|with|about|of|for|to|on|in|at|from".split("|")
)
_WH = frozenset(["what", "whats", "how", "why", "which", "where", "when", "who"])
_JOINERS = frozenset({"but", "and", "so", "or"})
_ASKS = re.compile(rf"^(?:(?:so|and|but|also|ok|okay)\s+)?(?:{_OPENERS})\b", re.IGNORECASE)
_ASKS_ANYWHERE = re.compile(
    r"\b(can|could|would) you\b|\b(any|some) (advice|ideas|tips|suggestions)\b", re.IGNORECASE
)


def repunctuated(text: str) -> str:
    """`text` with a stop after each sentence and "?" after each that asks, when it has no
    stops of its own and several sentences; else `text` unchanged."""
    ws = text.split()
    if _STOPPED.search(text) or len(ws) < _MIN_WORDS:
        return text
    title_case = sum(w[:1].isupper() for w in ws) > 0.6 * len(ws)  # "Does Lifting Weights..."
    parts = [] if title_case else [p.strip() for p in _CAPITAL_START.split(text) if p.strip()]
    if len(parts) < 2:
        parts = _split_before(text, _ASK_START)
    parts = [q for p in parts for q in _split_before(p, _I_START)]
    if len(parts) < 2:
        return text
    out = ""
    for part in parts:  # "...enthusiasts but" + "does it...": "...enthusiasts, but does it...?"
        head, _, last = part.rpartition(" ")
        joiner = last.lower() in _JOINERS and bool(head)
        out = f"{out} {_ended(head if joiner else part, comma=joiner)}"
        if joiner:
            out += f" {last}"
    return out.strip()


def _split_before(text: str, start: re.Pattern[str]) -> list[str]:
    """Split before each place `start` finds a new sentence: not inside one ("what is the",
    "should I do", "since I started"), nor after fewer than three words."""
    parts: list[str] = []
    begin = 0
    for m in start.finditer(text):
        # the part's first word and its last three: bounded work whatever the text's length
        first = text[begin : begin + 12].split()[:1]
        last = text[max(begin, m.start() - 60) : m.start()].lower().split()[-3:]
        if len(last) < 3 or last[-1] in _INSIDE:
            continue
        asked = text[m.end() : m.end() + 12].split()[:1]
        if first and first[0].lower() in _WH and asked and asked[0].lower() not in _WH:
            continue  # "how many weeks | does it take": the auxiliary of the question begun
        parts.append(text[begin : m.start()])
        begin = m.end()
    return [p.strip() for p in [*parts, text[begin:]] if p.strip()]


def _ended(part: str, comma: bool = False) -> str:
    part = part.rstrip(" ,")
    asks = _ASKS.match(part) or _ASKS_ANYWHERE.search(part)
    return f"{part}{',' if comma else '?' if asks else '.'}"
