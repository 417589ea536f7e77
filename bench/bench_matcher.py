"""Question-matcher benchmark: held-out accuracy, off-topic rejection, latency per question.

Also scores set 1, the real questions (tests/data/real_labels.yaml): on-topic answered
right, off-topic declined, confident wrong answers, on its dev and test halves (split by a
fixed hash of the question text, see `real_split`; tune on dev only).

    .venv/bin/python bench/bench_matcher.py            # the shipped configuration
    .venv/bin/python bench/bench_matcher.py --compare  # plus the scoring variants measured

Accuracy counts only an outright answer naming the labelled item; a "did you mean" whose
first choice is right is reported apart and not counted. Prints figures, asserts nothing.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import statistics
import string
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace
from typing import Any, cast

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.coach.knowledge import Content  # noqa: E402
from bot.coach.matcher import Matcher, MatcherConfig, MatchResult  # noqa: E402
from bot.coach.smalltalk import understand  # noqa: E402
from bot.content import load_content  # noqa: E402
from bot.runtime.services import Services  # noqa: E402
from bot.store.models import User  # noqa: E402
from bot.training.outcomes import (  # noqa: E402
    Comparison,
    EntryAnswer,
    ExerciseCard,
    Outcome,
    SecondPart,
    Talk,
    Unknown,
)
from bot.training.questions import reply_to  # noqa: E402

DATA = ROOT / "tests" / "data"
DECLINE = "decline"
VARIANTS = {
    "shipped": MatcherConfig(),
    "IDF over phrasings (before issue 12), power 0.3": MatcherConfig(item_idf=False, idf_power=0.3),
    "no sentence scoring": MatcherConfig(max_sentences=1),
    "no blend with merged phrasings": MatcherConfig(centroid_weight=0.0),
    "classic IDF (power 1), no blend": MatcherConfig(idf_power=1.0, centroid_weight=0.0),
    "no did-you-mean margin": MatcherConfig(margin=0.0),
    "unknown words weigh 2x": MatcherConfig(oov_weight=2.0),
}


def _yaml(name: str) -> Any:
    return yaml.safe_load((DATA / name).read_text(encoding="utf-8"))


def _score(m: Matcher, labelled: list[dict[str, str]], offtopic: list[str]) -> dict[str, float]:
    answer = choice = top1 = 0
    for it in labelled:
        r = m.match(it["q"])
        right = r.best is not None and r.best.entry_id == it["id"]
        answer += r.kind == "answer" and right
        choice += r.kind == "did_you_mean" and right
        ranked = m.rank(it["q"])
        top1 += bool(ranked) and ranked[0].entry_id == it["id"]
    rejected = sum(m.match(q).kind == "unknown" for q in offtopic)
    n = len(labelled)
    return {
        "answer": answer / n,
        "dym_first_right": choice / n,
        "top1": top1 / n,
        "rejection": rejected / len(offtopic),
    }


def real_split(q: str) -> str:
    """ "dev" or "test" for a set-1 question, by a fixed hash of its text (never tune on test)."""
    return "test" if hashlib.sha1(q.encode("utf-8")).digest()[0] % 2 else "dev"


def _decide(m: Matcher, q: str) -> MatchResult:
    """What the matcher alone makes of a message once conversation (pain included) is routed
    away; routed counts here as declining to answer."""
    return MatchResult("unknown") if understand(q) is not None else m.match(q)


_NOBODY = SimpleNamespace(
    goal=None,
    onboarded_at=None,
    paused=False,
    place=None,
    next_push_at=None,
    tz=None,
    no_ball=False,
)


def reply(content: Content, m: Matcher, q: str) -> Outcome:
    """What the bot replies to `q`, through the same use case the handler calls."""
    svc = cast(Services, SimpleNamespace(content=content, matcher=m))
    return reply_to(svc, cast(User, _NOBODY), q)


def answered_ids(outcome: Outcome) -> list[str] | None:
    """The items an outright answer gives (None: not an answer, "did you mean" included)."""
    match outcome:
        case EntryAnswer(entry=e, facts=facts, also=also, second=second):
            told = [also.id] if also else []  # its gist is in the reply
            return [e.id, *told, *(f.entry for f in facts if f.entry), *_second(second)]
        case ExerciseCard(card=c, facts=facts, second=second):
            # a fact says its entry
            return [c.id, *(f.entry for f in facts if f.entry), *_second(second)]
        case Comparison(cards=cards, second=second, together=together):
            return [c.id for c in cards] + ([together.id] if together else []) + _second(second)
    return None


def _second(part: SecondPart | None) -> list[str]:
    """The other question's item, told in brief beneath the answer."""
    return [part.choice.item_id] if part else []


def reply_text(outcome: Outcome) -> str:
    """The answer's words (entry or card, goal lines, added facts), lowercased, no HTML."""
    parts: list[str] = []
    match outcome:
        case EntryAnswer(entry=e, facts=facts, also=also):
            parts = [e.title, e.answer, *e.goal_lines.values(), *(f.text for f in facts)]
            parts += [also.title, also.gist] if also else []
        case ExerciseCard(card=c, facts=facts):
            cues = [q.text for q in c.cues] + list(c.coach_cues)
            parts = [c.name, *cues, c.note or "", *(f.text for f in facts)]
        case Comparison(cards=cards):
            parts = [t for c in cards for t in (c.name, c.note or "", *(q.text for q in c.cues))]
    if isinstance(outcome, (EntryAnswer, ExerciseCard, Comparison)) and outcome.second:
        parts += [outcome.second.title, outcome.second.text]
    return re.sub(r"<[^>]+>", "", " ".join(parts)).lower()


def score_real(content: Content, m: Matcher, items: list[dict[str, Any]]) -> dict[str, float]:
    """Real questions scored strictly: only an outright answer giving a labelled id is
    right; a question to decline is declined only when nothing is answered or offered.
    Where an item lists `expect` phrases, `held` counts right answers holding one."""
    on = [it for it in items if it["ids"] != [DECLINE]]
    off = [it for it in items if it["ids"] == [DECLINE]]
    right = wrong = declined = held = 0
    for it in on:
        outcome = reply(content, m, it["q"])
        got = answered_ids(outcome)
        if got is not None:
            ok = bool(set(got) & set(it["ids"]))
            right += ok
            wrong += not ok
            expect = it.get("expect") or []
            held += ok and (not expect or any(p in reply_text(outcome) for p in expect))
    for it in off:
        outcome = reply(content, m, it["q"])
        declined += isinstance(outcome, (Unknown, Talk))
        wrong += answered_ids(outcome) is not None
    return {
        "n_on": len(on),
        "n_off": len(off),
        "right": right / max(len(on), 1),
        "held": held / max(len(on), 1),
        "declined": declined / max(len(off), 1),
        "confident_wrong": wrong,
    }


def set1_items() -> list[dict[str, Any]]:
    """Set 1's labels with the `expect` phrases of ../shared/questions, where present."""
    items = _yaml("real_labels.yaml")
    shared = ROOT.parent / "shared" / "questions" / "real-questions.json"
    if shared.exists():
        expect = {it["q"]: it["expect"] for it in json.loads(shared.read_text("utf-8"))}
        items = [{**it, "expect": expect.get(it["q"], [])} for it in items]
    return items


def _real_report(content: Content, m: Matcher) -> None:
    near = _yaml("nearmiss.yaml")
    declined = sum(isinstance(reply(content, m, q), (Unknown, Talk)) for q in near)
    print(f"  near-misses ({len(near)}, dev): declined {declined / len(near):.3f}")
    probes = _yaml("probes_on.yaml") + _yaml("probes_near.yaml")
    r = score_real(content, m, probes)
    print(
        f"  synthetic probes, dev only ({r['n_on']:.0f} on / {r['n_off']:.0f} decline): answered "
        f"right {r['right']:.3f}, declined {r['declined']:.3f}, confident wrong "
        f"{r['confident_wrong']:.0f}"
    )
    sets = [("set 1", set1_items())]
    sets += [
        (f"own {p.stem[-1]}", _yaml(p.name)) for p in sorted(DATA.glob("real_questions_*.yaml"))
    ]
    for name, items in sets:
        for part in ("all", "dev", "test"):
            xs = items if part == "all" else [it for it in items if real_split(it["q"]) == part]
            r = score_real(content, m, xs)
            print(
                f"  {name} {part:4} ({r['n_on']:.0f} on / {r['n_off']:.0f} decline): answered "
                f"right {r['right']:.3f} (holding the expected words {r['held']:.3f}), "
                f"declined {r['declined']:.3f}, confident wrong {r['confident_wrong']:.0f}"
            )


def worst_cases() -> list[str]:
    """4,096-character messages built to be expensive: one token with no spaces, long
    unknown words (typo correction), words just within correction reach, emoji, repeats."""
    rnd = random.Random(12)

    def junk(n: int) -> str:
        return "".join(rnd.choice(string.ascii_lowercase) for _ in range(n))

    def fill(make: Callable[[], str]) -> str:
        out = ""
        while len(out) < 4096:
            out += make() + " "
        return out[:4096]

    return [
        junk(4096),
        "glutes" * 683,
        "is the hip thrust or squat better than lunges " * 90,  # names and comparisons
        fill(lambda: junk(9)),
        fill(lambda: junk(15)),
        fill(lambda: junk(30)),
        fill(lambda: "hamstrng glutess stairmastr"),
        "does the stairmaster burn butt fat? " + "blah blah " * 406,
        "🍑" * 4096,
        # two-part questions, one half skipped: the covered half is answered on its own too
        (
            ("how many reps on hip thrusts " + "and squats and lunges " * 22 + "? ")
            + ("and how much protein " + "and creatine " * 30 + "? ")
        )
        * 3,
        # a post typed without stops: split where sentences likely start, asking parts scored
        fill(
            lambda: rnd.choice(
                [
                    "I",
                    "What",
                    "how",
                    "glutes",
                    "squat",
                    "should",
                    "the",
                    "and",
                    "my",
                    "Butt",
                    "is",
                    "can",
                ]
            )
        ),
    ]


def _latency(m: Matcher, questions: list[str], rounds: int) -> dict[str, tuple[float, float]]:
    """(p50, p99) in ms: the first pass is cold (every word new to the typo cache), later
    passes warm. Wall time suffers from whatever else shares the cores; CPU time of this
    thread does not, so both are shown."""
    out = {}
    for label, passes in (("cold", 1), ("warm", rounds)):
        wall, cpu = [], []
        for _ in range(passes):
            for q in questions:
                w0, c0 = time.perf_counter(), time.thread_time()
                m.match(q)
                cpu.append((time.thread_time() - c0) * 1000)
                wall.append((time.perf_counter() - w0) * 1000)
        for kind, xs in ((f"{label} wall", wall), (f"{label} cpu", cpu)):
            xs.sort()
            out[kind] = (statistics.median(xs), xs[max(int(len(xs) * 0.99) - 1, 0)])
    return out


def _report(name: str, content: Content, config: MatcherConfig, rounds: int) -> None:
    t0 = time.perf_counter()
    m = Matcher(content, config)
    build = time.perf_counter() - t0
    test, offtopic, train = (
        _yaml("phrasings_test.yaml"),
        _yaml("offtopic.yaml"),
        _yaml("phrasings_train.yaml"),
    )
    t = _score(m, test, offtopic)
    d = _score(m, train["questions"], train["offtopic"])
    questions = [it["q"] for it in test] + offtopic + [it["q"] for it in train["questions"]]
    lat = _latency(Matcher(content, config), questions, rounds)  # fresh: empty typo cache
    fresh = Matcher(content, config)  # cold: empty typo cache
    worst = []
    for q in worst_cases():
        c0 = time.thread_time()
        reply(content, fresh, q)  # the whole use case: conversation, match, fitted answer
        fresh.nearby(q, 3)
        worst.append((time.thread_time() - c0) * 1000)
    print(f"\n== {name}  ({config})")
    print(
        f"  build {build * 1000:.0f} ms over {len(content.entries)} entries, "
        f"{len(content.exercises)} exercise cards"
    )
    print(
        f"  held-out test ({len(test)}): answer-correct {t['answer']:.3f}  "
        f"(did-you-mean with right first choice {t['dym_first_right']:.3f}, "
        f"top-1 ranking {t['top1']:.3f})"
    )
    print(f"  off-topic test ({len(offtopic)}): rejected {t['rejection']:.3f}")
    print(
        f"  dev ({len(train['questions'])} / {len(train['offtopic'])} off-topic): "
        f"answer-correct {d['answer']:.3f}, rejected {d['rejection']:.3f}"
    )
    _real_report(content, m)
    print(f"  latency per question over {len(questions)} questions, ms (p50 / p99):")
    for kind, (p50, p99) in lat.items():
        print(f"    {kind:10} {p50:6.3f} / {p99:6.3f}")
    print(
        f"    worst case over {len(worst)} hostile 4,096-char messages (cold, the whole reply "
        f"with small talk, compared and named cards, and nearby topics): cpu max "
        f"{max(worst):.3f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--compare", action="store_true", help="also run scoring variants")
    parser.add_argument("--rounds", type=int, default=20, help="passes over all questions")
    args = parser.parse_args()
    t0 = time.perf_counter()
    content = load_content()
    print(f"content loaded in {(time.perf_counter() - t0) * 1000:.0f} ms")
    variants = VARIANTS if args.compare else {"shipped": VARIANTS["shipped"]}
    for name, config in variants.items():
        _report(name, content, replace(config), args.rounds)


if __name__ == "__main__":
    main()
