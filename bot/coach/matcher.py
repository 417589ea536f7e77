"""Match a free-text question to a curated entry or exercise card, with a confidence.

Method (chosen by measurement, see bench/bench_matcher.py): every phrasing of an entry,
and every name/alias/phrasing of an exercise card, is a short document. Text is folded
(accents, case, punctuation, emoji), typo- and run-together-corrected against the known
vocabulary, lightly stemmed, mapped through synonyms (butt/booty/bum -> glute, stair
master/stepper -> stepmill...) and stripped of stopwords. Terms are weighted by a flattened
IDF; an item scores the best cosine between the question and one of its documents, blended
with the cosine against all its documents merged. Words the content never uses count
against a match; a message with nothing but generic words ("workout", numbers) matches
nothing; off-limits words (pain, biceps, protein, the bot itself...) veto a match outright.
Above `answer_at` with no runner-up within `margin`: an answer; otherwise, above
`suggest_at`: "did you mean" with up to three choices; below: unknown.

Pure Python, no Telegram, no SQL. Work is capped: at most MAX_CHARS characters and
MAX_TERMS terms of a message are looked at.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from bot.coach.knowledge import Content

MAX_CHARS = 1000  # of a message; the rest is ignored
MAX_TERMS = 48  # terms kept after analysis
MAX_CORRECTIONS = 24  # unknown words we try to typo-correct per message

# Words too general to carry a match on their own ("is rowing a good workout").
GENERIC = ("workout", "exercise", "train", "best", "work", "time", "way", "look", "meaning", "role")


def _csv(text: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in text.split(",") if p.strip())


def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _table(rows: Mapping[str, str]) -> dict[str, tuple[str, ...]]:
    return {canon: _csv(variants) for canon, variants in rows.items()}


# ---------------------------------------------------------------- vocabulary tables
# canonical term -> variants (surface words or phrases, comma-separated; the canonical
# term itself is implied). Variants are stemmed at build time.
SYNONYMS: dict[str, tuple[str, ...]] = _table(
    {
        "glute": (
            "glutes, gluteus, gluteal, butt, butts, booty, booties, bum, bums, ass, arse, behind, "
            "backside, bottom, buttock, buttocks, bootie, derriere, rear, rear end, butt cheek, "
            "butt cheeks, bum cheek, peach, gluteus maximus, glute max, cheeks, tush, tushy, "
            "rump, glutt, gluts, glut"
        ),
        "lowerglute": (
            "underbutt, under butt, lower glute, lower glutes, lower butt, lower bum, bottom of "
            "the butt, bottom of my butt, bottom of the glutes, bottom of my bum, bottom of the "
            "bum, butt crease, glute crease, glute fold, under the butt, under my butt, under the "
            "glutes"
        ),
        "hamstring": (
            "hamstrings, hammies, hammy, hams, ham, hammys, back of the thigh, back of the "
            "thighs, back of my thighs, back of the leg, back of the legs, back of my legs"
        ),
        "stepmill": (
            "step mill, stair master, stairmaster, stair climber, stairclimber, stepper, stair "
            "mill, stairmill, stair machine, stairs machine, stair stepper, stair climbing, "
            "climbing stairs, stairs, stair, step machine"
        ),
        "tiein": "tie in, tie ins, tie-in, tieins, glute ham tie in, tying in",
        "leg": (
            "legs, lower body, leggs, thigh, thighs, quad, quads, quadricep, quadriceps, thunder "
            "thighs"
        ),
        "bikini": "bikinis, bikini division, bikini competitor",
        "compete": (
            "competing, competition, competitions, comp, comps, contest, show, shows, stage, "
            "prep, contest prep, show prep, competitor, competitors, physique, figure, "
            "bodybuilding, bodybuilder, bodybuilders, olympia"
        ),
        "fat": "fats, body fat, bodyfat, fatty, flab, flabby, jiggle",
        "lean": "leaner, shredded, on a cut, cutting phase, defined, definition, shred, stage lean",
        "lose": (
            "losing, loss, burn, burning, burns, shed, melt, get rid, slim, slimmer, slimming, "
            "trim, reduce, drop, strip"
        ),
        "grow": (
            "growing, growth, build, building, bigger, big, gain, gains, hypertrophy, size, mass, "
            "bulk, bulky, bulking, huge, larger, increase size, massive, builder, builders, "
            "grower, growers, thick, thicker"
        ),
        "tone": "toned, toning, tighten, firm, firmer, sculpt",
        "shape": "shaped, shapely, shaping, curve, curves, contour",
        "round": "rounder, rounded, perky, perkier, bubble, juicy",
        "meaning": "mean, means, meant, explain, explained, stand for",
        "pattern": (
            "patterns, movement pattern, movement patterns, family, families, type of movement, "
            "kind of movement, types of exercise"
        ),
        "function": "functions, role, job, purpose",
        "goodmorning": "good morning, good mornings, goodmornings",
        "key": (
            "keys, factor, factors, vital, essential, essentials, ingredient, ingredients, "
            "requirement, requirements, secret, secrets"
        ),
        "aesthetic": (
            "aesthetics, aesthetically, pleasing, ideal, attractive, good looking, best looking, "
            "better looking, looks best, look best, looks better, look better, looks good, look "
            "good, nice looking"
        ),
        "cardio": "cardiovascular, aerobic, aerobics, conditioning",
        "sprint": "sprints, sprinting, sprinter, sprinters, dash",
        "rep": "reps, repetition, repetitions, rep range, rep ranges",
        "set": "sets",
        "rest": "resting, break, days off, day off, rest day, rest days",
        "weight": "weights, load, loads, heavy, heavier, heaviest, dumbbell weight, poundage",
        "light": "lighter, lightest, lighten, lower the weight, drop the weight",
        "easy": "easily, too easy, effortless, breeze",
        "2": "two, twice, 2x",
        "3": "three, thrice, 3x",
        "4": "four, fourth",
        "8": "eight",
        "12": "twelve",
        "20": "twenty",
        "30": "thirty",
        "band": (
            "bands, banded, resistance band, resistance bands, mini band, loop band, booty band, "
            "hip circle"
        ),
        "ball": "stability ball, swiss ball, exercise ball, physio ball, gym ball",
        "home": (
            "house, living room, apartment, no gym, without a gym, dont have a gym, without gym, "
            "no gym access, dont go to the gym, cant go to the gym, not a gym, hotel room"
        ),
        "equipment": "gear, kit, machines, without weights",
        "bodyweight": "body weight, no equipment, calisthenics",
        "single": "one, 1, unilateral, one legged, single legged",
        "deadlift": "deadlifts, dead lift, dead lifts, dead-lift, dl, dls",
        "rdl": "rdls, romanian, romanian deadlift",
        "sldl": "stiff leg, stiff legged, straight leg, straight legged, stiff-leg, stiff",
        "thrust": "thrusts, thruster, thrusting, hipthrust, hipthrusts",
        "nordic": "nordics, nordic curl, nordic ham curl, nordic hamstring curl",
        "ghr": "ghrs, glute ham raise, glute ham raises, ghd, glute ham developer",
        "abduction": "abductor, abductors, abduct, hip abduction",
        "lowerback": (
            "lower back, low back, lumbar, spinal erector, spinal erectors, erector, erectors, "
            "erector spinae"
        ),
        "bicepsfemoris": "biceps femoris, bicep femoris",
        "adductor": "adductors, adductor magnus, adducter",
        "spotreduce": (
            "spot reduction, spot reduce, spot reducing, spot reduced, spot burn, spot fat loss, "
            "target fat, targeted fat loss, specific spot, one spot, one area, specific area, one "
            "place, just one area"
        ),
        "sittingbone": (
            "sitting bone, sitting bones, sit bone, sit bones, butt bone, butt bones, ischial "
            "tuberosity, ischial"
        ),
        "muscle": "muscles, muscular, musculature",
        "exercise": "exercises, move, moves, movement, movements, lift, lifts",
        "workout": "workouts, routine, session, sessions, program, plan",
        "train": "training, trained, work out, working out, hit, target",
        "often": (
            "frequency, frequently, times a week, per week, days a week, a week, weekly, every "
            "day, daily"
        ),
        "separation": "separate, split, crease, line, contrast",
        "smooth": "seamless, blend, blended, smoothly, transition",
        "pad": "pads, padded, padding, butt lifting shorts",
        "underwear": "shorts, panties, knickers, pants",
        "pop": "pops, popping, stand out, stands out, shelf, prominent",
        "eccentric": "eccentrics, negative, negatives, lowering, slow lowering",
    }
)

# Words and phrases that mean the coach has no curated answer, whatever else matches:
# medical questions, other body parts, nutrition, clothes, other sports, the bot itself.
VETO: tuple[str, ...] = _csv(
    # medical and injury care
    "pain, painful, hurt, hurts, hurting, ache, aches, aching, injured, sciatica, numb, "
    "numbness, tingling, doctor, physio, physiotherapist, physical therapist, surgery, "
    "pregnant, pregnancy, postpartum, breastfeeding, giving birth, labour, labor, menstrual, "
    "menopause, swollen, swelling, tendonitis, tendinitis, bursitis, hernia, herniated, disc, "
    "scoliosis, arthritis, sick, fever, medication, prolapse, diastasis, pelvic floor, tore, "
    "torn, sprain, sprained, broke, broken, fracture, bruise, bruised, cramp, cramps, "
    "bad for my knees, bad for your knees, bad for my back, bad for your back, click, clicks, "
    "clicking, snapping, grinding, crack, cracks, cracking, dizzy, nausea, cold, flu, "
    "hungover, hangover, ice, icing, rehab, rehabilitation, physical therapy, replacement, "
    "sleep, sleeping, insomnia, my period, on my period, menstrual cycle, time of the month, "
    "ozempic, semaglutide, wegovy, steroids, sarms, "
    # stretching and posture: the articles say nothing about them
    "stretch, stretches, stretching, flexibility, mobility, foam roll, foam roller, posture, "
    "pelvic tilt, rounded shoulders, flat feet, "
    # looks the articles say nothing about
    "cellulite, stretch marks, loose skin, hip dips, asthma, diabetes, blood pressure, "
    "heart rate, osteoporosis, hypermobility, endometriosis, pcos, "
    # other muscles and body parts
    "bicep, biceps, tricep, triceps, chest, pec, pecs, shoulder, shoulders, delts, arm, arms, "
    "lats, traps, neck, calf, calves, forearm, forearms, upper back, abs, six pack, belly, "
    "waist, love handles, shin, shins, ankle, ankles, wrist, wrists, elbow, groin, "
    "back fat, bra fat, arm fat, face fat, double chin, muffin top, bingo wings, obliques, "
    # people the articles don't address
    "kid, kids, child, children, teen, teenager, teenagers, elderly, seniors, "
    # nutrition
    "protein, whey, creatine, pre workout, preworkout, supplement, supplements, vitamin, "
    "vitamins, collagen, keto, calorie, calories, macros, carbs, alcohol, caffeine, "
    "intermittent fasting, eat, eating, food, foods, meal, meals, snack, recipe, "
    # clothes and shopping
    "leggings, shoes, sneakers, belt, wax, waxing, buy, shop, shopping, outfit, "
    # other sports and moves
    "yoga, pilates, pull up, pullup, push up, pushup, muscle up, plank, dips, bench press, "
    "swim, swimming, marathon, "
    # the bot and the world
    "bot, price, subscription, premium, weather, your name, who are you, real person, human, "
    "robot, chatgpt, language, spanish, french, german"
)

STOPWORDS: frozenset[str] = _wordset(
    """
    a about above actually advice after again against all almost also am an and any anyone
    anything anyway are aren arent as at bad basically be because been before being below better
    between bit both but by can cant correct correctly could couldnt cue cues currently did
    didnt do does doesnt doing dont down during each either else even ever every everybody
    everyone example examples explain few fine fix for form from further get gets getting girl
    girls go going gonna good got gotta guy guys had hadnt has hasnt have havent having he hello
    help her here hers herself hey hi him himself his hiya honestly how however i id idea if ill
    im improve improving in into is isnt it its itself ive just kind kinda know lately legit let
    lets like likely literally little lol lot lots ma made make makes making many may maybe me
    mean might mine more most much must my myself need needs no nor not now of off ok okay on
    once only or other our ours ourselves out over own perform performing please pls plz
    possible pretty proper properly question questions quite rather really recommend
    recommendation right same say says seriously she should shouldnt so some someone something
    sort still stuff such super sure technique tell than thank thanks that thats the their
    theirs them themselves then there theres these they thing things think this those though
    through thx tip tips to too totally true u under until up upon us use using versus very via
    vs wanna want wants was wasnt way we well were werent what whats when where which while who
    whom whose why will with without wonder wondering wont worth would wouldnt ya yall yeah yes
    yet you youd your youre yours yourself
    """
)

# Common English words never "corrected" into a domain word (talking -> walking...).
COMMON: frozenset[str] = _wordset(
    """
    about above after again against always another anyone anything around baking because before
    being below between coach cooking could daily desk driving during every everyone first found
    friend friends great happy hours house large later little looking making maybe might minutes
    money month months mother never night nothing office often older other people place please
    point right school seconds should since sister sitting small someone something sorry sound
    still study taking talk talking thanks their there these thing things think thinking those
    three through tired today together trainer under until walked water weeks where which while
    white whole woman women world would years young younger
    """
)

# ------------------------------------------------------------------ text normalisation
_TOKEN = re.compile(r"[a-z]+|\d+")
_APOSTROPHES = str.maketrans("", "", "'’`´")


def fold(text: str) -> str:
    """Lowercase ASCII-ish text: accents stripped, emoji and non-Latin letters dropped."""
    text = unicodedata.normalize("NFKD", text[:MAX_CHARS])
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.casefold().translate(_APOSTROPHES)


def words(text: str) -> list[str]:
    """Folded words and numbers ("3x20" -> 3, x, 20), single letters dropped."""
    return [w for w in _TOKEN.findall(fold(text)) if len(w) > 1 or w.isdigit()]


def stem(word: str) -> str:
    """A deliberately crude suffix stripper; applied the same way to content and questions."""
    if len(word) <= 3 or word.isdigit():
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


class Speller:
    """Typo and run-together correction against a fixed vocabulary (symmetric deletes)."""

    def __init__(self, vocabulary: Iterable[str], known: Iterable[str] = ()) -> None:
        self.vocabulary = frozenset(w for w in vocabulary if len(w) > 1)
        self.known = self.vocabulary | frozenset(known)
        self._by_delete: dict[str, list[str]] = defaultdict(list)
        for w in sorted(self.vocabulary):
            if len(w) >= 3 and not w.isdigit():
                for d in _deletes(w, 2 if len(w) >= 7 else 1):
                    self._by_delete[d].append(w)
        self._cache: dict[str, tuple[str, ...]] = {}

    def correct(self, word: str) -> tuple[str, ...]:
        """`word` itself if known or uncorrectable, else its correction (maybe two words)."""
        if word in self.known or len(word) < 5 or word.isdigit():
            return (word,)
        hit = self._cache.get(word)
        if hit is None:
            hit = self._split(word) or self._nearest(word) or (word,)
            if len(self._cache) < 10_000:
                self._cache[word] = hit
        return hit

    def _split(self, word: str) -> tuple[str, str] | None:
        for i in range(2, len(word) - 1):
            head, tail = word[:i], word[i:]
            if head in self.vocabulary and tail in self.vocabulary:
                return head, tail
        return None

    def _nearest(self, word: str) -> tuple[str] | None:
        limit = 2 if len(word) >= 8 else 1
        best: tuple[int, str] | None = None
        for d in _deletes(word, limit):
            for cand in self._by_delete.get(d, ()):
                # Typos rarely hit the first letter, and a short word that loses or gains a
                # letter is more often another word (learn/lean, reset/rest) than a typo.
                if cand[0] != word[0] or (len(word) <= 5 and len(cand) != len(word)):
                    continue
                dist = edit_distance(word, cand, limit)
                if dist <= limit and (best is None or (dist, cand) < best):
                    best = (dist, cand)
        return None if best is None else (best[1],)


# "good morning" is an exercise and a greeting; alone (or with "coach!") it is a greeting.
_GREETING = frozenset({"morning", "evening", "afternoon", "night", "day"})
_GREETING_TAIL = frozenset({"coach", "everyone", "all", "there", "team", "again"})


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
        ws = self.corrected(text)
        if (
            self.greetings
            and ws[:1] == ["good"]
            and ws[1:2]
            and ws[1] in _GREETING
            and all(w in self.stop or w in _GREETING_TAIL for w in ws[2:])
        ):
            return [], False
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
                if s in self.single:  # synonyms win over stopwords ("one" -> single)
                    out.append(self.single[s])
                elif s not in self.stop:
                    out.append(s)
        return out, self.vetoed(ws, free)


# ------------------------------------------------------------------------ the matcher
ItemKind = Literal["entry", "exercise"]


@dataclass(frozen=True)
class Candidate:
    entry_id: str  # an entry id or an exercise id (they never collide)
    kind: ItemKind
    score: float  # confidence 0..1


@dataclass(frozen=True)
class MatchResult:
    kind: Literal["answer", "did_you_mean", "unknown"]
    best: Candidate | None = None
    alternatives: tuple[Candidate, ...] = ()  # did_you_mean: up to 3, best first


@dataclass(frozen=True)
class MatcherConfig:
    answer_at: float = 0.45  # best score needed to answer outright
    suggest_at: float = 0.40  # below this: unknown
    margin: float = 0.02  # a runner-up closer than this turns an answer into a choice
    oov_weight: float = 1.0  # weight of an unknown word, as a share of the rarest term's
    idf_power: float = 0.3  # < 1 flattens IDF so one rare word can't carry a match alone
    centroid_weight: float = 0.3  # share of the score from the item's merged phrasings
    max_alternatives: int = 3


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
        for x in content.exercises.values():
            self._items.append((x.id, "exercise"))
            # Every card also answers "what muscles does <name> work".
            extra = f"{x.name} muscles worked"
            texts += [(len(self._items) - 1, t) for t in (*x.names, *x.phrasings, extra)]
        self.analyzer = Analyzer((t for _, t in texts), veto=VETO)
        self._generic = frozenset(t for w in GENERIC for t in self.analyzer.terms(w)[0])

        bags = [(item, Counter(self.analyzer.terms(t)[0])) for item, t in texts]
        bags = [(item, bag) for item, bag in bags if bag]
        df: Counter[str] = Counter()
        for _, bag in bags:
            df.update(bag.keys())
        n = len(bags)
        self._idf = {t: math.log(1 + n / c) ** cfg.idf_power for t, c in df.items()}
        self._oov = math.log(1 + n) ** cfg.idf_power * cfg.oov_weight
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

    def topics(self) -> list[str]:
        """Titles of the entries, in content order: the 'what I know' list."""
        return list(self._titles)

    def rank(self, text: str) -> list[Candidate]:
        """Every item with a non-zero score, best first (ties: content order)."""
        cfg = self.config
        terms, vetoed = self.analyzer.terms(text)
        if vetoed or all(t in self._generic or t.isdigit() or t not in self._idf for t in terms):
            return []
        q = {t: (1 + math.log(c)) * self._idf.get(t, self._oov) for t, c in Counter(terms).items()}
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
        ranked = sorted(best.items(), key=lambda kv: (-kv[1], kv[0]))
        return [Candidate(*self._items[i], score=round(min(s, 1.0), 4)) for i, s in ranked]

    def match(self, text: str) -> MatchResult:
        cfg = self.config
        ranked = [c for c in self.rank(text) if c.score >= cfg.suggest_at]
        if not ranked:
            return MatchResult("unknown")
        best = ranked[0]
        close = [c for c in ranked[1:] if best.score - c.score < cfg.margin]
        if best.score >= cfg.answer_at and not close:
            return MatchResult("answer", best)
        return MatchResult("did_you_mean", best, tuple(ranked[: cfg.max_alternatives]))


class NameIndex:
    """Exact-ish lookup of a thing by its names: case, plurals, word order, typos, spacing."""

    def __init__(self, names: Mapping[str, Iterable[str]]) -> None:
        all_names = [(key, n) for key, ns in names.items() for n in ns]
        self._analyzer = Analyzer((n for _, n in all_names), stopwords=(), greetings=False)
        self._exact: dict[str, str] = {}
        self._sets: list[tuple[frozenset[str], str]] = []
        for key, n in all_names:
            terms = self._key(n)
            self._exact.setdefault(" ".join(terms), key)
            self._exact.setdefault("".join(terms), key)
            self._sets.append((frozenset(terms), key))
        # Longest names first, so "band hip thrust" wins over "hip thrust".
        self._sets.sort(key=lambda sk: -len(sk[0]))

    def _key(self, text: str) -> list[str]:
        return self._analyzer.terms(text)[0]

    def find(self, name: str) -> str | None:
        terms = self._key(name)
        if not terms:
            return None
        hit = self._exact.get(" ".join(terms)) or self._exact.get("".join(terms))
        if hit:
            return hit
        given = set(terms)
        for names, key in self._sets:
            if names == given:
                return key
        # Every word of some name present, plus at most one extra word ("paused hip thrust").
        for names, key in self._sets:
            if names <= given and len(given - names) <= 1:
                return key
        return None
