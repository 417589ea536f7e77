"""Text to terms: fold, split into words, stem, correct typos, join phrases, map synonyms.

Applied the same way to the content and to questions, so both meet at the same terms.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping

from bot.coach.matcher.vocabulary import COMMON, STOPWORDS, SYNONYMS
from bot.coach.matcher.word_sense import read_in_place

MAX_CHARS = 1000  # of a message; the rest is ignored
MAX_TERMS = 48  # terms kept after analysis
MAX_CORRECTIONS = 24  # unknown words we try to typo-correct per message
# Longer "words" (a run of letters with no spaces) are dropped: no question needs them, and
# typo correction of a long token grows with its length squared (seconds at 4,000 letters).
MAX_WORD = 30


_TOKEN = re.compile(r"[a-z]+|\d+")
_APOSTROPHES = str.maketrans("", "", "'’`´")


# Combining marks left by NFKD ("é" -> "e" + U+0301); a regex, not a per-character loop,
# because fold runs several times on every message of up to MAX_CHARS characters.
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


# "J.Lo's" folds to "j.los", whose lone "j" is dropped and whose "los" is the stem of "lose".
_JLO = re.compile(r"\bj[ .-]?los?\b")
# "3x a week" is a frequency ("3 times a week"), where "3x10" stays sets by reps.
_TIMES_A = re.compile(r"\b(\d{1,2}) ?x (?=(a|per|each|every) (week|day|month)\b)")
# A load ("20kg", "135 lbs") is a weight, to the matcher: its number and unit are no words of
# the articles ("is 20kg too heavy?" is "is this too heavy?").
_LOAD = re.compile(r"\b\d+(?:[.,]\d+)? ?(?:kg|kgs|kilos?|lbs?|pounds)\b", re.IGNORECASE)
# How long one has trained, told as background ("I'm 32 and have been lifting for a year",
# "after 2 years of training"): "lifting" and "training" are words of the articles, so told
# they pulled a question towards lifting in general.
_COUNT = (
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|a couple(?: of)?|several"
    r"|\d+(?:[.,]\d+)?)"
)
_SPAN = r"(?:years?|yrs?|months?|mos?|weeks?|wks?)"
EXPERIENCE = re.compile(
    r"\b(?:(?:i ?['’]?ve|i have|have|has|i ?['’]?m|am|was|been)\s+)*"
    r"(?:lifting|training|working out|going to the gym|weight ?training|strength training)"
    r"(?:\s+weights)?(?:\s+(?:for|since|about|around|over|almost|nearly|just|only|roughly))*"
    rf"\s+{_COUNT}\s*\+?\s*{_SPAN}\b(?:\s+(?:now|or so|consistently))?"
    rf"|\b{_COUNT}\s*\+?\s*{_SPAN}\s+(?:of\s+)?(?:lifting|training|experience|working out)\b",
    re.IGNORECASE,
)
# "is 1 min enough?", typed between sets: a time alone, asked about, is the rest.
_REST_ENOUGH = re.compile(
    r"\s*(?:is |are |will |would )?(?:\d+(?:[.,]\d+)?|a|one|two|three) ?(?:mins?|minutes?|secs?"
    r"|seconds?|s)(?: of rest| rest| break)?(?: between sets)? (?:enough|ok|okay|fine|good|long "
    r"enough|too (?:short|long|much|little))\s*\??\s*",
    re.IGNORECASE,
)


def fold(text: str) -> str:
    """Lowercase ASCII-ish text: accents stripped, emoji and non-Latin letters dropped."""
    text = text[:MAX_CHARS]
    if not text.isascii():
        text = _COMBINING.sub("", unicodedata.normalize("NFKD", text))
    text = _JLO.sub("jlo", text.casefold().translate(_APOSTROPHES))
    return _TIMES_A.sub(r"\1 times ", text)


def words(text: str) -> list[str]:
    """Folded words and numbers ("3x20" -> 3, x, 20), single letters and runs longer than
    MAX_WORD dropped."""
    return [
        w for w in _TOKEN.findall(fold(text)) if (len(w) > 1 or w.isdigit()) and len(w) <= MAX_WORD
    ]


# Plurals that are another thing: "shorts" to wear, not "short" (a rest too short).
_OWN_PLURALS = frozenset({"shorts"})


def stem(word: str) -> str:
    """A deliberately crude suffix stripper; applied the same way to content and questions."""
    if len(word) <= 3 or word.isdigit() or word in _OWN_PLURALS:
        return word
    if word.endswith("ies") and len(word) > 4:
        word = word[:-3] + "y"
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    for suffix in ("ing", "ed"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            if word[-1] == word[-2] and word[-1] not in "ls":  # squatt -> squat
                word = word[:-1]
            break
    if word.endswith("e") and len(word) > 3:
        word = word[:-1]
    return word


def _keyboard_neighbours() -> frozenset[tuple[str, str]]:
    rows = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
    pairs: set[tuple[str, str]] = set()
    for r, row in enumerate(rows):
        for i, ch in enumerate(row):
            near = [row[i - 1 : i], row[i + 1 : i + 2]]
            for other in rows[max(r - 1, 0) : r + 2]:
                if other is not row:
                    near.append(other[max(i - 1, 0) : i + 2])
            pairs.update((ch, n) for n in "".join(near))
    return frozenset(pairs)


_NEIGHBOURS = _keyboard_neighbours()


def edit_distance(a: str, b: str, limit: int = 2) -> int:
    """Typo distance, or limit + 1 if above: insertions, deletions, swaps of two letters
    and slips to a neighbouring key cost 1; any other substitution costs 2 (bread/break)."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1 if (ca, cb) in _NEIGHBOURS else 2
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]


def _deletes(word: str, depth: int) -> set[str]:
    out = {word}
    frontier = {word}
    for _ in range(depth):
        frontier = {w[:i] + w[i + 1 :] for w in frontier for i in range(len(w))}
        out |= frontier
    return out


_SOUNDS = (  # spelling -> sound, in order: "extenshun" and "extension" share a key
    (re.compile(r"(t|s|c|ss)(ion|ian|ean)|sh[ueoa]n"), "N"),
    (re.compile(r"ph"), "f"),
    (re.compile(r"ck|q|c(?![eiy])"), "k"),
    (re.compile(r"c"), "s"),
    (re.compile(r"g(?=[eiy])"), "j"),
    (re.compile(r"x"), "ks"),
    (re.compile(r"z"), "s"),
    (re.compile(r"w(?=[aeiou])"), "u"),
    (re.compile(r"th"), "0"),
    (re.compile(r"gh|(?<=.)h"), ""),
    (re.compile(r"y"), "i"),  # other vowels stay: "counter" is not "contour"
    (re.compile(r"(.)\1+"), r"\1"),
)
PHONETIC_MIN = 7  # shorter words share a sound key with too many others


def sound_key(word: str) -> str:
    """A rough key of how a word sounds, for misspellings typed by ear ("extenshun")."""
    for pattern, sound in _SOUNDS:
        word = pattern.sub(sound, word)
    return word


def _undoubled(word: str, typed: str) -> bool:
    """Whether `typed` is `word` with one of its doubled letters typed once ("biger")."""
    return any(
        word[i] == word[i + 1] and word[:i] + word[i + 1 :] == typed for i in range(len(word) - 1)
    )


class Speller:
    """Typo and run-together correction against a fixed vocabulary (symmetric deletes),
    then by sound for long words typed by ear."""

    def __init__(self, vocabulary: Iterable[str], known: Iterable[str] = ()) -> None:
        self.vocabulary = frozenset(w for w in vocabulary if len(w) > 1)
        self.known = self.vocabulary | frozenset(known)
        self._by_delete: dict[str, list[str]] = defaultdict(list)
        for w in sorted(self.vocabulary):
            if len(w) >= 3 and not w.isdigit():
                for d in _deletes(w, 2 if len(w) >= 7 else 1):
                    self._by_delete[d].append(w)
        by_sound: dict[str, set[str]] = defaultdict(set)
        for w in self.vocabulary:
            if len(w) >= PHONETIC_MIN and w.isalpha():
                by_sound[sound_key(w)].add(w)
        # Only a key one word owns: two words sounding alike leave the typo uncorrected.
        self._by_sound = {k: next(iter(ws)) for k, ws in by_sound.items() if len(ws) == 1}
        self._cache: dict[str, tuple[str, ...]] = {}
        self._longest = max((len(w) for w in self.vocabulary), default=0)

    def correct(self, word: str) -> tuple[str, ...]:
        """`word` itself if known or uncorrectable, else its correction (maybe two words)."""
        if word in self.known or len(word) < 4 or word.isdigit():
            return (word,)
        hit = self._cache.get(word)
        if hit is None:
            hit = self._swapped(word)
            if hit is None and len(word) >= 5:
                hit = self._split(word) or self._nearest(word) or self._sounded(word)
            hit = hit or (word,)
            if len(self._cache) < 10_000:
                self._cache[word] = hit
        return hit

    def _swapped(self, word: str) -> tuple[str] | None:
        """Two neighbouring letters typed the wrong way round ("btut", "questoin"): the
        commonest slip, even in short words. A four-letter word only into a content word
        ("lost" is no typo of "lots"); longer ones into any known word, stopwords included."""
        into = self.vocabulary if len(word) == 4 else self.known
        for i in range(len(word) - 1):
            cand = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
            if cand in into:
                return (cand,)
        return None

    def _split(self, word: str) -> tuple[str, str] | None:
        if len(word) > 2 * self._longest:
            return None
        # Both parts of three letters or more: "upper" is not "up per", nor "inside" "in side".
        for i in range(3, len(word) - 2):
            head, tail = word[:i], word[i:]
            if head in self.vocabulary and tail in self.vocabulary:
                return head, tail
        return None

    def _nearest(self, word: str) -> tuple[str] | None:
        limit = 2 if len(word) >= 8 else 1
        if len(word) > self._longest + limit:  # nothing within reach: skip the work
            return None
        best: tuple[int, str] | None = None
        for d in _deletes(word, limit):
            for cand in self._by_delete.get(d, ()):
                # Typos rarely hit the first letter, and a short word that loses or gains a
                # letter is more often another word (learn/lean, reset/rest) than a typo.
                # A doubled letter typed once ("biger") is the exception.
                short = len(word) <= 5 and len(cand) != len(word) and not _undoubled(cand, word)
                if cand[0] != word[0] or short:
                    continue
                dist = edit_distance(word, cand, limit)
                if dist <= limit and (best is None or (dist, cand) < best):
                    best = (dist, cand)
        return None if best is None else (best[1],)

    def _sounded(self, word: str) -> tuple[str] | None:
        if len(word) < PHONETIC_MIN - 1 or len(word) > self._longest + 3:
            return None
        hit = self._by_sound.get(sound_key(word))
        return None if hit is None or hit[0] != word[0] else (hit,)


# "good morning" is an exercise and a greeting; alone (or with "coach!") it is a greeting.
_GREETING = frozenset({"morning", "evening", "afternoon", "night", "day"})
_GREETING_TAIL = frozenset({"coach", "everyone", "all", "there", "team", "again"})
_ANALYSED = 64  # analyses kept (see Analyzer.terms)


class Analyzer:
    """Text -> terms: fold, correct, stem, join phrases, map synonyms, drop stopwords."""

    def __init__(
        self,
        corpus: Iterable[str],
        synonyms: Mapping[str, Iterable[str]] = SYNONYMS,
        stopwords: Iterable[str] = STOPWORDS,
        veto: Iterable[str] = (),
        greetings: bool = True,
    ) -> None:
        self.greetings = greetings
        self.single: dict[str, str] = {}
        self.phrases: dict[tuple[str, ...], str] = {}
        surface: set[str] = set()
        for canon, variants in synonyms.items():
            for variant in (canon, *variants):
                ws = words(variant)
                surface.update(ws)
                key = tuple(stem(w) for w in ws)
                if len(key) == 1:
                    self.single[key[0]] = canon
                elif key:
                    self.phrases[key] = canon
        self.max_phrase = max((len(k) for k in self.phrases), default=1)
        self.stop = frozenset(stem(w) for w in stopwords) - set(self.single.values())
        veto_keys = [tuple(words(v)) for v in veto]
        self.veto_words = {k[0] for k in veto_keys if len(k) == 1}
        self.veto_phrases: dict[str, list[tuple[str, ...]]] = defaultdict(list)
        for k in veto_keys:
            if len(k) > 1:
                self.veto_phrases[k[0]].append(k)
        for text in corpus:
            surface.update(words(text))
        known = set(stopwords) | COMMON | {w for k in veto_keys for w in k}
        self.speller = Speller(surface, known=known)
        # One message is analysed several times (ranked, scoped, its nearby topics): the last
        # few analyses are kept, so a long message costs its correction and stemming once.
        self._analysed: dict[str, tuple[tuple[str, ...], bool]] = {}

    def corrected(self, text: str) -> list[str]:
        """Folded words with typos and run-togethers corrected (a few per message)."""
        out: list[str] = []
        budget = MAX_CORRECTIONS
        for w in words(text):
            if budget > 0 and w not in self.speller.known:
                budget -= 1
                out.extend(self.speller.correct(w))
            else:
                out.append(w)
        return out

    def corrected_text(self, text: str) -> str:
        """The folded text with its typos corrected in place, punctuation kept (for what
        reads sentences: "do fire hydarnts grow glutes?" names an exercise the articles skip)."""
        budget = MAX_CORRECTIONS

        def fix(m: re.Match[str]) -> str:
            nonlocal budget
            w = m.group(0)
            if budget <= 0 or w in self.speller.known or len(w) > MAX_WORD or len(w) < 2:
                return w
            budget -= 1
            return " ".join(self.speller.correct(w))

        return _TOKEN.sub(fix, fold(text))

    def vetoed(self, ws: list[str], free: list[bool]) -> bool:
        """Whether the surface words hold an off-limits word or phrase; words that are part of
        a known phrase (biceps femoris) don't count."""
        if any(f and w in self.veto_words for w, f in zip(ws, free, strict=True)):
            return True
        return any(
            tuple(ws[i : i + len(p)]) == p
            for i, w in enumerate(ws)
            for p in self.veto_phrases.get(w, ())
        )

    def terms(self, text: str) -> tuple[list[str], bool]:
        """(terms, vetoed): the question's terms, and whether it hit an off-limits word."""
        if (done := self._analysed.get(text)) is None:
            if len(self._analysed) >= _ANALYSED:
                self._analysed.clear()
            done = self._analysed[text] = self._analyse(text)
        return list(done[0]), done[1]

    def _analyse(self, text: str) -> tuple[tuple[str, ...], bool]:
        if _REST_ENOUGH.fullmatch(text):
            text = "is this rest enough"
        ws = self.corrected(_LOAD.sub(" weight ", EXPERIENCE.sub(" ", text)))
        if (
            self.greetings
            and ws[:1] == ["good"]
            and ws[1:2]
            and ws[1] in _GREETING
            and all(w in self.stop or w in _GREETING_TAIL for w in ws[2:])
        ):
            return (), False
        ss = [stem(w) for w in ws]
        free = [True] * len(ss)  # not swallowed by a known phrase
        out: list[str] = []
        i = 0
        while i < len(ss) and len(out) < MAX_TERMS:
            for n in range(min(self.max_phrase, len(ss) - i), 1, -1):
                canon = self.phrases.get(tuple(ss[i : i + n]))
                if canon:
                    out.append(canon)
                    free[i : i + n] = [False] * n
                    i += n
                    break
            else:
                s = ss[i]
                i += 1
                if (sense := read_in_place(ws, i - 1, s)) is not None:
                    if sense:
                        out.append(sense)
                    continue
                if s in self.single:  # synonyms win over stopwords ("one" -> single)
                    out.append(self.single[s])
                elif s not in self.stop:
                    out.append(s)
        return tuple(out), self.vetoed(ws, free)
