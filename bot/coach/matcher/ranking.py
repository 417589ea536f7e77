"""Rank curated entries and exercise cards for a question, and decide: answer, "did you mean",
or unknown (see the package docstring for the method)."""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from bot.coach.matcher.background import without_background
from bot.coach.matcher.scope import Gap, Scope, anchored, may_lean, nearest_subject, said_and_asked
from bot.coach.matcher.sentences import sentences
from bot.coach.matcher.text import Analyzer, fold, stem, words
from bot.coach.matcher.told_moves import moves_had
from bot.coach.matcher.vocabulary import EVERYDAY, GENERIC, VETO, without_not_pain

if TYPE_CHECKING:
    from bot.coach.knowledge import Content

ItemKind = Literal["entry", "exercise"]
# "only on my bum", "just from the thighs", "nowhere but my belly" (not "just about low fat")
_ONLY_PLACE = re.compile(
    r"\b(just|only|nowhere|specifically|solely)\b(?: \w+){0,3} (?:but |else )?"
    r"(?:my |the |your |her )?(butt|bum|booty|glutes?|backside|hips?|thighs?|legs?|hamstrings?|"
    r"saddlebags?|ass|arse|bottom|rear|belly|stomach|tummy|arms?)\b"
)
_PLACE = r"(butt|bum|booty|glutes?|backside|hips?|thighs?|legs?|hamstrings?|saddlebags?)"
_PLACE_FAT = re.compile(  # fat in one place: "butt fat", "the weight on my hips"
    rf"\b{_PLACE} fat\b|\b(fat|weight) (on|in|from|off|around) (my |the |your )?{_PLACE}\b"
)
# A card named as something missing ("without a glute-ham raise") gets no bonus for the name.
_LACKING = frozenset({"without", "dont", "instead", "alternative", "substitute", "replace"})
# A body-fat level told or asked ("body fat is around 25%", "at 18 percent"):
_FAT_LEVEL = re.compile(
    r"\b(body ?fat|bf)( percentage| level)?( is| of| at| around| about| currently){0,3} \d{1,2}\b"
    r"|\b\d{1,2} ?(percent|%)? (body ?fat|bf)\b"
)
# The tie-in, said in words: where the glutes meet (turn into, end and...) the hamstrings.
_MEETING = re.compile(
    r"\b(glutes?|butt|bum|booty|ass|cheeks?) (meets?|meeting|turns? into|joins?|ends?|blends? "
    r"into|connects?( to| with)?|transitions? into)( and)? (the |my |your )?(hamstrings?|hams|"
    r"upper thighs?|back of (the |my )?thighs?|back of (the |my )?legs?|legs?)\b"
    # "the lower part of my butt, near where it meets the legs"
    r"|\bwhere (it|they) (meets?|turns? into|joins?|blends? into|connects? (to|with)) "
    r"(the |my )?(hamstrings?|hams|legs?|thighs?|upper thighs?)\b"
    # "the detail between the glute and hamstring", "the line between my butt and hams"
    r"|\b(between|separat\w*|split) (the |my |your )?(glutes?|butt|bum|booty|ass) (and|from) "
    r"(the |my |your )?(hamstrings?|hams)\b"
)
# Walking as a pastime is cardio; walking lunges and monster or sumo walks are exercises.
_WALKING = re.compile(r"(?<!monster )(?<!sumo )(?<!band )\bwalk(s|ing)?\b(?! lunges?\b)")
_ASKED_FIRST = re.compile(
    # ... or options listed after it ("...to tone your butt? Squats? Kettle bells? Bridge?")
    r"\s*([^?:]{8,}?)\s*(?:[?:]\s*[^?]{3,}\??|\?(?:\s*[^?\s]+(?:\s+[^?\s]+){0,2}\s*\?)+\s*)$"
)
# "Quick question:" before the question itself.
_LEAD_IN = re.compile(r"^\s*(\w+ ){0,2}questions?\s*[:\-]\s*", re.IGNORECASE)
# A question after a comma opening on what it isn't ("My biggest fear along with so many
# other women, will our legs get bigger if we strength train?"): scored on its own too.
_COMMA_TAIL = 240
_COMMA_ASKS = re.compile(
    r",\s+(?:but\s+|so\s+|and\s+)?((?:will|would|should|can|could|do|does|is|are|how|why|what)\s+"
    r"(?:i|we|our|my|you|your|it|they|there|the|a)\b[^,?]*(?:,[^,?]*)?)\??\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Candidate:
    entry_id: str  # an entry id or an exercise id (they never collide)
    kind: ItemKind
    score: float  # confidence 0..1


# A definition question: "what is/are X", "what's X", "define X", "what muscles make up X".
_DEFINE_LEADS = frozenset({"what", "whats", "define", "meaning", "definition"})
_DEFINE_VERBS = frozenset(
    {"is", "are", "s", "whats", "define", "meaning", "definition", "mean", "make", "made"}
)
_JUDGED = frozenset({"good", "best", "better", "worst", "bad"})
# Its words that are not its subject ("what muscles make up the butt").
_DEFINE_FILLER = "muscle muscles inside made make up consist exactly actually really mean meaning"


@dataclass(frozen=True)
class MatchResult:
    kind: Literal["answer", "did_you_mean", "unknown"]
    best: Candidate | None = None
    alternatives: tuple[Candidate, ...] = ()  # did_you_mean: up to 3, best first
    gap: Gap | None = None  # unknown because the articles don't cover this
    # answer: another entry about as close (within `also_within`), told in brief beneath
    runner_up: Candidate | None = None


@dataclass(frozen=True)
class MatcherConfig:
    answer_at: float = 0.45  # best score needed to answer outright
    suggest_at: float = 0.45  # below: unknown; "did you mean" only for close calls
    # A runner-up closer than `margin` turns an answer into a choice, unless both are
    # entries: then the first is answered and the runner-up, if within `also_within`, told
    # in brief beneath it (on real questions this beat the choice).
    margin: float = 0.01
    also_within: float = 0.06
    oov_weight: float = 1.0  # weight of an unknown word, as a share of the rarest term's
    idf_power: float = 0.35  # < 1 flattens IDF so one rare word can't carry a match alone
    centroid_weight: float = 0.3  # share of the score from the item's merged phrasings
    max_alternatives: int = 3
    item_idf: bool = True  # document frequency counted over items instead of phrasings
    long_post_terms: int = 12  # above this many terms, sentences are scored on their own too
    max_sentences: int = 8
    asked_first: bool = True  # a short text's question before a ":" or "?" scored alone too
    # An unknown word of everyday life (mom, desk job, a year ago), as a share of an unknown
    # word's weight: told as background, it is no subject the articles skip.
    everyday_weight: float = 0.4
    sentence_weight: float = 1.0  # a sentence counts as much as the whole post
    # A variant's card ("banded hip thrust") when the question names its base exercise
    # ("hip thrust") and none of the variant's own words: its score times this.
    variant_weight: float = 0.85
    named_bonus: float = 0.03  # added to a card whose whole name the question holds
    beyond_weight: float = 0.8  # a named card's score when "what else" beyond it is asked
    comma_question: bool = True  # a question after a comma is scored on its own too


@dataclass
class _Vec:
    weights: dict[str, float]
    norm: float = 0.0

    def __post_init__(self) -> None:
        self.norm = math.sqrt(sum(w * w for w in self.weights.values())) or 1.0


class Matcher:
    """Ranks curated entries and exercise cards for a message."""

    def __init__(self, content: Content, config: MatcherConfig | None = None) -> None:
        self.config = cfg = config or MatcherConfig()
        self._items: list[tuple[str, ItemKind]] = []
        self._titles: list[str] = []
        texts: list[tuple[int, str]] = []
        for e in content.entries.values():
            self._items.append((e.id, "entry"))
            self._titles.append(e.title)
            texts += [(len(self._items) - 1, t) for t in (e.title, *e.phrasings)]
        # Runners-up that needn't turn an answer into a choice: an entry's own exercise
        # cards, which its answer names (both ways: "squat or hip thrust" is answered).
        self._companions: dict[str, set[str]] = defaultdict(set)
        for e in content.entries.values():
            self._companions[e.id].update(e.exercises)
            for x_id in e.exercises:
                self._companions[x_id].add(e.id)
        for x in content.exercises.values():
            self._items.append((x.id, "exercise"))
            # Every card also answers "what muscles does <name> work".
            extra = f"{x.name} muscles worked"
            texts += [(len(self._items) - 1, t) for t in (*x.names, *x.phrasings, extra)]
        self.analyzer = Analyzer((t for _, t in texts), veto=VETO)
        self._index = {item_id: i for i, (item_id, _) in enumerate(self._items)}
        self._variants = self._variants_of(content)
        # Each card's names as terms ("good morning" alone has none: a greeting).
        named = ((self._index[x.id], self.analyzer.terms(n)[0]) for x in content.exercises.values()
                 for n in x.names)  # fmt: skip
        self._card_names = [(i, frozenset(ts)) for i, ts in named if ts]
        # Whole names only: "reverse hyper" is not the back extension (alias "hyper").
        self.scope = Scope(lambda name: content.exact_exercise(name) is not None)
        content.exact_exercise("")  # builds the name index now, not on someone's question
        self._generic = frozenset(t for w in GENERIC for t in self.analyzer.terms(w)[0])
        # What entries define, as terms ("buttocks" and "glutes" are one): built once.
        self._defined: dict[frozenset[str], str] = {}
        for entry in content.entries.values():
            for thing in entry.defines:
                self._defined.setdefault(frozenset(self.analyzer.terms(thing)[0]), entry.id)
        self._define_filler = frozenset(self.analyzer.terms(_DEFINE_FILLER)[0])

        bags = [(item, Counter(self.analyzer.terms(t)[0])) for item, t in texts]
        bags = [(item, bag) for item, bag in bags if bag]
        df: Counter[str] = Counter()
        if cfg.item_idf:  # how many items use a term, not how many phrasings
            per_item: dict[int, set[str]] = defaultdict(set)
            for item, bag in bags:
                per_item[item].update(bag)
            for ts in per_item.values():
                df.update(ts)
            n = len(per_item)
        else:
            for _, bag in bags:
                df.update(bag.keys())
            n = len(bags)
        self._idf = {t: math.log(1 + n / c) ** cfg.idf_power for t, c in df.items()}
        self._oov = math.log(1 + n) ** cfg.idf_power * cfg.oov_weight
        self._everyday = {stem(w): self._oov * cfg.everyday_weight for w in EVERYDAY}
        # One vector per phrasing, and one per item (its phrasings merged).
        self._doc_item: list[int] = []
        self._docs: list[_Vec] = []
        self._postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
        merged: list[Counter[str]] = [Counter() for _ in self._items]
        for item, bag in bags:
            doc = _Vec({t: (1 + math.log(c)) * self._idf[t] for t, c in bag.items()})
            for t, w in doc.weights.items():
                self._postings[t].append((len(self._docs), w))
            self._docs.append(doc)
            self._doc_item.append(item)
            merged[item].update(bag.keys())
        self._centroids = [
            _Vec({t: (1 + math.log(c)) * self._idf[t] for t, c in bag.items()}) for bag in merged
        ]

    def _variants_of(self, content: Content) -> list[tuple[int, frozenset[str], frozenset[str]]]:
        """(variant's item, its base's name terms, the variant's own words) for each card
        whose name holds another card's whole name: "banded hip thrust" and "hip thrust"."""
        name_terms = {
            x.id: frozenset(self.analyzer.terms(x.name)[0]) for x in content.exercises.values()
        }
        out = []
        for x in content.exercises.values():
            words_of_x = frozenset(t for n in x.names for t in self.analyzer.terms(n)[0])
            for base in name_terms.values():
                if base and base < name_terms[x.id]:
                    out.append((self._index[x.id], base, words_of_x - base))
        return out

    def topics(self) -> list[str]:
        """Titles of the entries, in content order: the 'what I know' list."""
        return list(self._titles)

    def recognised(self, text: str) -> bool:
        """Whether any word of the message is one the coach knows (its content's words,
        stopwords, common English), typos corrected: "asdfgh" is not a question."""
        known = self.analyzer.speller.known
        return any(w in known for w in self.analyzer.corrected(text))

    def nearby(self, text: str, n: int) -> list[str]:
        """Up to n entry ids sharing words with the message, closest first, ignoring
        off-limits words: the topics to offer beside "I don't know"."""
        terms, _ = self.analyzer.terms(text)
        q = Counter(t for t in terms if t in self._idf and t not in self._generic)
        scores = [
            (sum(self._idf[t] * c.weights.get(t, 0.0) for t in q) / c.norm, i)
            for i, c in enumerate(self._centroids)
            if self._items[i][1] == "entry"
        ]
        ranked = sorted((-s, i) for s, i in scores if s > 0)
        return [self._items[i][0] for _, i in ranked[:n]]

    def rank(self, text: str) -> list[Candidate]:
        """Every item with a non-zero score, best first (ties: content order). A long post
        is also scored sentence by sentence: the question is often one sentence among
        several about the person, whose words would otherwise dilute it."""
        cfg = self.config
        text = without_background(text)
        terms, vetoed = self._terms(text)
        if vetoed:
            return []
        best = self._scores(terms)
        given = set(terms)
        if cfg.named_bonus and not _LACKING.intersection(words(text)):
            for item in {i for i, ns in self._card_names if ns <= given}:
                # Not past an entry that names the card and was already ahead of it: that
                # entry is what is asked about the card ("do leg extensions make legs bulky").
                hosts = self._companions.get(self._items[item][0], ())
                if item in best and not any(
                    best.get(self._index[h], 0.0) >= best[item] for h in hosts
                ):
                    best[item] += cfg.named_bonus
        if cfg.variant_weight != 1.0:
            for item, base, own in self._variants:
                if item in best and base <= given and not own & given:
                    best[item] *= cfg.variant_weight
        if len(terms) > cfg.long_post_terms:
            whole = text.strip().rstrip(".!?; \n")  # a one-sentence post is scored once
            parts = [p for p in sentences(text)[: cfg.max_sentences] if p.strip() != whole]
        else:  # a title's question before its teaser ("How to work out hamstrings at home:
            # what most get wrong"): the question is scored on its own too
            asked = _ASKED_FIRST.match(_LEAD_IN.sub("", text)) if cfg.asked_first else None
            parts = [asked.group(1)] if asked else []
        tail = text[-_COMMA_TAIL:]  # the question ends the text: bounded work on any text
        after = _COMMA_ASKS.search(tail) if cfg.comma_question else None
        if after and not anchored(text[: len(text) - len(tail) + after.start()]):
            parts.append(after.group(1))  # "My biggest fear, will our legs get bigger?"
        for part in parts:
            for item, sc in self._scores(self._terms(part)[0]).items():
                sc *= cfg.sentence_weight
                if sc > best.get(item, 0.0):
                    best[item] = sc
        if cfg.beyond_weight != 1.0 and (
            had := moves_had(text, given, self._card_names, self._term_set)
        ):
            told = frozenset().union(*(ns for _, ns in had))
            for item, sc in self._scores([t for t in terms if t not in told]).items():
                best[item] = max(best.get(item, 0.0), sc)  # the rest of the post, alone
            for item in {i for i, _ in had if i in best}:
                best[item] *= cfg.beyond_weight
        ranked = sorted(best.items(), key=lambda kv: (-kv[1], kv[0]))
        return [Candidate(*self._items[i], score=round(min(s, 1.0), 4)) for i, s in ranked]

    def _term_set(self, text: str) -> set[str]:
        return set(self.analyzer.terms(text)[0])

    def _terms(self, text: str) -> tuple[list[str], bool]:
        """The analyzer's terms, plus spot reduction where losing fat is asked for one place
        only ("lose weight from just my butt"): its stopwords carry the meaning."""
        ws = words(text)
        folded = " ".join(ws)
        if (unhurt := without_not_pain(folded)) != folded:
            text = unhurt  # "hip thrusts are a pain to set up" is no injury, "in my shoes" no gear
        terms, vetoed = self.analyzer.terms(text)
        got = set(terms)
        one_place = "lose" in got and _PLACE_FAT.search(folded)
        if ({"lose", "fat"} & got and _ONLY_PLACE.search(folded)) or one_place:
            terms.append("spotreduce")  # "only on my bum", "reduce my butt fat"
        if _MEETING.search(folded):  # "where my bum turns into my hamstrings"
            terms.append("tiein")
        if _FAT_LEVEL.search(folded):
            terms.append("lean")  # "my body fat is around 25%": how low it is, not fat lost
        if _WALKING.search(folded) and "cardio" not in got:
            terms.append("cardio")  # "does walking tone your butt"
        return terms, vetoed

    def asked_alone(self, text: str) -> str | None:
        """The asking sentences of a text whose other sentences tell nothing the content
        knows and nothing off-limits ("I'm a mom of two. What is a hamstring?"); else None."""
        told, asking = said_and_asked(text)
        if not asking or not told or any(self._known(p) or self._terms(p)[1] for p in told):
            return None
        return " ".join(asking)

    def asked_past_told_gap(self, text: str) -> str | None:
        """The asking sentences of a text whose gap is only in what it tells ("My arms are
        toned. [...] Is there a way to thin thick legs?"), when they name what they ask
        about and lean on nothing told ("is it good for my butt?"); a question naming nothing
        ("how do I fix it?") is read with the nearest told sentence naming a subject, if that
        one has no gap. Else None."""
        told, asking = said_and_asked(text)
        if not asking or not told:
            return None
        asked = own = " ".join(asking)
        borrowed = False
        if not anchored(asked):
            # "[...mostly upper body.] I want to grow my glutes now. Where do I start?": a bare
            # question is about the told sentence nearest it naming a subject, if gapless
            named = nearest_subject(told)
            # "My legs got stronger but my butt looks the same. What am I doing wrong?": what
            # comes after "but" is the trouble asked about ("my abs are back but my butt is
            # flat": the abs are no part of it)
            _, but, after = named.rpartition(" but ") if named else ("", "", "")
            lean = after if but and anchored(after) else (named or "")
            if lean and self.scope.gap(lean) is None:
                asked = f"{lean} {asked}"
                told = [s for s in told if s is not named]
                borrowed = True
        if self.scope.gap(asked) is not None or not anchored(asked):
            return None
        told_words = set(self.unknown_words(" ".join(told)))
        # "[Pilates reformer classes.] Is reformer enough?": asked again (of the question's
        # own words: a runner told twice is not asked about)
        if (may_lean(asked) and not borrowed) or told_words.intersection(self.unknown_words(own)):
            return None
        return asked

    def unknown_words(self, text: str) -> list[str]:
        """The text's terms the content never uses ("quokka", "tea"), numbers aside."""
        return [t for t in self._terms(text)[0] if t not in self._idf and not t.isdigit()]

    def _known(self, text: str) -> bool:
        """Whether the text holds a term of the content, generic ones aside."""
        return any(t in self._idf and t not in self._generic for t in self._terms(text)[0])

    def _scores(self, terms: list[str]) -> dict[int, float]:
        """Item index -> score for a bag of terms; empty when only generic words match."""
        cfg = self.config
        if all(t in self._generic or t.isdigit() or t not in self._idf for t in terms):
            return {}
        q = {
            t: (1 + math.log(c)) * self._idf.get(t, self._everyday.get(t, self._oov))
            for t, c in Counter(terms).items()
            if t in self._idf or not t.isdigit()
        }
        q_norm = math.sqrt(sum(w * w for w in q.values()))
        dots: dict[int, float] = defaultdict(float)
        for t, qw in q.items():
            for d, dw in self._postings.get(t, ()):
                dots[d] += qw * dw
        best: dict[int, float] = {}
        for d, dot in dots.items():
            item = self._doc_item[d]
            s = dot / (q_norm * self._docs[d].norm)
            if s > best.get(item, 0.0):
                best[item] = s
        if cfg.centroid_weight:
            a = cfg.centroid_weight
            for item, s in best.items():
                c = self._centroids[item]
                dot = sum(qw * c.weights.get(t, 0.0) for t, qw in q.items())
                best[item] = (1 - a) * s + a * dot / (q_norm * c.norm)
        return best

    def defined(self, text: str) -> str | None:
        """ "What is a hamstring?", "what's inside the buttocks?": the entry that defines the
        one thing asked about, when the question asks what it is and names nothing else."""
        ws = words(text)[:12]
        if not _DEFINE_LEADS.intersection(ws[:8]) or not _DEFINE_VERBS.intersection(ws):
            return None
        if _JUDGED.intersection(ws):  # "what's good for the backs of my legs": no definition
            return None
        asked = frozenset(self.analyzer.terms(text)[0]) - self._define_filler
        return self._defined.get(asked) if asked else None

    def _runner_up(self, ranked: list[Candidate]) -> Candidate | None:
        """The second entry when the best is an entry and the second is sure and close."""
        cfg = self.config
        if len(ranked) < 2:
            return None
        best, second = ranked[0], ranked[1]
        if best.kind != "entry" or second.kind != "entry":
            return None
        if second.score < cfg.answer_at or best.score - second.score > cfg.also_within:
            return None
        return second

    def match(self, text: str) -> MatchResult:
        cfg = self.config
        gap = self.scope.gap(text)
        if (fixed := self.analyzer.corrected_text(text)) != fold(text):
            corrected = self.scope.gap(fixed)
            if gap is None:
                gap = corrected  # "sumo squtas": the slip hid the gap
            elif corrected is None and set(words(gap.subject)) <= set(words(fixed)):
                gap = None  # "shirnk my stomach": a slip beside the subject made the gap
        if gap is not None:
            return MatchResult("unknown", gap=gap)
        ranked = [c for c in self.rank(text) if c.score >= cfg.suggest_at]
        if not ranked:
            return MatchResult("unknown")
        best = ranked[0]
        close = [
            c
            for c in ranked[1:]
            if best.score - c.score < cfg.margin
            and c.entry_id not in self._companions[best.entry_id]
            and not (best.kind == c.kind == "entry")
        ]
        if best.score >= cfg.answer_at and not close:
            return MatchResult("answer", best, runner_up=self._runner_up(ranked))
        return MatchResult("did_you_mean", best, tuple(ranked[: cfg.max_alternatives]))
