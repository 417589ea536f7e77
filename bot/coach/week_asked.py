"""The program's week asked: "what week am I in?", "how many weeks have I been training?".
The articles don't say; the person's own program does (bot/training/week_asked.py)."""

from __future__ import annotations

import re

_ASKED = re.compile(
    r"^(?:(?:so|ok|okay|hey|quick question|btw)\s+)*(?:"
    r"(?:what|which) week (?:am i (?:in|on|at)|is (?:it|this)(?: for me)?|are we (?:in|on|at)"
    r"|of (?:the|my) (?:program|plan|training) (?:am i (?:in|on)|is (?:it|this)))"
    r"|how many weeks (?:have i been|am i into|into (?:the|my) (?:program|plan) am i|have i done)"
    r"|how long have i been (?:training|doing (?:this|it|the|my)|on (?:this|the|my))"
    r")\b",
    re.IGNORECASE,
)


def week_asked(text: str) -> bool:
    said = " ".join(re.sub(r"[^\w\s']", " ", text.replace("’", "'")).split())
    return _ASKED.match(said) is not None
