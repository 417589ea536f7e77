"""Real questions re-asked the way people dress them: does the answer survive?

Each question of the dev halves that the coach answers right (or declines rightly) is asked
again with one change a person might make: an opener ("quick question:"), a closer ("thanks in
advance"), a sentence of everyday background ("I have a desk job."), or its form (no
punctuation, capitals, two letters swapped). Printed: how many right answers each change loses,
and how many right declines it turns into answers. Dev halves only: the test halves stay unseen.

    .venv/bin/python bench/bench_robustness.py
"""

from __future__ import annotations

import random
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench_matcher import (
    DATA,
    DECLINE,
    _yaml,
    answered_ids,
    real_split,
    reply,
    set1_items,
)

from bot.coach.matcher import Matcher
from bot.content import load_content

_RANDOM = random.Random(7)


def _swap(q: str) -> str:
    """Two neighbouring letters of one longer word swapped."""
    ws = q.split()
    long = [i for i, w in enumerate(ws) if len(w) > 4 and w.isalpha()]
    if not long:
        return q
    i = _RANDOM.choice(long)
    w = ws[i]
    j = _RANDOM.randrange(1, len(w) - 2)
    ws[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
    return " ".join(ws)


def _lead(q: str) -> str:
    return q[:1].lower() + q[1:]


CHANGES: dict[str, Callable[[str], str]] = {
    "opener: hey coach,": lambda q: "hey coach, " + _lead(q),
    "opener: quick question:": lambda q: "quick question: " + q,
    "opener: I was wondering,": lambda q: "I was wondering, " + _lead(q),
    "opener: can you tell me": lambda q: "can you tell me " + _lead(q),
    "opener: ok so": lambda q: "ok so " + _lead(q),
    "closer: thanks!": lambda q: q + " thanks!",
    "closer: any advice?": lambda q: q + " any advice?",
    "closer: thank you so much in advance": lambda q: q + " thank you so much in advance",
    "closer: emoji": lambda q: q + " 🙏",
    "told: I'm new to the gym.": lambda q: "I'm new to the gym. " + q,
    "told: I'm 32, lifting for a year.": lambda q: "I'm 32 and have been lifting for a year. " + q,
    "told: I'm a mom of two.": lambda q: "I'm a mom of two. " + q,
    "told: I have a desk job.": lambda q: "I have a desk job. " + q,
    "form: lowercase, no ?": lambda q: q.lower().replace("?", ""),
    "form: capitals": str.upper,
    "form: no punctuation": lambda q: q.replace("?", "").replace(",", "").replace(".", ""),
    "form: two letters swapped": _swap,
}


def main() -> None:
    content = load_content()
    m = Matcher(content)
    sets = [set1_items()] + [_yaml(p.name) for p in sorted(DATA.glob("real_questions_*.yaml"))]
    dev = [it for items in sets for it in items if real_split(it["q"]) == "dev"]

    def right(it: dict, q: str) -> bool:
        got = answered_ids(reply(content, m, q))
        if it["ids"] == [DECLINE]:
            return got is None
        return got is not None and bool(set(got) & set(it["ids"]))

    base = [it for it in dev if right(it, it["q"])]
    on = [it for it in base if it["ids"] != [DECLINE]]
    near = [it for it in base if it["ids"] == [DECLINE]]
    lost: Counter[str] = Counter()
    flipped: Counter[str] = Counter()
    for name, change in CHANGES.items():
        lost[name] = sum(not right(it, change(it["q"])) for it in on)
        flipped[name] = sum(not right(it, change(it["q"])) for it in near)
    print(f"dev halves: {len(on)} answered right, {len(near)} near-misses declined, re-asked")
    print(f"  {'change':40} {'right lost':>10} {'declines lost':>14}")
    for name in CHANGES:
        print(f"  {name:40} {lost[name]:10} {flipped[name]:14}")
    total = len(CHANGES)
    print(
        f"  mean: right kept {1 - sum(lost.values()) / (total * len(on)):.3f}, "
        f"declines kept {1 - sum(flipped.values()) / (total * len(near)):.3f}"
    )


if __name__ == "__main__":
    main()
